// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/types.h"
#include "core/console/graphics.h"
#include "core/console/textconsole.h"
#include "core/session/hostsession.h"
#include "vnc/vncconnection.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTimer;

namespace Vireo {

class HostSession;
struct ConsoleRoute;
class SpiceSwitchBar;
class SshTunnel;
class TextConsolePane;
class VncConsole;
struct DomainConsoles;

/// The console of one domain: finds its VNC display through core (virDomainOpenGraphicsFD on
/// local hosts; on remote hosts an `ssh -W` tunnel when libvirt reaches the host over SSH, unless
/// the user turned that off for the host, else the graphics port, with a warning in the bar when
/// that crosses a network unencrypted: see ConsoleRoute), shows it in a VncConsole, says why when
/// it cannot (guest not running, no VNC display, password), reconnects when the guest starts again
/// and retries a dropped connection while the guest runs. GUI thread.
class ConsolePage : public QWidget
{
    Q_OBJECT
public:
    /// uuidOrName: the domain's UUID (a name also works; the UUID is learnt on first contact).
    ConsolePage(HostSession *session, const QString &uuidOrName, QWidget *parent = nullptr);
    ~ConsolePage() override;

    SpiceSwitchBar *spiceBar() const { return m_spiceBar; }
    VncConsole *console() const { return m_console; }
    QString domainUuid() const { return m_uuid; }
    QString domainName() const { return m_name; }

    /// (Re)connects now.
    void reconnect();
    /// The domain moved to destination (it migrated): the console lets go of the old host and
    /// connects there by itself, graphical or the text console that was shown, and says so.
    void followTo(HostSession *destination);
    HostSession *session() const { return m_session; }
    /// "Moved to B — reconnecting…", then "Moved from A to B."; hidden until a move.
    QLabel *movedNotice() const { return m_moved; }
    /// Connects the console along route (reconnect() decides the route once core has described
    /// the display; tests give one of their own). graphicsIndex: for a Local route.
    void connectAlong(const ConsoleRoute &route, int graphicsIndex = 0);
    /// The checkable "Tunnel Through SSH" item of the Connection menu (a per-host setting).
    QAction *tunnelAction() const { return m_tunnelAction; }

    /// The console selector: Graphical, Serial 0, Serial 1, Console 0..., as the domain has them
    /// (hidden while it has only the graphical one). A domain without graphics shows its first
    /// serial console by itself.
    QComboBox *consoleSelector() const { return m_selector; }
    /// The pane of the text console the selector shows, or null for the graphical one.
    TextConsolePane *currentTextConsole() const;
    /// Shows the console at the selector's index (0: graphical).
    void selectConsole(int index);

Q_SIGNALS:
    /// The domain's name became known (for window titles).
    void domainNameChanged(const QString &name);

private:
    /// The domain's UUID is known now: its remembered console choices apply.
    void learnUuid(const QString &uuid);
    void onDomainChanged(const DomainInfo &domain);
    void onConsoleState(VncConnection::State state);
    void onInfo(const GraphicsInfo &info);
    void scheduleRetry();
    void buildConnectionMenu();
    /// The domain's name once known (its UUID or the name it was opened with before).
    QString displayName() const;
    QString noDisplaysSentence() const;
    void openTunnel(const QString &host, int port);
    void closeTunnel();
    void showTunnelFailure();
    void buildSelector();
    void onConsolesListed(const DomainConsoles &consoles);
    void watchSession();
    /// The console reached the host the domain moved to.
    void movedAndConnected();

    QPointer<HostSession> m_session;
    QString m_uuid;
    QString m_name;
    VncConsole *m_console;
    SpiceSwitchBar *m_spiceBar = nullptr;
    QWidget *m_selectorBar = nullptr;
    QComboBox *m_selector = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_moved = nullptr;
    QString m_movedFrom;       ///< the host it left, while reconnecting after a move
    QString m_followSelection; ///< the text console shown before a move, chosen again after it
    QList<TextConsolePane *> m_textPanes; ///< selector index - 1; created when first shown
    QStringList m_textAliases;            ///< the listed consoles' aliases, in selector order
    QString m_textUuid;                   ///< the domain's UUID, as the consoles' listing said
    bool m_consolesListed = false;
    QTimer *m_retryTimer;
    SshTunnel *m_tunnel = nullptr; ///< the ssh -W of a remote console, if one runs
    QAction *m_tunnelAction = nullptr;
    int m_retries = 0;
    bool m_busy = false;             ///< a request to core is in flight
    bool m_reconnectPending = false; ///< reconnect() was called while busy
    bool m_triedSecurePassword = false;
    bool m_guestRunning = true; ///< until told otherwise
    bool m_uuidKnown = false;   ///< m_uuid is the UUID (it may start as a name)
};

} // namespace Vireo
