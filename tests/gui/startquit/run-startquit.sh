#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Starts Vireo RUNS times under a private Xvfb with --connect test:///default, waits for its
# window and quits it with Ctrl+Q, as a user would (issue 19: not one run may crash). A run that
# ends by a signal, with a non-zero status, before its window showed or not within 20 s fails
# the test; its output is kept and, when gdb is there, the backtrace of its core dump printed.
#   bash tests/gui/startquit/run-startquit.sh VIREO_BINARY [RUNS]
# VIREO_STARTQUIT_FRESH=1 starts every run as a first run (no settings).
# Exit status: 0 all runs clean, 1 a run failed, 77 nothing to run on (no Xvfb or xdotool).
set -uo pipefail
vireo=$(realpath "${1:?usage: run-startquit.sh VIREO_BINARY [RUNS]}")
runs=${2:-200}
source "$(dirname "$0")/xvfb-session.sh"

failures=0
for ((run = 1; run <= runs; run++)); do
    dir=$work/run$run
    mkdir -p "$dir"
    if [[ ${VIREO_STARTQUIT_FRESH:-0} == 1 ]]; then
        rm -rf "$HOME" && mkdir -p "$HOME"
    fi
    # In its own folder, so a core dump (core_pattern "core") lands there.
    (cd "$dir" && exec "$vireo" --connect test:///default) >"$dir/out.log" 2>&1 &
    pid=$!
    wid=$(window_of "$pid" 'Vireo')
    [[ -n $wid ]] && press "$wid" ctrl+q
    wait_for_exit "$pid"
    # Vireo never quits on its own: one that is gone before its window showed has failed too.
    [[ $status == 0 && -z $wid ]] && status="0 before its window appeared"
    if [[ $status != 0 ]]; then
        failures=$((failures + 1))
        echo "startquit: run $run of $runs failed: exit status $status; window ${wid:-never shown}"
        sed 's/^/    /' "$dir/out.log"
        tail -n 5 "$work/xvfb.log" | sed 's/^/    Xvfb: /'
        core=$(ls "$dir"/core* 2>/dev/null | head -n1)
        if [[ -n $core ]] && command -v gdb >/dev/null; then
            gdb -batch -ex 'thread apply all bt' "$vireo" "$core" 2>/dev/null | sed 's/^/    /'
        fi
    else
        rm -rf "$dir"
    fi
done
echo "startquit: $runs runs, $failures failed"
[[ $failures == 0 ]]
