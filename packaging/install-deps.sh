#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs the Debian packages listed in packaging/debian-packages.txt that are not installed yet.
# Needs root (or sudo). Safe to run again: it does nothing when everything is present.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mapfile -t wanted < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$here/debian-packages.txt" | grep -v '^$')
missing=()
for p in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#wanted[@]} packages are installed"
    exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# openssh-server is here only so the integration tier can run its own sshd on a loopback port.
# Installing it must not open an SSH service on this machine: Debian's init script and systemd
# unit both stay off while /etc/ssh/sshd_not_to_be_run exists. Only when we install it; a machine
# that already has an SSH server keeps it as it is.
if printf '%s\n' "${missing[@]}" | grep -qx openssh-server; then
    $sudo mkdir -p /etc/ssh
    echo "Vireo's install-deps.sh installed openssh-server for its tests only; delete this file to let the SSH service start." |
        $sudo tee /etc/ssh/sshd_not_to_be_run >/dev/null
fi
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
