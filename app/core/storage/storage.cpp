// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/storage/storage.h"

#include "core/commandlog/commandlog.h"
#include "core/common/coretr.h"
#include "core/common/uri.h"

#include "core/storage/storagexml.h"

#include "storage_p.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Vireo {

namespace StoragePrivate {

Result<StoragePoolInfo> readPool(virStoragePoolPtr pool)
{
    StoragePoolInfo info;
    info.name = QString::fromUtf8(virStoragePoolGetName(pool));
    const QString op = Tr::tr("Read storage pool '%1'").arg(info.name);
    virStoragePoolInfo raw;
    if (virStoragePoolGetInfo(pool, &raw) < 0)
        return lastLibvirtError(op);
    switch (raw.state) {
    case VIR_STORAGE_POOL_BUILDING:
        info.state = StoragePoolInfo::State::Building;
        break;
    case VIR_STORAGE_POOL_RUNNING:
        info.state = StoragePoolInfo::State::Running;
        break;
    case VIR_STORAGE_POOL_DEGRADED:
        info.state = StoragePoolInfo::State::Degraded;
        break;
    case VIR_STORAGE_POOL_INACCESSIBLE:
        info.state = StoragePoolInfo::State::Inaccessible;
        break;
    default:
        info.state = StoragePoolInfo::State::Inactive;
        break;
    }
    info.active = info.state == StoragePoolInfo::State::Running ||
                  info.state == StoragePoolInfo::State::Degraded;
    info.capacityBytes = raw.capacity;
    info.allocationBytes = raw.allocation;
    info.availableBytes = raw.available;
    int autostart = 0;
    if (virStoragePoolGetAutostart(pool, &autostart) == 0)
        info.autostart = autostart != 0;
    const int persistent = virStoragePoolIsPersistent(pool);
    info.persistent = persistent != 0; // -1 (cannot say): offer undefine, libvirt will answer
    if (char *xml = virStoragePoolGetXMLDesc(pool, 0)) {
        auto parsed = StorageXml::parsePool(QString::fromUtf8(xml));
        free(xml);
        if (!parsed)
            return Error{op, parsed.error().text(), 0};
        info.uuid = parsed->uuid;
        info.type = parsed->type;
        info.targetPath = parsed->targetPath;
    }
    virResetLastError();
    return info;
}

Result<StorageVolumeInfo> readVolume(virStorageVolPtr vol, const QString &poolName)
{
    StorageVolumeInfo info;
    info.pool = poolName;
    info.name = QString::fromUtf8(virStorageVolGetName(vol));
    const QString op = Tr::tr("Read volume '%1'").arg(info.name);
    virStorageVolInfo raw;
    if (virStorageVolGetInfo(vol, &raw) < 0)
        return lastLibvirtError(op);
    info.capacityBytes = raw.capacity;
    info.allocationBytes = raw.allocation;
    if (char *path = virStorageVolGetPath(vol)) {
        info.path = QString::fromUtf8(path);
        free(path);
    } else {
        return lastLibvirtError(op);
    }
    if (char *xml = virStorageVolGetXMLDesc(vol, 0)) {
        auto parsed = StorageXml::parseVolume(QString::fromUtf8(xml));
        free(xml);
        if (!parsed)
            return Error{op, parsed.error().text(), 0};
        info.format = parsed->format;
        info.backingPath = parsed->backingPath;
    }
    virResetLastError();
    return info;
}

Result<QList<StorageVolumeInfo>> listVolumesOnWorker(virStoragePoolPtr pool,
                                                     const QString &poolName, const QString &op)
{
    virStorageVolPtr *vols = nullptr;
    const int n = virStoragePoolListAllVolumes(pool, &vols, 0);
    if (n < 0)
        return lastLibvirtError(op);
    QList<StorageVolumeInfo> out;
    for (int i = 0; i < n; ++i) {
        VolRef ref(vols[i]);
        if (auto info = readVolume(vols[i], poolName))
            out << info.value();
    }
    free(vols);
    return out;
}

Result<std::shared_ptr<PoolRef>> lookupPool(WorkerContext &w, const QString &name,
                                            const QString &op)
{
    if (Status s = w.requireConnection(op); !s)
        return s.error();
    const QByteArray key = name.toUtf8();
    virStoragePoolPtr pool = virStoragePoolLookupByName(w.conn, key.constData());
    if (!pool)
        return lastLibvirtError(op);
    return std::make_shared<PoolRef>(pool);
}

Result<std::shared_ptr<VolRef>> lookupVolume(WorkerContext &w, const QString &pool,
                                             const QString &name, const QString &op)
{
    auto p = lookupPool(w, pool, op);
    if (!p)
        return p.error();
    const QByteArray key = name.toUtf8();
    virStorageVolPtr vol = virStorageVolLookupByName(p.value()->ptr, key.constData());
    if (!vol)
        return lastLibvirtError(op);
    return std::make_shared<VolRef>(vol);
}

} // namespace StoragePrivate

namespace {

using namespace StoragePrivate;

/// The volume at path, on a connected host (the connection checked first).
Result<std::shared_ptr<VolRef>> lookupVolumeAt(WorkerContext &w, const QString &path,
                                               const QString &op)
{
    if (Status s = w.requireConnection(op); !s)
        return s.error();
    const QByteArray key = path.toUtf8();
    virStorageVolPtr vol = virStorageVolLookupByPath(w.conn, key.constData());
    if (!vol)
        return lastLibvirtError(op);
    return std::make_shared<VolRef>(vol);
}

} // namespace

namespace StoragePrivate {

Status deleteVolumeOnWorker(WorkerContext &w, const QString &pool, const QString &name)
{
    const QString op = Tr::tr("Delete volume '%1' of pool '%2'").arg(name, pool);
    auto vol = lookupVolume(w, pool, name, op);
    if (!vol)
        return vol.error();
    if (virStorageVolDelete(vol.value()->ptr, 0) < 0)
        return lastLibvirtError(op);
    return Done{};
}

Result<StorageVolumeInfo> createVolumeOnWorker(WorkerContext &w, const QString &pool,
                                               const QString &name, const QString &format,
                                               quint64 capacity, quint64 allocation,
                                               const QString &backingPath,
                                               const QString &backingFormat)
{
    const QString op = Tr::tr("Create volume '%1' in pool '%2'").arg(name, pool);
    auto p = lookupPool(w, pool, op);
    if (!p)
        return p.error();
    const QByteArray xml =
        StorageXml::volumeXml(name, format, capacity, allocation, backingPath, backingFormat)
            .toUtf8();
    virStorageVolPtr vol = virStorageVolCreateXML(p.value()->ptr, xml.constData(), 0);
    if (!vol)
        return lastLibvirtError(op);
    VolRef ref(vol);
    return readVolume(vol, pool);
}

} // namespace StoragePrivate

namespace Storage {

QString volumeXml(const QString &name, const QString &format, quint64 capacityBytes,
                  quint64 allocationBytes)
{
    return StorageXml::volumeXml(name, format, capacityBytes, allocationBytes);
}

void listPools(HostSession *session, QObject *context,
               std::function<void(Result<QList<StoragePoolInfo>>)> done)
{
    runOnWorker<Result<QList<StoragePoolInfo>>>(
        session, context,
        [](WorkerContext &w) -> Result<QList<StoragePoolInfo>> {
            const QString op = Tr::tr("List the storage pools");
            if (Status s = w.requireConnection(op); !s)
                return s.error();
            virStoragePoolPtr *pools = nullptr;
            const int n = virConnectListAllStoragePools(w.conn, &pools, 0);
            if (n < 0)
                return lastLibvirtError(op);
            QList<StoragePoolInfo> out;
            for (int i = 0; i < n; ++i) {
                PoolRef ref(pools[i]);
                if (auto info = readPool(pools[i]))
                    out << info.value();
            }
            free(pools);
            return out;
        },
        std::move(done));
}

void listVolumes(HostSession *session, const QString &pool, QObject *context,
                 std::function<void(Result<QList<StorageVolumeInfo>>)> done)
{
    runOnWorker<Result<QList<StorageVolumeInfo>>>(
        session, context,
        [pool](WorkerContext &w) -> Result<QList<StorageVolumeInfo>> {
            const QString op = Tr::tr("List the volumes of pool '%1'").arg(pool);
            auto p = lookupPool(w, pool, op);
            if (!p)
                return p.error();
            // A refresh picks up files copied into the pool's folder by hand; it can fail on a
            // pool that is busy, which only means the list may be slightly old.
            if (virStoragePoolRefresh(p.value()->ptr, 0) < 0)
                virResetLastError();
            return listVolumesOnWorker(p.value()->ptr, pool, op);
        },
        std::move(done));
}

void deleteVolume(HostSession *session, const QString &pool, const QString &name, QObject *context,
                  std::function<void(Status)> done)
{
    runOnWorker<Status>(
        session, context,
        [pool, name](WorkerContext &w) {
            Status s = deleteVolumeOnWorker(w, pool, name);
            CommandLog::record(w.uri, pool, EquivalentCommands::volumeDelete(pool, name), s);
            return s;
        },
        std::move(done));
}

void lookupVolumeByPath(HostSession *session, const QString &path, QObject *context,
                        std::function<void(Result<StorageVolumeInfo>)> done)
{
    runOnWorker<Result<StorageVolumeInfo>>(
        session, context,
        [path](WorkerContext &w) -> Result<StorageVolumeInfo> {
            const QString op = Tr::tr("Find the volume %1").arg(path);
            auto ref = lookupVolumeAt(w, path, op);
            if (!ref)
                return ref.error();
            virStorageVolPtr vol = ref.value()->ptr;
            QString poolName;
            if (virStoragePoolPtr pool = virStoragePoolLookupByVolume(vol)) {
                poolName = QString::fromUtf8(virStoragePoolGetName(pool));
                virStoragePoolFree(pool);
            }
            virResetLastError();
            return readVolume(vol, poolName);
        },
        std::move(done));
}

void readVolumeBytes(HostSession *session, const QString &path, quint64 offset, quint64 length,
                     QObject *context, std::function<void(Result<QByteArray>)> done)
{
    runOnWorker<Result<QByteArray>>(
        session, context,
        [path, offset, length](WorkerContext &w) -> Result<QByteArray> {
            const QString op = Tr::tr("Read the volume %1").arg(path);
            auto ref = lookupVolumeAt(w, path, op);
            if (!ref)
                return ref.error();
            virStorageVolPtr vol = ref.value()->ptr;
            virStreamPtr stream = virStreamNew(w.conn, 0);
            if (!stream)
                return lastLibvirtError(op);
            if (virStorageVolDownload(vol, stream, offset, length, 0) < 0) {
                Error e = lastLibvirtError(op);
                virStreamFree(stream);
                return e;
            }
            QByteArray out;
            char buf[16384];
            for (;;) {
                const int n = virStreamRecv(stream, buf, sizeof buf);
                if (n < 0) {
                    Error e = lastLibvirtError(op);
                    virStreamAbort(stream);
                    virStreamFree(stream);
                    return e;
                }
                if (n == 0)
                    break;
                out.append(buf, n);
                if (quint64(out.size()) >= length)
                    break;
            }
            if (quint64(out.size()) >= length)
                virStreamAbort(stream); // enough: stop the transfer
            else
                virStreamFinish(stream);
            virStreamFree(stream);
            virResetLastError();
            return out.left(qsizetype(length));
        },
        std::move(done));
}

} // namespace Storage

// ---------------------------------------------------------------------------------------------
// VolumeCreation

using namespace StoragePrivate;

VolumeCreation::VolumeCreation(HostSession *session, const QString &pool, const QString &name,
                               const QString &format, quint64 capacityBytes, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_pool(pool)
    , m_name(name)
    , m_format(format)
    , m_capacity(capacityBytes)
{}

void VolumeCreation::start()
{
    if (m_running || !m_session)
        return;
    m_running = true;
    m_cancelled = false;
    Q_EMIT progress(0);
    const bool raw = m_format == QLatin1String("raw");
    // qcow2 holds only metadata at first; raw starts with one step and grows in steps.
    const quint64 capacity = raw ? qMin(m_capacity, m_stepBytes) : m_capacity;
    const quint64 allocation = raw ? capacity : 0;
    runOnWorker<Result<StorageVolumeInfo>>(
        m_session, this,
        [pool = m_pool, name = m_name, format = m_format, capacity, allocation,
         backing = m_backingPath, backingFormat = m_backingFormat](WorkerContext &w) {
            return createVolumeOnWorker(w, pool, name, format, capacity, allocation, backing,
                                        backingFormat);
        },
        [this, raw](Result<StorageVolumeInfo> result) {
            if (!result) {
                finish(result, false);
                return;
            }
            m_volume = result.value();
            if (m_cancelled) {
                removeThenFinish(
                    Error{Tr::tr("Create volume '%1'").arg(m_name), Tr::tr("cancelled"), 0}, true);
                return;
            }
            if (!raw || m_volume.capacityBytes >= m_capacity) {
                Q_EMIT progress(100);
                finish(m_volume, false);
                return;
            }
            m_allocated = m_volume.capacityBytes;
            Q_EMIT progress(int(m_allocated * 100 / m_capacity));
            growStep();
        });
}

void VolumeCreation::growStep()
{
    if (!m_session) {
        finish(Error{Tr::tr("Create volume '%1'").arg(m_name), Tr::tr("the host went away"), 0},
               false);
        return;
    }
    const quint64 next = qMin(m_capacity, m_allocated + m_stepBytes);
    struct StepResult
    {
        Result<StorageVolumeInfo> volume = Error{};
        bool unsupported = false;
    };
    runOnWorker<StepResult>(
        m_session, this,
        [pool = m_pool, name = m_name, format = m_format, next,
         capacity = m_capacity](WorkerContext &w) -> StepResult {
            const QString op = Tr::tr("Allocate volume '%1'").arg(name);
            auto vol = lookupVolume(w, pool, name, op);
            if (!vol)
                return {vol.error(), false};
            if (virStorageVolResize(vol.value()->ptr, next, VIR_STORAGE_VOL_RESIZE_ALLOCATE) == 0)
                return {readVolume(vol.value()->ptr, pool), false};
            Error e = lastLibvirtError(op);
            if (e.code != VIR_ERR_NO_SUPPORT && e.code != VIR_ERR_ARGUMENT_UNSUPPORTED &&
                e.code != VIR_ERR_OPERATION_UNSUPPORTED)
                return {e, false};
            // No stepwise allocation on this driver: recreate the volume in one call.
            if (virStorageVolDelete(vol.value()->ptr, 0) < 0)
                return {lastLibvirtError(op), false};
            return {createVolumeOnWorker(w, pool, name, format, capacity, capacity), true};
        },
        [this](StepResult step) {
            if (!step.volume) {
                removeThenFinish(step.volume.error(), false);
                return;
            }
            m_volume = step.volume.value();
            m_allocated = m_volume.capacityBytes;
            if (m_cancelled) {
                removeThenFinish(
                    Error{Tr::tr("Create volume '%1'").arg(m_name), Tr::tr("cancelled"), 0}, true);
                return;
            }
            Q_EMIT progress(
                int(qMin<quint64>(100, m_allocated * 100 / qMax<quint64>(1, m_capacity))));
            if (m_allocated >= m_capacity) {
                finish(m_volume, false);
                return;
            }
            growStep();
        });
}

void VolumeCreation::cancel()
{
    if (m_running)
        m_cancelled = true;
}

void VolumeCreation::removeThenFinish(const Error &error, bool cancelled)
{
    if (!m_session) {
        finish(error, cancelled);
        return;
    }
    runOnWorker<Status>(
        m_session, this,
        [pool = m_pool, name = m_name](WorkerContext &w) {
            return deleteVolumeOnWorker(w, pool, name);
        },
        [this, error, cancelled](Status removed) {
            Error e = error;
            if (!removed && removed.error().code != VIR_ERR_NO_STORAGE_VOL)
                e.message +=
                    QLatin1Char(' ') + Tr::tr("(and the partial volume could not be deleted: %1)")
                                           .arg(removed.error().message);
            finish(e, cancelled);
        });
}

void VolumeCreation::finish(const Result<StorageVolumeInfo> &result, bool cancelled)
{
    m_running = false;
    // The steps (a first extent, then growing) are one vol-create-as for a person: logged once.
    if (!cancelled && m_session) {
        const QString path = result ? result->path : QString();
        const bool localFile = Uri::isLocal(m_session->uri()) &&
                               path.startsWith(QLatin1Char('/')) &&
                               !path.startsWith(QLatin1String("/dev/"));
        CommandLog::record(
            m_session->uri(), m_pool,
            EquivalentCommands::volumeCreate({m_pool, m_name, m_format, m_capacity, m_backingPath,
                                              m_backingFormat, localFile ? path : QString()}),
            result);
    }
    Q_EMIT finished(result, cancelled);
}

} // namespace Vireo
