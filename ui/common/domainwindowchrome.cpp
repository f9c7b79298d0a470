// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/common/domainwindowchrome.h"

#include "ui/common/domainactionset.h"
#include "ui/common/shutdownwatcher.h"
#include "ui/common/stateicons.h"
#include "ui/common/toolbarnames.h"
#include "ui/common/windowroutes.h"
#include "widgets/errorstyle.h"

#include <QAction>
#include <QActionGroup>
#include <QBoxLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStyle>
#include <QToolBar>

namespace Vireo {

DomainWindowChrome::DomainWindowChrome(QWidget *window, HostSession *session,
                                       const QString &uuidOrName)
    : QObject(window)
    , m_window(window)
    , m_actions(new DomainActionSet(window))
    , m_menuBar(new QMenuBar(window))
    , m_toolBar(new QToolBar(tr("Domain toolbar"), window))
{
    m_actions->followDomain(session, uuidOrName);

    QStyle *st = window->style();
    m_console =
        new QAction(themedIcon("utilities-terminal", QStyle::SP_DesktopIcon), tr("&Console"), this);
    m_console->setToolTip(tr("Show the graphical console"));
    m_details = new QAction(themedIcon("document-properties", QStyle::SP_FileDialogInfoView),
                            tr("&Details"), this);
    m_details->setToolTip(tr("Show the virtual hardware details"));
    auto *views = new QActionGroup(this);
    for (QAction *a : {m_console, m_details}) {
        a->setCheckable(true);
        views->addAction(a);
    }
    connect(m_console, &QAction::triggered, this, &DomainWindowChrome::consoleChosen);
    connect(m_details, &QAction::triggered, this, &DomainWindowChrome::detailsChosen);

    m_manager = new QAction(st->standardIcon(QStyle::SP_ComputerIcon), tr("View &Manager"), this);
    m_manager->setToolTip(tr("Show the manager window with every host and domain"));
    m_manager->setEnabled(bool(WindowRoutes::get().showManager));
    connect(m_manager, &QAction::triggered, this, [] {
        if (WindowRoutes::get().showManager)
            WindowRoutes::get().showManager();
    });
    m_close = new QAction(tr("&Close"), this);
    m_close->setShortcut(QKeySequence::Close);
    connect(m_close, &QAction::triggered, window, &QWidget::close);
    m_quit = WindowRoutes::createQuitAction(window);
    window->addAction(m_close);

    QMenu *file = m_menuBar->addMenu(tr("&File"));
    file->addAction(m_manager);
    file->addSeparator();
    file->addAction(m_close);
    file->addAction(m_quit);
    QMenu *vm = m_menuBar->addMenu(tr("&Virtual Machine"));
    m_actions->addToMenu(vm);
    vm->addSeparator();
    vm->addAction(m_actions->action(DomainActionSet::Id::Delete));
    QMenu *view = m_menuBar->addMenu(tr("Vie&w"));
    view->addAction(m_console);
    view->addAction(m_details);

    m_toolBar->setObjectName(QStringLiteral("DomainToolBar"));
    m_toolBar->setAccessibleName(tr("Domain toolbar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_actions->addToToolBar(m_toolBar);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_console);
    m_toolBar->addAction(m_details);
    nameToolBarExtension(m_toolBar);
    createShutdownNotice(session);
}

void DomainWindowChrome::createShutdownNotice(HostSession *session)
{
    // Said where the user looks when the guest does not go down: right under the toolbar.
    m_notice = new QWidget(m_window);
    m_notice->setObjectName(QStringLiteral("shutdownNotice"));
    auto *row = new QHBoxLayout(m_notice);
    row->setContentsMargins(6, 2, 6, 2);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setWordWrap(true);
    m_noticeText->setStyleSheet(ErrorStyle::warningStyleSheet());
    m_noticeText->setAccessibleName(tr("Shut Down was ignored"));
    auto *forceOff = new QPushButton(tr("&Force Off…"), m_notice);
    forceOff->setAccessibleName(tr("Force off the domain that ignored Shut Down"));
    row->addWidget(m_noticeText, 1);
    row->addWidget(forceOff);
    m_notice->hide();
    connect(forceOff, &QPushButton::clicked, this, [this] {
        if (!m_actions->targets().isEmpty())
            m_actions->forceOff(m_actions->targets().first());
    });
    watchShutdowns(session);
    connect(m_actions, &DomainActionSet::targetsChanged, this, &DomainWindowChrome::updateNotice);
}

void DomainWindowChrome::watchShutdowns(HostSession *session)
{
    disconnect(m_watcherConnection);
    m_watcher = ShutdownWatcher::of(session);
    if (m_watcher)
        m_watcherConnection = connect(m_watcher, &ShutdownWatcher::ignoringChanged, this,
                                      &DomainWindowChrome::updateNotice);
    updateNotice();
}

void DomainWindowChrome::updateNotice()
{
    const QString uuid =
        m_actions->targets().isEmpty() ? QString() : m_actions->targets().first().info.uuid;
    const bool ignoring = m_watcher && !uuid.isEmpty() && m_watcher->isIgnoring(uuid);
    m_noticeText->setText(ignoring ? m_watcher->explanation(uuid) : QString());
    m_notice->setVisible(ignoring);
}

void DomainWindowChrome::followDomain(HostSession *session, const QString &uuid)
{
    m_actions->followDomain(session, uuid);
    watchShutdowns(session);
}

void DomainWindowChrome::setShowingConsole(bool console)
{
    (console ? m_console : m_details)->setChecked(true);
}

void DomainWindowChrome::install(QBoxLayout *layout)
{
    layout->setMenuBar(m_menuBar);
    layout->insertWidget(0, m_toolBar);
    layout->insertWidget(1, m_notice);
}

} // namespace Vireo
