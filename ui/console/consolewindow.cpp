// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/console/consolewindow.h"

#include "core/session/hostsession.h"
#include "ui/common/domainactionset.h"
#include "ui/common/domainwindowchrome.h"
#include "ui/common/windowroutes.h"
#include "ui/console/consolepage.h"
#include "vnc/vncconsole.h"

#include <QHash>
#include <QVBoxLayout>

namespace Vireo {

namespace {

QHash<QString, QPointer<ConsoleWindow>> &openWindows()
{
    static QHash<QString, QPointer<ConsoleWindow>> windows;
    return windows;
}

QString keyFor(HostSession *session, const QString &id)
{
    return session->uri() + QLatin1Char('\n') + id;
}

} // namespace

ConsoleWindow *ConsoleWindow::showFor(HostSession *session, const QString &uuidOrName)
{
    // Known by the name or UUID it was opened with, or by the UUID learnt since: on this host
    // only (two hosts can hold the same UUID, the source and the destination of a migration).
    for (const QPointer<ConsoleWindow> &w : std::as_const(openWindows())) {
        if (w && w->m_page && w->m_page->session() == session &&
            w->m_page->domainUuid().compare(uuidOrName, Qt::CaseInsensitive) == 0) {
            w->show();
            w->raise();
            w->activateWindow();
            return w;
        }
    }
    if (QPointer<ConsoleWindow> w = openWindows().value(keyFor(session, uuidOrName))) {
        w->show();
        w->raise();
        w->activateWindow();
        return w;
    }
    auto *w = new ConsoleWindow(session, uuidOrName);
    w->show();
    return w;
}

ConsoleWindow *ConsoleWindow::find(HostSession *session, const QString &uuid)
{
    for (const QPointer<ConsoleWindow> &w : std::as_const(openWindows()))
        if (w && w->m_page && w->m_page->session() == session &&
            w->m_page->domainUuid().compare(uuid, Qt::CaseInsensitive) == 0)
            return w;
    return nullptr;
}

void ConsoleWindow::followTo(HostSession *destination)
{
    if (!destination || destination == m_page->session())
        return;
    const QString uuid = m_page->domainUuid();
    openWindows().remove(m_key);
    m_key = keyFor(destination, uuid);
    openWindows().insert(m_key, this);
    m_chrome->followDomain(destination, uuid);
    m_page->followTo(destination);
    watchHostName();
    updateTitle();
}

ConsoleWindow::ConsoleWindow(HostSession *session, const QString &uuidOrName, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_key(keyFor(session, uuidOrName))
    , m_page(new ConsolePage(session, uuidOrName, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 on %2 – Console").arg(uuidOrName, session->displayName()));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
    m_chrome = new DomainWindowChrome(this, session, uuidOrName);
    m_chrome->install(layout);
    m_chrome->setShowingConsole(true);
    // This window is the console; Details opens the details window beside it.
    m_chrome->detailsAction()->setEnabled(bool(WindowRoutes::get().showDetails));
    connect(m_chrome, &DomainWindowChrome::detailsChosen, this, [this] {
        m_chrome->setShowingConsole(true);
        if (WindowRoutes::get().showDetails && m_page->session())
            WindowRoutes::get().showDetails(m_page->session(), m_page->domainUuid());
    });
    resize(1024, 800);
    connect(m_page, &ConsolePage::domainNameChanged, this, &ConsoleWindow::updateTitle);
    // The state with its reason, kept current by the chrome's actions ("Shut off (crashed)").
    connect(m_chrome->actions(), &DomainActionSet::targetsChanged, this,
            &ConsoleWindow::updateTitle);
    watchHostName();
    openWindows().insert(m_key, this);
}

void ConsoleWindow::watchHostName()
{
    disconnect(m_labelConnection);
    if (HostSession *s = m_page->session())
        m_labelConnection =
            connect(s, &HostSession::labelChanged, this, &ConsoleWindow::updateTitle);
}

void ConsoleWindow::updateTitle()
{
    const QList<DomainTarget> targets = m_chrome->actions()->targets();
    const QString name =
        m_page->domainName().isEmpty() ? m_key.section(QLatin1Char('\n'), 1) : m_page->domainName();
    // The host by its label when it has one: the same name on two hosts is two windows.
    const QString host = m_page->session() ? m_page->session()->displayName() : QString();
    if (targets.isEmpty()) {
        setWindowTitle(tr("%1 on %2 – Console").arg(name, host));
        return;
    }
    setWindowTitle(tr("%1 on %2 – %3 – Console").arg(name, host, targets.first().info.stateText()));
}

ConsoleWindow::~ConsoleWindow()
{
    openWindows().remove(m_key);
}

} // namespace Vireo
