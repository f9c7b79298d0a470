// SPDX-License-Identifier: GPL-2.0-or-later
// Reading the original before a clone (and a domain before its deletion with storage): its
// disks with their pools and linked clones, the host's names and MACs. Also the defaults.
#include "core/domain/clonejob.h"

#include "core/common/coretr.h"
#include "core/storage/storage.h"

#include "clone_p.h"
#include "storage_p.h"

#include <cstdlib>

namespace Vireo {

namespace ClonePrivate {

QList<DomainDescription> otherDomainsOnWorker(WorkerContext &w, const QString &exceptUuid)
{
    QList<DomainDescription> out;
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(w.conn, &doms, 0);
    if (n < 0) {
        virResetLastError();
        return out;
    }
    for (int i = 0; i < n; ++i) {
        DomainRef ref(doms[i]);
        if (domainUuid(doms[i]).compare(exceptUuid, Qt::CaseInsensitive) == 0)
            continue;
        char *xml = virDomainGetXMLDesc(doms[i], VIR_DOMAIN_XML_INACTIVE);
        if (!xml) {
            virResetLastError();
            continue;
        }
        auto parsed = parseDomainXml(QString::fromUtf8(xml));
        free(xml);
        if (parsed)
            out.append(parsed.value());
    }
    free(doms);
    return out;
}

QList<StorageVolumeInfo> allVolumesOnWorker(WorkerContext &w)
{
    QList<StorageVolumeInfo> out;
    virStoragePoolPtr *pools = nullptr;
    const int n =
        virConnectListAllStoragePools(w.conn, &pools, VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE);
    if (n < 0) {
        virResetLastError(); // a host without a storage driver: no volumes
        return out;
    }
    for (int i = 0; i < n; ++i) {
        PoolRef ref(pools[i]);
        const QString name = QString::fromUtf8(virStoragePoolGetName(pools[i]));
        if (auto vols = StoragePrivate::listVolumesOnWorker(pools[i], name, name))
            out.append(vols.value());
        else
            virResetLastError();
    }
    free(pools);
    return out;
}

Result<CloneSource> inspectOnWorker(WorkerContext &w, const QString &uuid, const QString &op)
{
    auto ref = w.lookup(uuid, op);
    if (!ref)
        return ref.error();
    virDomainPtr dom = ref.value()->get();
    int state = 0, reason = 0;
    if (virDomainGetState(dom, &state, &reason, 0) < 0)
        return lastLibvirtError(op);
    char *xml = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
    if (!xml)
        return lastLibvirtError(op);
    auto parsed = parseDomainXml(QString::fromUtf8(xml));
    free(xml);
    if (!parsed)
        return Error{op, parsed.error().message, 0};
    CloneSource source;
    source.uuid = parsed->uuid;
    source.name = parsed->name;
    source.state = DomainState(state);
    source.hasNvram = !parsed->nvramPath.isEmpty();
    const QList<StorageVolumeInfo> volumes = allVolumesOnWorker(w);
    const QHash<QString, QStringList> overlays = Clone::linkedClonesByBacking(volumes);
    for (const DomainDisk &d : parsed->disks) {
        CloneDisk disk;
        disk.target = d.target;
        disk.device = d.device;
        disk.format = d.format;
        disk.readOnly = d.readOnly;
        disk.path = d.sourcePath;
        for (const StorageVolumeInfo &v : volumes) {
            const bool byName =
                !d.sourceVolume.isEmpty() && v.pool == d.sourcePool && v.name == d.sourceVolume;
            if (byName || (!disk.path.isEmpty() && v.path == disk.path)) {
                disk.pool = v.pool;
                disk.volume = v.name;
                disk.path = v.path;
                disk.capacityBytes = v.capacityBytes;
                disk.allocationBytes = v.allocationBytes;
                if (disk.format.isEmpty())
                    disk.format = v.format;
                break;
            }
        }
        disk.linkedClones = overlays.value(disk.path);
        source.disks.append(disk);
    }
    source.domainNames.insert(source.name);
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(w.conn, &doms, 0);
    for (int i = 0; i < n; ++i) {
        source.domainNames.insert(nameOf(doms[i]));
        virDomainFree(doms[i]);
    }
    free(doms);
    virResetLastError();
    return source;
}

} // namespace ClonePrivate

namespace Clone {

void inspect(HostSession *session, const QString &uuid, QObject *context,
             std::function<void(Result<CloneSource>)> done)
{
    runOnWorker<Result<CloneSource>>(
        session, context,
        [uuid](WorkerContext &w) {
            return ClonePrivate::inspectOnWorker(w, uuid, Tr::tr("Read the domain to clone"));
        },
        std::move(done));
}

static bool isReadOnlyMedia(const CloneDisk &disk)
{
    return disk.readOnly || disk.device == u"cdrom" || disk.device == u"floppy" ||
           disk.format == u"iso" || disk.path.endsWith(QLatin1String(".iso"), Qt::CaseInsensitive);
}

CloneDiskMode defaultMode(const CloneDisk &disk, bool preferLinked)
{
    if (disk.path.isEmpty() && disk.volume.isEmpty())
        return CloneDiskMode::Share; // an empty drive or a network disk: nothing to copy
    if (isReadOnlyMedia(disk))
        return CloneDiskMode::Share;
    if (!disk.inPool())
        return CloneDiskMode::LeaveOut;
    return preferLinked ? CloneDiskMode::Linked : CloneDiskMode::Copy;
}

QList<CloneDiskMode> defaultModes(const CloneSource &source, bool preferLinked)
{
    QList<CloneDiskMode> modes;
    for (const CloneDisk &d : source.disks)
        modes.append(defaultMode(d, preferLinked));
    return modes;
}

QString modeProblem(const CloneDisk &disk, CloneDiskMode mode)
{
    switch (mode) {
    case CloneDiskMode::Copy:
    case CloneDiskMode::Linked:
        if (!disk.inPool())
            return disk.path.isEmpty()
                       ? Tr::tr("%1 has no image to copy").arg(disk.target)
                       : Tr::tr("%1 (%2) is in no storage pool, so no volume can be made from it")
                             .arg(disk.target, disk.path);
        return {};
    case CloneDiskMode::Share:
    case CloneDiskMode::LeaveOut:
        return {};
    }
    return {};
}

QHash<QString, QStringList> linkedClonesByBacking(const QList<StorageVolumeInfo> &volumes)
{
    QHash<QString, QStringList> out;
    for (const StorageVolumeInfo &v : volumes)
        if (!v.backingPath.isEmpty())
            out[v.backingPath].append(v.path);
    return out;
}

} // namespace Clone
} // namespace Vireo
