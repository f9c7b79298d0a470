// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/console/vncaddresswindow.h"

#include "vnc/vncconsole.h"

#include <QHash>
#include <QInputDialog>
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
    resize(1024, 800);
    if (!m_address.password.isEmpty())
        m_console->setPassword(m_address.password);
    m_address.password.clear(); // the console has it; nothing else keeps it
    m_console->connectToHost(m_address.host, m_address.port);
    openWindows().insert(m_address.displayText(), this);
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
