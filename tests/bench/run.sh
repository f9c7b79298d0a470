#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Vireo's benchmarks, in one command:  bash tests/bench/run.sh
# Builds a Release tree in build-bench/ and runs the manager benchmark on test-driver hosts with
# 1,000 and 10,000 running domains, then the console's (a scripted server, and a real guest whose
# text console scrolls without pause, each beside TigerVNC and remote-viewer), and the text
# console's terminal beside xterm. Figures only:
# nothing here passes or fails on a timing.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${VIREO_BENCH_BUILD_DIR:-$root/build-bench}
bash "$root/packaging/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVIREO_BUILD_TESTS=ON >/dev/null
cmake --build "$build" --target bench_manager
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
printf '%-8s %8s %13s %14s %9s %8s %11s %8s %12s\n' domains open_ms populated_ms after_open_ms stall_ms busy_ms cpu_%_1s rss_MiB rss_open_MiB
for n in ${VIREO_BENCH_SIZES:-1000 10000}; do
    if ! line=$("$build/tests/bench/manager/bench_manager" --domains "$n" --stats-interval 1000 2>"$build/bench-$n.log"); then
        cat "$build/bench-$n.log" >&2
        exit 1
    fi
    eval "$(echo "$line" | tr ' ' '\n' | sed 's/^/b_/')"
    # shellcheck disable=SC2154
    printf '%-8s %8s %13s %14s %9s %8s %11s %8s %12s\n' "$b_domains" "$b_open_ms" "$b_populated_ms" \
        "$b_after_open_ms" "$b_stall_ms" "$b_busy_ms" "$b_cpu_percent" "$b_rss_mib" "$b_rss_at_open_mib"
done
# A fleet (issue 18): 50 test-driver hosts of 200 running domains, statistics every 2 s, in the
# tree and in View > Flat List (one sorted list of 10,000 with a Host column), beside the
# 1-host x 1,000 anchor in each mode.
echo
printf '%-6s %-5s %8s %14s %9s %8s %11s %8s %8s\n' hosts flat domains after_open_ms stall_ms busy_ms cpu_%_2s rss_MiB threads
for mode in "" --flat; do
    for fleet in "1 1000" "50 200"; do
        set -- $fleet
        if ! line=$("$build/tests/bench/manager/bench_manager" --hosts "$1" --domains "$2" \
            --stats-interval 2000 $mode 2>"$build/bench-fleet-$1.log"); then
            cat "$build/bench-fleet-$1.log" >&2
            exit 1
        fi
        eval "$(echo "$line" | tr ' ' '\n' | sed 's/^/b_/')"
        # shellcheck disable=SC2154
        printf '%-6s %-5s %8s %14s %9s %8s %11s %8s %8s\n' "$b_hosts" "$b_flat" "$b_domains" \
            "$b_after_open_ms" "$b_stall_ms" "$b_busy_ms" "$b_cpu_percent" "$b_rss_mib" "$b_threads"
    done
done
if [ -f "$root/tests/bench/vnc/run-bench.sh" ]; then
    echo
    bash "$root/tests/bench/vnc/run-bench.sh" "$build"
fi
if [ -f "$root/tests/bench/terminal/run-terminal-bench.sh" ]; then
    echo
    # The text console's terminal under streams without pause, beside xterm (issue 15).
    bash "$root/tests/bench/terminal/run-terminal-bench.sh" "$build"
fi
if [ -f "$root/tests/bench/vnc/run-guest-bench.sh" ]; then
    echo
    # A real guest's busy console: needs the integration tier's libvirtd and guest.
    bash "$root/tests/bench/vnc/run-guest-bench.sh" "$build" 2>"$build/bench-guest.log" ||
        echo "guest console benchmark skipped: see $build/bench-guest.log"
fi
# Clones (issue 12): 20 linked clones of the tier's guest defined and started, and a full clone
# of a 2 GiB qcow2 against cp. Needs the integration tier's libvirtd.
if cmake --build "$build" --target bench_clones >/dev/null 2>&1; then
    echo
    "$build/tests/bench/clones/bench_clones" 2>"$build/bench-clones.log" ||
        echo "clone benchmark skipped: see $build/bench-clones.log"
fi
# Storage (issue 13): upload, download and raw -> qcow2 conversion of 1 GiB beside cp, virsh
# vol-upload and qemu-img convert in the same run. Needs the integration tier's libvirtd.
if cmake --build "$build" --target bench_transfer >/dev/null 2>&1; then
    echo
    "$build/tests/bench/storage/bench_transfer" 2>"$build/bench-storage.log" ||
        echo "storage benchmark skipped: see $build/bench-storage.log"
fi
# The classroom wall (issue 17): 30 test-driver guests with a thumbnail each every 2 s, hidden
# (the anchor) then shown: reads per second, the longest GUI stall, the process's CPU.
if cmake --build "$build" --target bench_wall >/dev/null 2>&1; then
    echo
    "$build/tests/bench/wall/bench_wall" --guests 30 --seconds 20 2>"$build/bench-wall.log" ||
        echo "wall benchmark failed: see $build/bench-wall.log"
fi
# Migration (issue 18): the tiny guest moved live, with storage copy and by post-copy between the
# tier's two hosts (setup.sh starts host B), through Vireo's core beside virsh migrate, duration
# and downtime from the destination's completed job statistics. Run it under the tier's lock.
if cmake --build "$build" --target bench_migration >/dev/null 2>&1; then
    echo
    "$build/tests/bench/migration/bench_migration" --rounds "${VIREO_BENCH_MIGRATION_ROUNDS:-2}" \
        2>"$build/bench-migration.log" ||
        echo "migration benchmark skipped: see $build/bench-migration.log"
fi
