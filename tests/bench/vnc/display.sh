# SPDX-License-Identifier: GPL-2.0-or-later
# Sourced by the console benchmarks: keeps $DISPLAY if set, else starts Xvfb on :12 and sets
# xvfb_pid (the caller kills it on exit). The viewers run on Qt's X11 platform.
xvfb_pid=
if [[ -z ${DISPLAY:-} ]]; then
    Xvfb :12 -screen 0 1400x900x24 >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=:12
    sleep 1
fi
export QT_QPA_PLATFORM=xcb
