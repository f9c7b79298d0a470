// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/graphicsxml.h"

#include "core/common/xmlelement.h"

namespace Vireo {

DomainGraphics readDomainGraphics(const XmlElement &e, int index)
{
    DomainGraphics g;
    g.type = e.attr(u"type");
    g.index = index;
    bool ok = false;
    const int port = e.attr(u"port").toInt(&ok);
    g.port = ok && port > 0 && port < 65536 ? port : -1;
    g.autoport = e.attr(u"autoport") == u"yes";
    g.hasPassword = !e.attr(u"passwd").isEmpty();

    if (const XmlElement *listen = e.child(u"listen")) {
        const QString type = listen->attr(u"type");
        if (type == u"socket") {
            g.listen = DomainGraphics::Listen::Socket;
            g.socketPath = listen->attr(u"socket");
            if (g.socketPath.isEmpty())
                g.socketPath = e.attr(u"socket");
        } else if (type == u"none") {
            g.listen = DomainGraphics::Listen::None;
        } else if (type == u"network") {
            g.listen = DomainGraphics::Listen::Network;
            g.network = listen->attr(u"network");
            g.address = listen->attr(u"address");
        } else {
            // type='address' (or none given): an empty address is the daemon's default.
            g.address = listen->attr(u"address");
            if (g.address.isEmpty())
                g.address = e.attr(u"listen");
        }
    } else if (!e.attr(u"socket").isEmpty()) {
        g.listen = DomainGraphics::Listen::Socket;
        g.socketPath = e.attr(u"socket");
    } else {
        g.address = e.attr(u"listen");
    }
    // A port only means something for a TCP listen.
    if (g.listen == DomainGraphics::Listen::Socket || g.listen == DomainGraphics::Listen::None)
        g.port = -1;
    return g;
}

} // namespace Vireo
