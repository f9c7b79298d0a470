// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/clonejob.h"

#include "core/storage/volumecopy.h"

#include "core/commandlog/commandlog.h"
#include "core/common/coretr.h"
#include "core/common/uri.h"
#include "core/domain/clonenames.h"
#include "core/session/hostsession.h"
#include "core/storage/storagexml.h"

#include "clone_p.h"
#include "storage_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include <cstdlib>

namespace Vireo {

/// One disk as the clone will have it.
struct PreparedDisk
{
    CloneDiskMode mode = CloneDiskMode::Share;
    CloneDisk source;
    QString newVolume; ///< in source.pool (Copy, Linked)
    QString newPath;   ///< filled once the volume exists
};

struct CloneJob::Prepared
{
    QString xml; ///< the original's inactive XML, with its secrets: never logged
    QString uuid;
    QStringList macs;
    QList<PreparedDisk> disks;
    QString nvramPath; ///< the original's
    quint64 totalWeight = 1;
    quint64 doneWeight = 0;
};

namespace {

/// A copy counts by its bytes, an overlay as if it were 1 MiB: only metadata is written.
quint64 weightOf(const PreparedDisk &d)
{
    constexpr quint64 OverlayWeight = 1024 * 1024;
    if (d.mode == CloneDiskMode::Copy)
        return qMax<quint64>(d.source.allocationBytes, OverlayWeight);
    return d.mode == CloneDiskMode::Linked ? OverlayWeight : 0;
}

/// The check: original readable and shut off or paused, name free, volume names free, MACs.
Result<std::shared_ptr<CloneJob::Prepared>> checkOnWorker(WorkerContext &w, const ClonePlan &plan)
{
    const QString op = Tr::tr("Clone to '%1'").arg(plan.name);
    if (const QString why = CloneNames::nameProblem(plan.name); !why.isEmpty())
        return Error{op, why, 0};
    auto source = ClonePrivate::inspectOnWorker(w, plan.sourceUuid, op);
    if (!source)
        return source.error();
    if (source->state != DomainState::Shutoff && source->state != DomainState::Paused)
        return Error{op,
                     Tr::tr("'%1' is %2: shut it down or pause it first, so that its disks do "
                            "not change during the copy")
                         .arg(source->name, domainStateName(source->state).toLower()),
                     0};
    if (source->domainNames.contains(plan.name))
        return Error{op, Tr::tr("a domain named '%1' exists on this host").arg(plan.name), 0};
    if (plan.modes.size() != source->disks.size())
        return Error{op,
                     Tr::tr("'%1' has %2 disks now, the clone's plan %3 (it changed: look again)")
                         .arg(source->name)
                         .arg(source->disks.size())
                         .arg(plan.modes.size()),
                     0};
    auto ref = w.lookup(plan.sourceUuid, op);
    if (!ref)
        return ref.error();
    char *xml =
        virDomainGetXMLDesc(ref.value()->get(), VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
    if (!xml)
        return lastLibvirtError(op);
    auto prep = std::make_shared<CloneJob::Prepared>();
    prep->xml = QString::fromUtf8(xml);
    memset(xml, 0, strlen(xml));
    free(xml);
    auto parsed = parseDomainXml(prep->xml);
    if (!parsed)
        return Error{op, parsed.error().message, 0};
    prep->nvramPath = parsed->nvramPath;
    prep->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);

    QSet<QString> chosen;
    for (int i = 0; i < source->disks.size(); ++i) {
        PreparedDisk d;
        d.mode = plan.modes.at(i);
        d.source = source->disks.at(i);
        if (const QString why = Clone::modeProblem(d.source, d.mode); !why.isEmpty())
            return Error{op, why, 0};
        if (d.mode == CloneDiskMode::Copy || d.mode == CloneDiskMode::Linked) {
            const bool linked = d.mode == CloneDiskMode::Linked;
            d.newVolume = CloneNames::volumeName(d.source.volume, source->name, plan.name,
                                                 d.source.target, linked);
            if (chosen.contains(d.source.pool + u'/' + d.newVolume))
                d.newVolume =
                    CloneNames::volumeName(d.source.volume, {}, plan.name, d.source.target, linked);
            chosen.insert(d.source.pool + u'/' + d.newVolume);
            auto pool = StoragePrivate::lookupPool(w, d.source.pool, op);
            if (!pool)
                return pool.error();
            const QByteArray key = d.newVolume.toUtf8();
            if (virStorageVolPtr v =
                    virStorageVolLookupByName(pool.value()->get(), key.constData())) {
                virStorageVolFree(v);
                return Error{op,
                             Tr::tr("a volume named '%1' exists in pool '%2'")
                                 .arg(d.newVolume, d.source.pool),
                             0};
            }
            virResetLastError();
        }
        prep->disks.append(d);
    }
    // New MACs free on the whole host, one per interface of the original.
    const QStringList own = parsed->macAddresses();
    QSet<QString> taken(own.cbegin(), own.cend());
    for (const DomainDescription &other : ClonePrivate::otherDomainsOnWorker(w, plan.sourceUuid))
        for (const QString &mac : other.macAddresses())
            taken.insert(mac);
    auto *random = QRandomGenerator::global();
    for (qsizetype i = 0; i < own.size(); ++i)
        prep->macs.append(newMacAddress(taken, [random] { return random->generate(); }));
    prep->totalWeight = 0;
    for (const PreparedDisk &d : prep->disks)
        prep->totalWeight += weightOf(d);
    prep->totalWeight = qMax<quint64>(prep->totalWeight, 1);
    return prep;
}

/// Undoes what a clone made: the definition, the volumes (newest first), the NVRAM file. What
/// could not be undone, in words.
QStringList undoOnWorker(WorkerContext &w, const QList<QPair<QString, QString>> &volumes,
                         const QString &file, const QString &uuid)
{
    QStringList left;
    if (!uuid.isEmpty()) {
        auto ref = w.lookup(uuid, Tr::tr("Undo the clone"));
        if (ref && virDomainUndefineFlags(ref.value()->get(),
                                          VIR_DOMAIN_UNDEFINE_MANAGED_SAVE |
                                              VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA) < 0)
            left << lastLibvirtError(Tr::tr("undefine the clone")).text();
        w.worker->refreshDomain(uuid);
    }
    for (auto it = volumes.crbegin(); it != volumes.crend(); ++it)
        if (Status s = StoragePrivate::deleteVolumeOnWorker(w, it->first, it->second); !s)
            left << Tr::tr("volume '%1' of pool '%2' stays (%3)")
                        .arg(it->second, it->first, s.error().message);
    if (!file.isEmpty() && !QFile::remove(file))
        left << Tr::tr("%1 stays").arg(file);
    virResetLastError();
    return left;
}

} // namespace

CloneJob::CloneJob(HostSession *session, const ClonePlan &plan, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_plan(plan)
{}

CloneJob::~CloneJob()
{
    // Gone mid-way (its window closed): what it made is undone all the same, with no one to tell.
    // A full copy still running deletes its volume when it ends (VolumeCopy, a child).
    if (!m_running || !m_session ||
        (m_madeVolumes.isEmpty() && m_madeNvramFile.isEmpty() && m_definedUuid.isEmpty()))
        return;
    m_session->post([volumes = m_madeVolumes, file = m_madeNvramFile, uuid = m_definedUuid](
                        WorkerContext &w) { undoOnWorker(w, volumes, file, uuid); });
}

void CloneJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_outcome = CloneOutcome{};
    m_outcome.name = m_plan.name;
    Q_EMIT stepStarted(Step::Check, -1);
    reportProgress(0);
    runOnWorker<Result<std::shared_ptr<Prepared>>>(
        m_session, this, [plan = m_plan](WorkerContext &w) { return checkOnWorker(w, plan); },
        [this](Result<std::shared_ptr<Prepared>> r) {
            if (!r) {
                finish(r.error(), false);
                return;
            }
            m_prep = std::make_unique<Prepared>(*r.value());
            r.value()->xml.fill(QLatin1Char('\0'));
            m_nextDisk = 0;
            nextVolume();
        });
}

bool CloneJob::stopIfCancelled()
{
    if (!m_cancelled)
        return false;
    undoThenFinish(Error{Tr::tr("Clone to '%1'").arg(m_plan.name), Tr::tr("cancelled"), 0}, true);
    return true;
}

void CloneJob::nextVolume()
{
    if (stopIfCancelled())
        return;
    while (m_nextDisk < m_prep->disks.size() &&
           m_prep->disks.at(m_nextDisk).mode != CloneDiskMode::Copy &&
           m_prep->disks.at(m_nextDisk).mode != CloneDiskMode::Linked)
        ++m_nextDisk;
    if (m_nextDisk >= m_prep->disks.size()) {
        copyNvram();
        return;
    }
    const int index = m_nextDisk;
    const PreparedDisk &d = m_prep->disks.at(index);
    Q_EMIT stepStarted(Step::Volume, index);
    if (stopIfCancelled()) // a handler of stepStarted may cancel
        return;
    const QString op = Tr::tr("Clone disk %1 of '%2'").arg(d.source.target, m_plan.name);
    if (d.mode == CloneDiskMode::Linked) {
        runOnWorker<Result<StorageVolumeInfo>>(
            m_session, this,
            [d, op](WorkerContext &w) -> Result<StorageVolumeInfo> {
                auto made = StoragePrivate::createVolumeOnWorker(
                    w, d.source.pool, d.newVolume, QStringLiteral("qcow2"), d.source.capacityBytes,
                    0, d.source.path,
                    d.source.format.isEmpty() ? QStringLiteral("raw") : d.source.format);
                if (!made)
                    return Error{op, made.error().message, made.error().code};
                return made;
            },
            [this, index](Result<StorageVolumeInfo> r) {
                if (!r) {
                    undoThenFinish(r.error(), false);
                    return;
                }
                PreparedDisk &disk = m_prep->disks[index];
                m_madeVolumes.append({disk.source.pool, disk.newVolume});
                disk.newPath = r->path;
                m_outcome.volumes.append(r->path);
                m_prep->doneWeight += weightOf(disk);
                reportProgress(0);
                ++m_nextDisk;
                nextVolume();
            });
        return;
    }
    // A full copy: VolumeCopy runs it on a thread of its own and follows it from the worker.
    VolumeCopy::Spec spec;
    spec.pool = d.source.pool;
    spec.sourceVolume = d.source.volume;
    spec.newVolume = d.newVolume;
    spec.format = d.source.format.isEmpty() ? QStringLiteral("raw") : d.source.format;
    spec.capacityBytes = d.source.capacityBytes;
    spec.expectedBytes = d.source.allocationBytes;
    m_copy = new VolumeCopy(m_session, spec, this);
    m_copy->setPollInterval(m_pollMs);
    connect(m_copy, &VolumeCopy::progress, this, &CloneJob::reportProgress);
    connect(m_copy, &VolumeCopy::finished, this,
            [this, index, op](const Result<StorageVolumeInfo> &r, bool cancelled) {
                m_copy->deleteLater();
                m_copy = nullptr;
                if (cancelled) {
                    stopIfCancelled();
                    return;
                }
                if (!r) {
                    undoThenFinish(Error{op, r.error().message, r.error().code}, false);
                    return;
                }
                PreparedDisk &disk = m_prep->disks[index];
                m_madeVolumes.append({disk.source.pool, disk.newVolume});
                disk.newPath = r->path;
                m_outcome.volumes.append(r->path);
                m_prep->doneWeight += weightOf(disk);
                reportProgress(0);
                ++m_nextDisk;
                nextVolume();
            });
    m_copy->start();
}

void CloneJob::copyNvram()
{
    if (stopIfCancelled())
        return;
    if (m_prep->nvramPath.isEmpty()) {
        define();
        return;
    }
    Q_EMIT stepStarted(Step::Nvram, -1);
    struct NvramCopy
    {
        Status status = Done{};
        QString path;         ///< the clone's NVRAM; empty: a fresh one from the template
        QString pool, volume; ///< when it was made as a volume
        bool file = false;    ///< when it was copied as a local file
        QString note;
    };
    const QString uri = m_session ? m_session->uri() : QString();
    runOnWorker<NvramCopy>(
        m_session, this,
        [source = m_prep->nvramPath, name = m_plan.name, uri](WorkerContext &w) {
            NvramCopy out;
            const QString op = Tr::tr("Copy the UEFI variables of '%1'").arg(name);
            const QString fileName = name + QStringLiteral("_VARS.fd");
            const QByteArray key = source.toUtf8();
            if (virStorageVolPtr src = virStorageVolLookupByPath(w.conn, key.constData())) {
                VolRef srcRef(src);
                PoolRef pool(virStoragePoolLookupByVolume(src));
                if (!pool) {
                    out.status = lastLibvirtError(op);
                    return out;
                }
                const QString xml = StorageXml::volumeXml(fileName, QStringLiteral("raw"), 0, 0);
                const QByteArray bytes = xml.toUtf8();
                VolRef made(virStorageVolCreateXMLFrom(pool.get(), bytes.constData(), src, 0));
                if (!made) {
                    out.status = lastLibvirtError(op);
                    return out;
                }
                auto info = StoragePrivate::readVolume(made.get(), {});
                out.pool = QString::fromUtf8(virStoragePoolGetName(pool.get()));
                out.volume = fileName;
                out.path = info ? info->path : QString();
                return out;
            }
            virResetLastError();
            if (Uri::isLocal(uri) && QFileInfo(source).isReadable()) {
                const QString target = QFileInfo(source).dir().filePath(fileName);
                if (QFileInfo::exists(target)) {
                    out.status = Error{op, Tr::tr("%1 exists already").arg(target), 0};
                    return out;
                }
                if (!QFile::copy(source, target)) {
                    out.status = Error{op, Tr::tr("cannot copy %1 to %2").arg(source, target), 0};
                    return out;
                }
                out.path = target;
                out.file = true;
                return out;
            }
            out.note = Tr::tr("the UEFI variables of the original (%1) are neither a volume nor "
                              "readable here; the clone starts with fresh ones")
                           .arg(source);
            return out;
        },
        [this](NvramCopy r) {
            if (!r.status) {
                undoThenFinish(r.status.error(), false);
                return;
            }
            if (!r.volume.isEmpty())
                m_madeVolumes.append({r.pool, r.volume});
            if (r.file)
                m_madeNvramFile = r.path;
            m_prep->nvramPath = r.path;
            m_outcome.nvramNote = r.note;
            define();
        });
}

void CloneJob::define()
{
    if (stopIfCancelled())
        return;
    Q_EMIT stepStarted(Step::Define, -1);
    if (stopIfCancelled())
        return;
    CloneXmlChanges changes;
    changes.name = m_plan.name;
    changes.uuid = m_prep->uuid;
    changes.macs = m_prep->macs;
    changes.nvramPath = m_prep->nvramPath;
    for (const PreparedDisk &d : std::as_const(m_prep->disks)) {
        CloneDiskChange c;
        c.mode = d.mode;
        c.path = d.newPath;
        c.pool = d.source.pool;
        c.volume = d.newVolume;
        c.format = d.mode == CloneDiskMode::Linked ? QStringLiteral("qcow2") : d.source.format;
        if (c.format.isEmpty())
            c.format = QStringLiteral("raw");
        changes.disks.append(c);
    }
    Result<QString> xml = rewriteCloneXml(m_prep->xml, changes);
    m_prep->xml.fill(QLatin1Char('\0'));
    if (!xml) {
        undoThenFinish(xml.error(), false);
        return;
    }
    runOnWorker<Result<QString>>(
        m_session, this,
        [xmlBytes = xml->toUtf8(), name = m_plan.name](WorkerContext &w) {
            QByteArray bytes = xmlBytes;
            Result<QString> uuid =
                defineDomainValidated(w.conn, bytes, Tr::tr("Define the clone '%1'").arg(name));
            bytes.fill('\0');
            if (uuid)
                w.worker->refreshDomain(uuid.value());
            return uuid;
        },
        [this](Result<QString> r) {
            if (!r) {
                undoThenFinish(r.error(), false);
                return;
            }
            m_definedUuid = r.value();
            m_outcome.uuid = r.value();
            if (m_cancelled) {
                undoThenFinish(
                    Error{Tr::tr("Clone to '%1'").arg(m_plan.name), Tr::tr("cancelled"), 0}, true);
                return;
            }
            startClone();
        });
}

void CloneJob::startClone()
{
    if (!m_plan.start) {
        finish(m_outcome, false);
        return;
    }
    Q_EMIT stepStarted(Step::Start, -1);
    runOnWorker<Status>(
        m_session, this,
        [uuid = m_definedUuid, name = m_plan.name](WorkerContext &w) -> Status {
            const QString op = Tr::tr("Start the clone '%1'").arg(name);
            auto ref = w.lookup(uuid, op);
            if (!ref)
                return ref.error();
            Status s = startDomain(ref.value()->get(), op);
            w.worker->refreshDomain(uuid);
            return s;
        },
        [this](Status s) {
            if (!s)
                m_outcome.startError = s.error().text();
            finish(m_outcome, false);
        });
}

void CloneJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_copy)
        m_copy->cancel(); // deletes its volume when the copy ends
}

void CloneJob::undoThenFinish(const Error &error, bool cancelled)
{
    if (m_madeVolumes.isEmpty() && m_madeNvramFile.isEmpty() && m_definedUuid.isEmpty()) {
        finish(error, cancelled);
        return;
    }
    runOnWorker<QStringList>(
        m_session, this,
        [volumes = m_madeVolumes, file = m_madeNvramFile, uuid = m_definedUuid](WorkerContext &w) {
            return undoOnWorker(w, volumes, file, uuid);
        },
        [this, error, cancelled](QStringList left) {
            Error e = error;
            if (!left.isEmpty())
                e.message += Tr::tr("; undoing it failed: %1").arg(left.join(QStringLiteral("; ")));
            finish(e, cancelled);
        });
}

/// The clone as virt-clone, the closest command, with what it does not do (GUI thread).
static Equivalent cloneCommand(const CloneJob::Prepared &prep, const ClonePlan &plan)
{
    EquivalentCommands::CloneCommand c;
    c.original = EquivalentCommands::domainNameOf(prep.xml);
    c.name = plan.name;
    c.start = plan.start;
    for (const PreparedDisk &d : prep.disks) {
        QStringList &into = d.mode == CloneDiskMode::Copy     ? c.copiedTargets
                            : d.mode == CloneDiskMode::Linked ? c.linkedTargets
                            : d.mode == CloneDiskMode::Share  ? c.sharedTargets
                                                              : c.leftOutTargets;
        into << d.source.target;
    }
    return EquivalentCommands::clone(c);
}

void CloneJob::finish(const Result<CloneOutcome> &result, bool cancelled)
{
    m_running = false;
    if (!cancelled && m_session && m_prep)
        CommandLog::record(m_session->uri(), m_plan.name, cloneCommand(*m_prep, m_plan), result);
    m_madeVolumes.clear();
    m_madeNvramFile.clear();
    m_definedUuid.clear();
    if (m_prep)
        m_prep->xml.fill(QLatin1Char('\0'));
    if (result)
        Q_EMIT progress(100);
    Q_EMIT finished(result, cancelled);
}

void CloneJob::reportProgress(double copyFraction)
{
    // Check 5 %, volumes 5-90 % by weight, NVRAM and definition the rest.
    if (!m_prep) {
        Q_EMIT progress(0);
        return;
    }
    double volumes = double(m_prep->doneWeight);
    if (m_nextDisk < m_prep->disks.size())
        volumes += copyFraction * double(weightOf(m_prep->disks.at(m_nextDisk)));
    const double fraction = qMin(1.0, volumes / double(m_prep->totalWeight));
    Q_EMIT progress(int(5 + 85 * fraction));
}

} // namespace Vireo
