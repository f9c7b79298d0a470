#!/usr/bin/env bash
# Puts "// SPDX-License-Identifier: GPL-2.0-or-later" (or "# ..." for CMake and shell files) on
# the first line of every source file that lacks it; a shebang line stays first. Safe to run again.
#   bash packaging/add-spdx.sh          add the headers
#   bash packaging/add-spdx.sh --check  list the files without one and fail if there are any
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
tag="SPDX-License-Identifier: GPL-2.0-or-later"
check=${1:-}
missing=0
while IFS= read -r -d '' f; do
    case "$f" in
    *.cpp | *.h) prefix="//" ;;
    *.sh | *.py | *CMakeLists.txt | *.cmake) prefix="#" ;;
    *) continue ;;
    esac
    if head -n 2 "$f" | grep -q "SPDX-License-Identifier"; then continue; fi
    missing=$((missing + 1))
    if [ "$check" = --check ]; then echo "$f"; continue; fi
    if head -n 1 "$f" | grep -q '^#!'; then
        { head -n 1 "$f"; echo "$prefix $tag"; tail -n +2 "$f"; } >"$f.spdx"
    else
        { echo "$prefix $tag"; cat "$f"; } >"$f.spdx"
    fi
    chmod --reference="$f" "$f.spdx"
    mv "$f.spdx" "$f"
done < <(git ls-files -z -- app ui vnc widgets resources tests packaging cmake CMakeLists.txt .ci)
if [ "$check" = --check ]; then
    echo "add-spdx: $missing file(s) without an SPDX line"
    [ "$missing" -eq 0 ]
else
    echo "add-spdx: added the SPDX line to $missing file(s)"
fi
