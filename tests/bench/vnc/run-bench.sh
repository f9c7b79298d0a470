#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Console benchmark: Vireo's console beside xtigervncviewer (TigerVNC) and remote-viewer (gtk-vnc).
# Usage: tests/bench/vnc/run-bench.sh [build-dir] [seconds per run] [bench options...]
#   bench options: --repeat N (default 3) --viewers vireo,xtigervncviewer,remote-viewer
#                  --scenarios full-screen,busy
# Uses $DISPLAY if set, else starts Xvfb on :12 for the run. Prints a table; never fails on figures.
set -euo pipefail
src="$(cd "$(dirname "$0")/../../.." && pwd)"
build="${1:-$src/build}"
seconds="${2:-10}"
shift 2 2>/dev/null || shift $#
[[ -f $build/build.ninja ]] || cmake -S "$src" -B "$build" -G Ninja >/dev/null
ninja -C "$build" bench_vncconsole >/dev/null
# shellcheck source=display.sh
source "$src/tests/bench/vnc/display.sh"
trap '[[ -n $xvfb_pid ]] && kill $xvfb_pid' EXIT
"$build/tests/bench/vnc/bench_vncconsole" --seconds "$seconds" --repeat 3 "$@"
