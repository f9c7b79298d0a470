// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Vireo {

class HostSession;
struct GraphicsInfo;

/// The band above the console of a domain whose display is SPICE (as virt-manager makes them),
/// which Vireo's console cannot show: it says so and offers "Switch this VM to VNC", which
/// rewrites the definition's <graphics> (keeping its listen address and password) and takes
/// effect at the next start. Lives on the GUI thread.
class SpiceSwitchBar : public QWidget
{
    Q_OBJECT
public:
    SpiceSwitchBar(HostSession *session, QWidget *parent = nullptr);

    /// Shows the band for a domain with SPICE and no VNC display; hides it otherwise.
    void follow(const GraphicsInfo &info);

    /// The domain moved to session's host: a switch asked for from now on is made there.
    void setSession(HostSession *session)
    {
        m_session = session;
        m_done = false;
    }

    QPushButton *switchButton() const { return m_switch; }
    QLabel *label() const { return m_label; }

Q_SIGNALS:
    /// The definition was rewritten (ok) or could not be (message says why).
    void switched(bool ok, const QString &message);

private:
    void switchToVnc();

    QPointer<HostSession> m_session;
    QString m_uuid;
    QLabel *m_label;
    QPushButton *m_switch;
    bool m_done = false; ///< switched: VNC from the next start
};

} // namespace Vireo
