// SPDX-License-Identifier: GPL-2.0-or-later
// What libvirt on a host can do with snapshots, decided from its version and the domain's disks,
// so the page greys what would fail and says why before anyone tries.
#include "core/domain/snapshots.h"

#include "core/common/coretr.h"

namespace Vireo::Snapshots {

QString versionText(quint64 v)
{
    return QStringLiteral("%1.%2.%3").arg(v / 1000000).arg(v / 1000 % 1000).arg(v % 1000);
}

QString createBlocker(const DomainDescription &domain, SnapshotMode mode, quint64 libvirtVersion)
{
    if (mode == SnapshotMode::Internal) {
        // libvirt refuses "internal snapshots of a VM with pflash based firmware" until 10.10:
        // of a running guest always (checked on 9.0 with OVMF), of a shut-off one from 9.2 on
        // (9.0 and 9.1 still let qemu-img snapshot its disks).
        const bool running = domain.id >= 0;
        if (domain.firmware == u"efi" && libvirtVersion < InternalUefiSince &&
            (running || libvirtVersion >= InternalUefiOfflineRefusedSince))
            return running ? Tr::tr("libvirt %1 on this host cannot take a snapshot with memory "
                                    "of a running UEFI guest (that needs libvirt %2 or newer); "
                                    "take a disk-only snapshot, or shut the guest down first")
                                 .arg(versionText(libvirtVersion), versionText(InternalUefiSince))
                           : Tr::tr("libvirt %1 on this host cannot take internal snapshots of "
                                    "a UEFI guest (that needs libvirt %2 or newer); take a "
                                    "disk-only snapshot")
                                 .arg(versionText(libvirtVersion), versionText(InternalUefiSince));
        for (const DomainDisk &d : domain.disks) {
            if (d.readOnly || d.source.isEmpty())
                continue;
            if (d.format != u"qcow2")
                return Tr::tr("disk %1 is %2, not qcow2: an internal snapshot needs every "
                              "writable disk in qcow2")
                    .arg(d.target, d.format.isEmpty() ? Tr::tr("of unknown format") : d.format);
        }
        return {};
    }
    bool any = false;
    for (const DomainDisk &d : domain.disks) {
        if (d.readOnly || d.source.isEmpty())
            continue;
        if (d.sourceType != u"file")
            return Tr::tr("disk %1 is not a file (%2): there is nowhere beside it for an "
                          "overlay file")
                .arg(d.target, d.sourceType.isEmpty() ? Tr::tr("no type") : d.sourceType);
        any = true;
    }
    if (!any)
        return Tr::tr("the domain has no writable disk to take a snapshot of");
    return {};
}

QString quiesceBlocker(const DomainDescription &domain, SnapshotMode mode)
{
    if (mode != SnapshotMode::DiskOnly)
        return Tr::tr("only a disk-only snapshot can quiesce the guest's file systems");
    if (domain.id < 0)
        return Tr::tr("the guest is not running, so there is nothing to quiesce");
    if (!domain.guestAgentConnected)
        return Tr::tr("no guest agent answers in this guest: quiescing needs qemu-guest-agent "
                      "running in it, on a guest agent channel");
    return {};
}

QString revertBlocker(const SnapshotInfo &snapshot, quint64 libvirtVersion)
{
    if (snapshot.isExternal() && libvirtVersion < RevertExternalSince)
        return Tr::tr("libvirt %1 on this host cannot revert to an external snapshot (that "
                      "needs libvirt %2 or newer)")
            .arg(versionText(libvirtVersion), versionText(RevertExternalSince));
    return {};
}

QString deleteBlocker(const SnapshotInfo &snapshot, DeleteScope scope, quint64 libvirtVersion)
{
    // Metadata only touches no file: libvirt does it for every kind.
    if (!snapshot.isExternal() || scope == DeleteScope::MetadataOnly)
        return {};
    if (libvirtVersion < DeleteExternalSince)
        return Tr::tr("libvirt %1 on this host cannot delete an external snapshot (that needs "
                      "libvirt %2 or newer); delete its metadata only")
            .arg(versionText(libvirtVersion), versionText(DeleteExternalSince));
    // libvirt 9.0's NEWS: "Flags that allow deleting children or children only are not
    // supported" for external snapshots.
    if (scope == DeleteScope::WithChildren)
        return Tr::tr("libvirt %1 on this host cannot delete an external snapshot together "
                      "with its children; delete them one by one, the newest first")
            .arg(versionText(libvirtVersion));
    return {};
}

} // namespace Vireo::Snapshots
