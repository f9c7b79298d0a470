// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace Vireo {

class HostSession;

/// The guest's screen as the hypervisor sends it (virDomainScreenshot): the snapshots' thumbnails
/// and the classroom wall read it through the same code.
namespace Screenshot {

/// One screen, undecoded. Value type, any thread.
struct Raw
{
    QByteArray mimeType; ///< "image/png" or "image/x-portable-pixmap" (QEMU)
    QByteArray data;
    bool isPng() const { return mimeType == "image/png"; }
};

/// The largest screen read, in bytes (a screen is a few MiB at most); a longer stream is an error.
inline constexpr qsizetype kMaxBytes = 64 * 1024 * 1024;

/// What the caller does with the screen on the host's worker thread (decode it, scale it: core
/// knows no images); it returns what then runs on the caller's thread.
using OnWorker = std::function<std::function<void()>(Result<Raw>)>;

/// Reads the running domain's first screen on the host's worker and hands it to `onWorker` there;
/// the function that returns runs on the calling thread while `context` lives. The error says why
/// there is no screen (not running, no display, the driver cannot take screenshots).
void capture(HostSession *session, const QString &uuid, QObject *context, OnWorker onWorker);

} // namespace Screenshot
} // namespace Vireo
