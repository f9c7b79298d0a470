// SPDX-License-Identifier: GPL-2.0-or-later
// A volume copied or converted into a new one (virStorageVolCreateXMLFrom) on a thread of its
// own, followed from the host's worker.
#include "core/storage/volumecopy.h"

#include "core/commandlog/commandlog.h"
#include "core/common/coretr.h"
#include "core/common/uri.h"
#include "core/session/hostsession.h"
#include "core/storage/storagexml.h"

#include "hostworker_p.h"
#include "libvirtutil_p.h"
#include "storage_p.h"

#include <QFileInfo>
#include <QTimer>

#include <mutex>
#include <thread>

namespace Vireo {

struct VolumeCopy::CopyState
{
    std::mutex mutex;
    bool done = false;
    /// The job is gone: the copy's thread deletes the volume it made.
    bool abandoned = false;
    /// Told (queued) when the copy's thread is done, while not abandoned (under the mutex, so it
    /// cannot go in between; Qt drops what is queued to it when it goes).
    VolumeCopy *owner = nullptr;
    Result<StorageVolumeInfo> result = Error{};
};

VolumeCopy::VolumeCopy(HostSession *session, const Spec &spec, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_spec(spec)
{}

VolumeCopy::~VolumeCopy()
{
    if (!m_copy)
        return;
    std::lock_guard lock(m_copy->mutex);
    m_copy->abandoned = true;
    // Finished meanwhile, with nobody to take the volume: it goes.
    if (m_copy->done && m_copy->result && m_session)
        m_session->post([pool = m_spec.pool, name = m_spec.newVolume](WorkerContext &w) {
            StoragePrivate::deleteVolumeOnWorker(w, pool, name);
        });
}

namespace {

/// The copy as vol-create-from (and qemu-img convert for local files). On the copy's thread.
void logCopy(const QString &uri, const VolumeCopy::Spec &spec, const QString &xml,
             virStorageVolPtr source, const Result<StorageVolumeInfo> &result)
{
    const Result<StorageVolumeInfo> from = StoragePrivate::readVolume(source, spec.pool);
    auto localFile = [&uri](const QString &path) {
        return Uri::isLocal(uri) && path.startsWith(QLatin1Char('/')) &&
               !path.startsWith(QLatin1String("/dev/"));
    };
    EquivalentCommands::VolumeCopyCommand c{
        spec.pool,  spec.sourceVolume, spec.newVolume, xml, from ? from->format : QString(),
        spec.format};
    if (from && result && localFile(from->path) && localFile(result->path)) {
        c.sourcePath = from->path;
        c.newPath = result->path;
    }
    CommandLog::record(uri, spec.pool, EquivalentCommands::volumeCopy(c), result);
}

} // namespace

void VolumeCopy::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    Q_EMIT progress(0);
    const QString op =
        Tr::tr("Copy volume '%1' to '%2'").arg(m_spec.sourceVolume, m_spec.newVolume);
    m_copy = std::make_shared<CopyState>();
    m_copy->owner = this;
    runOnWorker<Status>(
        m_session, this,
        [spec = m_spec, op, copy = m_copy](WorkerContext &w) -> Status {
            auto pool = StoragePrivate::lookupPool(w, spec.pool, op);
            if (!pool)
                return pool.error();
            auto src = StoragePrivate::lookupVolume(w, spec.pool, spec.sourceVolume, op);
            if (!src)
                return src.error();
            const QByteArray xml =
                StorageXml::volumeXml(spec.newVolume, spec.format, spec.capacityBytes, 0).toUtf8();
            // Each object holds a reference to the connection, so it outlives a disconnect.
            virStoragePoolPtr p = pool.value()->get();
            virStorageVolPtr s = src.value()->get();
            virStoragePoolRef(p);
            virStorageVolRef(s);
            std::thread([copy, p, s, xml, op, poolName = spec.pool, spec, uri = w.uri] {
                virStorageVolPtr made = virStorageVolCreateXMLFrom(p, xml.constData(), s, 0);
                Result<StorageVolumeInfo> result = Error{};
                if (made)
                    result = StoragePrivate::readVolume(made, poolName);
                else
                    result = lastLibvirtError(op);
                logCopy(uri, spec, QString::fromUtf8(xml), s, result);
                {
                    std::lock_guard lock(copy->mutex);
                    if (copy->abandoned && made)
                        virStorageVolDelete(made, 0);
                    copy->result = std::move(result);
                    copy->done = true;
                    if (!copy->abandoned && copy->owner)
                        QMetaObject::invokeMethod(
                            copy->owner, [owner = copy->owner] { owner->wake(); },
                            Qt::QueuedConnection);
                }
                if (made)
                    virStorageVolFree(made);
                virResetLastError();
                virStorageVolFree(s);
                virStoragePoolFree(p);
            }).detach();
            return Done{};
        },
        [this](Status s) {
            if (!s) {
                m_copy.reset();
                finish(s.error(), false);
                return;
            }
            if (!m_pollTimer) {
                m_pollTimer = new QTimer(this);
                m_pollTimer->setSingleShot(true);
                connect(m_pollTimer, &QTimer::timeout, this, &VolumeCopy::poll);
            }
            m_pollTimer->start(0);
        });
}

void VolumeCopy::wake()
{
    if (!m_copy)
        return; // finished already
    if (m_pollInFlight) {
        m_wokenMeanwhile = true;
        return;
    }
    if (m_pollTimer)
        m_pollTimer->stop();
    poll();
}

void VolumeCopy::cancel()
{
    if (m_running)
        m_cancelled = true;
}

void VolumeCopy::poll()
{
    if (!m_copy || m_pollInFlight)
        return;
    m_pollInFlight = true;
    m_wokenMeanwhile = false;
    struct Poll
    {
        bool done = false;
        Result<StorageVolumeInfo> result = Error{};
        quint64 allocation = 0;
        Status undone = Done{}; ///< a cancelled copy's volume deleted
    };
    runOnWorker<Poll>(
        m_session, this,
        [spec = m_spec, copy = m_copy, cancelled = m_cancelled](WorkerContext &w) {
            Poll p;
            {
                std::lock_guard lock(copy->mutex);
                p.done = copy->done;
                if (p.done)
                    p.result = copy->result;
            }
            if (p.done) {
                if (cancelled && p.result)
                    p.undone = StoragePrivate::deleteVolumeOnWorker(w, spec.pool, spec.newVolume);
                return p;
            }
            // The volume being built is listed in its pool already; its allocation grows.
            auto vol = StoragePrivate::lookupVolume(w, spec.pool, spec.newVolume, {});
            virStorageVolInfo info;
            if (vol && virStorageVolGetInfo(vol.value()->get(), &info) == 0)
                p.allocation = info.allocation;
            virResetLastError();
            return p;
        },
        [this](Poll p) {
            m_pollInFlight = false;
            if (!p.done) {
                const quint64 total = qMax<quint64>(m_spec.expectedBytes, 1);
                Q_EMIT progress(qMin(1.0, double(p.allocation) / double(total)));
                m_pollTimer->start(m_wokenMeanwhile ? 0 : m_pollMs);
                return;
            }
            m_copy.reset();
            if (m_cancelled) {
                Error e{
                    Tr::tr("Copy volume '%1' to '%2'").arg(m_spec.sourceVolume, m_spec.newVolume),
                    Tr::tr("cancelled"), 0};
                if (!p.undone)
                    e.message +=
                        Tr::tr("; deleting the copy failed: %1").arg(p.undone.error().text());
                finish(e, true);
                return;
            }
            if (p.result)
                Q_EMIT progress(1.0);
            finish(p.result, false);
        });
}

void VolumeCopy::finish(const Result<StorageVolumeInfo> &result, bool cancelled)
{
    m_running = false;
    Q_EMIT finished(result, cancelled);
}

QString volumeConversionProblem(const StorageVolumeInfo &volume, const QString &name,
                                const QString &format, const QList<StorageVolumeInfo> &inPool)
{
    if (format != u"raw" && format != u"qcow2")
        return Tr::tr("convert to raw or qcow2");
    if (format == volume.format)
        return Tr::tr("'%1' is %2 already; choose the other format").arg(volume.name, format);
    if (volume.format != u"raw" && volume.format != u"qcow2")
        return Tr::tr("'%1' is %2: only raw and qcow2 volumes are converted")
            .arg(volume.name,
                 volume.format.isEmpty() ? Tr::tr("of unknown format") : volume.format);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Tr::tr("the new volume needs a name");
    if (trimmed.contains(QLatin1Char('/')))
        return Tr::tr("a volume name cannot contain '/'");
    for (const StorageVolumeInfo &v : inPool)
        if (v.name == trimmed)
            return Tr::tr("the pool has a volume named '%1' already").arg(trimmed);
    return {};
}

QString convertedVolumeName(const QString &name, const QString &format)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    const bool known = suffix == u"img" || suffix == u"raw" || suffix == u"qcow2";
    const QString base = known ? name.left(name.size() - suffix.size() - 1) : name;
    return base + QLatin1Char('.') + format;
}

} // namespace Vireo
