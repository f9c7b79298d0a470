// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/deletion.h"

#include "core/common/coretr.h"
#include "core/domain/clonejob.h"

#include "clone_p.h"
#include "storage_p.h"

#include <QPointer>

namespace Vireo::Deletion {

QString keepReason(const DeletionDisk &disk)
{
    if (disk.path.isEmpty() && disk.volume.isEmpty())
        return Tr::tr("empty drive");
    if (disk.device == u"cdrom" || disk.format == u"iso" ||
        disk.path.endsWith(QLatin1String(".iso"), Qt::CaseInsensitive))
        return Tr::tr("an ISO or CD-ROM image, which other machines may use");
    if (disk.readOnly)
        return Tr::tr("read-only");
    if (!disk.usedBy.isEmpty())
        return Tr::tr("also used by %1").arg(disk.usedBy.join(QStringLiteral(", ")));
    if (!disk.linkedClones.isEmpty())
        return disk.linkedClones.size() == 1
                   ? Tr::tr("the backing file of a linked clone, which needs it")
                   : Tr::tr("the backing file of %1 linked clones, which need it")
                         .arg(disk.linkedClones.size());
    if (!disk.inPool())
        return Tr::tr("in no storage pool: Vireo deletes volumes only");
    return {};
}

bool canDelete(const DeletionDisk &disk)
{
    return disk.inPool() && disk.usedBy.isEmpty() && disk.linkedClones.isEmpty();
}

void inspect(HostSession *session, const QString &uuid, QObject *context,
             std::function<void(Result<DeletionPlan>)> done)
{
    runOnWorker<Result<DeletionPlan>>(
        session, context,
        [uuid](WorkerContext &w) -> Result<DeletionPlan> {
            const QString op = Tr::tr("Read the domain to delete");
            auto source = ClonePrivate::inspectOnWorker(w, uuid, op);
            if (!source)
                return source.error();
            DeletionPlan plan;
            plan.uuid = source->uuid;
            plan.name = source->name;
            const QList<DomainDescription> others = ClonePrivate::otherDomainsOnWorker(w, uuid);
            for (const CloneDisk &c : source->disks) {
                DeletionDisk d;
                d.target = c.target;
                d.device = c.device;
                d.path = c.path;
                d.format = c.format;
                d.readOnly = c.readOnly;
                d.pool = c.pool;
                d.volume = c.volume;
                d.linkedClones = c.linkedClones;
                for (const DomainDescription &o : others)
                    for (const DomainDisk &od : o.disks) {
                        const bool samePath = !d.path.isEmpty() && od.sourcePath == d.path;
                        const bool sameVolume =
                            d.inPool() && od.sourcePool == d.pool && od.sourceVolume == d.volume;
                        if ((samePath || sameVolume) && !d.usedBy.contains(o.name))
                            d.usedBy.append(o.name);
                    }
                plan.disks.append(d);
            }
            return plan;
        },
        std::move(done));
}

void deleteWithStorage(HostSession *session, const QString &uuid, const QString &backupDir,
                       const QList<QPair<QString, QString>> &volumes, QObject *context,
                       std::function<void(Result<DeletionReport>)> done)
{
    QPointer<HostSession> guardSession(session);
    DomainActions::deleteDomain(
        session, uuid, backupDir, context,
        [guardSession, volumes, context, done](Result<DomainActions::DomainBackup> backup) {
            if (!backup) {
                done(backup.error());
                return;
            }
            if (volumes.isEmpty() || !guardSession) {
                done(DeletionReport{backup.value(), {}, {}});
                return;
            }
            runOnWorker<DeletionReport>(
                guardSession, context,
                [volumes, b = backup.value()](WorkerContext &w) {
                    DeletionReport report;
                    report.backup = b;
                    for (const auto &[pool, name] : volumes) {
                        const QString op = Tr::tr("Delete volume '%1'").arg(name);
                        QString path;
                        if (auto vol = StoragePrivate::lookupVolume(w, pool, name, op))
                            if (char *p = virStorageVolGetPath(vol.value()->get())) {
                                path = QString::fromUtf8(p);
                                free(p);
                            }
                        if (Status s = StoragePrivate::deleteVolumeOnWorker(w, pool, name))
                            report.deleted.append(path.isEmpty() ? pool + u'/' + name : path);
                        else
                            report.failed.append({pool + u'/' + name, s.error()});
                    }
                    virResetLastError();
                    return report;
                },
                std::function<void(DeletionReport)>(
                    [done](DeletionReport r) { done(std::move(r)); }));
        });
}

} // namespace Vireo::Deletion
