#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Makes sure a libvirtd with the QEMU driver answers, for the integration tier and the demo lab,
# and stops only what it started.
#
#   libvirtd.sh start  [--lease ID]   start what is missing (idempotent); take a lease
#   libvirtd.sh stop   [--lease ID]   give the lease back; when no live lease remains, stop what
#                                     start started (nothing else) and undo its system changes
#   libvirtd.sh status                what runs, who started it, which leases are held
#   libvirtd.sh uri                   the URI the tests should use
#   libvirtd.sh clean                 remove test domains (vireo-it-<pid>-*) whose process is gone
#   libvirtd.sh owns                  exit 0 if crash/revive may be used on this daemon: start
#                                     started it and no named lease (demo lab...) is held
#   libvirtd.sh crash                 SIGKILL the libvirtd that start started (tests only)
#   libvirtd.sh revive                start that libvirtd again after a crash (tests only)
#   libvirtd.sh sasl-env              the SASL listener's URI, user and password file, as shell
#                                     assignments (nothing when this script's libvirtd has none)
#
# As root: qemu:///system. Debian's libvirtd refuses its QEMU driver until the user libvirt-qemu,
# its group libvirt-qemu and the group kvm exist (libvirt-daemon-system would create them; without systemd nobody does),
# so start creates them, then runs virtlogd and libvirtd as daemons. As a normal user:
# qemu:///session, whose daemon libvirt spawns on demand; nothing to start or stop.
#
# The libvirtd that start runs as root also listens on 127.0.0.1 over TCP with SASL (DIGEST-MD5),
# for the tests of authentication: its own libvirtd.conf (the machine has none without
# libvirt-daemon-system) and its own SASL configuration and user database, all in the private
# state folder. libvirtd finds them through SASL_CONF_PATH, so nothing in /etc changes; stop
# removes them. DIGEST-MD5 and not SCRAM: over plain TCP libvirt demands a SASL security layer
# (SSF >= 56), which SCRAM does not offer.
#
# Where KVM is not really usable (no vmx/svm, or /dev/kvm closed to the QEMU user), start runs
# libvirtd in a mount namespace of its own in which /dev/kvm is hidden; see run_libvirtd below.
#
# Leases: several runs may share one daemon (two engineers, CI and a demo). A lease is a file
# named by its ID; a numeric ID is a process id and counts only while that process lives (the
# default is the caller's pid, so `bash setup.sh` ... `bash teardown.sh` from one script match).
set -euo pipefail

ROOT=0
[[ $(id -u) -eq 0 ]] && ROOT=1
URI=qemu:///session
[[ $ROOT == 1 ]] && URI=qemu:///system
# shellcheck source=statedir.sh
source "$(dirname "${BASH_SOURCE[0]}")/statedir.sh"
STATE_DIR=$(vireo_state_dir) || exit 1 # private (0700): the state below is sourced as code
STATE=$STATE_DIR/state
LEASES=$STATE_DIR/leases
mkdir -p "$LEASES"

log() { echo "libvirtd.sh: $*" >&2; }

# The state file holds shell assignments: STARTED_LIBVIRTD, STARTED_VIRTLOGD, CREATED_USER, ...
STARTED_LIBVIRTD=0 STARTED_VIRTLOGD=0 CREATED_USER=0 CREATED_GROUP=0 CREATED_LOGDIR=0 HID_KVM=0
SASL_LISTENS=0
# shellcheck source=/dev/null
[[ -f $STATE ]] && source "$STATE"
save_state() {
    cat >"$STATE.new" <<EOF
STARTED_LIBVIRTD=$STARTED_LIBVIRTD
STARTED_VIRTLOGD=$STARTED_VIRTLOGD
CREATED_USER=$CREATED_USER
CREATED_GROUP=$CREATED_GROUP
CREATED_LOGDIR=$CREATED_LOGDIR
HID_KVM=$HID_KVM
SASL_LISTENS=$SASL_LISTENS
EOF
    mv -f "$STATE.new" "$STATE"
}

pid_of() { # daemon name -> its pid (from its pid file) if it runs
    local file=/run/$1.pid pid
    [[ $ROOT == 1 ]] || file=${XDG_RUNTIME_DIR:-/nonexistent}/libvirt/$1.pid
    [[ -r $file ]] || return 1
    pid=$(<"$file")
    [[ -n $pid && -r /proc/$pid/comm && $(</proc/$pid/comm) == "$1" ]] || return 1
    echo "$pid"
}

answers() { # whether the URI answers, within a few seconds
    timeout 10 virsh -q -c "$URI" uri >/dev/null 2>&1
}

wait_until() { # seconds command... : poll until the command succeeds
    local deadline=$((SECONDS + $1))
    shift
    until "$@"; do
        ((SECONDS < deadline)) || return 1
        sleep 0.2
    done
}

not_running() { ! kill -0 "$1" 2>/dev/null; }

stop_pid() {
    local pid=$1
    kill -TERM "$pid" 2>/dev/null || return 0
    wait_until 10 not_running "$pid" || { kill -KILL "$pid" 2>/dev/null || true; }
    wait_until 5 not_running "$pid" || true
}

live_leases() {
    local f id
    for f in "$LEASES"/*; do
        [[ -e $f ]] || continue
        id=$(basename "$f")
        if [[ $id =~ ^[0-9]+$ ]] && ! kill -0 "$id" 2>/dev/null; then
            rm -f "$f" # its process is gone (a run that never tore down)
            continue
        fi
        echo "$id"
    done
}

QEMU_USER=libvirt-qemu # Debian's qemu.conf default

# Whether QEMU can really use KVM here: the CPU has vmx or svm, and the user QEMU runs as may open
# /dev/kvm. Where it cannot, libvirt and QEMU disagree: libvirt's QEMU probe runs as root, which can
# open /dev/kvm, and records KVM; libvirt's own check asks as the QEMU user, which cannot. Then
# every capability lookup finds the cached probe stale and probes QEMU again ("KVM was enabled when
# probing ..., but it is not available now"): 4 s per domcapabilities, 30 s for a define.
kvm_really_usable() {
    grep -qwE 'vmx|svm' /proc/cpuinfo || return 1
    setpriv --reuid="$QEMU_USER" --regid="$QEMU_USER" --init-groups \
        test -r /dev/kvm -a -w /dev/kvm 2>/dev/null
}

# Hiding /dev/kvm only from the tier's libvirtd (and the QEMU it probes and runs), rather than
# opening it to the QEMU user: the machine's own /dev/kvm stays as it was, and a CPU without
# vmx/svm gets no half-working KVM ("failed to set MSR 0x10a"). libvirtd runs in a mount namespace
# of its own whose /dev is a copy of the machine's without kvm (below), so both sides see what a
# host without KVM has: no /dev/kvm at all. Simpler covers do not work: a file bound over
# /dev/kvm breaks the start of every domain (libvirt moves the mounts under /dev into each
# domain's private /dev and fails on that one: "Unable to move ... mount to /dev/kvm"), and
# /dev/null over it would make libvirt expect KVM again (the QEMU user may open it).
run_libvirtd() {
    if [[ ! -e /dev/kvm ]] || kvm_really_usable; then
        HID_KVM=0
        detached libvirtd "$@"
        return
    fi
    HID_KVM=1
    # --propagation private: nothing mounted in there is seen outside.
    detached unshare --mount --propagation private bash "${BASH_SOURCE[0]}" in-namespace libvirtd "$@"
}

# Runs a daemon without the descriptors its caller inherited: one that holds a lock
# (`flock /tmp/vireo-tier.lock ...` around a test run) would otherwise hand it on to libvirtd,
# which keeps it until it stops, and every later run waits for ever.
detached() {
    (
        for fd in /proc/$BASHPID/fd/*; do
            fd=${fd##*/}
            if ((fd > 2)); then
                eval "exec $fd>&-" 2>/dev/null || true
            fi
        done
        exec "$@"
    )
}

# In run_libvirtd's namespace: a tmpfs with a copy of /dev's nodes and links, less kvm, plus the
# file systems mounted under /dev (pts, shm, mqueue...) takes the place of /dev; then the command.
# The old /dev is detached, not covered: libvirt moves every mount listed under /dev into each
# domain's /dev, and fails on one that is listed but hidden ("Unable to move /dev/pts mount").
cmd_in_namespace() {
    local stage=$STATE_DIR/dev mp
    mkdir -p "$stage"
    mount -t tmpfs -o nosuid,mode=0755 vireo-dev "$stage"
    cp -a --one-file-system /dev/. "$stage/"
    rm -f "$stage/kvm"
    while read -r mp; do
        mkdir -p "$stage/${mp#/dev/}"
        mount --bind "$mp" "$stage/${mp#/dev/}"
    done < <(awk '$5 ~ "^/dev/" { print $5 }' /proc/self/mountinfo | sort -u)
    umount --lazy /dev
    mount --move "$stage" /dev
    exec "$@"
}

SASL_DIR=$STATE_DIR/sasl
SASL_USER=vireo-it
SASL_PORT=${VIREO_INTEGRATION_SASL_PORT:-16509}
SASL_URI=qemu+tcp://127.0.0.1:$SASL_PORT/system
DAEMON_CONF=$STATE_DIR/libvirtd.conf

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The TCP listener's configuration, and a SASL database with the test user and a new random
# password (in a 0600 file for the tests). Nothing outside the state folder.
prepare_sasl() {
    rm -rf "$SASL_DIR" "$DAEMON_CONF"
    SASL_LISTENS=0
    if ! command -v saslpasswd2 >/dev/null; then
        log "saslpasswd2 is missing (sasl2-bin): no SASL listener"
        return 0
    fi
    if port_taken "$SASL_PORT"; then
        log "127.0.0.1:$SASL_PORT is taken: no SASL listener (set VIREO_INTEGRATION_SASL_PORT)"
        return 0
    fi
    (
        umask 077
        mkdir "$SASL_DIR"
        head -c 24 /dev/urandom | base64 | tr -d '/+=\n' >"$SASL_DIR/password"
        saslpasswd2 -f "$SASL_DIR/passwd.db" -a libvirt -p -c "$SASL_USER" <"$SASL_DIR/password"
        cat >"$SASL_DIR/libvirt.conf" <<EOF
mech_list: digest-md5
sasldb_path: $SASL_DIR/passwd.db
EOF
        cat >"$DAEMON_CONF" <<EOF
# The integration tier's libvirtd (tests/integration/libvirtd.sh); removed by its stop.
listen_tls = 0
listen_tcp = 1
listen_addr = "127.0.0.1"
tcp_port = "$SASL_PORT"
auth_tcp = "sasl"
EOF
    ) || return 1
    SASL_LISTENS=1
}

# again: a restart after crash keeps the password the tests have already read.
start_libvirtd() {
    mkdir -p /run/libvirt
    [[ ${1:-} == again && -f $DAEMON_CONF ]] || prepare_sasl
    if [[ $SASL_LISTENS == 1 ]]; then
        SASL_CONF_PATH=$SASL_DIR run_libvirtd -d --listen -f "$DAEMON_CONF"
    else
        run_libvirtd -d
    fi
    STARTED_LIBVIRTD=1
    save_state
    # Generous: a daemon that probes QEMU at start may take a minute to open connections.
    if ! wait_until 120 answers; then
        log "libvirtd started but $URI does not answer"
        return 1
    fi
}

start_system() {
    if ! getent group kvm >/dev/null; then
        groupadd --system kvm
        CREATED_GROUP=1
    fi
    if ! getent passwd libvirt-qemu >/dev/null; then
        # Its own group libvirt-qemu (Debian's qemu.conf default) plus kvm; userdel removes both
        # memberships and the user's own group.
        useradd --system --user-group --groups kvm --home-dir /var/lib/libvirt --no-create-home \
            --shell /usr/sbin/nologin --comment "Libvirt Qemu" libvirt-qemu
        CREATED_USER=1
    fi
    if [[ ! -d /var/log/libvirt ]]; then
        mkdir -p /var/log/libvirt
        CREATED_LOGDIR=1
    fi
    save_state
    if ! pid_of virtlogd >/dev/null; then
        detached virtlogd -d
        STARTED_VIRTLOGD=1
        save_state
    fi
    if ! pid_of libvirtd >/dev/null; then
        start_libvirtd
    elif ! wait_until 10 answers; then
        log "a libvirtd runs but $URI does not answer"
        return 1
    fi
}

# Waits until libvirt answers capabilities and domain capabilities, which the first time means
# libvirt probing each QEMU binary (about 47 s on a fresh, busy machine; after that it reads its
# cache in /var/cache/libvirt/qemu). Checks that the QEMU driver is there, not just a daemon.
warm_up() {
    local start=$SECONDS caps deadline=$((SECONDS + 300))
    until caps=$(timeout 300 virsh -q -c "$URI" capabilities 2>/dev/null) &&
        [[ $caps == *"<domain type='qemu'"* ]]; do
        if ((SECONDS >= deadline)); then
            log "$URI answers but offers no QEMU domains (qemu-system-x86 missing?)"
            return 1
        fi
        sleep 1
    done
    local capsAt=$((SECONDS - start))
    if ! timeout 300 virsh -q -c "$URI" domcapabilities >/dev/null 2>&1; then
        log "$URI answers capabilities but not domain capabilities"
        return 1
    fi
    log "capabilities answered after ${capsAt} s, domain capabilities after $((SECONDS - start)) s"
}

cmd_start() {
    local lease=$1
    if [[ $ROOT == 1 ]]; then
        start_system
    elif ! answers; then
        log "$URI does not answer (is libvirt-daemon-driver-qemu installed?)"
        return 1
    fi
    warm_up || return 1
    [[ -n $lease ]] && : >"$LEASES/$lease"
    log "$URI is ready (lease ${lease:-none})"
}

destroy_test_domains() { # test domains are named vireo-it-<pid>-<purpose>
    local name pid
    for name in $(timeout 20 virsh -q -c "$URI" list --all --name 2>/dev/null | grep '^vireo-it-' || true); do
        pid=${name#vireo-it-}
        pid=${pid%%-*}
        [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && continue
        log "removing leftover test domain $name"
        timeout 20 virsh -q -c "$URI" destroy "$name" >/dev/null 2>&1 || true
        timeout 20 virsh -q -c "$URI" undefine "$name" >/dev/null 2>&1 || true
    done
}

cmd_stop() {
    local lease=$1 force=$2 others pid
    [[ -n $lease ]] && rm -f "$LEASES/$lease"
    others=$(live_leases | tr '\n' ' ')
    if [[ -n $others && $force == 0 ]]; then
        log "still in use (leases: $others); leaving it running"
        return 0
    fi
    [[ $ROOT == 1 ]] || return 0 # the session daemon goes away by itself when idle
    if [[ $STARTED_LIBVIRTD == 1 ]]; then
        if pid=$(pid_of libvirtd); then
            destroy_test_domains
            if [[ -n $(timeout 20 virsh -q -c "$URI" list --name 2>/dev/null) ]]; then
                log "domains still run; stopping libvirtd leaves them running:"
                timeout 20 virsh -q -c "$URI" list --name >&2 || true
            fi
            stop_pid "$pid"
        fi
        STARTED_LIBVIRTD=0
    fi
    if [[ $STARTED_VIRTLOGD == 1 ]]; then
        pid=$(pid_of virtlogd) && stop_pid "$pid"
        STARTED_VIRTLOGD=0
    fi
    # Undo the user and group only when nothing runs as them any more.
    if [[ $CREATED_USER == 1 ]] && ! pgrep -u libvirt-qemu >/dev/null 2>&1; then
        userdel libvirt-qemu 2>/dev/null || true
        CREATED_USER=0
    fi
    if [[ $CREATED_GROUP == 1 && $CREATED_USER == 0 ]]; then
        groupdel kvm 2>/dev/null || true
        CREATED_GROUP=0
    fi
    if [[ $STARTED_LIBVIRTD == 0 ]]; then
        rm -rf "$SASL_DIR" "$DAEMON_CONF"
        rmdir "$STATE_DIR/dev" 2>/dev/null || true
        SASL_LISTENS=0
    fi
    if [[ $CREATED_LOGDIR == 1 ]]; then
        # The folder and the daemons' logs in it are ours (read them before stop when debugging).
        rm -rf /var/log/libvirt
        CREATED_LOGDIR=0
    fi
    save_state
    log "stopped what start started"
}

cmd_status() {
    local pid
    echo "uri: $URI"
    echo "state: $STATE"
    if [[ $ROOT == 1 ]]; then
        for d in libvirtd virtlogd; do
            if pid=$(pid_of $d); then echo "$d: running (pid $pid)"; else echo "$d: not running"; fi
        done
    fi
    answers && echo "answers: yes" || echo "answers: no"
    cat "$STATE" 2>/dev/null || true
    if [[ $ROOT == 1 ]] && pid=$(pid_of libvirtd); then
        if [[ $(readlink /proc/$pid/ns/mnt) != $(readlink /proc/$$/ns/mnt) ]]; then
            echo "libvirtd's mount namespace: its own (/dev/kvm hidden: $HID_KVM)"
        else
            echo "libvirtd's mount namespace: the machine's"
        fi
    fi
    echo "leases: $(live_leases | tr '\n' ' ')"
}

cmd_crash() {
    local pid
    if [[ $ROOT == 1 && $STARTED_LIBVIRTD != 1 ]]; then
        log "the running libvirtd was not started by this script; not killing it"
        return 2
    fi
    cmd_owns || return 2
    pid=$(pid_of libvirtd) || { log "libvirtd does not run"; return 1; }
    kill -KILL "$pid"
    wait_until 10 not_running "$pid"
    log "killed libvirtd (pid $pid)"
}

cmd_owns() {
    local named
    # A named lease (the demo lab, someone's manual session) means people use this daemon on
    # purpose: do not kill it under them.
    named=$(live_leases | grep -v '^[0-9]*$' | tr '\n' ' ' || true)
    if [[ -n $named ]]; then
        log "named leases are held ($named); not ours to kill"
        return 1
    fi
    if [[ $ROOT == 1 ]]; then
        [[ $STARTED_LIBVIRTD == 1 ]] && pid_of libvirtd >/dev/null
    else
        pid_of libvirtd >/dev/null # the session daemon is the user's own
    fi
}

cmd_revive() {
    if [[ $ROOT == 0 ]]; then
        wait_until 20 answers # the session daemon is spawned on demand
        return
    fi
    [[ $STARTED_LIBVIRTD == 1 ]] || { log "libvirtd was not started by this script"; return 2; }
    pid_of libvirtd >/dev/null || start_libvirtd again
    wait_until 120 answers
    warm_up
    log "libvirtd runs again"
}

cmd_sasl_env() {
    [[ $ROOT == 1 && $STARTED_LIBVIRTD == 1 && $SASL_LISTENS == 1 ]] || return 0
    pid_of libvirtd >/dev/null || return 0
    echo "VIREO_INTEGRATION_SASL_URI=$SASL_URI"
    echo "VIREO_INTEGRATION_SASL_USER=$SASL_USER"
    echo "VIREO_INTEGRATION_SASL_PASSWORD_FILE=$SASL_DIR/password"
}

cmd=${1:-status}
shift || true
# run_libvirtd's, not for people: in-namespace COMMAND ARGS...
[[ $cmd == in-namespace ]] && cmd_in_namespace "$@"
lease=$PPID
force=0
while [[ $# -gt 0 ]]; do
    case $1 in
        --lease) lease=$2; shift 2 ;;
        --no-lease) lease=; shift ;;
        --force) force=1; shift ;;
        *) log "unknown argument $1"; exit 2 ;;
    esac
done

case $cmd in
    start) cmd_start "$lease" ;;
    stop) cmd_stop "$lease" "$force" ;;
    status) cmd_status ;;
    uri) echo "$URI" ;;
    clean) answers && destroy_test_domains ;;
    owns) cmd_owns ;;
    crash) cmd_crash ;;
    revive) cmd_revive ;;
    sasl-env) cmd_sasl_env ;;
    *) log "usage: $0 start|stop|status|uri|clean|owns|crash|revive|sasl-env [--lease ID|--no-lease] [--force]"; exit 2 ;;
esac
