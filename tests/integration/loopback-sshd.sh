#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# A private OpenSSH server on loopback ports, so the integration tier can reach this machine's
# libvirtd "remotely" through qemu+ssh:// and tunnel consoles through it, with no change to the
# machine's own SSH setup (no port 22, no ~/.ssh/known_hosts or authorized_keys edits).
#
#   loopback-sshd.sh start DIR PORT NOFWD_PORT   keys, config and sshd in DIR (created, mode 0700)
#   loopback-sshd.sh stop DIR                    stops that sshd, undoes what start did
#
# start prints shell assignments:
#   SSH_URI        qemu+ssh://root@127.0.0.1:PORT/system?...      forwarding allowed
#   SSH_NOFWD_URI  qemu+ssh://root@127.0.0.1:NOFWD_PORT/system?... forwarding refused (as an admin
#                  may configure it): libvirt works, a console tunnel must fail and say why
# The URIs name DIR/ssh as libvirt's ssh command (command=): a wrapper that reads no user config
# and checks the host key against DIR/known_hosts, so host-key checking stays strict.
#
# Needs root (sshd's privilege separation, and libvirt's system socket on the far side) and
# openssh-server (packaging/debian-packages.txt; its system service stays off).
set -euo pipefail

cmd=${1:-}
dir=${2:-}
[[ -n $cmd && -n $dir ]] || {
    echo "usage: loopback-sshd.sh start DIR PORT NOFWD_PORT | stop DIR" >&2
    exit 2
}

stop() {
    if [[ -f $dir/sshd.pid ]]; then
        local pid
        pid=$(<"$dir/sshd.pid")
        if [[ -r /proc/$pid/comm && $(</proc/$pid/comm) == sshd ]]; then
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        fi
        rm -f "$dir/sshd.pid"
    fi
    if [[ -f $dir/created-run-sshd ]]; then
        rmdir /run/sshd 2>/dev/null || true
        rm -f "$dir/created-run-sshd"
    fi
}

case $cmd in
stop)
    stop
    exit 0
    ;;
start) ;;
*)
    echo "loopback-sshd.sh: unknown command $cmd" >&2
    exit 2
    ;;
esac

port=${3:?port}
nofwd_port=${4:?port without forwarding}
sshd=/usr/sbin/sshd
[[ $(id -u) -eq 0 ]] || { echo "loopback-sshd.sh: needs root" >&2; exit 3; }
[[ -x $sshd ]] || { echo "loopback-sshd.sh: $sshd is missing (openssh-server)" >&2; exit 3; }
command -v ssh >/dev/null || { echo "loopback-sshd.sh: ssh is missing (openssh-client)" >&2; exit 3; }

mkdir -p "$dir"
chmod 0700 "$dir"
ssh-keygen -q -t ed25519 -N '' -C vireo-it-host -f "$dir/host_ed25519" <<<y >/dev/null
ssh-keygen -q -t ed25519 -N '' -C vireo-it-client -f "$dir/id_ed25519" <<<y >/dev/null
cp "$dir/id_ed25519.pub" "$dir/authorized_keys"
{
    echo "[127.0.0.1]:$port $(cat "$dir/host_ed25519.pub")"
    echo "[127.0.0.1]:$nofwd_port $(cat "$dir/host_ed25519.pub")"
} >"$dir/known_hosts"

cat >"$dir/sshd_config" <<EOF
ListenAddress 127.0.0.1:$port
ListenAddress 127.0.0.1:$nofwd_port
HostKey $dir/host_ed25519
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
AllowTcpForwarding yes
AllowStreamLocalForwarding yes
X11Forwarding no
PrintMotd no
LogLevel VERBOSE
Match LocalPort $nofwd_port
    DisableForwarding yes
EOF

cat >"$dir/ssh" <<EOF
#!/bin/sh
# libvirt's and Vireo's ssh for the loopback sshd: no user configuration, strict host keys.
exec ssh -F none -o UserKnownHostsFile=$dir/known_hosts -o GlobalKnownHostsFile=/dev/null \\
    -o IdentitiesOnly=yes "\$@"
EOF
chmod 0755 "$dir/ssh"

if [[ ! -d /run/sshd ]]; then
    mkdir -m 0755 /run/sshd # privilege separation directory (systemd's tmpfiles would make it)
    touch "$dir/created-run-sshd"
fi
"$sshd" -t -f "$dir/sshd_config"
"$sshd" -f "$dir/sshd_config" -E "$dir/sshd.log"

up() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for _ in $(seq 100); do
    if up "$port" && up "$nofwd_port"; then break; fi
    sleep 0.1
done
up "$port" || { echo "loopback-sshd.sh: sshd did not start; its log:" >&2; cat "$dir/sshd.log" >&2; stop; exit 1; }

query="keyfile=$dir/id_ed25519&command=$dir/ssh&no_tty=1"
echo "SSH_URI='qemu+ssh://root@127.0.0.1:$port/system?$query'"
echo "SSH_NOFWD_URI='qemu+ssh://root@127.0.0.1:$nofwd_port/system?$query'"
