// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#ifndef VIREO_CORE_PRIVATE
#error "private to vireo_core: the rest of Vireo sees value types, never libvirt"
#endif

#include "core/common/result.h"

#include <libvirt/libvirt.h>

#include <QByteArray>
#include <QFile>

namespace Vireo::StoragePrivate {

/// What VolumeUpload and VolumeDownload share: one worker job's share of a stream transfer
/// between a local file and a libvirt stream. A job moves data until it has moved `jobBytes` or
/// kJobMs have passed, so the host's other work waits at most that long and a cancel takes effect
/// at the next job, while a fast transfer is not held up by a round trip to the GUI thread every
/// few MiB. Each virStreamSend gets 256 KiB, what libvirt's own virStreamSendAll uses (an 8 MiB
/// one, as before, went at a fraction of virsh vol-upload's speed: tests/bench/storage), from a
/// buffer kept between jobs. Worker only.
struct StreamChunks
{
    static constexpr int kJobMs = 100;
    static constexpr qsizetype kBufferBytes = 256 * 1024;

    QFile file;
    virStreamPtr stream = nullptr;
    QByteArray buffer;
    qsizetype bufferBytes = kBufferBytes; ///< bytes per virStreamSend / virStreamRecv call

    /// Reads the file and sends it, at most `remaining` bytes: how many were sent.
    Result<quint64> send(quint64 remaining, quint64 jobBytes, const QString &op);
    /// Receives into the file: how many bytes came; `ended` when the stream has no more.
    Result<quint64> receive(quint64 jobBytes, bool &ended, const QString &op);
    /// virStreamFinish, then the stream is freed and the file closed.
    Status finish(const QString &op);
    /// Aborts the stream (if any) and closes the file.
    void abort();
};

} // namespace Vireo::StoragePrivate
