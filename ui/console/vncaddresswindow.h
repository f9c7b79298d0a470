// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ui/console/vncaddress.h"

#include <QWidget>

class QMenu;
class QMenuBar;

namespace Vireo {

class VncConsole;

/// A console window for a bare VNC address (`vireo vnc://host:5901`, File > Open VNC Address…):
/// the same VncConsole as a domain's, with no libvirt connection at all. It asks for the password
/// when the server wants one (the address's ?password= is used first, and never shown or kept);
/// the title says the address. Its menus hold what makes sense without libvirt: File (Save
/// Screenshot…, Close), Send Key and View (Fit, 1:1, Full Screen), the console's own actions. One
/// per address: open() raises the one already open. GUI thread.
class VncAddressWindow : public QWidget
{
    Q_OBJECT
public:
    static VncAddressWindow *open(const VncAddress &address);

    explicit VncAddressWindow(const VncAddress &address, QWidget *parent = nullptr);
    ~VncAddressWindow() override;

    VncConsole *console() const { return m_console; }
    VncAddress address() const { return m_address; }
    QMenuBar *menuBar() const { return m_menuBar; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *sendKeyMenu() const { return m_sendKeyMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }

    /// Asks for an address (File > Open VNC Address…) and opens it; parent for the dialog.
    static void askAndOpen(QWidget *parent);

private:
    void buildMenus();

    VncAddress m_address; ///< the password is cleared once it has been handed to the console
    VncConsole *m_console;
    QMenuBar *m_menuBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_sendKeyMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
};

} // namespace Vireo
