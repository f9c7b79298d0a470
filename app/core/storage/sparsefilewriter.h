// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

namespace Vireo {

/// Writes what a download brings into a local file, front to back: data as data (pwrite at the
/// current offset), a hole as a hole (the offset moves on and nothing is written, so the file
/// system allocates nothing there). finish() sets the file's size to the end, so a hole at the
/// end counts too (ftruncate). A file system without holes (vfat) gets the zeros from the kernel,
/// not from us. Plain (non-sparse) downloads go through it as data only. One thread at a time;
/// the file descriptor stays the caller's.
class SparseFileWriter
{
public:
    explicit SparseFileWriter(int fd = -1)
        : m_fd(fd)
    {}
    void setFd(int fd) { m_fd = fd; }

    /// Writes all `bytes` at the current offset: 0, or the errno that stopped it.
    int write(const char *data, qint64 bytes);
    /// Moves the offset on by `bytes` without writing: 0, or EINVAL for a negative length.
    int skipHole(qint64 bytes);
    /// Makes the file end at the offset (the last hole's end): 0, or the errno of ftruncate.
    int finish();

    quint64 position() const { return m_pos; }
    quint64 holeBytes() const { return m_holes; }

private:
    int m_fd;
    quint64 m_pos = 0;
    quint64 m_holes = 0;
};

} // namespace Vireo
