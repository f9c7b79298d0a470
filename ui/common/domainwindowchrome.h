// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QBoxLayout;
class QLabel;
class QMenuBar;
class QToolBar;
class QWidget;

namespace Vireo {

class DomainActionSet;
class ShutdownWatcher;
class HostSession;

/// The menu bar and toolbar of a window that shows one domain, its details or its console.
/// GUI thread.
///
/// virt-manager's toolbar: Run, Pause, Shut Down with its menu, then Console and Details to
/// switch between the two views. The menus hold the manager's actions with its shortcuts:
/// File (View Manager, Close, Quit), Virtual Machine (Run, Pause, Resume, Shut Down ▸,
/// Delete…) and View (Console, Details). The window says which view shows (setShowingConsole)
/// and answers consoleChosen/detailsChosen. Under the toolbar, a notice says when the guest
/// ignored a Shut Down and offers Force Off.
class DomainWindowChrome : public QObject
{
    Q_OBJECT
public:
    DomainWindowChrome(QWidget *window, HostSession *session, const QString &uuidOrName);

    DomainActionSet *actions() const { return m_actions; }
    QMenuBar *menuBar() const { return m_menuBar; }
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *consoleAction() const { return m_console; }
    QAction *detailsAction() const { return m_details; }
    QAction *managerAction() const { return m_manager; }
    QAction *closeAction() const { return m_close; }
    QAction *quitAction() const { return m_quit; }
    /// Shown while the domain ignores a Shut Down: what happened, and Force Off….
    QWidget *shutdownNotice() const { return m_notice; }

    /// Checks Console or Details.
    void setShowingConsole(bool console);
    /// The domain moved to session's host (it migrated): the actions and the notice act there.
    void followDomain(HostSession *session, const QString &uuid);
    /// Puts the menu bar and the toolbar at the top of the window's layout.
    void install(QBoxLayout *layout);

Q_SIGNALS:
    void consoleChosen();
    void detailsChosen();

private:
    void createShutdownNotice(HostSession *session);
    void watchShutdowns(HostSession *session);
    void updateNotice();

    QWidget *m_window;
    DomainActionSet *m_actions;
    QMenuBar *m_menuBar;
    QToolBar *m_toolBar;
    QAction *m_console;
    QAction *m_details;
    QAction *m_manager;
    QAction *m_close;
    QAction *m_quit;
    QWidget *m_notice = nullptr;
    QLabel *m_noticeText = nullptr;
    QPointer<ShutdownWatcher> m_watcher;
    QMetaObject::Connection m_watcherConnection; ///< the host's ShutdownWatcher, if it has one
};

} // namespace Vireo
