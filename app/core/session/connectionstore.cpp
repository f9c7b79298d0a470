// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/session/connectionstore.h"

#include "core/common/coretr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <unistd.h>

namespace Vireo {

QList<ConnectionEntry> ConnectionStore::load(QSettings &settings)
{
    QList<ConnectionEntry> out;
    const int n = settings.beginReadArray(QStringLiteral("connections"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        ConnectionEntry e;
        e.uri = settings.value(QStringLiteral("uri")).toString().trimmed();
        e.autoconnect = settings.value(QStringLiteral("autoconnect"), true).toBool();
        e.label = settings.value(QStringLiteral("label")).toString().simplified();
        if (!e.uri.isEmpty())
            out.append(e);
    }
    settings.endArray();
    return out;
}

void ConnectionStore::save(QSettings &settings, const QList<ConnectionEntry> &entries)
{
    settings.remove(QStringLiteral("connections"));
    settings.beginWriteArray(QStringLiteral("connections"), int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("uri"), entries[i].uri);
        settings.setValue(QStringLiteral("autoconnect"), entries[i].autoconnect);
        // Only a label given: a file without one reads as before.
        if (!entries[i].label.isEmpty())
            settings.setValue(QStringLiteral("label"), entries[i].label);
    }
    settings.endArray();
    settings.setValue(QStringLiteral("connectionsInitialized"), true);
}

bool ConnectionStore::initialized(QSettings &settings)
{
    return settings.value(QStringLiteral("connectionsInitialized"), false).toBool();
}

Result<QString> ConnectionSpec::uri() const
{
    const QString op = Tr::tr("Connection");
    if (hypervisor == Hypervisor::Custom) {
        const QString u = customUri.trimmed();
        if (u.isEmpty())
            return Error{op, Tr::tr("enter a libvirt URI, for example qemu:///system"), 0};
        const QUrl url(u, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || !u.contains(QLatin1String(":/")))
            return Error{
                op,
                Tr::tr("'%1' is not a libvirt URI (driver[+transport]://[user@][host][:port]/path)")
                    .arg(u),
                0};
        return u;
    }
    QString driver, path;
    switch (hypervisor) {
    case Hypervisor::QemuSystem:
        driver = QStringLiteral("qemu");
        path = QStringLiteral("/system");
        break;
    case Hypervisor::QemuSession:
        driver = QStringLiteral("qemu");
        path = QStringLiteral("/session");
        break;
    case Hypervisor::Test:
        driver = QStringLiteral("test");
        if (testFile.trimmed().isEmpty()) {
            path = QStringLiteral("/default");
        } else {
            const QFileInfo fi(testFile.trimmed());
            if (!fi.isAbsolute())
                return Error{op, Tr::tr("the fixture file must be an absolute path"), 0};
            if (transport == Transport::Local && !fi.isFile())
                return Error{op, Tr::tr("the fixture file %1 does not exist").arg(fi.filePath()),
                             0};
            path = fi.filePath();
        }
        break;
    case Hypervisor::Lxc:
        driver = QStringLiteral("lxc");
        path = QStringLiteral("/");
        break;
    case Hypervisor::Xen:
        driver = QStringLiteral("xen");
        path = QStringLiteral("/system");
        break;
    case Hypervisor::Custom:
        break;
    }
    if (transport == Transport::Local)
        return driver + QStringLiteral("://") + path;

    static const QRegularExpression hostRe(
        QStringLiteral("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)$"));
    static const QRegularExpression userRe(QStringLiteral("^[A-Za-z0-9._-]+$"));
    const QString h = host.trimmed();
    if (h.isEmpty())
        return Error{op, Tr::tr("enter the remote host's name or address"), 0};
    if (!hostRe.match(h).hasMatch())
        return Error{op, Tr::tr("'%1' is not a valid host name or address").arg(h), 0};
    const QString u = user.trimmed();
    if (!u.isEmpty() && !userRe.match(u).hasMatch())
        return Error{op, Tr::tr("the user name may only hold letters, digits, '.', '_' and '-'"),
                     0};
    if (port < 0 || port > 65535)
        return Error{op, Tr::tr("the port must be between 1 and 65535"), 0};
    QString t;
    switch (transport) {
    case Transport::Ssh:
        t = QStringLiteral("ssh");
        break;
    case Transport::Tls:
        t = QStringLiteral("tls");
        break;
    case Transport::Tcp:
        t = QStringLiteral("tcp");
        break;
    case Transport::Local:
        break;
    }
    QString authority = h;
    if (!u.isEmpty())
        authority = u + QLatin1Char('@') + authority;
    if (port > 0)
        authority += QLatin1Char(':') + QString::number(port);
    return driver + QLatin1Char('+') + t + QStringLiteral("://") + authority + path;
}

QString defaultLocalUri()
{
    const bool root = geteuid() == 0;
    if (root) {
        for (const char *sock : {"/run/libvirt/libvirt-sock", "/var/run/libvirt/libvirt-sock",
                                 "/run/libvirt/virtqemud-sock"})
            if (QFileInfo::exists(QString::fromLatin1(sock)))
                return QStringLiteral("qemu:///system");
        return {};
    }
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty() &&
        (QFileInfo::exists(runtime + QStringLiteral("/libvirt/libvirt-sock")) ||
         QFileInfo::exists(runtime + QStringLiteral("/libvirt/virtqemud-sock"))))
        return QStringLiteral("qemu:///session");
    // libvirt starts a session daemon on demand when one is installed.
    if (QFileInfo::exists(QStringLiteral("/usr/sbin/libvirtd")) ||
        QFileInfo::exists(QStringLiteral("/usr/sbin/virtqemud")))
        return QStringLiteral("qemu:///session");
    return {};
}

} // namespace Vireo
