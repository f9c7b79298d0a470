#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# `vireo --connect test:///default --show-domain-console nosuchvm` under a private Xvfb
# (issue 19, #2): it must show a window that says so, and exit with a non-zero status when the
# user closes it (Esc), not print one line to stderr and hang.
#   bash tests/gui/startquit/run-showproblem.sh VIREO_BINARY
set -uo pipefail
vireo=$(realpath "${1:?usage: run-showproblem.sh VIREO_BINARY}")
source "$(dirname "$0")/xvfb-session.sh"

"$vireo" --connect test:///default --show-domain-console nosuchvm >"$work/out.log" 2>&1 &
pid=$!
wid=$(window_of "$pid" 'Vireo')
if [[ -z $wid ]]; then
    echo "showproblem: no window appeared" >&2
    kill "$pid" 2>/dev/null
    cat "$work/out.log" >&2
    exit 1
fi
title=$(xdotool getwindowname "$wid")
press "$wid" Escape
wait_for_exit "$pid"
echo "showproblem: window '$title', exit status $status"
cat "$work/out.log"
[[ $title == *problem* && $status != 0 && $status != timeout ]]
