// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/console/consolesettings.h"

#include "ui/common/preferences.h"
#include "vnc/vncconsole.h"

#include <QSettings>

#include <QUrl>
#include <memory>

namespace Vireo::ConsoleSettings {

namespace {

// A URI holds '/', which QSettings reads as a group separator: percent-encode it whole.
QString hostKey(const QString &hostUri)
{
    return QStringLiteral("console/") + QString::fromLatin1(QUrl::toPercentEncoding(hostUri));
}

QString domainKey(const QString &hostUri, const QString &domainUuid, const char *name)
{
    return hostKey(hostUri) + QStringLiteral("/domains/") +
           QString::fromLatin1(QUrl::toPercentEncoding(domainUuid)) + QLatin1Char('/') +
           QLatin1String(name);
}

} // namespace

bool acceptsGuestClipboard(const QString &hostUri, const QString &domainUuid)
{
    // Until the user chooses for this domain: the default of Edit > Preferences.
    return QSettings()
        .value(domainKey(hostUri, domainUuid, "guestClipboard"),
               Preferences::instance()->guestClipboardToHost())
        .toBool();
}

void setAcceptsGuestClipboard(const QString &hostUri, const QString &domainUuid, bool accept)
{
    QSettings().setValue(domainKey(hostUri, domainUuid, "guestClipboard"), accept);
}

bool tunnelsSsh(const QString &hostUri)
{
    return QSettings().value(hostKey(hostUri) + QStringLiteral("/tunnelSsh"), true).toBool();
}

void setTunnelsSsh(const QString &hostUri, bool tunnel)
{
    QSettings().setValue(hostKey(hostUri) + QStringLiteral("/tunnelSsh"), tunnel);
}

void followPreferences(VncConsole *console)
{
    auto apply = [console] {
        const Preferences *p = Preferences::instance();
        switch (p->consoleScaling()) {
        case Preferences::ConsoleScaling::Never:
            console->setScalingPolicy(VncConsole::ScalingPolicy::Never);
            break;
        case Preferences::ConsoleScaling::FullScreenOnly:
            console->setScalingPolicy(VncConsole::ScalingPolicy::FullScreenOnly);
            break;
        case Preferences::ConsoleScaling::Always:
            console->setScalingPolicy(VncConsole::ScalingPolicy::Always);
            break;
        }
        console->setReleaseKeys(p->grabReleaseKeys());
    };
    apply();
    // Only when a console preference changed: another preference must not undo the user's own
    // Fit or 1:1 of the moment.
    auto last = std::make_shared<std::pair<Preferences::ConsoleScaling, QList<int>>>(
        Preferences::instance()->consoleScaling(), Preferences::instance()->grabReleaseKeys());
    QObject::connect(Preferences::instance(), &Preferences::changed, console, [apply, last] {
        const std::pair now{Preferences::instance()->consoleScaling(),
                            Preferences::instance()->grabReleaseKeys()};
        if (now != *last) {
            *last = now;
            apply();
        }
    });
}

} // namespace Vireo::ConsoleSettings
