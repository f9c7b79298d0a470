#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# A second, independent libvirt host on this machine, for the migration tests ("host B"; the
# tier's libvirtd from libvirtd.sh is host A).
#
#   second-host.sh start    start B (idempotent); prints VIREO_INTEGRATION_SECOND_URI=...
#   second-host.sh stop     stop B and remove its folders
#   second-host.sh uri      B's URI (qemu+tcp://127.0.0.1:PORT/system)
#   second-host.sh status
#
# B is a libvirtd (with its own virtlogd) in a mount namespace of its own (unshare --mount, private
# propagation) in which /run/libvirt, /etc/libvirt, /var/lib/libvirt, /var/cache/libvirt and
# /var/log/libvirt are folders of B's own under $VIREO_SECOND_HOST_DIR: sockets, configuration,
# domain state, the QEMU probe cache and logs are B's. Everything else (/tmp, the guest's kernel)
# is the machine's, as two hosts with shared storage have it; /var/lib/libvirt/images differs, so a
# disk there is not shared and needs "copy storage".
# Its libvirtd.conf gives it a host_uuid of its own (libvirt refuses a migration between two hosts
# of one UUID: "Attempt to migrate guest to the same host"), and it listens on 127.0.0.1 over TCP
# with no authentication: for the tests only, never elsewhere. Migrations to it name the
# migration URI tcp://127.0.0.1 (both daemons have the machine's host name).
#
# As libvirtd.sh's daemon, B runs without /dev/kvm where KVM is not really usable: its namespace
# step is libvirtd.sh's (`libvirtd.sh in-namespace`), called, not copied or sourced (libvirtd.sh
# runs its command line when sourced). Root only; libvirtd.sh start must have run (it creates the
# QEMU user and group).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DIR=${VIREO_SECOND_HOST_DIR:-/run/vireo-second-host}
PORT=${VIREO_SECOND_HOST_PORT:-16510}
URI="qemu+tcp://127.0.0.1:$PORT/system"
PRIVATE="/run/libvirt /etc/libvirt /var/lib/libvirt /var/cache/libvirt /var/log/libvirt"

log() { echo "second-host.sh: $*" >&2; }

alive() { [[ -f $DIR/libvirtd.pid ]] && kill -0 "$(cat "$DIR/libvirtd.pid" 2>/dev/null)" 2>/dev/null; }

# In the new namespace: B's folders over the machine's, then libvirtd.sh's /dev without kvm, then
# the two daemons (they fork into the background; the namespace lives while they do).
cmd_inner() {
    local p
    for p in $PRIVATE; do
        mkdir -p "$DIR/root$p" "$p"
        mount --bind "$DIR/root$p" "$p"
    done
    exec bash "$here/libvirtd.sh" in-namespace bash -c "
        virtlogd -d -p '$DIR/virtlogd.pid' &&
        exec libvirtd -d --listen -p '$DIR/libvirtd.pid' -f '$DIR/libvirtd.conf'"
}

cmd_start() {
    [[ $(id -u) -eq 0 ]] || { log "needs root"; exit 1; }
    if alive; then
        echo "VIREO_INTEGRATION_SECOND_URI=$URI"
        return 0
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
        log "127.0.0.1:$PORT is taken (set VIREO_SECOND_HOST_PORT)"
        exit 1
    fi
    id libvirt-qemu >/dev/null 2>&1 || { log "no user libvirt-qemu: run libvirtd.sh start (setup.sh) first"; exit 1; }
    mkdir -p "$DIR" && chmod 0700 "$DIR"
    cp -a /etc/libvirt/. "$DIR/root/etc/libvirt/" 2>/dev/null || mkdir -p "$DIR/root/etc/libvirt"
    rm -rf "$DIR/root/etc/libvirt/qemu" "$DIR/root/etc/libvirt/storage" # A's definitions stay A's
    mkdir -p "$DIR/root/var/lib/libvirt/images"
    cat >"$DIR/libvirtd.conf" <<CONF
# Host B of the integration tier (second-host.sh): test only.
listen_tls = 0
listen_tcp = 1
listen_addr = "127.0.0.1"
tcp_port = "$PORT"
auth_tcp = "none"
host_uuid = "$(cat /proc/sys/kernel/random/uuid)"
CONF
    # Descriptors closed: a caller under flock must not hand its lock on to the daemons.
    (
        for fd in /proc/$BASHPID/fd/*; do
            fd=${fd##*/}
            ((fd > 2)) && eval "exec $fd>&-" 2>/dev/null || true
        done
        exec unshare --mount --propagation private bash "${BASH_SOURCE[0]}" inner
    ) || { log "the namespace or the daemons did not start"; exit 1; }
    local i
    for ((i = 0; i < 300; i++)); do
        # The first QEMU probe takes a while: B is ready once its capabilities answer.
        if alive && virsh -c "$URI" domcapabilities --virttype qemu >/dev/null 2>&1; then
            echo "VIREO_INTEGRATION_SECOND_URI=$URI"
            return 0
        fi
        sleep 0.5
    done
    log "libvirtd of host B did not answer on $URI within 150 s"
    exit 1
}

cmd_stop() {
    local f
    for f in libvirtd virtlogd; do
        if [[ -f $DIR/$f.pid ]]; then
            kill "$(cat "$DIR/$f.pid")" 2>/dev/null || true
        fi
    done
    for ((i = 0; i < 50; i++)); do
        alive || break
        sleep 0.2
    done
    # Its QEMUs went with it only if they were stopped: a test that left one behind, kill it
    # (they run in B's namespace; their pid files are B's).
    for f in "$DIR"/root/run/libvirt/qemu/*.pid; do
        [[ -f $f ]] && kill "$(cat "$f")" 2>/dev/null || true
    done
    rm -rf "$DIR"
}

case ${1:-status} in
    inner) cmd_inner ;;
    start) cmd_start ;;
    stop) cmd_stop ;;
    uri) echo "$URI" ;;
    status) if alive; then echo "host B runs: $URI"; else echo "host B does not run"; fi ;;
    *) log "usage: $0 start|stop|uri|status"; exit 2 ;;
esac
