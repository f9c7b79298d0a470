// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/types.h"
#include "core/session/hostsession.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QToolBar;
class QToolButton;
class QWidget;

namespace Vireo {

/// A domain an action is for: its host and what is known of it now. Value type.
struct DomainTarget
{
    QPointer<HostSession> session;
    DomainInfo info;
};

/// The lifecycle actions of a selection of domains, the same in every window: Run (which also
/// resumes, as in virt-manager), Pause, Resume, Shut Down with its menu (Reboot, Shut Down, Force
/// Reset…, Force Off…, Save) and Delete…, with the manager's texts, icons and shortcuts.
/// GUI thread.
///
/// The window says what is selected (setTargets) whenever that or a state changes. The set
/// enables each action where it applies on a connected host, asks before the destructive ones,
/// sends them to the hosts' workers and writes what it did to the message log; failures come back
/// through the host's log writer (HostEventLog). A Shut Down is watched by the host's
/// ShutdownWatcher, which says so when the guest ignores it and offers this set's Force Off.
/// A Run that fails with a KVM error offers software emulation (SoftwareEmulationOffer) on the
/// window whose Run it was.
class DomainActionSet : public QObject
{
    Q_OBJECT
public:
    enum class Id { Run, Pause, Resume, Shutdown, Reboot, Reset, ForceOff, Save, Delete };

    /// `window` parents the confirmations; the actions are added to it so that their shortcuts
    /// work there even before a menu holds them.
    explicit DomainActionSet(QWidget *window);
    ~DomainActionSet() override;

    QAction *action(Id id) const { return m_actions.value(id); }
    /// Reboot, Shut Down, Force Reset…, Force Off…, Save.
    QMenu *shutdownMenu() const { return m_shutdownMenu; }
    /// virt-manager's toolbar part: Run, Pause, and Shut Down with its menu beside it.
    void addToToolBar(QToolBar *bar);
    /// Run, Pause, Resume and the Shut Down submenu (Delete… goes where the window wants it).
    void addToMenu(QMenu *menu);

    void setTargets(const QList<DomainTarget> &targets);
    QList<DomainTarget> targets() const { return m_targets; }
    /// Follows one domain (a details or console window's) and keeps it as the only target.
    void followDomain(HostSession *session, const QString &uuidOrName);
    /// Enables each action where it applies now (after a host connects or drops).
    void updateEnabled();

    /// Asks the user to confirm a destructive action; tests replace it. The default is a
    /// QMessageBox on the window.
    using ConfirmHandler = std::function<bool(const QString &title, const QString &text)>;
    void setConfirmHandler(ConfirmHandler handler) { m_confirm = std::move(handler); }
    bool confirm(const QString &title, const QString &text);
    /// Where deleted domains' XML is kept (default: <AppDataLocation>/backups).
    void setBackupDir(const QString &dir) { m_backupDir = dir; }
    QString backupDir() const { return m_backupDir; }

    /// Runs the action on every target it applies to (asking first where it destroys).
    void perform(DomainAction action);
    /// Deletes the targets through the Delete dialog, which asks and offers their disks (a
    /// backup of each one's XML is kept).
    void deleteTargets();
    /// Forces off one domain, asking first: what a shutdown that was ignored offers.
    void forceOff(const DomainTarget &target);

    /// "'a', 'b' and 3 more": names for a confirmation or a log line.
    static QString nameList(const QList<DomainTarget> &targets);

Q_SIGNALS:
    /// The targets changed (or their states did).
    void targetsChanged();

private:
    void createActions();
    QAction *make(Id id, const QString &text, const QIcon &icon, const QKeySequence &key,
                  const QString &tip);
    void send(const QList<DomainTarget> &targets, DomainAction action);
    /// Follows the starts this set sent on `session` until each succeeds or fails.
    void watchStarts(HostSession *session);
    void onOperationFailed(HostSession *session, const Error &error);

    QWidget *m_window;
    QHash<Id, QAction *> m_actions;
    QMenu *m_shutdownMenu = nullptr;
    QList<DomainTarget> m_targets;
    QObject *m_follower = nullptr;
    ConfirmHandler m_confirm;
    QString m_backupDir;
    /// The starts this set sent and has not heard back about: per host, UUID (lower case) to
    /// name. Only the window that asked offers software emulation.
    QHash<HostSession *, QHash<QString, QString>> m_pendingStarts;
};

} // namespace Vireo
