#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Undoes tests/integration/setup.sh: removes test domains left by test processes that died, gives
# back the lease and, when nobody else holds one, stops what libvirtd.sh started (nothing else)
# and host B of the migration tests (second-host.sh).
# The guest cache stays (it is what makes the next setup take seconds). Always exits 0.
#
#   bash tests/integration/teardown.sh
here=$(cd "$(dirname "$0")" && pwd)
lease=${VIREO_INTEGRATION_LEASE:-$PPID}
bash "$here/libvirtd.sh" clean || true
bash "$here/libvirtd.sh" stop --lease "$lease" || true
# Host B (second-host.sh, started by setup.sh) goes when nobody holds a lease any more.
if [[ $(id -u) -eq 0 && -z $(bash "$here/libvirtd.sh" status 2>/dev/null |
    sed -n 's/^leases: *//p' | tr -d ' ') ]]; then
    bash "$here/second-host.sh" stop || true
fi
exit 0
