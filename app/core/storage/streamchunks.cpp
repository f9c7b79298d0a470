// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/common/coretr.h"

#include "libvirtutil_p.h"
#include "streamchunks_p.h"

#include <QElapsedTimer>

#include <algorithm>

#include <cerrno>
#include <cstring>
#include <pthread.h>
#include <unistd.h>

namespace Vireo::StoragePrivate {

ReadAhead::ReadAhead(int fd, quint64 total, qsizetype chunkBytes, bool sparse, bool threaded)
    : m_fd(fd)
    , m_total(total)
    , m_sparse(sparse)
{
    for (QByteArray &b : m_buffers)
        b.resize(chunkBytes);
    if (threaded)
        m_thread = std::thread([this] { run(); });
}

ReadAhead::~ReadAhead()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

ReadAhead::Segment ReadAhead::readInto(int slot)
{
    Segment seg;
    if (m_pos < m_total && m_sparse) {
        // The next data at or after m_pos; none (ENXIO): a hole up to the end. Another failure
        // (a file system that cannot tell): data at m_pos, read as usual.
        const off_t data = lseek(m_fd, off_t(m_pos), SEEK_DATA);
        const quint64 dataAt = data >= 0        ? qMin(quint64(data), m_total)
                               : errno == ENXIO ? m_total
                                                : m_pos;
        if (dataAt > m_pos) {
            seg.hole = true;
            seg.bytes = qint64(dataAt - m_pos);
        }
    }
    if (!seg.hole && m_pos < m_total) {
        quint64 limit = m_total;
        if (m_sparse) {
            const off_t holeAt = lseek(m_fd, off_t(m_pos), SEEK_HOLE);
            if (holeAt > off_t(m_pos))
                limit = qMin(limit, quint64(holeAt));
        }
        const qint64 want = qint64(qMin(quint64(m_buffers[slot].size()), limit - m_pos));
        const ssize_t got = pread(m_fd, m_buffers[slot].data(), size_t(want), off_t(m_pos));
        if (got > 0) {
            seg.data = m_buffers[slot].constData();
            seg.bytes = got;
        } else {
            seg.error = got < 0 ? errno : EIO; // 0 bytes before the end: it shrank
        }
    }
    m_pos += quint64(seg.bytes);
    return seg;
}

void ReadAhead::run()
{
    pthread_setname_np(pthread_self(), "vireo-readahead"); // for top -H and the benchmark
    for (;;) {
        int slot = 0;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_ready < kSlots; });
            if (m_stop)
                return;
            slot = m_head;
        }
        const Segment seg = readInto(slot);
        {
            std::lock_guard lock(m_mutex);
            m_segments[slot] = seg;
            m_head = (m_head + 1) % kSlots;
            ++m_ready;
        }
        m_changed.notify_all();
        if (seg.bytes == 0) // the end, or an error
            return;
    }
}

ReadAhead::Segment ReadAhead::next()
{
    if (!m_thread.joinable() && m_ready == 0) { // not threaded: read now
        m_segments[m_head] = readInto(m_head);
        m_head = (m_head + 1) % kSlots;
        ++m_ready;
    }
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_ready > 0; });
    return m_segments[m_tail];
}

void ReadAhead::release()
{
    {
        std::lock_guard lock(m_mutex);
        m_tail = (m_tail + 1) % kSlots;
        --m_ready;
    }
    m_changed.notify_all();
}

bool StreamChunks::fileHasHole() const
{
    const int fd = file.handle();
    const off_t end = lseek(fd, 0, SEEK_END);
    const off_t hole = lseek(fd, 0, SEEK_HOLE);
    return end > 0 && hole >= 0 && hole < end;
}

Result<quint64> StreamChunks::send(quint64 remaining, quint64 jobBytes, const QString &op)
{
    if (!reader)
        reader = std::make_unique<ReadAhead>(file.handle(), quint64(file.size()), bufferBytes,
                                             sparse, readAhead);
    QElapsedTimer clock;
    clock.start();
    quint64 sent = 0;
    while (sent < remaining && sent < jobBytes && clock.elapsed() < kJobMs) {
        const ReadAhead::Segment seg = reader->next();
        if (seg.bytes == 0)
            return Error{
                op,
                Tr::tr("the file ended early: %1")
                    .arg(QString::fromLocal8Bit(std::strerror(seg.error ? seg.error : EIO))),
                0};
        if (seg.hole) {
            if (virStreamSendHole(stream, seg.bytes, 0) < 0)
                return lastLibvirtError(op);
        } else {
            qint64 off = 0;
            while (off < seg.bytes) {
                const int n = virStreamSend(stream, seg.data + off, size_t(seg.bytes - off));
                if (n < 0)
                    return lastLibvirtError(op);
                off += n;
            }
        }
        reader->release();
        sent += quint64(seg.bytes);
    }
    return sent;
}

Result<quint64> StreamChunks::receive(quint64 jobBytes, bool &ended, const QString &op)
{
    if (buffer.isEmpty()) {
        buffer.resize(qMin<qsizetype>(bufferBytes, qsizetype(qMax<quint64>(jobBytes, 1))));
        writer.setFd(file.handle());
    }
    auto fileError = [&](int error) {
        return Error{op, QString::fromLocal8Bit(std::strerror(error)), 0};
    };
    QElapsedTimer clock;
    clock.start();
    quint64 got = 0;
    ended = false;
    while (got < jobBytes && clock.elapsed() < kJobMs) {
        const size_t want = size_t(qMin<quint64>(quint64(buffer.size()), jobBytes - got));
        const int n =
            sparse ? virStreamRecvFlags(stream, buffer.data(), want, VIR_STREAM_RECV_STOP_AT_HOLE)
                   : virStreamRecv(stream, buffer.data(), want);
        if (n == -3) { // a hole comes next
            long long length = 0;
            if (virStreamRecvHole(stream, &length, 0) < 0)
                return lastLibvirtError(op);
            if (int e = writer.skipHole(length))
                return fileError(e);
            got += quint64(length);
            continue;
        }
        if (n < 0)
            return lastLibvirtError(op);
        if (n == 0) {
            ended = true;
            if (int e = writer.finish())
                return fileError(e);
            break;
        }
        if (int e = writer.write(buffer.constData(), n))
            return fileError(e);
        got += quint64(n);
    }
    return got;
}

Status StreamChunks::finish(const QString &op)
{
    reader.reset();
    if (virStreamFinish(stream) < 0)
        return lastLibvirtError(op);
    virStreamFree(stream);
    stream = nullptr;
    file.close();
    return Done{};
}

void StreamChunks::abort()
{
    reader.reset();
    if (stream) {
        virStreamAbort(stream);
        virStreamFree(stream);
        stream = nullptr;
        virResetLastError();
    }
    if (file.isOpen())
        file.close();
}

} // namespace Vireo::StoragePrivate
