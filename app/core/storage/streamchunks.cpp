// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/common/coretr.h"

#include "libvirtutil_p.h"
#include "streamchunks_p.h"

#include <QElapsedTimer>

#include <algorithm>

namespace Vireo::StoragePrivate {

Result<quint64> StreamChunks::send(quint64 remaining, quint64 jobBytes, const QString &op)
{
    if (buffer.isEmpty())
        buffer.resize(qMin<qsizetype>(bufferBytes, qsizetype(qMax<quint64>(jobBytes, 1))));
    QElapsedTimer clock;
    clock.start();
    quint64 sent = 0;
    while (sent < remaining && sent < jobBytes && clock.elapsed() < kJobMs) {
        const qint64 want =
            qint64(std::min({quint64(buffer.size()), remaining - sent, jobBytes - sent}));
        const qint64 got = file.read(buffer.data(), want);
        if (got <= 0)
            return Error{op, Tr::tr("the file ended early: %1").arg(file.errorString()), 0};
        qint64 off = 0;
        while (off < got) {
            const int n = virStreamSend(stream, buffer.constData() + off, size_t(got - off));
            if (n < 0)
                return lastLibvirtError(op);
            off += n;
        }
        sent += quint64(got);
    }
    return sent;
}

Result<quint64> StreamChunks::receive(quint64 jobBytes, bool &ended, const QString &op)
{
    if (buffer.isEmpty())
        buffer.resize(qMin<qsizetype>(bufferBytes, qsizetype(qMax<quint64>(jobBytes, 1))));
    QElapsedTimer clock;
    clock.start();
    quint64 got = 0;
    ended = false;
    while (got < jobBytes && clock.elapsed() < kJobMs) {
        const int n = virStreamRecv(stream, buffer.data(),
                                    size_t(qMin<quint64>(quint64(buffer.size()), jobBytes - got)));
        if (n < 0)
            return lastLibvirtError(op);
        if (n == 0) {
            ended = true;
            break;
        }
        if (file.write(buffer.constData(), n) != n)
            return Error{op, file.errorString(), 0};
        got += quint64(n);
    }
    return got;
}

Status StreamChunks::finish(const QString &op)
{
    if (virStreamFinish(stream) < 0)
        return lastLibvirtError(op);
    virStreamFree(stream);
    stream = nullptr;
    file.close();
    return Done{};
}

void StreamChunks::abort()
{
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
