// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/console/vncaddress.h"

#include "ui/common/uitr.h"

#include <QUrl>
#include <QUrlQuery>

namespace Vireo {

QString VncAddress::displayText() const
{
    const QString h = host.contains(u':') ? QStringLiteral("[%1]").arg(host) : host;
    return QStringLiteral("%1:%2").arg(h).arg(port);
}

QString VncAddress::safeUrl() const
{
    return QStringLiteral("vnc://") + displayText();
}

bool VncAddress::looksLikeAddress(const QString &text)
{
    return text.trimmed().startsWith(QLatin1String("vnc://"), Qt::CaseInsensitive);
}

Result<VncAddress> VncAddress::parse(const QString &text)
{
    const QString op = UiTr::tr("Open a VNC address");
    const QString trimmed = text.trimmed();
    if (!looksLikeAddress(trimmed))
        return Error{op, UiTr::tr("a VNC address starts with vnc://, e.g. vnc://host:5901"), 0};
    const QUrl url(trimmed, QUrl::StrictMode);
    // The message names the address without its query: that is where the password is.
    const QString shown = trimmed.section(u'?', 0, 0);
    if (!url.isValid() || url.host().isEmpty())
        return Error{op, UiTr::tr("'%1' is not a valid address").arg(shown), 0};
    if (!url.path().isEmpty() && url.path() != u"/")
        return Error{op, UiTr::tr("'%1' has a path; a VNC address is vnc://host:port").arg(shown),
                     0};
    VncAddress a;
    a.host = url.host();
    const int port = url.port(5900);
    if (port < 0 || port > 65535)
        return Error{op, UiTr::tr("'%1' has no valid port").arg(shown), 0};
    a.port = port < 100 ? 5900 + port : port;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"password")
            a.password = value;
        else
            return Error{op, UiTr::tr("unknown option '%1' in '%2'").arg(key, shown), 0};
    }
    if (!url.userInfo().isEmpty())
        return Error{op,
                     UiTr::tr("VNC has no user names; give only the password, as "
                              "?password=..."),
                     0};
    return a;
}

} // namespace Vireo
