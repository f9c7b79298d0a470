#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The console on a real, busy guest screen: the demo lab's tiny guest (QEMU, TCG) runs
# `od -x /dev/urandom`, so its text console scrolls without pause, and Vireo's console,
# xtigervncviewer and remote-viewer take turns watching it through QEMU's VNC server.
#
#   tests/bench/vnc/run-guest-bench.sh [build-dir] [seconds per run] [bench options...]
#
# Needs what the integration tier needs (tests/integration/README.md). Uses the demo lab's guest
# (tests/integration/demo-lab.sh): if the lab was not set up before, it is removed afterwards;
# if it was, its guest is left running, quiet again (Ctrl+C is typed). Figures only.
set -euo pipefail
src="$(cd "$(dirname "$0")/../../.." && pwd)"
build="${1:-$src/build-bench}"
seconds="${2:-10}"
shift 2 2>/dev/null || shift $#
guest=vireo-demo-tiny-linux
[[ -f $build/build.ninja ]] || cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$build" bench_vncconsole >/dev/null
bench="$build/tests/bench/vnc/bench_vncconsole"
uri=$(bash "$src/tests/integration/libvirtd.sh" uri)

lab_was_up=0
if virsh -q -c "$uri" domstate "$guest" >/dev/null 2>&1; then lab_was_up=1; fi
bash "$src/tests/integration/demo-lab.sh" >/dev/null
display=$(virsh -q -c "$uri" vncdisplay "$guest") # e.g. 127.0.0.1:0
port=$((5900 + ${display##*:}))

# shellcheck source=display.sh
source "$src/tests/bench/vnc/display.sh"
cleanup() {
    "$bench" --interrupt "$port" || true
    [[ -n $xvfb_pid ]] && kill "$xvfb_pid"
    [[ $lab_was_up == 1 ]] || bash "$src/tests/integration/demo-lab.sh" remove >/dev/null
}
trap cleanup EXIT

sleep 3 # the guest's shell, if it was just started
"$bench" --type "$port" "od -x /dev/urandom"
sleep 2
"$bench" --guest-port "$port" --scenarios guest --seconds "$seconds" --repeat 3 "$@"
