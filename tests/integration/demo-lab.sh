#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# A demo lab for trainers: a local libvirtd with QEMU (no KVM needed) and two tiny Linux guests
# that boot in seconds, so Vireo shows real VMs: console, vCPU and memory sliders, charts.
#
#   bash tests/integration/demo-lab.sh           set up (idempotent) and start the first guest
#   bash tests/integration/demo-lab.sh status    what is defined and running
#   bash tests/integration/demo-lab.sh remove    remove the guests; stop the daemons it started
#
# Guests (busybox in an initramfs, direct kernel boot, VGA + VNC on 127.0.0.1):
#   vireo-demo-tiny-linux        1 of 4 vCPUs, 512 MiB (balloon), started: hot-add vCPUs, balloon
#   vireo-demo-tiny-linux-off    the same, left shut off: to show Start and the boot on the console
# Each guest's serial port goes to <lab dir>/<name>.serial.log, where its init prints
# "VIREO-STATUS cpus_online=N memtotal_kib=M" every 2 s (tail -f it next to the sliders).
#
# The demo keeps the daemon running with its own lease ("demo-lab") until `remove`, whatever the
# test runs do in between. A shell setup script may use virsh; Vireo itself never does.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
LEASE=demo-lab
NAMES=(vireo-demo-tiny-linux vireo-demo-tiny-linux-off)

if [[ $(id -u) -eq 0 ]]; then
    LAB_DIR=${VIREO_DEMO_DIR:-/var/lib/vireo-demo}
else
    LAB_DIR=${VIREO_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/vireo-demo}
fi

log() { echo "demo-lab: $*" >&2; }

uri() { bash "$here/libvirtd.sh" uri; }
v() { timeout 60 virsh -q -c "$(uri)" "$@"; }

domain_xml() { # name kernel initrd
    local name=$1 kernel=$2 initrd=$3
    cat <<EOF
<domain type='qemu'>
  <name>$name</name>
  <title>Vireo demo: tiny Linux (busybox), boots in seconds without KVM</title>
  <description>Demo lab guest from tests/integration/demo-lab.sh. Try: add vCPUs live (up to 4), balloon the memory down to 300 MiB and back, the console. Its serial log: $LAB_DIR/$name.serial.log</description>
  <memory unit='MiB'>512</memory>
  <currentMemory unit='MiB'>512</currentMemory>
  <vcpu placement='static' current='1'>4</vcpu>
  <os>
    <type arch='x86_64' machine='pc'>hvm</type>
    <kernel>$kernel</kernel>
    <initrd>$initrd</initrd>
    <cmdline>console=ttyS0 console=tty0</cmdline>
  </os>
  <features><acpi/><apic/></features>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>
    <serial type='file'>
      <source path='$LAB_DIR/$name.serial.log'/>
      <target port='0'/>
    </serial>
    <video><model type='vga'/></video>
    <graphics type='vnc' port='-1' autoport='yes' listen='127.0.0.1'/>
    <memballoon model='virtio'><stats period='2'/></memballoon>
  </devices>
</domain>
EOF
}

cmd_setup() {
    local guest kernel initrd name
    guest=$(bash "$here/build-guest.sh")
    kernel=$(sed -n 's/^VIREO_GUEST_KERNEL=//p' <<<"$guest")
    initrd=$(sed -n 's/^VIREO_GUEST_INITRD=//p' <<<"$guest")
    bash "$here/libvirtd.sh" start --lease "$LEASE"
    mkdir -p "$LAB_DIR"
    chmod 755 "$LAB_DIR"
    for name in "${NAMES[@]}"; do
        if v dominfo "$name" >/dev/null 2>&1; then
            log "$name is already defined"
            continue
        fi
        domain_xml "$name" "$kernel" "$initrd" >"$LAB_DIR/$name.xml"
        v define "$LAB_DIR/$name.xml" >/dev/null
        log "defined $name"
    done
    if [[ $(v domstate "${NAMES[0]}") != running ]]; then
        v start "${NAMES[0]}" >/dev/null
        log "started ${NAMES[0]}"
    fi
    cat <<EOF

The demo lab is ready on $(uri):
  ${NAMES[0]}      running: 1 of 4 vCPUs, 512 MiB; VNC $(v vncdisplay "${NAMES[0]}" 2>/dev/null || echo '?')
  ${NAMES[1]}  shut off
Open it in Vireo:   vireo --connect $(uri) --show-domain-console ${NAMES[0]}
Guest status line:  tail -f $LAB_DIR/${NAMES[0]}.serial.log
Remove it:          bash tests/integration/demo-lab.sh remove
EOF
}

cmd_status() {
    bash "$here/libvirtd.sh" status
    if timeout 10 virsh -q -c "$(uri)" uri >/dev/null 2>&1; then
        for name in "${NAMES[@]}"; do
            echo "$name: $(v domstate "$name" 2>/dev/null || echo 'not defined')"
        done
    fi
}

cmd_remove() {
    local name
    if timeout 10 virsh -q -c "$(uri)" uri >/dev/null 2>&1; then
        for name in "${NAMES[@]}"; do
            v dominfo "$name" >/dev/null 2>&1 || continue
            [[ $(v domstate "$name") == "shut off" ]] || v destroy "$name" >/dev/null
            v undefine "$name" >/dev/null
            log "removed $name"
        done
    fi
    rm -rf "$LAB_DIR"
    bash "$here/libvirtd.sh" stop --lease "$LEASE"
}

case ${1:-setup} in
    setup | start) cmd_setup ;;
    status) cmd_status ;;
    remove) cmd_remove ;;
    *) log "usage: $0 [setup|status|remove]"; exit 2 ;;
esac
