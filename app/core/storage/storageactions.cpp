// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/storage/storageactions.h"

#include "core/commandlog/commandlog.h"
#include "core/common/coretr.h"
#include "core/common/memorysize.h"
#include "core/domain/domainxml.h"
#include "core/storage/storagexml.h"

#include "domainxmlcache_p.h"
#include "storage_p.h"

namespace Vireo {

namespace {

using namespace StoragePrivate;

/// Runs `action` on the named pool on the worker; its failure is named by `op`.
void onPool(HostSession *session, const QString &pool, QObject *context, const QString &op,
            EquivalentCommands::PoolAction logged, std::function<int(virStoragePoolPtr)> action,
            std::function<void(Status)> done)
{
    runOnWorker<Status>(
        session, context,
        [pool, op, logged, action = std::move(action)](WorkerContext &w) -> Status {
            auto p = lookupPool(w, pool, op);
            if (!p)
                return p.error();
            const Error failed = action(p.value()->ptr) < 0 ? lastLibvirtError(op) : Error{};
            CommandLog::record(w.uri, pool, EquivalentCommands::poolAction(logged, pool), failed);
            if (!failed.operation.isEmpty())
                return failed;
            return Done{};
        },
        std::move(done));
}

/// Fills each volume's usedBy and usedByRunning from the domains' disk sources (the session's
/// DomainXmlCache, or a fresh one where the answer must be up to date).
Status fillUsers(WorkerContext &w, DomainXmlCache::Shared &cache, QList<StorageVolumeInfo> &volumes,
                 const QString &op)
{
    auto domains = cache.domainsOnWorker(w, op);
    if (!domains)
        return domains.error();
    for (const CachedDomain &d : std::as_const(domains.value())) {
        for (StorageVolumeInfo &v : volumes) {
            for (const DomainDisk &s : d.disks) {
                const bool match = (!s.sourcePath.isEmpty() && s.sourcePath == v.path) ||
                                   (s.sourcePool == v.pool && s.sourceVolume == v.name &&
                                    !s.sourceVolume.isEmpty());
                if (match && !v.usedBy.contains(d.name)) {
                    v.usedBy << d.name;
                    if (d.running)
                        v.usedByRunning << d.name;
                }
            }
        }
    }
    return Done{};
}

} // namespace

namespace Storage {

void startPool(HostSession *session, const QString &pool, QObject *context,
               std::function<void(Status)> done)
{
    onPool(
        session, pool, context, Tr::tr("Start storage pool '%1'").arg(pool),
        EquivalentCommands::PoolAction::Start,
        [](virStoragePoolPtr p) { return virStoragePoolCreate(p, 0); }, std::move(done));
}

void stopPool(HostSession *session, const QString &pool, QObject *context,
              std::function<void(Status)> done)
{
    onPool(
        session, pool, context, Tr::tr("Stop storage pool '%1'").arg(pool),
        EquivalentCommands::PoolAction::Stop,
        [](virStoragePoolPtr p) { return virStoragePoolDestroy(p); }, std::move(done));
}

void buildPool(HostSession *session, const QString &pool, QObject *context,
               std::function<void(Status)> done)
{
    onPool(
        session, pool, context, Tr::tr("Build storage pool '%1'").arg(pool),
        EquivalentCommands::PoolAction::Build,
        [](virStoragePoolPtr p) { return virStoragePoolBuild(p, 0); }, std::move(done));
}

void refreshPool(HostSession *session, const QString &pool, QObject *context,
                 std::function<void(Status)> done)
{
    onPool(
        session, pool, context, Tr::tr("Refresh storage pool '%1'").arg(pool),
        EquivalentCommands::PoolAction::Refresh,
        [](virStoragePoolPtr p) { return virStoragePoolRefresh(p, 0); }, std::move(done));
}

void setPoolAutostart(HostSession *session, const QString &pool, bool autostart, QObject *context,
                      std::function<void(Status)> done)
{
    const QString op = autostart
                           ? Tr::tr("Start storage pool '%1' with the host").arg(pool)
                           : Tr::tr("Stop starting storage pool '%1' with the host").arg(pool);
    onPool(
        session, pool, context, op,
        autostart ? EquivalentCommands::PoolAction::AutostartOn
                  : EquivalentCommands::PoolAction::AutostartOff,
        [autostart](virStoragePoolPtr p) { return virStoragePoolSetAutostart(p, autostart); },
        std::move(done));
}

void deletePool(HostSession *session, const QString &pool, QObject *context,
                std::function<void(Status)> done)
{
    onPool(
        session, pool, context, Tr::tr("Delete the storage of pool '%1'").arg(pool),
        EquivalentCommands::PoolAction::Delete,
        [](virStoragePoolPtr p) { return virStoragePoolDelete(p, 0); }, std::move(done));
}

void undefinePool(HostSession *session, const QString &pool, QObject *context,
                  std::function<void(Status)> done)
{
    onPool(
        session, pool, context, Tr::tr("Remove the definition of storage pool '%1'").arg(pool),
        EquivalentCommands::PoolAction::Undefine,
        [](virStoragePoolPtr p) { return virStoragePoolUndefine(p); }, std::move(done));
}

void listVolumesWithUsers(HostSession *session, const QString &pool, QObject *context,
                          std::function<void(Result<QList<StorageVolumeInfo>>)> done)
{
    DomainXmlCache *c = DomainXmlCache::forSession(session);
    runOnWorker<Result<QList<StorageVolumeInfo>>>(
        session, context,
        [pool, cache = c ? c->shared() : std::make_shared<DomainXmlCache::Shared>()](
            WorkerContext &w) -> Result<QList<StorageVolumeInfo>> {
            const QString op = Tr::tr("List the volumes of pool '%1'").arg(pool);
            auto p = lookupPool(w, pool, op);
            if (!p)
                return p.error();
            auto out = listVolumesOnWorker(p.value()->ptr, pool, op);
            if (!out)
                return out;
            if (Status s = fillUsers(w, *cache, out.value(), op); !s)
                return s.error();
            return out;
        },
        std::move(done));
}

Result<ResizePlan> checkResize(const StorageVolumeInfo &volume, quint64 capacityBytes)
{
    const QString op = Tr::tr("Resize volume '%1'").arg(volume.name);
    if (capacityBytes == 0)
        return Error{op, Tr::tr("a volume needs a size above zero"), 0};
    if (capacityBytes == volume.capacityBytes)
        return Error{op, Tr::tr("it already has %1").arg(formatBytes(capacityBytes)), 0};
    ResizePlan plan;
    plan.shrink = capacityBytes < volume.capacityBytes;
    if (plan.shrink && !volume.usedByRunning.isEmpty())
        return Error{op,
                     Tr::tr("%1 is running with it; shut the guest down before shrinking its disk, "
                            "and shrink its file system first")
                         .arg(volume.usedByRunning.join(QStringLiteral(", "))),
                     0};
    if (!plan.shrink && !volume.usedByRunning.isEmpty())
        plan.note = Tr::tr("%1 uses this volume: the guest must grow its own partition and file "
                           "system to use the new space (after a restart, the disk shows the new "
                           "size).")
                        .arg(volume.usedByRunning.join(QStringLiteral(", ")));
    return plan;
}

void resizeVolume(HostSession *session, const QString &pool, const QString &name,
                  quint64 capacityBytes, QObject *context,
                  std::function<void(Result<StorageVolumeInfo>)> done)
{
    runOnWorker<Result<StorageVolumeInfo>>(
        session, context,
        [pool, name, capacityBytes](WorkerContext &w) -> Result<StorageVolumeInfo> {
            const QString op = Tr::tr("Resize volume '%1' of pool '%2'").arg(name, pool);
            auto vol = lookupVolume(w, pool, name, op);
            if (!vol)
                return vol.error();
            auto before = readVolume(vol.value()->ptr, pool);
            if (!before)
                return before.error();
            // Read afresh: a guest may have started with this disk since the page's listing.
            DomainXmlCache::Shared fresh;
            QList<StorageVolumeInfo> one{before.value()};
            if (Status s = fillUsers(w, fresh, one, op); !s)
                return s.error();
            auto plan = checkResize(one.first(), capacityBytes);
            if (!plan)
                return plan.error();
            const unsigned flags = plan->shrink ? VIR_STORAGE_VOL_RESIZE_SHRINK : 0;
            const int rc = virStorageVolResize(vol.value()->ptr, capacityBytes, flags);
            const Error failed = rc < 0 ? lastLibvirtError(op) : Error{};
            CommandLog::record(
                w.uri, pool,
                EquivalentCommands::volumeResize(pool, name, capacityBytes, plan->shrink), failed);
            if (rc < 0)
                return failed;
            return readVolume(vol.value()->ptr, pool);
        },
        std::move(done));
}

void wipeVolume(HostSession *session, const QString &pool, const QString &name, QObject *context,
                std::function<void(Status)> done)
{
    runOnWorker<Status>(
        session, context,
        [pool, name](WorkerContext &w) -> Status {
            const QString op = Tr::tr("Wipe volume '%1' of pool '%2'").arg(name, pool);
            auto vol = lookupVolume(w, pool, name, op);
            if (!vol)
                return vol.error();
            const Error failed =
                virStorageVolWipe(vol.value()->ptr, 0) < 0 ? lastLibvirtError(op) : Error{};
            CommandLog::record(w.uri, pool, EquivalentCommands::volumeWipe(pool, name), failed);
            if (!failed.operation.isEmpty())
                return failed;
            return Done{};
        },
        std::move(done));
}

bool isUnsupported(const Error &error)
{
    return error.code == VIR_ERR_NO_SUPPORT || error.code == VIR_ERR_OPERATION_UNSUPPORTED ||
           error.code == VIR_ERR_ARGUMENT_UNSUPPORTED;
}

} // namespace Storage

} // namespace Vireo
