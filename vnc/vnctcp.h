// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <atomic>

namespace Vireo {

/// A TCP connection attempt, as the network thread of a VncConnection makes it.
struct VncTcpResult
{
    int fd = -1;   ///< connected, non-blocking, close-on-exec, TCP_NODELAY; -1 on failure
    QString error; ///< for a person; empty on success or when stopped
};

/// Resolves host and connects to port, trying each address in turn. Each connect is
/// non-blocking and ends early when wakeFd becomes readable and stop is set (the connection is
/// being closed); it gives up on an address after 15 s. The name lookup itself cannot be
/// interrupted. Blocks: network thread only.
VncTcpResult connectVncTcp(const QString &host, int port, int wakeFd,
                           const std::atomic<bool> &stop);

} // namespace Vireo
