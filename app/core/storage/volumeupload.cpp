// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/storage/volumeupload.h"

#include "core/commandlog/commandlog.h"
#include "core/common/coretr.h"

#include "storage_p.h"
#include "streamchunks_p.h"

#include <QFile>

#include <fcntl.h>

namespace Vireo {

using namespace StoragePrivate;

/// Touched only by worker jobs; the GUI side only holds the pointer between them.
struct VolumeUpload::Transfer : StreamChunks
{
    quint64 total = 0;
    quint64 sent = 0;
    bool volumeMade = false;
};

namespace {

struct Step
{
    Result<StorageVolumeInfo> volume = Error{}; ///< the error, or (when done) the volume
    quint64 sent = 0;
    quint64 total = 0;
    bool done = false;
};

} // namespace

VolumeUpload::VolumeUpload(HostSession *session, const QString &pool, const QString &localPath,
                           const QString &volumeName, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_pool(pool)
    , m_localPath(localPath)
    , m_name(volumeName)
{}

VolumeUpload::~VolumeUpload()
{
    // Gone mid-upload (window closed): the worker aborts and removes the half volume.
    if (m_running && m_session && m_transfer)
        m_session->post([t = m_transfer, pool = m_pool, name = m_name](WorkerContext &w) {
            t->abort();
            if (t->volumeMade)
                deleteVolumeOnWorker(w, pool, name);
        });
}

void VolumeUpload::start()
{
    if (m_running || !m_session)
        return;
    m_running = true;
    m_cancelled = false;
    m_transfer = std::make_shared<Transfer>();
    m_transfer->bufferBytes = qsizetype(m_sendBytes);
    m_transfer->readAhead = m_readAhead;
    Q_EMIT progress(0);
    runOnWorker<Step>(
        m_session, this,
        [t = m_transfer, pool = m_pool, path = m_localPath, name = m_name,
         sparseAlways = m_sparseAlways](WorkerContext &w) {
            const QString op = Tr::tr("Upload %1 into pool '%2'").arg(path, pool);
            Step step;
            t->file.setFileName(path);
            if (!t->file.open(QIODevice::ReadOnly)) {
                step.volume = Error{op, t->file.errorString(), 0};
                return step;
            }
            t->total = quint64(t->file.size());
            // Read ahead by the kernel too: the file is read once, front to back.
            posix_fadvise(t->file.handle(), 0, 0, POSIX_FADV_SEQUENTIAL);
            const QByteArray magic = t->file.peek(4);
            const QString format =
                magic == QByteArray("QFI\xfb", 4) ? QStringLiteral("qcow2") : QStringLiteral("raw");
            auto made = createVolumeOnWorker(w, pool, name, format, qMax<quint64>(t->total, 1), 0);
            if (!made) {
                step.volume = made.error();
                return step;
            }
            t->volumeMade = true;
            auto vol = lookupVolume(w, pool, name, op);
            if (!vol) {
                step.volume = vol.error();
                return step;
            }
            // A sparse image's holes go as holes (not read, not sent, not written); a host
            // whose libvirt cannot take a sparse stream gets every byte.
            t->sparse = sparseAlways || t->fileHasHole();
            auto openStream = [&](unsigned flags) {
                t->stream = virStreamNew(w.conn, 0);
                return t->stream &&
                       virStorageVolUpload(vol.value()->ptr, t->stream, 0, t->total, flags) == 0;
            };
            bool opened = openStream(t->sparse ? VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM : 0);
            if (!opened && t->sparse) {
                if (t->stream)
                    virStreamFree(std::exchange(t->stream, nullptr));
                virResetLastError();
                t->sparse = false;
                opened = openStream(0);
            }
            if (!opened) {
                step.volume = lastLibvirtError(op);
                return step;
            }
            step.volume = made;
            step.total = t->total;
            return step;
        },
        [this](Step step) {
            if (!step.volume) {
                abortThenFinish(step.volume.error(), false);
                return;
            }
            sendChunk();
        });
}

void VolumeUpload::sendChunk()
{
    if (m_cancelled || !m_session) {
        abortThenFinish(Error{Tr::tr("Upload %1").arg(m_localPath), Tr::tr("cancelled"), 0},
                        m_cancelled);
        return;
    }
    runOnWorker<Step>(
        m_session, this,
        [t = m_transfer, pool = m_pool, path = m_localPath, chunk = m_chunkBytes](WorkerContext &) {
            const QString op = Tr::tr("Upload %1 into pool '%2'").arg(path, pool);
            Step step;
            auto sent = t->send(t->total - t->sent, chunk, op);
            if (!sent) {
                step.volume = sent.error();
                return step;
            }
            t->sent += sent.value();
            step.sent = t->sent;
            step.total = t->total;
            if (t->sent < t->total) {
                step.volume = StorageVolumeInfo{};
                return step;
            }
            if (Status s = t->finish(op); !s) {
                step.volume = s.error();
                return step;
            }
            step.done = true;
            step.volume = Error{op, Tr::tr("the new volume could not be read"), 0};
            return step;
        },
        [this](Step step) {
            if (!step.volume && !step.done) {
                abortThenFinish(step.volume.error(), false);
                return;
            }
            Q_EMIT progress(int(step.sent * 100 / qMax<quint64>(1, step.total)));
            if (!step.done) {
                sendChunk();
                return;
            }
            // Read the finished volume back for the caller.
            runOnWorker<Result<StorageVolumeInfo>>(
                m_session, this,
                [pool = m_pool, name = m_name](WorkerContext &w) -> Result<StorageVolumeInfo> {
                    auto vol = lookupVolume(w, pool, name, Tr::tr("Read volume '%1'").arg(name));
                    if (!vol)
                        return vol.error();
                    return readVolume(vol.value()->ptr, pool);
                },
                [this](Result<StorageVolumeInfo> r) { finish(r, false); });
        });
}

void VolumeUpload::cancel()
{
    if (m_running)
        m_cancelled = true;
}

void VolumeUpload::abortThenFinish(const Error &error, bool cancelled)
{
    if (!m_session) {
        finish(error, cancelled);
        return;
    }
    runOnWorker<Status>(
        m_session, this,
        [t = m_transfer, pool = m_pool, name = m_name](WorkerContext &w) -> Status {
            t->abort();
            if (!t->volumeMade)
                return Done{};
            t->volumeMade = false;
            return deleteVolumeOnWorker(w, pool, name);
        },
        [this, error, cancelled](Status removed) {
            Error e = error;
            if (!removed)
                e.message +=
                    QLatin1Char(' ') + Tr::tr("(and the partial volume could not be deleted: %1)")
                                           .arg(removed.error().message);
            finish(e, cancelled);
        });
}

void VolumeUpload::finish(const Result<StorageVolumeInfo> &result, bool cancelled)
{
    m_running = false;
    // However many chunks it took, it is one vol-upload for a person.
    if (!cancelled && m_session && m_transfer)
        CommandLog::record(m_session->uri(), m_pool,
                           EquivalentCommands::volumeUpload(
                               m_pool, m_name, m_localPath,
                               result ? result->format : QStringLiteral("raw"), m_transfer->total),
                           result);
    m_transfer.reset();
    Q_EMIT finished(result, cancelled);
}

} // namespace Vireo
