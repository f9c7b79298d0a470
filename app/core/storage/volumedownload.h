// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/storage/storage.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Vireo {

/// Downloads a volume into a local file (virStorageVolDownload and a stream), so an image comes
/// back from a remote host too. Lives on the GUI thread; the stream is read and the file written
/// on the host's worker, up to 100 ms per job (StreamChunks), so other work on that host goes on in
/// between and cancel() takes effect at the next job. The bytes go to "<file>.part" first and take
/// the file's name only when the stream finished: a failed or cancelled download removes the
/// partial file and leaves an existing file of that name as it was. A sparse volume stays sparse:
/// the stream is asked for holes (VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM) and a hole is skipped in
/// the file, not written (SparseFileWriter); a host that cannot send holes sends every byte.
class VolumeDownload : public QObject
{
    Q_OBJECT
public:
    VolumeDownload(HostSession *session, const QString &pool, const QString &volumeName,
                   const QString &localPath, QObject *parent = nullptr);
    ~VolumeDownload() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    /// At most this many bytes per worker job (default 64 MiB; a job also ends after 100 ms).
    void setChunkBytes(quint64 bytes) { m_chunkBytes = qMax<quint64>(bytes, 64 * 1024); }
    /// Whether the host sends holes as holes (known once the stream is open).
    bool sparseStream() const { return m_sparse; }
    /// Of the finished download's bytes, how many were holes, kept as holes in the file.
    quint64 holeBytes() const { return m_holeBytes; }

    struct Transfer; ///< worker-side state: the local file and the stream (worker only)

Q_SIGNALS:
    void progress(int percent);
    /// The file's size (data and holes), or why not (no partial file left); cancelled: the user
    /// stopped it.
    void finished(const Vireo::Result<quint64> &bytes, bool cancelled);

private:
    void receiveChunk();
    void abortThenFinish(const Error &error, bool cancelled);

    /// Records the download as one vol-download, however many chunks it took.
    void logDownload(const Error &error);

    QPointer<HostSession> m_session;
    QString m_pool, m_name, m_localPath;
    quint64 m_chunkBytes = 64ull * 1024 * 1024;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_sparse = false;
    quint64 m_holeBytes = 0;
    std::shared_ptr<Transfer> m_transfer;
};

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::Result<quint64>)
