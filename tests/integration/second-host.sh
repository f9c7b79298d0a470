#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# A second, independent libvirt host on this machine, for the migration tests ("host B"; the
# tier's libvirtd from libvirtd.sh is host A).
#
#   second-host.sh start [--lease ID]   start B (idempotent), take a lease; prints
#                                       VIREO_INTEGRATION_SECOND_URI=...
#   second-host.sh stop [--lease ID]    give the lease back; when no live lease is left (always
#                                       without --lease), stop B and its virtlogd, whatever state
#                                       a failed test or a half-done start left them in, and
#                                       remove its folders
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

# Leases, as libvirtd.sh's: a file per holder in $DIR/leases; a numeric one is a process id and
# counts only while that process lives (setup.sh and teardown.sh pass their caller's pid).
live_leases() {
    local f id
    for f in "$DIR"/leases/*; do
        [[ -e $f ]] || continue
        id=${f##*/}
        if [[ $id =~ ^[0-9]+$ ]] && ! kill -0 "$id" 2>/dev/null; then
            rm -f "$f"
            continue
        fi
        echo "$id"
    done
}

# B's daemons, also where their pid files are gone or were never written (a start cut short):
# the processes whose command line names B's own files (exactly; nothing else matches).
daemon_pids() {
    local f pid cmd
    for f in libvirtd virtlogd; do
        pid=$(cat "$DIR/$f.pid" 2>/dev/null) || continue
        # A stale file's pid may be someone else's by now.
        [[ $pid =~ ^[0-9]+$ && $(cat "/proc/$pid/comm" 2>/dev/null) == "$f" ]] && echo "$pid"
    done
    for f in /proc/[0-9]*/cmdline; do
        cmd=$({ tr '\0' ' ' <"$f"; } 2>/dev/null) || continue # gone meanwhile
        pid=${f#/proc/}
        pid=${pid%/cmdline}
        case $cmd in
            *" -f $DIR/libvirtd.conf"* | *" -p $DIR/virtlogd.pid"* | *" -p $DIR/libvirtd.pid"*)
                echo "$pid" ;;
        esac
    done
}

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
    local lease=$1
    [[ $(id -u) -eq 0 ]] || { log "needs root"; exit 1; }
    if [[ -n $lease ]]; then
        mkdir -p "$DIR/leases" && chmod 0700 "$DIR"
        : >"$DIR/leases/$lease" # first: a start cut short is still stopped with this lease
    fi
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
    local lease=$1 others f pid pids i
    if [[ -n $lease ]]; then
        rm -f "$DIR/leases/$lease"
        others=$(live_leases | tr '\n' ' ')
        if [[ -n $others ]]; then
            log "still in use (leases: $others); leaving host B running"
            return 0
        fi
    fi
    # Its guests first (a test that failed may have left one running, or mid-migration): while
    # libvirtd answers it ends them itself; their pid files are B's, for those it cannot.
    if alive; then
        for f in $(timeout 20 virsh -q -c "$URI" list --name 2>/dev/null || true); do
            timeout 20 virsh -q -c "$URI" destroy "$f" >/dev/null 2>&1 || true
        done
    fi
    for f in "$DIR"/root/run/libvirt/qemu/*.pid; do
        [[ -f $f ]] && kill -KILL "$(cat "$f")" 2>/dev/null || true
    done
    # Then libvirtd and virtlogd: TERM, and KILL for one that does not go within 10 s (libvirtd
    # may wait for a job of a connection that is gone). Its folders go only once both have.
    pids=$(daemon_pids | sort -u | tr '\n' ' ')
    for pid in $pids; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for ((i = 0; i < 50; i++)); do
        others=
        for pid in $pids; do
            kill -0 "$pid" 2>/dev/null && others+="$pid "
        done
        [[ -z $others ]] && break
        sleep 0.2
    done
    for pid in $others; do
        log "pid $pid did not stop on SIGTERM; killing it"
        kill -KILL "$pid" 2>/dev/null || true
    done
    for ((i = 0; i < 25; i++)); do
        others=
        for pid in $(daemon_pids | sort -u); do
            kill -0 "$pid" 2>/dev/null && others+="$pid "
        done
        [[ -z $others ]] && break
        sleep 0.2
    done
    if [[ -n $others ]]; then
        log "host B's daemons ($others) still run; $DIR kept"
        return 1
    fi
    rm -rf "$DIR"
}

cmd=${1:-status}
shift || true
lease=
while [[ $# -gt 0 ]]; do
    case $1 in
        --lease) lease=$2; shift 2 ;;
        *) log "unknown argument $1"; exit 2 ;;
    esac
done

case $cmd in
    inner) cmd_inner ;;
    start) cmd_start "$lease" ;;
    stop) cmd_stop "$lease" ;;
    uri) echo "$URI" ;;
    status) if alive; then echo "host B runs: $URI"; else echo "host B does not run"; fi ;;
    *) log "usage: $0 start|stop|uri|status [--lease ID]"; exit 2 ;;
esac
