// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

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
