#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Undoes tests/integration/setup.sh: removes test domains left by test processes that died, gives
# back the lease and, when nobody else holds one, stops what libvirtd.sh started (nothing else).
# The guest cache stays (it is what makes the next setup take seconds). Always exits 0.
#
#   bash tests/integration/teardown.sh
here=$(cd "$(dirname "$0")" && pwd)
lease=${VIREO_INTEGRATION_LEASE:-$PPID}
bash "$here/libvirtd.sh" clean || true
bash "$here/libvirtd.sh" stop --lease "$lease" || true
exit 0
