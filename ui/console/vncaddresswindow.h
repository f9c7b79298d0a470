// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ui/console/vncaddress.h"

#include <QWidget>

namespace Vireo {

class VncConsole;

/// A console window for a bare VNC address (`vireo vnc://host:5901`, File > Open VNC Address…):
/// the same VncConsole as a domain's, with no libvirt connection at all. It asks for the password
/// when the server wants one (the address's ?password= is used first, and never shown or kept);
/// the title says the address. One per address: open() raises the one already open. GUI thread.
class VncAddressWindow : public QWidget
{
    Q_OBJECT
public:
    static VncAddressWindow *open(const VncAddress &address);

    explicit VncAddressWindow(const VncAddress &address, QWidget *parent = nullptr);
    ~VncAddressWindow() override;

    VncConsole *console() const { return m_console; }
    VncAddress address() const { return m_address; }

    /// Asks for an address (File > Open VNC Address…) and opens it; parent for the dialog.
    static void askAndOpen(QWidget *parent);

private:
    VncAddress m_address; ///< the password is cleared once it has been handed to the console
    VncConsole *m_console;
};

} // namespace Vireo
