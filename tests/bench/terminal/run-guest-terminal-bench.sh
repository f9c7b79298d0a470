#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The serial console of a real guest that prints without pause (`yes` in its shell on ttyS0),
# watched in turn by Vireo (`vireo --connect URI --show-domain-console NAME`, which opens Serial 0
# of a guest without graphics) and by `virsh console NAME` in xterm, in the same X server: the
# CPU of each (Vireo's process; xterm + virsh) and of the X server, and the bytes per second the
# guest got out meanwhile (TCG's serial port limits it; read from the serial log, which libvirt
# keeps beside the pty).
#
#   tests/bench/terminal/run-guest-terminal-bench.sh [build-dir] [seconds per run] [repeats]
#
# Needs the integration tier (tests/integration/README.md): run it under the tier's lock,
#   flock -o /tmp/vireo-tier.lock bash -c 'bash tests/integration/setup.sh &&
#       bash tests/bench/terminal/run-guest-terminal-bench.sh build; bash tests/integration/teardown.sh'
# Uses $DISPLAY if set (give its server's pid in BENCH_XPID to count it), else Xvfb :12. xterm gets the cells Vireo's terminal has (BENCH_CELLS,
# default 125x46: the console window's 1024x800) in the same font (Monospace, 9 pt, Xft).
# BENCH_VIREO and BENCH_HELPER run other binaries (e.g. an older build, to compare). Figures only.
set -euo pipefail
src="$(cd "$(dirname "$0")/../../.." && pwd)"
build="${1:-$src/build}"
seconds="${2:-20}"
repeats="${3:-2}"
warmup=${BENCH_WARMUP:-6}
cells=${BENCH_CELLS:-125x46}
helper="${BENCH_HELPER:-$build/tests/bench/terminal/bench_guestconsole}"
vireo="${BENCH_VIREO:-$build/app/vireo}"
if [[ -z ${BENCH_HELPER:-} || -z ${BENCH_VIREO:-} ]]; then
    [[ -f $build/build.ninja ]] || cmake -S "$src" -B "$build" -G Ninja >/dev/null
    ninja -C "$build" vireo bench_guestconsole >/dev/null
fi
uri=$(bash "$src/tests/integration/libvirtd.sh" uri)
hz=$(getconf CLK_TCK)
work=$(mktemp -d)
chmod 755 "$work"

# shellcheck source=../vnc/display.sh
source "$src/tests/bench/vnc/display.sh"
client_pid=
cleanup() {
    [[ -n $client_pid ]] && kill "$client_pid" 2>/dev/null
    "$helper" --remove >/dev/null 2>&1 || true
    [[ -n $xvfb_pid ]] && kill "$xvfb_pid"
    rm -rf "$work"
}
trap cleanup EXIT

# The guest runs under another user (qemu) who writes its log in $work.
stage=$("$helper" --boot "$work")
name=$(sed -n 's/^name=//p' <<<"$stage")
log=$(sed -n 's/^log=//p' <<<"$stage")
"$helper" --type "$name" yes
# Vireo's settings stay out of the user's.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
# The X server counted: the one started here, or BENCH_XPID (the server of $DISPLAY).
x_pid=${xvfb_pid:-${BENCH_XPID:-0}}

ticks() { # the user + system ticks of the pids
    local t=0 p
    for p in "$@"; do
        [[ -r /proc/$p/stat ]] && t=$((t + $(awk '{ print $14 + $15 }' "/proc/$p/stat")))
    done
    echo "$t"
}
log_bytes() { # what the guest printed during $1 seconds (the log rotates at 2 MiB)
    local end total=0 last size
    last=$(stat -c %s "$log")
    end=$(($(date +%s%N) + $1 * 1000000000))
    while (($(date +%s%N) < end)); do
        sleep 0.2
        size=$(stat -c %s "$log")
        if ((size < last)); then
            total=$((total + $(stat -c %s "$log.0" 2>/dev/null || echo "$last") - last + size))
        else
            total=$((total + size - last))
        fi
        last=$size
    done
    echo "$total"
}

# client: prints "client_ticks x_ticks bytes"
measure() {
    local client=$1 pids t0 t1 x0 x1 bytes
    case $client in
    vireo) "$vireo" --connect "$uri" --show-domain-console "$name" >"$work/vireo.log" 2>&1 & ;;
    xterm) xterm -geometry "$cells" -fa Monospace -fs 9 \
        -e virsh -c "$uri" console "$name" >/dev/null 2>&1 & ;;
    esac
    client_pid=$!
    sleep "$warmup" # connected, and the window showing the stream
    pids="$client_pid $(pgrep -P "$client_pid" | tr '\n' ' ')"
    # shellcheck disable=SC2086
    t0=$(ticks $pids)
    x0=$(ticks "$x_pid")
    bytes=$(log_bytes "$seconds")
    # shellcheck disable=SC2086
    t1=$(ticks $pids)
    x1=$(ticks "$x_pid")
    [[ $client == vireo ]] && DISPLAY=$DISPLAY import -window root "$work/../vireo-guest-yes.png" 2>/dev/null
    kill "$client_pid" 2>/dev/null
    wait "$client_pid" 2>/dev/null || true
    client_pid=
    sleep 1 # the console is free again
    echo "$((t1 - t0)) $((x1 - x0)) $bytes"
}

echo "guest serial console under \`yes\`: $name on $uri, ${seconds} s a run after ${warmup} s, $repeats runs each, xterm ${cells} cells; load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-14s %8s %8s %10s %10s %12s\n' client cpu_% x_cpu_% sum_% KiB/s cpu_ms/MiB
for ((r = 0; r < repeats; ++r)); do
    for client in vireo xterm; do
        read -r t x b <<<"$(measure "$client")"
        awk -v c="$client" -v t="$t" -v x="$x" -v b="$b" -v s="$seconds" -v hz="$hz" 'BEGIN {
            cpu = t / hz; xs = x / hz; mib = b / 1048576
            printf "%-14s %8.1f %8.1f %10.1f %10.1f %12.0f\n", (c == "xterm") ? "virsh+xterm" : c,
                100 * cpu / s, 100 * xs / s, 100 * (cpu + xs) / s, b / 1024 / s,
                (mib > 0) ? 1000 * (cpu + xs) / mib : 0 }'
    done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
