// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/snapshots.h"

#include "core/commandlog/commandlog.h"
#include "core/common/coretr.h"

#include "hostworker_p.h"
#include "screenshot_p.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#include <cstdlib>
#include <vector>

namespace Vireo::Snapshots {

namespace {

using SnapshotRef = LibvirtRef<virDomainSnapshotPtr, virDomainSnapshotFree>;

/// The thumbnail's file name without its extension (the name percent-encoded: any character).
QString thumbnailBase(const QString &uuid, const QString &name)
{
    return thumbnailFolder(uuid) + QLatin1Char('/') +
           QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString existingThumbnail(const QString &uuid, const QString &name)
{
    for (const char *ext : {".png", ".ppm"}) {
        const QString path = thumbnailBase(uuid, name) + QLatin1String(ext);
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

/// Keeps the guest's screen now as the snapshot's thumbnail. A domain that does not run, or has
/// no display, has none: that is not a failure of the snapshot.
void saveThumbnail(virConnectPtr conn, virDomainPtr dom, const QString &uuid, const QString &name)
{
    auto screen = Screenshot::read(conn, dom, QString());
    if (!screen)
        return;
    QDir().mkpath(thumbnailFolder(uuid));
    QSaveFile file(thumbnailBase(uuid, name) +
                   (screen->isPng() ? QLatin1String(".png") : QLatin1String(".ppm")));
    if (file.open(QIODevice::WriteOnly) && file.write(screen->data) == screen->data.size())
        file.commit();
}

/// Removes the thumbnails of snapshots no longer in `names`.
void pruneThumbnails(const QString &uuid, const QStringList &names)
{
    QDir dir(thumbnailFolder(uuid));
    for (const QFileInfo &fi : dir.entryInfoList(QDir::Files)) {
        const QString name = QUrl::fromPercentEncoding(fi.completeBaseName().toLatin1());
        if (!names.contains(name))
            QFile::remove(fi.filePath());
    }
}

/// One snapshot's XML, parsed (without the current mark). The error names `op`.
Result<SnapshotInfo> infoOf(virDomainSnapshotPtr snap, const QString &op)
{
    char *xml = virDomainSnapshotGetXMLDesc(snap, 0);
    if (!xml)
        return lastLibvirtError(op);
    auto parsed = parseSnapshotXml(QString::fromUtf8(xml));
    free(xml);
    if (!parsed)
        return Error{op, parsed.error().text(), 0};
    return parsed;
}

/// Every snapshot of the domain, parsed, with the current one marked. The error names `op`.
Result<QList<SnapshotInfo>> readAll(virDomainPtr dom, const QString &op)
{
    const QString uuid = domainUuid(dom);
    virDomainSnapshotPtr *snaps = nullptr;
    const int n = virDomainListAllSnapshots(dom, &snaps, VIR_DOMAIN_SNAPSHOT_LIST_TOPOLOGICAL);
    if (n < 0)
        return lastLibvirtError(op);
    std::vector<SnapshotRef> refs;
    refs.reserve(size_t(n));
    for (int i = 0; i < n; ++i)
        refs.emplace_back(snaps[i]);
    free(snaps);
    QList<SnapshotInfo> out;
    for (const SnapshotRef &ref : refs) {
        auto parsed = infoOf(ref.get(), op);
        if (!parsed) {
            // Deleted by someone else between the listing and now: leave it out.
            if (parsed.error().code == VIR_ERR_NO_DOMAIN_SNAPSHOT)
                continue;
            return parsed.error();
        }
        SnapshotInfo s = parsed.value();
        s.current = virDomainSnapshotIsCurrent(ref.get(), 0) == 1;
        s.thumbnail = existingThumbnail(uuid, s.name);
        virResetLastError();
        out.append(s);
    }
    return out;
}

quint64 libvirtVersionOf(virConnectPtr conn)
{
    unsigned long v = 0;
    if (virConnectGetLibVersion(conn, &v) < 0) {
        virResetLastError();
        return 0;
    }
    return v;
}

/// Takes one snapshot of dom after checking it can be; the error names `op`.
Status createOn(virConnectPtr conn, const QString &uri, virDomainPtr dom,
                const SnapshotRequest &request, const QString &op)
{
    auto existing = readAll(dom, op);
    if (!existing)
        return existing.error();
    QStringList names;
    for (const SnapshotInfo &s : existing.value())
        names << s.name;
    if (const QString why = snapshotNameProblem(request.name, names); !why.isEmpty())
        return Error{op, why, 0};
    auto domain = readDomainDescription(dom, op);
    if (!domain)
        return domain.error();
    if (const QString why = createBlocker(domain.value(), request.mode, libvirtVersionOf(conn));
        !why.isEmpty())
        return Error{op, why, 0};
    if (request.quiesce)
        if (const QString why = quiesceBlocker(domain.value(), request.mode); !why.isEmpty())
            return Error{op, why, 0};
    const QByteArray xml = buildSnapshotXml(request, domain->disks).toUtf8();
    unsigned int flags = 0;
    if (request.mode == SnapshotMode::DiskOnly)
        flags = VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY | VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC;
    if (request.quiesce)
        flags |= VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE;
    SnapshotRef snap(virDomainSnapshotCreateXML(dom, xml.constData(), flags));
    const Error failed = snap ? Error{} : lastLibvirtError(op);
    CommandLog::record(uri, domain->name,
                       EquivalentCommands::snapshotCreate(domain->name, request, domain->disks),
                       failed);
    if (!snap)
        return failed;
    saveThumbnail(conn, dom, domainUuid(dom), request.name);
    return Done{};
}

} // namespace

QString thumbnailFolder(const QString &uuid)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/snapshots/") + uuid.toLower();
}

void list(HostSession *session, const QString &uuid, QObject *context,
          std::function<void(Result<SnapshotList>)> done)
{
    runOnWorker<Result<SnapshotList>>(
        session, context,
        [uuid](WorkerContext &w) -> Result<SnapshotList> {
            auto ref = w.lookup(uuid, Tr::tr("List the snapshots of %1").arg(uuid));
            if (!ref)
                return ref.error();
            virDomainPtr dom = ref.value()->get();
            auto all = readAll(dom, Tr::tr("List the snapshots of '%1'").arg(nameOf(dom)));
            if (!all)
                return all.error();
            return SnapshotList{all.value(), libvirtVersionOf(w.conn)};
        },
        std::move(done));
}

void create(HostSession *session, const QString &uuid, const SnapshotRequest &request,
            QObject *context, std::function<void(Result<QString>)> done)
{
    runOnWorker<Result<QString>>(
        session, context,
        [uuid, request](WorkerContext &w) -> Result<QString> {
            auto ref = w.lookup(uuid, Tr::tr("Take a snapshot of %1").arg(uuid));
            if (!ref)
                return ref.error();
            virDomainPtr dom = ref.value()->get();
            const QString op = Tr::tr("Take snapshot '%1' of '%2'").arg(request.name, nameOf(dom));
            Status s = createOn(w.conn, w.uri, dom, request, op);
            w.worker->refreshDomain(uuid);
            if (!s)
                return s.error();
            return request.name;
        },
        std::move(done));
}

void revert(HostSession *session, const QString &uuid, const QString &name,
            const std::optional<SnapshotRequest> &snapshotFirst, QObject *context,
            std::function<void(Status)> done)
{
    runOnWorker<Status>(
        session, context,
        [uuid, name, snapshotFirst](WorkerContext &w) -> Status {
            auto ref = w.lookup(uuid, Tr::tr("Revert %1 to a snapshot").arg(uuid));
            if (!ref)
                return ref.error();
            virDomainPtr dom = ref.value()->get();
            const QString op = Tr::tr("Revert '%1' to snapshot '%2'").arg(nameOf(dom), name);
            SnapshotRef snap(virDomainSnapshotLookupByName(dom, name.toUtf8().constData(), 0));
            if (!snap)
                return lastLibvirtError(op);
            auto info = infoOf(snap.get(), op);
            if (!info)
                return info.error();
            if (const QString why = revertBlocker(info.value(), libvirtVersionOf(w.conn));
                !why.isEmpty())
                return Error{op, why, 0};
            if (snapshotFirst) {
                const QString firstOp =
                    Tr::tr("Take snapshot '%1' of '%2' before reverting it; nothing was reverted")
                        .arg(snapshotFirst->name, nameOf(dom));
                if (Status s = createOn(w.conn, w.uri, dom, *snapshotFirst, firstOp); !s)
                    return s;
            }
            const int rc = virDomainRevertToSnapshot(snap.get(), 0);
            Error e = rc < 0 ? lastLibvirtError(op) : Error{};
            CommandLog::record(w.uri, nameOf(dom),
                               EquivalentCommands::snapshotRevert(nameOf(dom), name), e);
            w.worker->refreshDomain(uuid);
            if (rc < 0)
                return e;
            return Done{};
        },
        std::move(done));
}

void remove(HostSession *session, const QString &uuid, const QString &name, DeleteScope scope,
            QObject *context, std::function<void(Status)> done)
{
    runOnWorker<Status>(
        session, context,
        [uuid, name, scope](WorkerContext &w) -> Status {
            auto ref = w.lookup(uuid, Tr::tr("Delete a snapshot of %1").arg(uuid));
            if (!ref)
                return ref.error();
            virDomainPtr dom = ref.value()->get();
            QString op;
            switch (scope) {
            case DeleteScope::One:
                op = Tr::tr("Delete snapshot '%1' of '%2'").arg(name, nameOf(dom));
                break;
            case DeleteScope::WithChildren:
                op =
                    Tr::tr("Delete snapshot '%1' of '%2' with its children").arg(name, nameOf(dom));
                break;
            case DeleteScope::MetadataOnly:
                op = Tr::tr("Delete the metadata of snapshot '%1' of '%2'").arg(name, nameOf(dom));
                break;
            }
            SnapshotRef snap(virDomainSnapshotLookupByName(dom, name.toUtf8().constData(), 0));
            if (!snap)
                return lastLibvirtError(op);
            auto info = infoOf(snap.get(), op);
            if (!info)
                return info.error();
            if (const QString why = deleteBlocker(info.value(), scope, libvirtVersionOf(w.conn));
                !why.isEmpty())
                return Error{op, why, 0};
            unsigned int flags = 0;
            if (scope == DeleteScope::WithChildren)
                flags = VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN;
            else if (scope == DeleteScope::MetadataOnly)
                flags = VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY;
            const int rc = virDomainSnapshotDelete(snap.get(), flags);
            const Error failed = rc < 0 ? lastLibvirtError(op) : Error{};
            CommandLog::record(w.uri, nameOf(dom),
                               EquivalentCommands::snapshotDelete(nameOf(dom), name, scope),
                               failed);
            if (rc < 0)
                return failed;
            if (auto left = readAll(dom, op)) {
                QStringList names;
                for (const SnapshotInfo &s : left.value())
                    names << s.name;
                pruneThumbnails(domainUuid(dom), names);
            }
            return Done{};
        },
        std::move(done));
}

} // namespace Vireo::Snapshots
