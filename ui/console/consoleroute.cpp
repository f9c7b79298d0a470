// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/console/consoleroute.h"

#include "core/common/uri.h"
#include "core/console/sshtunnel.h"

#include <QObject>

namespace Vireo {

namespace {

bool isWildcard(const QString &address)
{
    return address.isEmpty() || address == QLatin1String("0.0.0.0") ||
           address == QLatin1String("::") || address == QLatin1String("[::]");
}

bool isLoopback(const QString &address)
{
    return address.startsWith(QLatin1String("127.")) || address == QLatin1String("::1") ||
           address == QLatin1String("[::1]") ||
           address.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
}

ConsoleRoute unreachable(const QString &reason)
{
    ConsoleRoute r;
    r.kind = ConsoleRoute::Kind::Unreachable;
    r.reason = reason;
    return r;
}

} // namespace

ConsoleRoute ConsoleRoute::decide(const QString &uri, const QString &listen, int port,
                                  bool tunnelSsh)
{
    ConsoleRoute route;
    // The test driver (test:///default, test+tcp://...) has no displays to reach.
    if (Uri::isTestDriver(uri)) {
        route.kind = Kind::NoDisplays;
        return route;
    }
    if (Uri::isLocal(uri)) {
        route.kind = Kind::Local;
        return route;
    }
    if (port <= 0)
        return unreachable(QObject::tr(
            "The display listens on a UNIX socket on the remote host, which cannot be reached "
            "from here. Make it listen on a TCP address."));
    const bool ssh = Ssh::usesSshTransport(uri);
    route.port = port;
    if (ssh && tunnelSsh) {
        // The far end as the remote host sees it: any address it listens on is one it reaches.
        route.kind = Kind::Tunnel;
        if (listen == QLatin1String("::") || listen == QLatin1String("[::]"))
            route.host = QStringLiteral("::1");
        else if (isWildcard(listen))
            route.host = QStringLiteral("127.0.0.1");
        else
            route.host = listen;
        return route;
    }
    // A "remote" URI that names this machine (qemu+tcp://127.0.0.1, as a second libvirtd here
    // has it): a display on its loopback is on ours, and crosses no network.
    if (isLoopback(listen) && isLoopback(Uri::host(uri))) {
        route.kind = Kind::Direct;
        route.host = listen == QLatin1String("[::1]") ? QStringLiteral("::1") : listen;
        return route;
    }
    if (isLoopback(listen))
        return unreachable(
            ssh ? QObject::tr("The display listens on %1 of the remote host only, and the SSH "
                              "tunnel is turned off for this host. Turn \"Tunnel Through SSH\" "
                              "back on.")
                      .arg(listen)
                : QObject::tr("The display listens on %1 of the remote host only. Connect to "
                              "the host over SSH (for example qemu+ssh://) so that the console "
                              "can be tunnelled, or make the display listen on an address this "
                              "computer can reach.")
                      .arg(listen));
    route.kind = Kind::Direct;
    route.host = isWildcard(listen) ? Uri::host(uri) : listen;
    route.unencrypted = !isLoopback(route.host);
    return route;
}

} // namespace Vireo
