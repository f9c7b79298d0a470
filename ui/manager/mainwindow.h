// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/common/types.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QMimeData;
class QToolButton;
class QTreeView;
class QVBoxLayout;

namespace Vireo {

class CommandLogDock;
class DomainActionSet;
struct DomainTarget;
class DomainFilterProxy;
class DomainTreeModel;
class FlatDomainProxy;
class HostLabelDialog;
class HostSession;
struct LogEntry;
class WallWindow;

/// The manager window: the host/domain tree with its filter, the lifecycle actions in toolbar,
/// menu and context menu, and a non-blocking message area. GUI thread.
///
/// Everything that reaches libvirt goes through HostSession (queued to its worker); this
/// window never waits. Windows that belong to other features (details, console, wizard, host
/// summary, add connection) are requested through signals that the Application answers.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DomainTreeModel *model, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTreeView *view() const { return m_view; }
    DomainFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    /// Shown while no host is connected: Add Connection…, Show the Demo Host.
    QWidget *emptyHint() const { return m_emptyHint; }
    QComboBox *stateFilterBox() const { return m_stateBox; }
    QListWidget *messageList() const { return m_messages; }
    /// In the status bar while a host takes long to connect (libvirt examining the hypervisor).
    QLabel *connectingNote() const { return m_connectingNote; }

    enum class Action {
        NewVm,
        Open,
        Start,
        Shutdown,
        Reboot,
        ForceOff,
        Reset,
        Pause,
        Resume,
        Save,
        Delete,
        Clone,
        CloneMany,
        DefineXml,
        ViewXml,
        AddConnection,
        ConnectHost,
        DisconnectHost,
        RemoveHost,
        HostDetails,
        Autoconnect,
        Migrate,
        Quit,
        ClassroomWall,
        FlatList,
        SetLabel,
    };
    QAction *action(Action a) const { return m_actions.value(a); }
    /// View > IP Address Column (also in the list header's context menu): shows the optional
    /// column, and only then do the hosts read guest addresses. Off by default.
    QAction *ipColumnAction() const { return m_ipColumn; }
    /// The classroom wall once View > Classroom Wall opened it (null before).
    WallWindow *classroomWall() const;

    /// The lifecycle actions (shared with the details and console windows).
    DomainActionSet *domainActions() const { return m_domainActions; }
    /// Asks the user to confirm a destructive action. Tests replace it; the default is a
    /// QMessageBox (confirmations are the only modal dialogs of the manager).
    using ConfirmHandler = std::function<bool(const QString &title, const QString &text)>;
    void setConfirmHandler(ConfirmHandler handler);
    /// Chooses the XML file for "Define from XML file"; tests replace it.
    using FileChooser = std::function<QString()>;
    void setXmlFileChooser(FileChooser chooser) { m_chooseXml = std::move(chooser); }
    /// Where deleted domains' XML is kept (default: <AppDataLocation>/backups).
    void setBackupDir(const QString &dir);
    QString backupDir() const;

    /// Adds a line to the shared message log (shown in the dock and the status bar).
    void showMessage(const QString &text, bool error = false);

    /// Selected domains as (host, uuid) pairs, in view order.
    QList<QPair<HostSession *, DomainInfo>> selectedDomains() const;
    HostSession *currentHost() const;
    /// Selects a domain in the tree (and scrolls to it).
    void selectDomain(HostSession *session, const QString &uuid);
    /// Selects a host's row.
    void selectHost(HostSession *session);
    /// "12 domains", "1 domain", "2 of 12 domains".
    static QString countText(int visible, int total);

    /// Virtual Machine > Migrate…: opens the Migrate dialog for the domain (destination
    /// preselected when given, as after a drop on a host's row). mainwindowmigrate.cpp.
    void migrateDomain(HostSession *source, const QString &uuid,
                       HostSession *destination = nullptr);
    /// What dragging the row at viewIndex (an index of view()) carries: its domain and host, for
    /// a drop on another host; null for a host's row. The caller owns it.
    QMimeData *migrationDragData(const QModelIndex &viewIndex) const;
    /// Selects the domain on session as soon as its row is there (after a migration), for up to
    /// 30 s.
    void followDomain(HostSession *session, const QString &uuid);

    /// View > Flat List (mainwindowflat.cpp): every host's domains in one list with a Host
    /// column, filtered, sorted and acted on across hosts. Kept in the settings
    /// ("manager/flatList").
    void setFlatList(bool flat);
    bool isFlatList() const;
    /// Set Label… on the host's row: opens the label dialog (not modal) and returns it.
    HostLabelDialog *editHostLabel(HostSession *session);

    /// Checks the View > Statistics entry for this interval.
    void setStatsInterval(int ms);

    /// Whether the host is saved with autoconnect (shown as a check in the menu).
    void setAutoconnectLookup(std::function<bool(HostSession *)> lookup)
    {
        m_autoconnectLookup = std::move(lookup);
    }

Q_SIGNALS:
    void openDomainRequested(Vireo::HostSession *session, const QString &uuid);
    void newVmRequested(Vireo::HostSession *preferred);
    void addConnectionRequested();
    /// The user asked for the demo host (from the hint shown while no host is connected).
    void demoRequested();
    void hostDetailsRequested(Vireo::HostSession *session);
    void removeHostRequested(Vireo::HostSession *session);
    void autoconnectChanged(Vireo::HostSession *session, bool autoconnect);
    /// View > Statistics: sample every ms milliseconds (0 = off).
    void statsIntervalChosen(int ms);
    /// File > Open VNC Address…
    void openVncAddressRequested();

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentral();
    void createMessageDock();
    void createEmptyHint(QWidget *central, QVBoxLayout *layout);
    void updateActions();
    void scheduleUpdateActions();
    void defineFromFile();
    void viewXml();
    /// Clone… and Clone ×N… (mainwindowclone.cpp).
    void createCloneActions();
    void cloneSelected(bool many);
    void createMigrateAction();
    /// A domain dragged onto another host's row opens the Migrate dialog (after createCentral).
    void enableMigrationDrops();
    bool canMigrate() const;
    void showContextMenu(const QPoint &pos);
    void watchHost(HostSession *session);
    void onLogged(const LogEntry &entry);
    void updateConnectingNote();
    /// View > Classroom Wall (mainwindowwall.cpp): the wall of the selected hosts (all when none).
    void createWallAction();
    void openClassroomWall();
    /// View > Flat List and Set Label… (mainwindowflat.cpp).
    void createFlatActions();
    /// The columns' widths, and in the flat list the Host column after the name.
    void layoutColumns();

    DomainTreeModel *m_model;
    DomainFilterProxy *m_proxy;
    QTreeView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_stateBox = nullptr;
    QDockWidget *m_messageDock = nullptr;
    CommandLogDock *m_commandDock = nullptr; ///< View > Equivalent Commands
    QWidget *m_emptyHint = nullptr;
    QListWidget *m_messages = nullptr;
    QToolButton *m_messageButton = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_connectingNote = nullptr;
    QHash<Action, QAction *> m_actions;
    DomainActionSet *m_domainActions;
    QActionGroup *m_statsGroup = nullptr;
    QAction *m_ipColumn = nullptr;
    FileChooser m_chooseXml;
    std::function<bool(HostSession *)> m_autoconnectLookup;
    bool m_updatePending = false;
    int m_errorCount = 0;
    QPointer<WallWindow> m_wall;
    FlatDomainProxy *m_flat = nullptr; ///< made the first time the flat list is shown
};

} // namespace Vireo
