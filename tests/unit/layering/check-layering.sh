#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The arrows between the folders, checked on the sources: only app/core talks to libvirt, and only
# core sees its private headers. Fails with the offending lines.
#   bash tests/unit/layering/check-layering.sh [SOURCE_DIR]
set -uo pipefail
src=${1:-$(cd "$(dirname "$0")/../../.." && pwd)}
cd "$src" || exit 2
status=0
report() { # title, grep output
    if [[ -n $2 ]]; then
        echo "layering: $1" >&2
        echo "$2" >&2
        status=1
    fi
}
gui_dirs=(ui widgets vnc app/main.cpp)
report "libvirt is called outside app/core (the GUI sees value types only):" \
    "$(grep -rnE '\bvir[A-Z][A-Za-z]+\(' --include='*.cpp' --include='*.h' "${gui_dirs[@]}")"
report "libvirt headers are included outside app/core:" \
    "$(grep -rnE '#include *[<"]libvirt/' --include='*.cpp' --include='*.h' "${gui_dirs[@]}")"
report "core's private headers are included outside app/core:" \
    "$(grep -rnE '#include *"[^"]*(private/|_p\.h")' --include='*.cpp' --include='*.h' "${gui_dirs[@]}" tests)"
report "private headers live outside app/core/private (where only core can include them):" \
    "$(find app ui widgets vnc -name '*_p.h' ! -path 'app/core/private/*')"
report "a public core header includes libvirt (such headers belong in app/core/private):" \
    "$(grep -rnE '#include *[<"]libvirt/' --include='*.h' app/core | grep -v '^app/core/private/')"
report "vnc/ depends on core (it knows nothing of libvirt):" \
    "$(grep -rnE '#include *"(core|ui)/' --include='*.cpp' --include='*.h' vnc)"
report "widgets/ depends on core, vnc or ui (widgets are Qt only):" \
    "$(grep -rnE '#include *"(core|ui|vnc)/' --include='*.cpp' --include='*.h' widgets)"
report "core depends on Qt GUI or widgets:" \
    "$(grep -rnE '#include *<Q(Widget|Application|Gui|Pixmap|Image|Color)' --include='*.cpp' --include='*.h' app/core)"
[[ $status == 0 ]] && echo "layering: ok"
exit $status
