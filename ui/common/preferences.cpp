// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/common/preferences.h"

#include <QCoreApplication>
#include <QSettings>

namespace Vireo {

namespace {

const char *confirmKey(Preferences::Confirm what)
{
    switch (what) {
    case Preferences::Confirm::ForceOff:
        return "confirm/forceOff";
    case Preferences::Confirm::Pause:
        return "confirm/pause";
    case Preferences::Confirm::RemoveDevice:
        return "confirm/removeDevice";
    }
    return "confirm/unknown";
}

} // namespace

Preferences *Preferences::instance()
{
    // Owned by the application object, so it goes before QCoreApplication does.
    static Preferences *self = new Preferences(QCoreApplication::instance());
    return self;
}

Preferences::Preferences(QObject *parent)
    : QObject(parent)
{}

QVariant Preferences::value(const char *key, const QVariant &fallback) const
{
    return QSettings().value(QLatin1String("preferences/") + QLatin1String(key), fallback);
}

void Preferences::setValue(const char *key, const QVariant &value)
{
    QSettings settings;
    const QString k = QLatin1String("preferences/") + QLatin1String(key);
    if (settings.value(k) == value)
        return;
    settings.setValue(k, value);
    Q_EMIT changed();
}

int Preferences::statsIntervalMs() const
{
    // Before the preferences existed the interval was kept at the top level: keep its value.
    return value("statsInterval", QSettings().value(QStringLiteral("statsInterval"), 2000)).toInt();
}

void Preferences::setStatsIntervalMs(int ms)
{
    setValue("statsInterval", qMax(0, ms));
}

StatsSampling Preferences::statsSampling() const
{
    StatsSampling s;
    s.cpu = value("stats/cpu", true).toBool();
    s.memory = value("stats/memory", true).toBool();
    s.disk = value("stats/disk", true).toBool();
    s.network = value("stats/network", true).toBool();
    return s;
}

void Preferences::setStatsSampling(const StatsSampling &sampling)
{
    setValue("stats/cpu", sampling.cpu);
    setValue("stats/memory", sampling.memory);
    setValue("stats/disk", sampling.disk);
    setValue("stats/network", sampling.network);
}

Preferences::ConsoleScaling Preferences::consoleScaling() const
{
    const QString v = value("console/scaling", QStringLiteral("always")).toString();
    if (v == QLatin1String("never"))
        return ConsoleScaling::Never;
    if (v == QLatin1String("fullscreen"))
        return ConsoleScaling::FullScreenOnly;
    return ConsoleScaling::Always;
}

void Preferences::setConsoleScaling(ConsoleScaling scaling)
{
    const char *name = scaling == ConsoleScaling::Never            ? "never"
                       : scaling == ConsoleScaling::FullScreenOnly ? "fullscreen"
                                                                   : "always";
    setValue("console/scaling", QString::fromLatin1(name));
}

QList<int> Preferences::grabReleaseKeys() const
{
    // Kept as "0x1000021,0x1000023": Qt::Key values, in the order they were pressed.
    QList<int> keys;
    const QStringList parts =
        value("console/grabKeys", QString()).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const int key = part.toInt(&ok, 16);
        if (ok && key > 0 && !keys.contains(key))
            keys.append(key);
    }
    if (keys.isEmpty())
        keys = {Qt::Key_Control, Qt::Key_Alt};
    return keys;
}

void Preferences::setGrabReleaseKeys(const QList<int> &keys)
{
    if (keys.isEmpty())
        return; // a grab nothing could release
    QStringList parts;
    for (int key : keys)
        parts << QStringLiteral("0x") + QString::number(key, 16);
    setValue("console/grabKeys", parts.join(QLatin1Char(',')));
}

bool Preferences::guestClipboardToHost() const
{
    return value("console/guestClipboardToHost", false).toBool();
}

void Preferences::setGuestClipboardToHost(bool on)
{
    setValue("console/guestClipboardToHost", on);
}

QString Preferences::newVmStorageFormat() const
{
    return value("newVm/storageFormat", QStringLiteral("qcow2")).toString();
}

void Preferences::setNewVmStorageFormat(const QString &format)
{
    if (format == QLatin1String("qcow2") || format == QLatin1String("raw"))
        setValue("newVm/storageFormat", format);
}

QString Preferences::newVmListenAddress() const
{
    return value("newVm/listenAddress", QStringLiteral("127.0.0.1")).toString();
}

void Preferences::setNewVmListenAddress(const QString &address)
{
    if (address == QLatin1String("127.0.0.1") || address == QLatin1String("0.0.0.0"))
        setValue("newVm/listenAddress", address);
}

QString Preferences::newVmFirmware() const
{
    return value("newVm/firmware", QStringLiteral("bios")).toString();
}

void Preferences::setNewVmFirmware(const QString &firmware)
{
    if (firmware == QLatin1String("bios") || firmware == QLatin1String("efi"))
        setValue("newVm/firmware", firmware);
}

bool Preferences::confirms(Confirm what) const
{
    return value(confirmKey(what), what != Confirm::Pause).toBool();
}

void Preferences::setConfirms(Confirm what, bool ask)
{
    setValue(confirmKey(what), ask);
}

QString Preferences::language() const
{
    return value("language", QString()).toString();
}

void Preferences::setLanguage(const QString &language)
{
    setValue("language", language);
}

} // namespace Vireo
