#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Vireo's two entry points on a fresh Debian 12 machine (see README.md):
#   bash packaging/dev.sh run    install what is missing, build, launch Vireo on the demo host
#   bash packaging/dev.sh test   install what is missing, build, run every test tier
# Environment: VIREO_BUILD_DIR (default: build), VIREO_JOBS (default: nproc).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${VIREO_BUILD_DIR:-$root/build}
jobs=${VIREO_JOBS:-$(nproc)}
cmd=${1:-run}
shift || true

case "$cmd" in
run | test | build) ;;
*)
    echo "usage: bash packaging/dev.sh run|test|build [vireo arguments...]" >&2
    exit 2
    ;;
esac

bash "$root/packaging/install-deps.sh"
build_started=$SECONDS
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$jobs"
echo "dev.sh: build took $((SECONDS - build_started)) s on $jobs jobs (load average: $(cut -d' ' -f1-3 /proc/loadavg))"

case "$cmd" in
build) ;;
run)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "dev.sh: no graphical session (DISPLAY is not set); start Vireo from a desktop." >&2
        exit 1
    fi
    if [ $# -eq 0 ]; then set -- --connect demo; fi
    exec "$build/app/vireo" "$@"
    ;;
test)
    status=0
    # The integration tier needs a real libvirtd and the tiny guest; setup starts only what is
    # missing and teardown stops only what setup started.
    if [ -f "$root/tests/integration/setup.sh" ]; then
        # One lease for setup and teardown: this script's own process, alive while ctest runs.
        export VIREO_INTEGRATION_LEASE=${VIREO_INTEGRATION_LEASE:-$$}
        trap 'bash "$root/tests/integration/teardown.sh" || true' EXIT
        require=()
        # In CI a hypervisor that cannot be set up is an error; on a desktop the integration
        # tests say why and skip.
        if [ -n "${CI:-}" ]; then require=(--require); fi
        if ! env_lines=$(bash "$root/tests/integration/setup.sh" "${require[@]}"); then
            echo "dev.sh: the integration tier could not be set up" >&2
            exit 1
        fi
        eval "$env_lines"
    fi
    tests_started=$SECONDS
    log=$build/ctest.log
    set +e
    (cd "$build" && ctest --output-on-failure --parallel "$jobs" "$@") 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    set -e
    echo "dev.sh: ctest took $((SECONDS - tests_started)) s (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
    # A test that skips in CI hides a broken tier (ctest lists it "(Skipped)"): that is a failure.
    if [ -n "${CI:-}" ] && grep -q '(Skipped)' "$log"; then
        echo "dev.sh: in CI no test may be skipped; these were:" >&2
        grep '(Skipped)' "$log" >&2
        [ "$status" -ne 0 ] || status=1
    fi
    # The console's hostile-stream tests again, under AddressSanitizer.
    if [ -f "$root/tests/unit/vnc/run-asan.sh" ]; then
        bash "$root/tests/unit/vnc/run-asan.sh" || status=$?
    fi
    exit $status
    ;;
esac
