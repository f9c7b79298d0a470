// SPDX-License-Identifier: GPL-2.0-or-later
// The manager's status bar and Messages dock: the newest line of the shared log, the problems
// counter, and the note that stays while a host is slow to connect (MainWindow's members).
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "ui/common/messagelog.h"
#include "ui/common/messagelogview.h"
#include "ui/manager/mainwindow.h"

#include <QDockWidget>
#include <QLabel>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

namespace Vireo {

void MainWindow::createMessageDock()
{
    m_messageDock = new QDockWidget(tr("Messages"), this);
    m_messageDock->setObjectName(QStringLiteral("MessagesDock"));
    MessageLog *log = MessageLog::instance();
    m_messages = new MessageLogView(log, m_messageDock);
    m_messageDock->setWidget(m_messages);
    m_messageDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, m_messageDock);
    m_messageDock->hide();

    m_messageButton = new QToolButton(this);
    m_messageButton->setAutoRaise(true);
    m_messageButton->setAccessibleName(tr("Show messages"));
    m_messageButton->setText(tr("Messages"));
    m_messageButton->hide();
    connect(m_messageButton, &QToolButton::clicked, this, [this] {
        m_messageDock->show();
        m_messageDock->raise();
        m_errorCount = 0;
        m_messageButton->hide();
    });
    statusBar()->addPermanentWidget(m_messageButton);
    m_connectingNote = new QLabel(this);
    m_connectingNote->setObjectName(QStringLiteral("connectingNote"));
    m_connectingNote->setAccessibleName(tr("Slow connection"));
    // A normal widget: the log's passing lines cover it for their few seconds, then it shows
    // again (QStatusBar hides and shows it); empty, it takes no room.
    statusBar()->addWidget(m_connectingNote, 1);
    // Whatever window wrote it, the newest line shows here too.
    connect(log, &MessageLog::added, this, &MainWindow::onLogged);
}

void MainWindow::onLogged(const LogEntry &entry)
{
    statusBar()->showMessage(entry.text, entry.isError() ? 15000 : 6000);
    if (entry.isError() && !m_messageDock->isVisible()) {
        ++m_errorCount;
        m_messageButton->setText(m_errorCount == 1 ? tr("1 problem")
                                                   : tr("%1 problems").arg(m_errorCount));
        m_messageButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        m_messageButton->show();
    }
}

void MainWindow::showMessage(const QString &text, bool error)
{
    if (error)
        MessageLog::instance()->error(text);
    else
        MessageLog::instance()->info(text);
}

void MainWindow::updateConnectingNote()
{
    // Said for as long as it lasts, not as a message that times out.
    QStringList slow;
    for (HostSession *s : m_model->hosts())
        if (s->state() == HostState::Connecting && s->isSlowToConnect())
            slow << s->displayName();
    m_connectingNote->setText(slow.isEmpty() ? QString()
                                             : tr("Connecting to %1: %2")
                                                   .arg(slow.join(QStringLiteral(", ")),
                                                        HostSession::slowConnectionNote()));
}

} // namespace Vireo
