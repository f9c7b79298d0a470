#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Prepares the integration tier: builds (or reuses) the tiny guest and makes sure a libvirtd with
# the QEMU driver runs. Pair every call with tests/integration/teardown.sh from the same process.
#
#   bash tests/integration/setup.sh [--require]
#
# Writes the environment the tests read to $VIREO_INTEGRATION_ENV (default: the state folder of
# libvirtd.sh, e.g. /run/vireo-integration/env) and prints it. The tests also find everything by
# the same defaults without it, so plain `ctest -L integration` works after this script.
#
# Without --require a hypervisor that cannot be set up is a warning (the tests then skip and say
# why); with --require (CI) it is an error.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
require=0
[[ ${1:-} == --require ]] && require=1
lease=${VIREO_INTEGRATION_LEASE:-$PPID}

fail() {
    echo "setup.sh: $*" >&2
    if [[ $require == 1 ]]; then
        exit 1
    fi
    echo "setup.sh: the integration tests will be skipped" >&2
    exit 0
}

ms() { echo $(($(date +%s%N) / 1000000)); }

guest=$(bash "$here/build-guest.sh") || fail "cannot build the test guest"
# libvirtd.sh start returns once capabilities and domain capabilities answer: the first time,
# after libvirt has probed QEMU (about 47 s on a fresh, busy machine). No test starts before.
started=$(ms)
bash "$here/libvirtd.sh" start --lease "$lease" || fail "no libvirtd with the QEMU driver"
echo "setup.sh: warm-up took $(($(ms) - started)) ms (from libvirtd.sh start until capabilities and domain capabilities answered)" >&2
uri=$(bash "$here/libvirtd.sh" uri)

# Warm, a define takes a fraction of a second. Seconds mean libvirt probes QEMU on every call
# again (tests/integration/README.md, "KVM"); the tests allow for it, but say so loudly.
kernel=$(sed -n 's/^VIREO_GUEST_KERNEL=//p' <<<"$guest")
probe_name=vireo-it-$$-warmup # removed by libvirtd.sh clean if this script dies
probe_xml="<domain type='qemu'><name>$probe_name</name><memory unit='MiB'>64</memory>"
probe_xml+="<os><type arch='x86_64' machine='pc'>hvm</type><kernel>$kernel</kernel></os></domain>"
t0=$(ms)
timeout 300 virsh -q -c "$uri" define /dev/stdin <<<"$probe_xml" >/dev/null ||
    fail "libvirt refused to define a test domain"
define_ms=$(($(ms) - t0))
timeout 60 virsh -q -c "$uri" undefine "$probe_name" >/dev/null || true
t0=$(ms)
timeout 60 virsh -q -c "$uri" capabilities >/dev/null
caps_ms=$(($(ms) - t0))
t0=$(ms)
timeout 60 virsh -q -c "$uri" domcapabilities >/dev/null
domcaps_ms=$(($(ms) - t0))
echo "setup.sh: warm: a define took $define_ms ms, capabilities $caps_ms ms, domain capabilities $domcaps_ms ms" >&2
if ((define_ms >= 1000)); then
    echo "setup.sh: WARNING: a define took $define_ms ms; libvirt probably probes QEMU on every call (see tests/integration/README.md)" >&2
fi

# Host B of the migration tests (tst_livemigration): a second libvirtd in its own mount namespace
# (second-host.sh). Root only, as the system daemon above; teardown.sh stops it with its last lease.
# shellcheck source=statedir.sh
source "$here/statedir.sh"
state_dir=$(vireo_state_dir) || fail "no private state folder"
second_uri=
if [[ $(id -u) -eq 0 ]]; then
    # Post-copy migration (tst_livemigration): QEMU runs unprivileged and needs userfaultfd,
    # which the kernel gives such a process only with vm.unprivileged_userfaultfd=1. Set for the
    # tier; the value before is kept in the state folder (by the first run that changed it) and
    # teardown.sh puts it back with host B's last lease.
    uffd=/proc/sys/vm/unprivileged_userfaultfd
    if [[ -r $uffd && $(<"$uffd") != 1 && ! -f $state_dir/unprivileged_userfaultfd ]]; then
        old_uffd=$(<"$uffd")
        if echo 1 2>/dev/null >"$uffd"; then
            echo "$old_uffd" >"$state_dir/unprivileged_userfaultfd"
            echo "setup.sh: vm.unprivileged_userfaultfd=1 for post-copy (was $old_uffd)" >&2
        else
            echo "setup.sh: cannot set vm.unprivileged_userfaultfd=1; post-copy will be skipped" >&2
        fi
    fi
    t0=$(ms)
    bash "$here/second-host.sh" start --lease "$lease" >/dev/null ||
        fail "host B (second-host.sh) did not start"
    second_uri=$(bash "$here/second-host.sh" uri)
    echo "setup.sh: host B ($second_uri) answered after $(($(ms) - t0)) ms" >&2
fi

env_file=${VIREO_INTEGRATION_ENV:-$state_dir/env}
mkdir -p "$(dirname "$env_file")"
{
    echo "export VIREO_INTEGRATION_URI=$uri"
    [[ -n $second_uri ]] && echo "export VIREO_INTEGRATION_SECOND_URI=$second_uri"
    sed 's/^/export /' <<<"$guest"
    bash "$here/libvirtd.sh" sasl-env | sed 's/^/export /'
} >"$env_file"
cat "$env_file"
echo "setup.sh: ready; environment in $env_file (lease $lease)" >&2
