#!/bin/bash
# Builds the VNC unit tests with AddressSanitizer + UBSan in their own build directory and runs
# them (the scripted-server tests include the hostile-stream cases); also the host tree model's
# test, whose chunked inserts race a host's removal.
# Usage: tests/unit/vnc/run-asan.sh [build-dir]   (default: <repo>/build-asan-vnc)
set -euo pipefail
src="$(cd "$(dirname "$0")/../../.." && pwd)"
build="${1:-$src/build-asan-vnc}"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DVIREO_ASAN=ON \
      -DVIREO_BUILD_BENCH=OFF >/dev/null
ninja -C "$build" tst_vncconnection tst_vnckeymap tst_domaintreemodel
export QT_QPA_PLATFORM=offscreen
# libvncclient itself is not instrumented; leaks are checked in our code all the same.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
"$build/tests/unit/vnc/tst_vnckeymap"
"$build/tests/unit/vnc/tst_vncconnection"
"$build/tests/unit/core/tst_domaintreemodel"
