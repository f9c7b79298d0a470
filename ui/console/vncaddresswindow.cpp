// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/console/vncaddresswindow.h"

#include "ui/console/consolesettings.h"
#include "vnc/vncconsole.h"

#include <QAction>
#include <QHash>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QVBoxLayout>

namespace Vireo {

namespace {
QHash<QString, QPointer<VncAddressWindow>> &openWindows()
{
    static QHash<QString, QPointer<VncAddressWindow>> windows;
    return windows;
}
} // namespace

VncAddressWindow *VncAddressWindow::open(const VncAddress &address)
{
    if (QPointer<VncAddressWindow> w = openWindows().value(address.displayText())) {
        if (!address.password.isEmpty())
            w->m_console->setPassword(address.password);
        w->show();
        w->raise();
        w->activateWindow();
        return w;
    }
    auto *w = new VncAddressWindow(address);
    w->show();
    return w;
}

VncAddressWindow::VncAddressWindow(const VncAddress &address, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_address(address)
    , m_console(new VncConsole(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 – VNC").arg(address.displayText()));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_console);
    buildMenus();
    layout->setMenuBar(m_menuBar);
    ConsoleSettings::followPreferences(m_console); // scaling and grab keys, as every console
    resize(1024, 800);
    if (!m_address.password.isEmpty())
        m_console->setPassword(m_address.password);
    m_address.password.clear(); // the console has it; nothing else keeps it
    m_console->connectToHost(m_address.host, m_address.port);
    openWindows().insert(m_address.displayText(), this);
}

void VncAddressWindow::buildMenus()
{
    // The console's own actions, so that the menus and its toolbar stay one state (checked
    // scaling, screenshot enabled only while a screen is shown).
    m_menuBar = new QMenuBar(this);
    m_menuBar->setAccessibleName(tr("Menu bar"));
    m_fileMenu = m_menuBar->addMenu(tr("&File"));
    m_fileMenu->setAccessibleName(tr("File"));
    m_fileMenu->addAction(m_console->screenshotAction());
    m_fileMenu->addSeparator();
    QAction *close = m_fileMenu->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    addAction(close);

    m_sendKeyMenu = m_menuBar->addMenu(tr("&Send Key"));
    m_sendKeyMenu->setAccessibleName(tr("Send Key"));
    m_sendKeyMenu->addActions(m_console->sendKeyMenu()->actions());
    // Like the toolbar's button: only while a screen is shown.
    auto follow = [this] { m_sendKeyMenu->setEnabled(m_console->sendKeyAction()->isEnabled()); };
    connect(m_console->sendKeyAction(), &QAction::changed, this, follow);
    follow();

    m_viewMenu = m_menuBar->addMenu(tr("&View"));
    m_viewMenu->setAccessibleName(tr("View"));
    m_viewMenu->addAction(m_console->fitAction());
    m_viewMenu->addAction(m_console->oneToOneAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_console->fullScreenAction());
}

VncAddressWindow::~VncAddressWindow()
{
    openWindows().remove(m_address.displayText());
}

void VncAddressWindow::askAndOpen(QWidget *parent)
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        parent, tr("Open VNC Address"),
        tr("VNC address (vnc://host:port; the server asks for its password if it has one):"),
        QLineEdit::Normal, QStringLiteral("vnc://"), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const auto address = VncAddress::parse(text);
    if (!address) {
        QMessageBox::warning(parent, tr("Open VNC Address"), address.error().text());
        return;
    }
    open(address.value());
}

} // namespace Vireo
