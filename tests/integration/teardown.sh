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
# Host B (second-host.sh, started by setup.sh) has leases of its own: it goes with the last one
# (whatever libvirtd.sh's other leases, a demo lab's for one, keep host A up for), and so does the
# vm.unprivileged_userfaultfd setup.sh changed for post-copy. Also after a failed test or a setup
# cut short: second-host.sh stop finds B's daemons without their pid files too.
if [[ $(id -u) -eq 0 ]]; then
    bash "$here/second-host.sh" stop --lease "$lease" || true
    # shellcheck source=statedir.sh
    source "$here/statedir.sh"
    if state_dir=$(vireo_state_dir) && [[ -f $state_dir/unprivileged_userfaultfd ]] &&
        [[ $(bash "$here/second-host.sh" status) != "host B runs"* ]]; then
        old_uffd=$(<"$state_dir/unprivileged_userfaultfd")
        if [[ $old_uffd =~ ^[0-9]+$ ]] && echo "$old_uffd" >/proc/sys/vm/unprivileged_userfaultfd; then
            rm -f "$state_dir/unprivileged_userfaultfd"
            echo "teardown.sh: vm.unprivileged_userfaultfd back to $old_uffd" >&2
        fi
    fi
fi
exit 0
