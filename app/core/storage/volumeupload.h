// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/storage/storage.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Vireo {

/// Uploads a local file into a new volume of a pool (virStorageVolUpload and a stream), so an ISO
/// or an image reaches a remote host too. Lives on the GUI thread; the file is read and sent on
/// the host's worker, up to 100 ms per job (StreamChunks), so other work on that host goes on in
/// between and cancel() takes effect at the next job; a thread of its own reads the file ahead of
/// the sending, and a sparse file's holes go as holes (VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM,
/// when the host's libvirt takes it). A failed or cancelled upload deletes the
/// volume it made: no half volume stays. The volume's format is qcow2 when the file starts with
/// qcow2's magic, else raw (an ISO is raw data).
class VolumeUpload : public QObject
{
    Q_OBJECT
public:
    VolumeUpload(HostSession *session, const QString &pool, const QString &localPath,
                 const QString &volumeName, QObject *parent = nullptr);
    ~VolumeUpload() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    /// At most this many bytes per worker job (default 64 MiB; a job also ends after 100 ms).
    void setChunkBytes(quint64 bytes) { m_chunkBytes = qMax<quint64>(bytes, 64 * 1024); }
    /// Bytes handed to each virStreamSend (default 256 KiB, what virStreamSendAll uses).
    void setSendBytes(quint64 bytes) { m_sendBytes = qBound<quint64>(4096, bytes, 64ull << 20); }
    /// Whether the file is read on a thread of its own, ahead of the sending (default; off: each
    /// piece read just before it is sent, for the benchmark's comparison).
    void setReadAhead(bool on) { m_readAhead = on; }
    /// A sparse stream even for a file without holes (the benchmark's comparison; by default a
    /// stream is sparse only when the file has a hole).
    void setSparseAlways(bool on) { m_sparseAlways = on; }

    struct Transfer; ///< worker-side state: the local file and the stream (worker only)

Q_SIGNALS:
    void progress(int percent);
    /// The new volume, or why not (nothing left behind); cancelled: the user stopped it.
    void finished(const Vireo::Result<Vireo::StorageVolumeInfo> &result, bool cancelled);

private:
    void sendChunk();
    void abortThenFinish(const Error &error, bool cancelled);
    void finish(const Result<StorageVolumeInfo> &result, bool cancelled);

    QPointer<HostSession> m_session;
    QString m_pool, m_localPath, m_name;
    quint64 m_chunkBytes = 64ull * 1024 * 1024;
    quint64 m_sendBytes = 256 * 1024;
    bool m_readAhead = true;
    bool m_sparseAlways = false;
    bool m_running = false;
    bool m_cancelled = false;
    std::shared_ptr<Transfer> m_transfer;
};

} // namespace Vireo
