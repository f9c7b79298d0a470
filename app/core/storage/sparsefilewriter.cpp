// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/storage/sparsefilewriter.h"

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace Vireo {

int SparseFileWriter::write(const char *data, qint64 bytes)
{
    qint64 done = 0;
    while (done < bytes) {
        const ssize_t n = pwrite(m_fd, data + done, size_t(bytes - done), off_t(m_pos));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return EIO;
        done += n;
        m_pos += quint64(n);
    }
    return 0;
}

int SparseFileWriter::skipHole(qint64 bytes)
{
    if (bytes < 0)
        return EINVAL;
    m_pos += quint64(bytes);
    m_holes += quint64(bytes);
    return 0;
}

int SparseFileWriter::finish()
{
    struct stat st
    {
    };
    if (fstat(m_fd, &st) < 0)
        return errno;
    // Data written last leaves the size right; only a trailing hole needs the file made longer.
    if (quint64(st.st_size) < m_pos && ftruncate(m_fd, off_t(m_pos)) < 0)
        return errno;
    return 0;
}

} // namespace Vireo
