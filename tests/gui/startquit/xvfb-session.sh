# SPDX-License-Identifier: GPL-2.0-or-later
# Sourced by the scripts here: a private Xvfb (a free display number, picked by Xvfb itself), a
# private user (HOME, XDG folders) and core dumps on. Sets $work (removed on exit), $DISPLAY and
# QT_QPA_PLATFORM=xcb. Exits 77 (ctest: skipped) when Xvfb or xdotool is missing.
for tool in Xvfb xdotool; do
    if ! command -v "$tool" >/dev/null; then
        echo "$(basename "$0"): $tool is not installed; skipped" >&2
        exit 77
    fi
done
work=$(mktemp -d /tmp/vireo-xvfb.XXXXXX)
xvfb_pid=
xvfb_cleanup() {
    [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null
    rm -rf "$work"
}
trap xvfb_cleanup EXIT
exec 3>"$work/display"
# -noreset: an X server resets when its last client goes, and a client that connects during the
# reset is refused ("could not connect to display"); between two runs there is no client.
Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp -noreset >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 3>&-
for _ in $(seq 50); do
    [[ -s $work/display ]] && break
    sleep 0.1
done
if [[ ! -s $work/display ]]; then
    echo "$(basename "$0"): Xvfb did not start" >&2
    cat "$work/xvfb.log" >&2
    exit 1
fi
export DISPLAY=:$(head -n1 "$work/display")
export QT_QPA_PLATFORM=xcb
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_RUNTIME_DIR=$work/runtime XDG_CACHE_HOME=$work/home/.cache
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
ulimit -c unlimited 2>/dev/null

# window_of PID TITLE-REGEX: prints the id of the process's visible window once it shows
# (up to 20 s), or nothing when the process is gone first.
window_of() {
    local pid=$1 title=$2 wid=
    for _ in $(seq 200); do
        wid=$(xdotool search --onlyvisible --pid "$pid" --name "$title" 2>/dev/null | head -n1)
        [[ -n $wid ]] && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "$wid"
}

# wait_for_exit PID: waits up to 20 s for the process and sets $status to its exit status, or
# to "timeout" (after sending it SIGABRT, for a core dump). Call it in this shell, never in
# $(...): only the shell that started the process can wait for it and learn its status.
wait_for_exit() {
    local pid=$1
    for _ in $(seq 200); do
        if ! kill -0 "$pid" 2>/dev/null; then
            wait "$pid"
            status=$?
            return
        fi
        sleep 0.1
    done
    kill -ABRT "$pid" 2>/dev/null
    wait "$pid"
    status="timeout"
}

# press WID KEYS: focuses the window and types the keys into it (XTEST, as a keyboard would).
press() {
    xdotool windowfocus --sync "$1" 2>/dev/null
    xdotool key --clearmodifiers "$2" 2>/dev/null
}
