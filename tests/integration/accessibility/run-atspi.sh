#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Starts Vireo on the demo host with the details window of web-frontend, under a private Xvfb
# and a private D-Bus session bus (dbus-run-session) on which at-spi2-core's bus launcher is
# activated, with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 so Qt exports its widgets as it does for a
# running screen reader; then atspi_vcpus.py drives it (see there).
#   bash tests/integration/accessibility/run-atspi.sh VIREO_BINARY [SLIDER_NAME]
# Exit status: 0 passed, 1 failed, 77 nothing to run on (no Xvfb, xdotool, dbus-run-session,
# at-spi2-core or python3-pyatspi; CI counts a skip as a failure).
set -uo pipefail
vireo=$(realpath "${1:?usage: run-atspi.sh VIREO_BINARY [SLIDER_NAME]}")
here=$(cd "$(dirname "$0")" && pwd)
launcher=/usr/libexec/at-spi-bus-launcher
# Debian's own Python, where python3-pyatspi is installed (not one first on PATH, e.g. pyenv's).
export VIREO_ATSPI_PYTHON=/usr/bin/python3
if ! command -v dbus-run-session >/dev/null || [[ ! -x $launcher ]] ||
    ! "$VIREO_ATSPI_PYTHON" -c 'import pyatspi' 2>/dev/null; then
    echo "run-atspi.sh: needs dbus-run-session, at-spi2-core and python3-pyatspi; skipped" >&2
    exit 77
fi
source "$here/../../gui/startquit/xvfb-session.sh"
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 LANG=C.UTF-8 LANGUAGE=
export VIREO_ATSPI_BINARY=$vireo VIREO_ATSPI_LOG=$work/vireo.log VIREO_ATSPI_HERE=$here
export VIREO_ATSPI_SLIDER=${2:-vCPUs}
dbus-run-session -- bash -c '
    # The accessibility bus, as a desktop session starts it.
    /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
    bus=$!
    "$VIREO_ATSPI_BINARY" --connect demo --show-domain-editor web-frontend \
        >"$VIREO_ATSPI_LOG" 2>&1 &
    app=$!
    "$VIREO_ATSPI_PYTHON" "$VIREO_ATSPI_HERE/atspi_vcpus.py" "$app" "$VIREO_ATSPI_SLIDER"
    status=$?
    kill "$app" 2>/dev/null
    wait "$app" 2>/dev/null
    kill "$bus" 2>/dev/null
    if [[ $status != 0 ]]; then
        echo "--- vireo output:"
        sed "s/^/    /" "$VIREO_ATSPI_LOG"
    fi
    exit $status
'
