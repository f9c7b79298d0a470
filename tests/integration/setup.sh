#!/bin/bash
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

guest=$(bash "$here/build-guest.sh") || fail "cannot build the test guest"
bash "$here/libvirtd.sh" start --lease "$lease" || fail "no libvirtd with the QEMU driver"
uri=$(bash "$here/libvirtd.sh" uri)

if [[ $(id -u) -eq 0 ]]; then
    state_dir=${VIREO_INTEGRATION_STATE:-/run/vireo-integration}
else
    state_dir=${VIREO_INTEGRATION_STATE:-${XDG_RUNTIME_DIR:-/tmp}/vireo-integration-$(id -u)}
fi
env_file=${VIREO_INTEGRATION_ENV:-$state_dir/env}
mkdir -p "$(dirname "$env_file")"
{
    echo "export VIREO_INTEGRATION_URI=$uri"
    sed 's/^/export /' <<<"$guest"
} >"$env_file"
cat "$env_file"
echo "setup.sh: ready; environment in $env_file (lease $lease)" >&2
