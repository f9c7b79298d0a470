// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#ifndef VIREO_CORE_PRIVATE
#error "private to vireo_core: the rest of Vireo sees value types, never libvirt"
#endif

#include "core/common/result.h"
#include "core/storage/sparsefilewriter.h"

#include <libvirt/libvirt.h>

#include <QByteArray>
#include <QFile>

#include <array>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace Vireo::StoragePrivate {

/// Reads a file front to back on a thread of its own, into a few buffers ahead of the sender, so
/// that reading the disk and sending to libvirt overlap instead of taking turns. With `sparse`,
/// a hole (lseek SEEK_DATA/SEEK_HOLE) comes as a length, not read: it goes as virStreamSendHole.
/// Made and used on the worker; its thread only reads the file. Not threaded, it reads each
/// segment when asked (the benchmark's comparison).
class ReadAhead
{
public:
    struct Segment
    {
        const char *data = nullptr; ///< valid until release()
        qint64 bytes = 0;           ///< of data, or of the hole
        bool hole = false;
        int error = 0; ///< errno of a failed read; 0 with bytes 0: the end
    };
    static constexpr int kSlots = 4;

    ReadAhead(int fd, quint64 total, qsizetype chunkBytes, bool sparse, bool threaded = true);
    ~ReadAhead(); ///< stops the thread (between two reads) and waits for it
    /// The next segment, waiting for the thread if it has not read it yet.
    Segment next();
    /// The segment next() gave is sent: its buffer can be read into again.
    void release();

private:
    void run();
    /// Reads (or finds the hole) at m_pos into the slot's buffer, and moves m_pos on.
    Segment readInto(int slot);

    const int m_fd;
    const quint64 m_total;
    const bool m_sparse;
    quint64 m_pos = 0; ///< where the next segment starts (the reading side only)
    std::array<QByteArray, kSlots> m_buffers;
    std::array<Segment, kSlots> m_segments;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_head = 0;  ///< the slot the thread fills next
    int m_tail = 0;  ///< the slot next() gives next
    int m_ready = 0; ///< filled and not released
    bool m_stop = false;
    std::thread m_thread;
};

/// What VolumeUpload and VolumeDownload share: one worker job's share of a stream transfer
/// between a local file and a libvirt stream. A job moves data until it has moved `jobBytes` or
/// kJobMs have passed, so the host's other work waits at most that long and a cancel takes effect
/// at the next job, while a fast transfer is not held up by a round trip to the GUI thread every
/// few MiB. Each virStreamSend gets 256 KiB, what libvirt's own virStreamSendAll uses and the
/// most one stream message of libvirt's RPC carries (VIR_NET_MESSAGE_LEGACY_PAYLOAD_MAX; an 8 MiB
/// one went no faster: tests/bench/storage). An upload reads through a ReadAhead kept between
/// jobs; a download receives into a buffer kept between jobs. Worker only.
struct StreamChunks
{
    static constexpr int kJobMs = 100;
    static constexpr qsizetype kBufferBytes = 256 * 1024;

    QFile file;
    virStreamPtr stream = nullptr;
    QByteArray buffer;
    qsizetype bufferBytes = kBufferBytes; ///< bytes per virStreamSend / virStreamRecv call
    std::unique_ptr<ReadAhead> reader;    ///< an upload's, from its first send()
    bool readAhead = true;                ///< the reader reads on a thread of its own
    /// The stream is sparse (VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM or _DOWNLOAD_SPARSE_STREAM):
    /// holes go as holes, both ways.
    bool sparse = false;
    /// A download's writer into the file (data written at its offset, holes skipped).
    SparseFileWriter writer;

    /// Whether the open file has a hole (a sparse image): then it is worth a sparse stream.
    bool fileHasHole() const;
    /// Reads the file and sends it, at most `remaining` bytes: how many were sent (holes count).
    Result<quint64> send(quint64 remaining, quint64 jobBytes, const QString &op);
    /// Receives into the file: how many bytes came (holes count); `ended` when the stream has no
    /// more, and then the file's size is set (a trailing hole). A sparse stream's holes come
    /// through virStreamRecvFlags(VIR_STREAM_RECV_STOP_AT_HOLE) and virStreamRecvHole and are
    /// skipped in the file, never written as zeros.
    Result<quint64> receive(quint64 jobBytes, bool &ended, const QString &op);
    /// virStreamFinish, then the stream is freed and the file closed.
    Status finish(const QString &op);
    /// Aborts the stream (if any) and closes the file.
    void abort();
};

} // namespace Vireo::StoragePrivate
