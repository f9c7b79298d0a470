// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

namespace Vireo {

/// A bare VNC address, as remote-viewer takes it: vnc://host[:port][?password=...]. The port is
/// the TCP port (5900 when none is given; a number under 100 is a display, 5900 + N, as
/// vncviewer counts). IPv6 hosts go in brackets: vnc://[::1]:5901. Value type, any thread.
struct VncAddress
{
    QString host;
    int port = 5900;
    /// From ?password=; never logged, never shown, never kept in history.
    QString password;

    /// "host:port" (brackets around an IPv6 host): what window titles and lists show. Never
    /// the password.
    QString displayText() const;
    /// vnc://host:port without the password.
    QString safeUrl() const;

    /// Whether text looks like a VNC address (starts with vnc://), valid or not.
    static bool looksLikeAddress(const QString &text);
    /// Reads an address; an error says what is wrong with it (never repeating the password).
    static Result<VncAddress> parse(const QString &text);
};

} // namespace Vireo
