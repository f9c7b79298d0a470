// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Vireo {

/// How Vireo reaches a domain's VNC display, decided from the host's URI, where the display
/// listens and the user's per-host choice. Value type.
struct ConsoleRoute
{
    enum class Kind {
        NoDisplays,  ///< libvirt's test driver: its domains have no real displays
        Local,       ///< this machine: virDomainOpenGraphicsFD
        Tunnel,      ///< `ssh -W host:port` on the remote host (encrypted by SSH)
        Direct,      ///< TCP from here to host:port (VNC itself is not encrypted)
        Unreachable, ///< reason says why and what to change
    };
    Kind kind = Kind::Unreachable;
    QString host; ///< Tunnel: as the remote host sees it; Direct: as this machine sees it
    int port = -1;
    /// Direct across a network: anyone on the way can watch the screen and the keys typed.
    bool unencrypted = false;
    QString reason; ///< Unreachable: for a person

    /// The route for a display of a domain on the host at uri that listens on listen:port
    /// (port -1: a UNIX socket). tunnelSsh: the host's setting (ConsoleSettings::tunnelsSsh);
    /// it matters only when libvirt reaches the host over SSH, and then the console goes
    /// through the tunnel wherever the display listens. Pure function; any thread.
    static ConsoleRoute decide(const QString &uri, const QString &listen, int port, bool tunnelSsh);
};

} // namespace Vireo
