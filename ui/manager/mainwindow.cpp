// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/manager/mainwindow.h"

#include "core/domain/domainactions.h"
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "ui/common/domainactionset.h"
#include "ui/common/hostauthprompter.h"
#include "ui/common/hosteventlog.h"
#include "ui/common/messagelog.h"
#include "ui/common/preferencesdialog.h"
#include "ui/common/shutdownwatcher.h"
#include "ui/common/stateicons.h"
#include "ui/common/toolbarnames.h"
#include "ui/common/windowroutes.h"
#include "ui/manager/commandlogdock.h"
#include "ui/manager/domainfilterproxy.h"
#include "widgets/sparklinedelegate.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Vireo {

MainWindow::MainWindow(DomainTreeModel *model, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_proxy(new DomainFilterProxy(this))
    , m_domainActions(new DomainActionSet(this))
{
    setWindowTitle(tr("Vireo — Virtual Machine Manager"));
    setObjectName(QStringLiteral("MainWindow"));
    m_proxy->setSourceModel(model);
    createActions();
    createCentral();
    enableMigrationDrops();
    createMessageDock();
    m_commandDock = new CommandLogDock(CommandLog::instance(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_commandDock);
    m_commandDock->hide(); // off by default: View > Equivalent Commands
    createMenus();
    createToolBar();
    resize(980, 620);

    for (HostSession *s : model->hosts())
        watchHost(s);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &where, int first, int last) {
                if (where.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    watchHost(m_model->hostAt(m_model->index(row, 0)));
            });
    // New hosts (and hosts whose domains arrive) open expanded.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &where, int first, int last) {
                if (m_proxy->isFlat()) {
                    // No hosts to expand (and a leaf kept as expanded costs a persistent index)
                } else if (!where.isValid()) {
                    for (int row = first; row <= last; ++row)
                        m_view->expand(m_proxy->index(row, 0));
                } else if (!m_view->isExpanded(where)) {
                    m_view->expand(where);
                }
                scheduleUpdateActions();
            });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] { scheduleUpdateActions(); });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this] { scheduleUpdateActions(); });
    setFlatList(QSettings().value(QStringLiteral("manager/flatList"), false).toBool());
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::setConfirmHandler(ConfirmHandler handler)
{
    m_domainActions->setConfirmHandler(std::move(handler));
}

void MainWindow::setBackupDir(const QString &dir)
{
    m_domainActions->setBackupDir(dir);
}

QString MainWindow::backupDir() const
{
    return m_domainActions->backupDir();
}

void MainWindow::watchHost(HostSession *session)
{
    if (!session)
        return;
    // Failures, connects and disconnects go to the shared log once per host, whichever window
    // is open.
    HostEventLog::of(session);
    // A host that asks for a password asks here (the keyring first), never on a terminal.
    HostAuthPrompter::of(session, this);
    connect(session, &HostSession::stateChanged, this, [this, session](HostState state) {
        // Its domains' rows are greyed and cannot be selected now: let go of them too.
        if (state != HostState::Connected) {
            for (const QModelIndex &row : m_view->selectionModel()->selectedRows(0))
                if (!m_model->isHost(m_proxy->toTree(row)) &&
                    m_model->hostAt(m_proxy->toTree(row)) == session)
                    m_view->selectionModel()->select(row, QItemSelectionModel::Deselect |
                                                              QItemSelectionModel::Rows);
        }
        scheduleUpdateActions();
        updateConnectingNote();
    });
    connect(session, &HostSession::connectingSlowly, this, &MainWindow::updateConnectingNote);
    // A guest that ignored Shut Down says so in its row until its state changes.
    ShutdownWatcher *watcher = ShutdownWatcher::of(session);
    connect(watcher, &ShutdownWatcher::ignoringChanged, this,
            [this, session, watcher](const QString &uuid) {
                m_proxy->setDomainNote(session, uuid, watcher->note(uuid),
                                       watcher->explanation(uuid));
            });
}

void MainWindow::createActions()
{
    auto make = [this](Action id, const QString &text, const QIcon &icon = {},
                       const QKeySequence &key = {}) {
        auto *a = new QAction(icon, text, this);
        if (!key.isEmpty())
            a->setShortcut(key);
        m_actions.insert(id, a);
        return a;
    };
    QStyle *st = style();
    make(Action::NewVm, tr("&New Virtual Machine…"),
         themedIcon("document-new", QStyle::SP_FileIcon), QKeySequence::New)
        ->setToolTip(tr("Create a new virtual machine"));
    make(Action::Open, tr("&Open"), themedIcon("document-open", QStyle::SP_DirOpenIcon),
         QKeySequence(Qt::CTRL | Qt::Key_O))
        ->setToolTip(tr("Open the details and console of the selected domain"));
    // The lifecycle actions are the ones every window shares.
    using Id = DomainActionSet::Id;
    const std::pair<Action, Id> shared[] = {
        {Action::Start, Id::Run},     {Action::Pause, Id::Pause},
        {Action::Resume, Id::Resume}, {Action::Shutdown, Id::Shutdown},
        {Action::Reboot, Id::Reboot}, {Action::ForceOff, Id::ForceOff},
        {Action::Reset, Id::Reset},   {Action::Save, Id::Save},
        {Action::Delete, Id::Delete},
    };
    for (const auto &[mine, theirs] : shared)
        m_actions.insert(mine, m_domainActions->action(theirs));
    createCloneActions();
    make(Action::DefineXml, tr("Define from XML &File…"),
         st->standardIcon(QStyle::SP_FileDialogStart),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    make(Action::ViewXml, tr("View &XML"), st->standardIcon(QStyle::SP_FileDialogContentsView),
         QKeySequence(Qt::CTRL | Qt::Key_U));
    make(Action::AddConnection, tr("&Add Connection…"), st->standardIcon(QStyle::SP_DriveNetIcon));
    make(Action::ConnectHost, tr("&Connect"), hostStateIcon(HostState::Connected));
    make(Action::DisconnectHost, tr("D&isconnect"), hostStateIcon(HostState::Disconnected));
    make(Action::RemoveHost, tr("Re&move Connection…"));
    make(Action::HostDetails, tr("Connection &Details"), st->standardIcon(QStyle::SP_ComputerIcon),
         QKeySequence(Qt::CTRL | Qt::Key_I));
    auto *autoconnect = make(Action::Autoconnect, tr("&Autoconnect"));
    autoconnect->setCheckable(true);
    createMigrateAction();
    createFlatActions();
    // Quit means quit, from every window: not only this one closing.
    m_actions.insert(Action::Quit, WindowRoutes::createQuitAction(this));

    connect(action(Action::NewVm), &QAction::triggered, this,
            [this] { Q_EMIT newVmRequested(currentHost()); });
    connect(action(Action::Open), &QAction::triggered, this, [this] {
        // A window on a domain of a host that is not connected would show stale data.
        for (const auto &[session, info] : selectedDomains())
            if (session->state() == HostState::Connected)
                Q_EMIT openDomainRequested(session, info.uuid);
    });
    connect(action(Action::DefineXml), &QAction::triggered, this, &MainWindow::defineFromFile);
    connect(action(Action::ViewXml), &QAction::triggered, this, &MainWindow::viewXml);
    connect(action(Action::AddConnection), &QAction::triggered, this,
            [this] { Q_EMIT addConnectionRequested(); });
    connect(action(Action::ConnectHost), &QAction::triggered, this, [this] {
        if (HostSession *s = currentHost())
            s->connectToHost();
    });
    connect(action(Action::DisconnectHost), &QAction::triggered, this, [this] {
        if (HostSession *s = currentHost())
            s->disconnectFromHost();
    });
    connect(action(Action::RemoveHost), &QAction::triggered, this, [this] {
        HostSession *s = currentHost();
        if (!s)
            return;
        if (m_domainActions->confirm(
                tr("Remove connection"),
                tr("Remove the connection to %1 (%2) from Vireo?\n\nIts domains are not "
                   "touched; you can add the connection again later.")
                    .arg(s->displayName(), s->uri())))
            Q_EMIT removeHostRequested(s);
    });
    connect(action(Action::HostDetails), &QAction::triggered, this, [this] {
        if (HostSession *s = currentHost())
            Q_EMIT hostDetailsRequested(s);
    });
    connect(autoconnect, &QAction::toggled, this, [this](bool on) {
        if (HostSession *s = currentHost())
            Q_EMIT autoconnectChanged(s, on);
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(Action::NewVm));
    file->addAction(action(Action::DefineXml));
    file->addAction(tr("Open &VNC Address…"), this, &MainWindow::openVncAddressRequested);
    file->addSeparator();
    file->addAction(action(Action::Quit));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *preferences = edit->addAction(tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("preferences"));
    connect(preferences, &QAction::triggered, this, [this] {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });

    QMenu *host = menuBar()->addMenu(tr("&Connection"));
    host->addAction(action(Action::AddConnection));
    host->addSeparator();
    host->addAction(action(Action::ConnectHost));
    host->addAction(action(Action::DisconnectHost));
    host->addAction(action(Action::Autoconnect));
    host->addSeparator();
    host->addAction(action(Action::HostDetails));
    host->addAction(action(Action::SetLabel));
    host->addAction(action(Action::RemoveHost));

    QMenu *vm = menuBar()->addMenu(tr("&Virtual Machine"));
    vm->addAction(action(Action::Open));
    vm->addSeparator();
    m_domainActions->addToMenu(vm);
    vm->addSeparator();
    vm->addAction(action(Action::Migrate));
    vm->addAction(action(Action::ViewXml));
    vm->addAction(action(Action::Clone));
    vm->addAction(action(Action::CloneMany));
    vm->addAction(action(Action::Delete));

    QMenu *view = menuBar()->addMenu(tr("Vie&w"));
    auto *findAction = view->addAction(tr("&Filter…"));
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    view->addAction(m_messageDock->toggleViewAction());
    view->addAction(m_commandDock->toggleViewAction());
    createWallAction();
    view->addAction(action(Action::ClassroomWall));
    view->addAction(action(Action::FlatList));
    QMenu *stats = view->addMenu(tr("&Statistics"));
    m_statsGroup = new QActionGroup(this);
    const QList<QPair<int, QString>> intervals{{0, tr("&Off")},
                                               {1000, tr("Every &1 second")},
                                               {2000, tr("Every &2 seconds")},
                                               {5000, tr("Every &5 seconds")},
                                               {10000, tr("Every 1&0 seconds")}};
    for (const auto &[ms, text] : intervals) {
        QAction *a = stats->addAction(text);
        a->setCheckable(true);
        a->setData(ms);
        m_statsGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, ms = ms] { Q_EMIT statsIntervalChosen(ms); });
    }
    setStatsInterval(2000);
    // The optional column: hidden, and its addresses not read, until the user asks for it.
    m_ipColumn = view->addAction(tr("&IP Address Column"));
    m_ipColumn->setCheckable(true);
    m_view->header()->setSectionHidden(DomainTreeModel::IpColumn, true);
    m_view->header()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->header()->addAction(m_ipColumn);
    connect(m_ipColumn, &QAction::toggled, this, [this](bool on) {
        m_view->header()->setSectionHidden(DomainTreeModel::IpColumn, !on);
        if (on)
            m_view->setColumnWidth(DomainTreeModel::IpColumn, 140);
        m_model->setGuestAddressesShown(on);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Vireo"), this, [this] {
        QMessageBox::about(this, tr("About Vireo"),
                           tr("<b>Vireo %1</b><p>A fast virtual machine manager for libvirt "
                              "hosts.</p>")
                               .arg(QStringLiteral(VIREO_VERSION)));
    });
}

void MainWindow::createToolBar()
{
    QToolBar *tb = addToolBar(tr("Main toolbar"));
    tb->setObjectName(QStringLiteral("MainToolBar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->addAction(action(Action::NewVm));
    tb->addSeparator();
    tb->addAction(action(Action::Open));
    // virt-manager's Run, Pause and Shut Down button, the same in every window.
    m_domainActions->addToToolBar(tb);
    tb->addSeparator();
    tb->addAction(action(Action::Delete));
    nameToolBarExtension(tb);
}

void MainWindow::createCentral()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);

    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Filter:"), central);
    m_filter = new QLineEdit(central);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Name or UUID"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter domains by name or UUID"));
    // The line edit's own clear button has no name; a screen reader would say just "button".
    for (QToolButton *b : m_filter->findChildren<QToolButton *>())
        b->setAccessibleName(tr("Clear the filter"));
    filterLabel->setBuddy(m_filter);
    auto *stateLabel = new QLabel(tr("&Show:"), central);
    m_stateBox = new QComboBox(central);
    m_stateBox->setObjectName(QStringLiteral("stateFilter"));
    m_stateBox->setAccessibleName(tr("Show domains in state"));
    m_stateBox->addItem(tr("All domains"), int(DomainFilterProxy::StateFilter::All));
    m_stateBox->addItem(tr("Active (running or paused)"),
                        int(DomainFilterProxy::StateFilter::Active));
    m_stateBox->addItem(tr("Running"), int(DomainFilterProxy::StateFilter::Running));
    m_stateBox->addItem(tr("Paused"), int(DomainFilterProxy::StateFilter::Paused));
    m_stateBox->addItem(tr("Shut off"), int(DomainFilterProxy::StateFilter::Inactive));
    stateLabel->setBuddy(m_stateBox);
    m_countLabel = new QLabel(central);
    m_countLabel->setObjectName(QStringLiteral("domainCount"));
    // As wide as its longest likely text, so the filter and Show do not move when it changes.
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_countLabel->setFixedWidth(
        m_countLabel->fontMetrics().horizontalAdvance(countText(88888, 88888)) + 8);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addWidget(stateLabel);
    bar->addWidget(m_stateBox);
    bar->addWidget(m_countLabel);
    layout->addLayout(bar);
    createEmptyHint(central, layout);

    // Typing filters after a short pause, so 10,000 rows are not refiltered per keystroke.
    auto *filterTimer = new QTimer(this);
    filterTimer->setSingleShot(true);
    filterTimer->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, filterTimer, qOverload<>(&QTimer::start));
    connect(filterTimer, &QTimer::timeout, this, [this] { m_proxy->setText(m_filter->text()); });
    connect(m_filter, &QLineEdit::returnPressed, this,
            [this] { m_proxy->setText(m_filter->text()); });
    connect(m_stateBox, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStateFilter(DomainFilterProxy::StateFilter(m_stateBox->currentData().toInt()));
    });

    m_view = new QTreeView(central);
    m_view->setObjectName(QStringLiteral("domainTree"));
    m_view->setAccessibleName(tr("Hosts and domains"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DomainTreeModel::NameColumn, Qt::AscendingOrder);
    m_view->setAllColumnsShowFocus(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegateForColumn(DomainTreeModel::CpuColumn,
                                     new SparklineDelegate(DomainTreeModel::CpuHistoryRole,
                                                           DomainTreeModel::HistoryLength, m_view));
    layoutColumns();
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { scheduleUpdateActions(); });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex src = m_proxy->toTree(index);
        if (m_model->isHost(src)) {
            HostSession *s = m_model->hostAt(src);
            if (s && s->state() == HostState::Disconnected)
                s->connectToHost();
            return;
        }
        HostSession *s = m_model->hostAt(src);
        auto d = m_model->domainAt(src);
        if (d && s && s->state() == HostState::Connected)
            Q_EMIT openDomainRequested(s, d->uuid);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
}

void MainWindow::createEmptyHint(QWidget *central, QVBoxLayout *layout)
{
    // With no host to show (a first run without a local libvirtd, or every host down), say
    // where to go from here: a connection, or the demo host when the user asks for it.
    m_emptyHint = new QWidget(central);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    auto *row = new QHBoxLayout(m_emptyHint);
    row->setContentsMargins(0, 4, 0, 4);
    auto *text = new QLabel(tr("No host is connected. Add a connection to a libvirt host, or "
                               "look around on the demo host: simulated, with no real VMs."),
                            m_emptyHint);
    text->setWordWrap(true);
    text->setAccessibleName(tr("No host is connected"));
    auto *add = new QPushButton(tr("Add &Connection…"), m_emptyHint);
    add->setAccessibleName(tr("Add a connection to a host"));
    connect(add, &QPushButton::clicked, this, [this] { Q_EMIT addConnectionRequested(); });
    auto *demo = new QPushButton(tr("Show the &Demo Host"), m_emptyHint);
    demo->setObjectName(QStringLiteral("showDemo"));
    demo->setAccessibleName(tr("Show the demo host (simulated, no real VMs)"));
    connect(demo, &QPushButton::clicked, this, [this] { Q_EMIT demoRequested(); });
    row->addWidget(text, 1);
    row->addWidget(add);
    row->addWidget(demo);
    layout->addWidget(m_emptyHint);
    m_emptyHint->hide();
}

void MainWindow::setStatsInterval(int ms)
{
    for (QAction *a : m_statsGroup->actions())
        a->setChecked(a->data().toInt() == ms);
}

QList<QPair<HostSession *, DomainInfo>> MainWindow::selectedDomains() const
{
    QList<QPair<HostSession *, DomainInfo>> out;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    for (const QModelIndex &proxyIndex : rows) {
        const QModelIndex src = m_proxy->toTree(proxyIndex);
        if (auto d = m_model->domainAt(src))
            out.append({m_model->hostAt(src), *d});
    }
    return out;
}

HostSession *MainWindow::currentHost() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        return m_model->hostAt(m_proxy->toTree(current));
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    if (!rows.isEmpty())
        return m_model->hostAt(m_proxy->toTree(rows.first()));
    const auto hosts = m_model->hosts();
    return hosts.size() == 1 ? hosts.first() : nullptr;
}

void MainWindow::selectDomain(HostSession *session, const QString &uuid)
{
    const QModelIndex src = m_model->indexOf(session, uuid);
    const QModelIndex idx = m_proxy->fromTree(src);
    if (!idx.isValid())
        return;
    m_view->setCurrentIndex(idx);
    m_view->selectionModel()->select(idx, QItemSelectionModel::ClearAndSelect |
                                              QItemSelectionModel::Rows);
    m_view->scrollTo(idx);
}

QString MainWindow::countText(int visible, int total)
{
    if (visible != total)
        return total == 1 ? tr("%1 of 1 domain").arg(visible)
                          : tr("%1 of %2 domains").arg(visible).arg(total);
    return total == 1 ? tr("1 domain") : tr("%1 domains").arg(total);
}

void MainWindow::selectHost(HostSession *session)
{
    const QModelIndex idx = m_proxy->fromTree(m_model->indexOf(session));
    if (!idx.isValid())
        return;
    m_view->setCurrentIndex(idx);
    m_view->selectionModel()->select(idx, QItemSelectionModel::ClearAndSelect |
                                              QItemSelectionModel::Rows);
    m_view->scrollTo(idx);
}

void MainWindow::scheduleUpdateActions()
{
    if (m_updatePending)
        return;
    m_updatePending = true;
    QTimer::singleShot(0, this, [this] {
        m_updatePending = false;
        updateActions();
    });
}

void MainWindow::updateActions()
{
    const auto domains = selectedDomains();
    QList<DomainTarget> targets;
    targets.reserve(domains.size());
    bool anyConnected = false;
    for (const auto &[session, info] : domains) {
        targets.append({session, info});
        anyConnected |= session->state() == HostState::Connected;
    }
    m_domainActions->setTargets(targets);
    action(Action::Open)->setEnabled(anyConnected);
    action(Action::ViewXml)->setEnabled(domains.size() == 1 && anyConnected);
    action(Action::Clone)->setEnabled(domains.size() == 1 && anyConnected);
    action(Action::CloneMany)->setEnabled(domains.size() == 1 && anyConnected);
    action(Action::Migrate)->setEnabled(canMigrate());

    bool anyUp = false;
    for (HostSession *s : m_model->hosts())
        anyUp |= s->state() != HostState::Disconnected;
    m_emptyHint->setVisible(!anyUp);

    HostSession *host = currentHost();
    const bool connected = host && host->state() == HostState::Connected;
    action(Action::NewVm)->setEnabled(true);
    action(Action::DefineXml)->setEnabled(connected);
    action(Action::ConnectHost)->setEnabled(host && host->state() == HostState::Disconnected);
    action(Action::DisconnectHost)->setEnabled(host && host->state() != HostState::Disconnected);
    action(Action::RemoveHost)->setEnabled(host);
    action(Action::HostDetails)->setEnabled(host);
    action(Action::SetLabel)->setEnabled(host);
    QAction *autoconnect = action(Action::Autoconnect);
    autoconnect->setEnabled(host);
    {
        const QSignalBlocker block(autoconnect);
        autoconnect->setChecked(host && m_autoconnectLookup && m_autoconnectLookup(host));
    }

    int visible = m_proxy->isFlat() ? m_proxy->rowCount() : 0;
    for (int row = 0; !m_proxy->isFlat() && row < m_proxy->rowCount(); ++row)
        visible += m_proxy->rowCount(m_proxy->index(row, 0));
    const int total = m_model->domainCount();
    m_countLabel->setText(countText(visible, total));
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    if (m_model->isHost(m_proxy->toTree(index))) {
        menu.addAction(action(Action::ConnectHost));
        menu.addAction(action(Action::DisconnectHost));
        menu.addAction(action(Action::Autoconnect));
        menu.addSeparator();
        menu.addAction(action(Action::NewVm));
        menu.addAction(action(Action::DefineXml));
        menu.addSeparator();
        menu.addAction(action(Action::HostDetails));
        menu.addAction(action(Action::SetLabel));
        menu.addAction(action(Action::RemoveHost));
    } else {
        menu.addAction(action(Action::Open));
        menu.addSeparator();
        m_domainActions->addToMenu(&menu);
        menu.addSeparator();
        menu.addAction(action(Action::Migrate));
        menu.addAction(action(Action::ViewXml));
        menu.addAction(action(Action::Clone));
        menu.addAction(action(Action::CloneMany));
        menu.addAction(action(Action::Delete));
        if (m_proxy->isFlat()) {
            // No host rows to right-click: the row's host is here.
            menu.addSeparator();
            menu.addAction(action(Action::HostDetails));
            menu.addAction(action(Action::SetLabel));
        }
    }
    updateActions();
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Vireo
