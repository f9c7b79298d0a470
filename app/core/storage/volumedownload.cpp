// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/storage/volumedownload.h"

#include "core/commandlog/commandlog.h"
#include "core/common/coretr.h"

#include "storage_p.h"
#include "streamchunks_p.h"

#include <QFile>

namespace Vireo {

using namespace StoragePrivate;

/// Touched only by worker jobs; the GUI side only holds the pointer between them.
struct VolumeDownload::Transfer : StreamChunks
{
    // file: "<localPath>.part" until the stream finished
    QString finalPath;
    quint64 expected = 0; ///< what the host says the volume takes (for the progress)
    quint64 received = 0; ///< data and holes

    /// Ends the stream without finishing it and removes the partial file (worker only).
    void abandon()
    {
        abort();
        if (!file.fileName().isEmpty())
            QFile::remove(file.fileName());
    }
};

namespace {

struct Step
{
    Status status = Done{};
    quint64 received = 0;
    quint64 expected = 0;
    quint64 holes = 0; ///< of `received`, kept as holes
    bool sparse = false;
    bool done = false;
};

} // namespace

VolumeDownload::VolumeDownload(HostSession *session, const QString &pool, const QString &volumeName,
                               const QString &localPath, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_pool(pool)
    , m_name(volumeName)
    , m_localPath(localPath)
{}

VolumeDownload::~VolumeDownload()
{
    // Gone mid-download (window closed): the worker aborts and removes the partial file.
    if (m_running && m_session && m_transfer)
        m_session->post([t = m_transfer](WorkerContext &) { t->abandon(); });
}

void VolumeDownload::start()
{
    if (m_running || !m_session)
        return;
    m_running = true;
    m_cancelled = false;
    m_sparse = false;
    m_holeBytes = 0;
    m_transfer = std::make_shared<Transfer>();
    Q_EMIT progress(0);
    runOnWorker<Step>(
        m_session, this,
        [t = m_transfer, pool = m_pool, name = m_name, path = m_localPath](WorkerContext &w) {
            const QString op = Tr::tr("Download volume '%1' to %2").arg(name, path);
            Step step;
            auto vol = lookupVolume(w, pool, name, op);
            if (!vol) {
                step.status = vol.error();
                return step;
            }
            // The physical size is what the stream carries (a qcow2's file, not its capacity).
            virStorageVolInfo info{};
            if (virStorageVolGetInfoFlags(vol.value()->ptr, &info, VIR_STORAGE_VOL_GET_PHYSICAL) ==
                    0 ||
                virStorageVolGetInfo(vol.value()->ptr, &info) == 0)
                t->expected = info.allocation;
            virResetLastError();
            t->finalPath = path;
            t->file.setFileName(path + QStringLiteral(".part"));
            if (!t->file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                step.status = Error{op, t->file.errorString(), 0};
                t->file.setFileName(QString()); // nothing of ours to remove
                return step;
            }
            // Holes come as holes where the host's libvirt can (VIR_STORAGE_VOL_DOWNLOAD_SPARSE_
            // STREAM, since 3.4) and stay holes in the file; a host or a pool type that turns the
            // flag down sends every byte.
            auto openStream = [&](unsigned flags) {
                t->stream = virStreamNew(w.conn, 0);
                return t->stream &&
                       virStorageVolDownload(vol.value()->ptr, t->stream, 0, 0, flags) == 0;
            };
            t->sparse = openStream(VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM);
            if (!t->sparse) {
                if (t->stream)
                    virStreamFree(std::exchange(t->stream, nullptr));
                virResetLastError();
                if (!openStream(0)) {
                    step.status = lastLibvirtError(op);
                    return step;
                }
            }
            step.expected = t->expected;
            step.sparse = t->sparse;
            return step;
        },
        [this](Step step) {
            if (!step.status) {
                abortThenFinish(step.status.error(), false);
                return;
            }
            m_sparse = step.sparse;
            receiveChunk();
        });
}

void VolumeDownload::receiveChunk()
{
    if (m_cancelled || !m_session) {
        abortThenFinish(Error{Tr::tr("Download volume '%1'").arg(m_name), Tr::tr("cancelled"), 0},
                        m_cancelled);
        return;
    }
    runOnWorker<Step>(
        m_session, this,
        [t = m_transfer, name = m_name, chunk = m_chunkBytes](WorkerContext &) {
            const QString op = Tr::tr("Download volume '%1' to %2").arg(name, t->finalPath);
            Step step;
            auto got = t->receive(chunk, step.done, op);
            if (!got) {
                step.status = got.error();
                return step;
            }
            t->received += got.value();
            step.received = t->received;
            step.holes = t->writer.holeBytes();
            step.expected = t->expected;
            if (!step.done)
                return step;
            if (Status s = t->finish(op); !s) {
                step.status = s.error();
                return step;
            }
            QFile::remove(t->finalPath); // the user chose to replace it
            if (!t->file.rename(t->finalPath))
                step.status = Error{op, t->file.errorString(), 0};
            else
                t->file.setFileName(QString()); // it is the user's file now
            return step;
        },
        [this](Step step) {
            if (!step.status) {
                abortThenFinish(step.status.error(), false);
                return;
            }
            if (step.expected > 0)
                Q_EMIT progress(int(qMin<quint64>(100, step.received * 100 / step.expected)));
            if (!step.done) {
                receiveChunk();
                return;
            }
            Q_EMIT progress(100);
            m_holeBytes = step.holes;
            m_running = false;
            m_transfer.reset();
            logDownload({});
            Q_EMIT finished(step.received, false);
        });
}

void VolumeDownload::logDownload(const Error &error)
{
    if (m_session)
        CommandLog::record(
            m_session->uri(), m_pool,
            EquivalentCommands::volumeDownload(m_pool, m_name, m_localPath, m_sparse), error);
}

void VolumeDownload::cancel()
{
    if (m_running)
        m_cancelled = true;
}

void VolumeDownload::abortThenFinish(const Error &error, bool cancelled)
{
    auto finish = [this, error, cancelled] {
        if (!cancelled)
            logDownload(error);
        m_running = false;
        m_transfer.reset();
        Q_EMIT finished(error, cancelled);
    };
    if (!m_session) {
        finish();
        return;
    }
    runOnWorker<Status>(
        m_session, this,
        [t = m_transfer](WorkerContext &) -> Status {
            t->abandon();
            return Done{};
        },
        [finish](Status) { finish(); });
}

} // namespace Vireo
