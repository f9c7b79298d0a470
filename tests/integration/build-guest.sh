#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Builds the tiny Linux guest of the integration tier and the demo lab: a Debian cloud kernel and
# an initramfs with busybox, booted directly by QEMU (no disk image, no KVM needed).
#
#   bash tests/integration/build-guest.sh [--force]
#
# Everything lands in the cache folder (VIREO_GUEST_CACHE; default /var/cache/vireo-guest as root,
# ~/.cache/vireo-guest otherwise): the downloaded .debs, vmlinuz and initrd.gz. A cached rebuild
# downloads nothing and takes a second or two. Prints the paths as shell assignments:
#   VIREO_GUEST_KERNEL=... VIREO_GUEST_INITRD=...
#
# The guest's /init loads the virtio drivers (balloon, block, net, SCSI) and IDE/SCSI CD-ROM
# support (modules in dependency order), onlines hot-added CPUs, powers off on the ACPI power
# button, keeps a busybox shell on the screen (VNC) and another on the first serial port (ttyS0,
# for text consoles), and prints to ttyS0:
#   VIREO-STATUS cpus_online=3 memtotal_kib=498232      every 2 seconds
#   VIREO-DEVICES blk=vda,sr0 net=eth0 tpm=tpm0          at boot and whenever the set changes
#   VIREO-MARKER vda=<text>                              the marker on /dev/vda, on change
#   VIREO-CDROM sr0=<text>                               /vireo.txt of the medium in sr0, on change
#   VIREO-LEASE iface=eth0 ip=192.168.122.5 mac=52:54:00:...   when udhcpc gets a DHCP lease
# and, from its shells, `vireo-mark TEXT` writes TEXT as the marker of /dev/vda (first sector);
# `vireo-read` prints VIREO-READ vda=<text>.
set -euo pipefail

if [[ $(id -u) -eq 0 ]]; then
    default_cache=/var/cache/vireo-guest
else
    default_cache=${XDG_CACHE_HOME:-$HOME/.cache}/vireo-guest
fi
CACHE=${VIREO_GUEST_CACHE:-$default_cache}
FORCE=0
[[ ${1:-} == --force ]] && FORCE=1

# Bump when the initramfs contents change, so cached guests are rebuilt.
GUEST_VERSION=6
# Order matters: each module needs the symbols of the ones before it. The cloud kernel builds the
# TPM drivers (tpm_tis, tpm_crb) in; SATA (ahci) it lacks, so CD-ROMs go on IDE or virtio-scsi.
MODULES=(virtio_ring virtio virtio_pci_legacy_dev virtio_pci_modern_dev virtio_pci virtio_balloon
         button evdev
         virtio_blk failover net_failover virtio_net
         scsi_common scsi_mod sd_mod cdrom sr_mod isofs libata ata_piix virtio_scsi)

log() { echo "build-guest: $*" >&2; }

mkdir -p "$CACHE/debs"
# libvirt's QEMU runs as an unprivileged user: it must be able to reach the kernel and initrd.
chmod 755 "$CACHE"

# The kernel package that the meta package linux-image-cloud-amd64 points at.
kernel_pkg=$(apt-cache depends linux-image-cloud-amd64 2>/dev/null \
    | sed -n 's/^ *Depends: \(linux-image-[0-9].*\)$/\1/p' | head -n1)
if [[ -z $kernel_pkg ]]; then
    # No apt metadata (offline?): use a kernel .deb already in the cache.
    kernel_pkg=$(cd "$CACHE/debs" && ls linux-image-*-cloud-amd64_*.deb 2>/dev/null | tail -n1 \
        | cut -d_ -f1)
fi
[[ -n $kernel_pkg ]] || { log "cannot find the cloud kernel package (apt-get update?)"; exit 1; }

fetch() { # package -> path of its .deb in the cache
    local pkg=$1 deb
    deb=$(ls "$CACHE/debs/${pkg}"_*.deb 2>/dev/null | tail -n1 || true)
    if [[ -z $deb ]]; then
        log "downloading $pkg"
        (cd "$CACHE/debs" && apt-get download -q "$pkg" >&2 2>/dev/null) \
            || (cd "$CACHE/debs" && apt-get download "$pkg" >&2)
        deb=$(ls "$CACHE/debs/${pkg}"_*.deb | tail -n1)
    fi
    echo "$deb"
}

kernel_deb=$(fetch "$kernel_pkg")
busybox_deb=$(fetch busybox-static)
stamp="v$GUEST_VERSION $(basename "$kernel_deb") $(basename "$busybox_deb")"

if [[ $FORCE == 0 && -f $CACHE/vmlinuz && -f $CACHE/initrd.gz && -f $CACHE/stamp \
      && $(cat "$CACHE/stamp") == "$stamp" ]]; then
    log "up to date ($stamp)"
else
    log "building ($stamp)"
    work=$(mktemp -d "$CACHE/build.XXXXXX")
    trap 'rm -rf "$work"' EXIT
    dpkg -x "$kernel_deb" "$work/kernel"
    dpkg -x "$busybox_deb" "$work/busybox"
    root=$work/root
    mkdir -p "$root"/{bin,sbin,dev,proc,sys,tmp,etc/acpi/PWRF,lib/modules,var/log,var/run,mnt/cd}
    install -m 755 "$work/busybox/bin/busybox" "$root/bin/busybox"
    moddir=$(echo "$work"/kernel/lib/modules/*)
    for m in "${MODULES[@]}"; do
        ko=$(find "$moddir/kernel" -name "$m.ko*" | head -n1)
        [[ -n $ko ]] || { log "module $m not found in $kernel_pkg"; exit 1; }
        case $ko in
            *.xz) xz -dc "$ko" >"$root/lib/modules/$m.ko" ;;
            *.zst) zstd -qdc "$ko" >"$root/lib/modules/$m.ko" ;;
            *) cp "$ko" "$root/lib/modules/$m.ko" ;;
        esac
    done
    echo "${MODULES[*]}" >"$root/lib/modules/order"

    # busybox acpid runs /etc/acpi/PWRF/00000080 when the power button is pressed.
    cat >"$root/etc/acpi/PWRF/00000080" <<'EOF'
#!/bin/sh
echo "VIREO-POWEROFF" >/dev/ttyS0
poweroff -f
EOF
    chmod 755 "$root/etc/acpi/PWRF/00000080"

    # udhcpc runs this with $1 = bound/renew/deconfig and the lease in the environment.
    cat >"$root/etc/udhcpc.script" <<'EOF'
#!/bin/sh
case "$1" in
    deconfig) ip addr flush dev "$interface"; ip link set "$interface" up ;;
    bound|renew)
        ip addr flush dev "$interface"
        ip addr add "$ip/${mask:-24}" dev "$interface"
        [ -n "$router" ] && ip route replace default via "${router%% *}" dev "$interface"
        mac=$(cat /sys/class/net/$interface/address)
        echo "VIREO-LEASE iface=$interface ip=$ip mac=$mac" >/dev/ttyS0 ;;
esac
exit 0
EOF
    chmod 755 "$root/etc/udhcpc.script"

    # The marker: one line at the start of the first virtio disk, for snapshot and clone tests.
    cat >"$root/bin/vireo-mark" <<'EOF'
#!/bin/sh
[ -b /dev/vda ] || { echo "vireo-mark: no /dev/vda" >&2; exit 1; }
printf 'VIREO-MARK:%s\n' "$*" | dd of=/dev/vda bs=512 count=1 conv=sync,notrunc 2>/dev/null
sync
echo "vireo-mark: wrote $*"
EOF
    chmod 755 "$root/bin/vireo-mark"
    # Reads the marker back on request (the loop below reports only changes), e.g. after a revert.
    cat >"$root/bin/vireo-read" <<'EOF'
#!/bin/sh
marker=$(dd if=/dev/vda bs=512 count=1 2>/dev/null | head -n1 | sed -n 's/^VIREO-MARK://p')
echo "VIREO-READ vda=$marker"
EOF
    chmod 755 "$root/bin/vireo-read"

    cat >"$root/init" <<'EOF'
#!/bin/busybox sh
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
hostname vireo-guest
for m in $(cat /lib/modules/order); do
    insmod /lib/modules/$m.ko || echo "VIREO-ERROR insmod $m" >/dev/ttyS0
done
acpid -c /etc/acpi -l /tmp/acpid.log

# Online hot-added CPUs and report what the guest sees, for the tests and the demo's serial log.
(
    while true; do
        for f in /sys/devices/system/cpu/cpu[0-9]*/online; do
            [ -f "$f" ] && [ "$(cat "$f")" = 0 ] && echo 1 >"$f"
        done
        cpus=$(grep -c ^processor /proc/cpuinfo)
        mem=$(sed -n 's/^MemTotal: *\([0-9]*\) kB/\1/p' /proc/meminfo)
        echo "VIREO-STATUS cpus_online=$cpus memtotal_kib=$mem" >/dev/ttyS0
        sleep 2
    done
) </dev/null >/dev/null 2>&1 &

# Devices, the disk marker, CD media and DHCP: reported when they change (hot-plug included).
(
    last_devices=none; last_marker=none; last_cd=none
    while true; do
        blk=$(cd /sys/block && ls -d vd* sd* sr* 2>/dev/null | tr '\n' ',' | sed 's/,$//')
        net=$(cd /sys/class/net && ls -d eth* 2>/dev/null | tr '\n' ',' | sed 's/,$//')
        tpm=$(cd /dev && ls -d tpm[0-9]* 2>/dev/null | tr '\n' ',' | sed 's/,$//')
        devices="blk=$blk net=$net tpm=$tpm"
        if [ "$devices" != "$last_devices" ]; then
            echo "VIREO-DEVICES $devices" >/dev/ttyS0
            last_devices=$devices
        fi
        for i in $(echo "$net" | tr ',' ' '); do
            if [ ! -e /var/run/udhcpc.$i ]; then
                : >/var/run/udhcpc.$i
                ip link set "$i" up
                # -f: udhcpc stays in the foreground of its own background job, never of this loop
                udhcpc -i "$i" -s /etc/udhcpc.script -f -t 30 -T 1 -A 2 >/dev/null 2>&1 &
            fi
        done
        marker=
        [ -b /dev/vda ] && marker=$(dd if=/dev/vda bs=512 count=1 2>/dev/null | head -n1 \
            | sed -n 's/^VIREO-MARK://p')
        if [ "$marker" != "$last_marker" ]; then
            echo "VIREO-MARKER vda=$marker" >/dev/ttyS0
            last_marker=$marker
        fi
        cd_text=
        if [ -b /dev/sr0 ] && mount -t iso9660 -o ro /dev/sr0 /mnt/cd 2>/dev/null; then
            cd_text=$(head -n1 /mnt/cd/vireo.txt 2>/dev/null | tr -d '\r')
            umount /mnt/cd
        fi
        if [ "$cd_text" != "$last_cd" ]; then
            echo "VIREO-CDROM sr0=$cd_text" >/dev/ttyS0
            last_cd=$cd_text
        fi
        sleep 1
    done
) </dev/null >/dev/null 2>&1 &

echo "VIREO-BOOTED" >/dev/ttyS0
# A shell on the first serial port, for text consoles (virDomainOpenConsole on its pty). It is the
# controlling terminal (setsid -c), so Ctrl+C reaches what runs in it.
(
    while true; do
        setsid -c sh -c 'exec </dev/ttyS0 >/dev/ttyS0 2>&1; echo "VIREO-SERIAL-SHELL"; export PS1="vireo-guest# "; exec sh'
        sleep 1
    done
) &
while true; do
    setsid sh -c 'exec </dev/tty1 >/dev/tty1 2>&1; clear; echo "Vireo test guest (busybox). Status every 2 s on the serial port."; exec sh'
    sleep 1
done
EOF
    chmod 755 "$root/init"

    (cd "$root" && find . | LC_ALL=C sort | cpio -o -H newc --quiet | gzip -9 >"$work/initrd.gz")
    install -m 644 "$work"/kernel/boot/vmlinuz-* "$CACHE/vmlinuz.new"
    install -m 644 "$work/initrd.gz" "$CACHE/initrd.gz.new"
    mv -f "$CACHE/vmlinuz.new" "$CACHE/vmlinuz"
    mv -f "$CACHE/initrd.gz.new" "$CACHE/initrd.gz"
    echo "$stamp" >"$CACHE/stamp"
fi

echo "VIREO_GUEST_KERNEL=$CACHE/vmlinuz"
echo "VIREO_GUEST_INITRD=$CACHE/initrd.gz"
