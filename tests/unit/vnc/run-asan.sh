#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Builds the VNC unit tests with AddressSanitizer + UBSan in their own build directory and runs
# them: the scripted-server tests (tst_vnchostile: hostile streams, and cursor shapes that must
# leak nothing, which LeakSanitizer checks), the frame-buffer test without sockets, and the host
# tree model's test, whose chunked inserts race a host's removal; and the text console's
# terminal emulation fed random and truncated bytes (tst_terminalhostile) and recorded streams.
# Usage: tests/unit/vnc/run-asan.sh [build-dir]   (default: <repo>/build-asan-vnc)
set -euo pipefail
src="$(cd "$(dirname "$0")/../../.." && pwd)"
build="${1:-$src/build-asan-vnc}"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DVIREO_ASAN=ON \
      -DVIREO_BUILD_BENCH=OFF >/dev/null
ninja -C "$build" tst_vncconnection tst_vnchostile tst_vnckeymap tst_vncframebuffer tst_domaintreemodel \
      tst_terminalhostile tst_terminalemulator
export QT_QPA_PLATFORM=offscreen
# libvncclient itself is not instrumented, but it allocates through ASan's malloc: LeakSanitizer
# sees its lost blocks too (the cursor masks of tst_vnchostile).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
"$build/tests/unit/vnc/tst_vnckeymap"
"$build/tests/unit/vnc/tst_vncframebuffer"
"$build/tests/unit/vnc/tst_vncconnection"
"$build/tests/unit/vnc/tst_vnchostile"
"$build/tests/unit/core/tst_domaintreemodel"
"$build/tests/unit/terminal/tst_terminalhostile"
"$build/tests/unit/terminal/tst_terminalemulator"
