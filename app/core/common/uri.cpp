// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/common/uri.h"

#include <QUrl>

namespace Vireo::Uri {

static QString scheme(const QString &uri)
{
    return QUrl(uri).scheme().toLower();
}

QString driver(const QString &uri)
{
    return scheme(uri).section(QLatin1Char('+'), 0, 0);
}

QString transport(const QString &uri)
{
    const QString s = scheme(uri);
    return s.contains(QLatin1Char('+')) ? s.section(QLatin1Char('+'), 1) : QString();
}

bool isLocal(const QString &uri)
{
    const QString t = transport(uri);
    // A host part without a transport means TLS to that host; ssh, tcp, tls and libssh go over
    // the network even when they name localhost. "unix" is this machine's socket.
    if (!t.isEmpty() && t != QLatin1String("unix"))
        return false;
    return QUrl(uri).host().isEmpty();
}

QString host(const QString &uri)
{
    return QUrl(uri).host();
}

bool isTestDriver(const QString &uri)
{
    return driver(uri) == QLatin1String("test");
}

bool isSession(const QString &uri)
{
    return QUrl(uri).path() == QLatin1String("/session");
}

} // namespace Vireo::Uri
