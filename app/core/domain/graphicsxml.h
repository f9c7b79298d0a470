// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Vireo {

struct XmlElement;

/// One <graphics> element of a domain's XML. Value type, any thread.
struct DomainGraphics
{
    /// Where the display listens: libvirt's <listen type=...>.
    enum class Listen {
        Address, ///< a TCP address (empty: the daemon's default, vnc_listen in qemu.conf)
        Network, ///< the address of a libvirt network (resolved into `address` in live XML)
        Socket,  ///< a UNIX socket on the host
        None,    ///< nowhere: reachable only through libvirt (virDomainOpenGraphicsFD)
    };

    QString type;   ///< "vnc", "spice", "sdl"...
    int index = -1; ///< position among the domain's <graphics> (virDomainOpenGraphicsFD)
    int port = -1;  ///< TCP port; -1 when none (not started yet, autoport, socket, none)
    bool autoport = false;
    Listen listen = Listen::Address;
    QString address;    ///< Address and Network listens
    QString network;    ///< Network listens: the network's name
    QString socketPath; ///< Socket listens (empty in inactive XML: libvirt chooses at start)
    /// A non-empty passwd attribute. libvirt writes it only into secure XML
    /// (VIR_DOMAIN_XML_SECURE): elsewhere false says nothing.
    bool hasPassword = false;
};

/// Reads a <graphics> element, with libvirt's own rule for where it listens: the first <listen>
/// child decides; without one, a socket attribute means a socket and the listen attribute an
/// address. The parser of the domain XML and the console both use this.
DomainGraphics readDomainGraphics(const XmlElement &graphics, int index);

} // namespace Vireo
