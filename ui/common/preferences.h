// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/session/hostsession.h"

#include <QList>
#include <QObject>
#include <QString>

namespace Vireo {

/// Edit > Preferences: the user's choices, kept in QSettings ("preferences" group), read where
/// they apply and announced by changed() so that open windows apply them at once. One instance
/// (instance()), GUI thread (QSettings objects are not shared between threads).
class Preferences : public QObject
{
    Q_OBJECT
public:
    /// Questions asked before a destructive or disruptive action; each can be turned off. Delete
    /// is not one: its dialog (DeleteDialog) always asks, since that is where the disks are chosen.
    enum class Confirm { ForceOff, Pause, RemoveDevice };

    static Preferences *instance();

    /// Milliseconds between statistics samples, 0 = off (the command line's --stats-interval
    /// overrides it for one run).
    int statsIntervalMs() const;
    void setStatsIntervalMs(int ms);
    /// Which statistics the hosts sample (all by default).
    StatsSampling statsSampling() const;
    void setStatsSampling(const StatsSampling &sampling);

    /// When a VNC console scales the guest's screen to its window: never (one guest pixel per
    /// screen pixel), only in full screen, or always (the default, as before the preference).
    enum class ConsoleScaling { Never, FullScreenOnly, Always };
    ConsoleScaling consoleScaling() const;
    void setConsoleScaling(ConsoleScaling scaling);
    /// The keys (Qt::Key values) that, pressed together and released, give back the keyboard a
    /// VNC console grabbed. Default Ctrl+Alt. Never empty.
    QList<int> grabReleaseKeys() const;
    void setGrabReleaseKeys(const QList<int> &keys);

    /// Whether text a guest copies goes to the host's clipboard, for consoles of domains the
    /// user has not chosen for yet (off: a guest cannot plant text there unless asked).
    bool guestClipboardToHost() const;
    void setGuestClipboardToHost(bool on);

    /// New VM defaults: the disk image format ("qcow2" or "raw") and the address the VNC
    /// display listens on ("127.0.0.1" or "0.0.0.0").
    QString newVmStorageFormat() const;
    void setNewVmStorageFormat(const QString &format);
    QString newVmListenAddress() const;
    void setNewVmListenAddress(const QString &address);
    /// The firmware the wizard starts from: "bios" (the default) or "efi", taken when the host
    /// offers UEFI; an operating system that needs UEFI gets it whatever this says.
    QString newVmFirmware() const;
    void setNewVmFirmware(const QString &firmware);

    /// Whether to ask before what; all ask by default except Pause (as virt-manager).
    bool confirms(Confirm what) const;
    void setConfirms(Confirm what, bool ask);

    /// The interface language: "" follows the locale, else "zh_CN" or "en". Takes effect at the
    /// next start (the open windows keep their texts).
    QString language() const;
    void setLanguage(const QString &language);

Q_SIGNALS:
    void changed();

private:
    explicit Preferences(QObject *parent = nullptr);
    QVariant value(const char *key, const QVariant &fallback) const;
    void setValue(const char *key, const QVariant &value);
};

} // namespace Vireo
