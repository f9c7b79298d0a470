// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/console/consolepage.h"

#include "ui/console/spiceswitchbar.h"

#include "core/commandlog/commandlog.h"
#include "core/common/uri.h"
#include "core/console/sshtunnel.h"
#include "core/session/hostsession.h"
#include "ui/common/toolbarnames.h"
#include "ui/console/consoleroute.h"
#include "ui/console/consolesettings.h"
#include "ui/console/textconsolepane.h"
#include "vnc/vncconsole.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace Vireo {

ConsolePage::ConsolePage(HostSession *session, const QString &uuidOrName, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_uuid(uuidOrName)
    , m_console(new VncConsole(this))
    , m_retryTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildSelector();
    m_moved = new QLabel(this);
    m_moved->setObjectName(QStringLiteral("consoleMovedNotice"));
    m_moved->setWordWrap(true);
    m_moved->setContentsMargins(6, 3, 6, 3);
    m_moved->setAccessibleName(tr("Console moved to another host"));
    m_moved->hide();
    layout->addWidget(m_moved);
    layout->addWidget(m_selectorBar);
    m_spiceBar = new SpiceSwitchBar(session, this);
    layout->addWidget(m_spiceBar);
    layout->addWidget(m_stack, 1);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ConsolePage::reconnect);
    ConsoleSettings::followPreferences(m_console);
    connect(m_console, &VncConsole::reconnectRequested, this, &ConsolePage::reconnect);
    connect(m_console, &VncConsole::stateChanged, this, &ConsolePage::onConsoleState);
    // The command log: the keys went over our VNC connection, virsh send-key does the same.
    connect(m_console, &VncConsole::keyCombinationSent, this, [this](const QStringList &keys) {
        if (!m_session)
            return;
        const QString name = m_name.isEmpty() ? m_uuid : m_name;
        CommandLog::record(
            m_session->uri(), name,
            EquivalentCommands::sendKey(name, keys, 0, EquivalentCommands::KeyPath::Vnc));
    });
    buildConnectionMenu();
    // The guest's clipboard is remembered per domain: the choice waits for the UUID.
    m_console->guestClipboardAction()->setEnabled(false);
    connect(m_console, &VncConsole::guestClipboardToggled, this, [this](bool accept) {
        if (m_session && m_uuidKnown)
            ConsoleSettings::setAcceptsGuestClipboard(m_session->uri(), m_uuid, accept);
    });
    watchSession();
    reconnect();
}

ConsolePage::~ConsolePage() = default;

void ConsolePage::watchSession()
{
    HostSession *session = m_session;
    if (!session)
        return;
    connect(session, &HostSession::domainChanged, this, &ConsolePage::onDomainChanged);
    connect(session, &HostSession::domainRemoved, this, [this](const QString &uuid) {
        if (uuid != m_uuid)
            return;
        m_console->disconnectFromServer();
        m_console->setSecurityWarning(QString());
        closeTunnel();
        m_console->showMessage(tr("The domain was deleted"), QString(), false);
        // A migration that undefines the source removes it here first: the text console shown
        // is the one to choose again if it turns up on another host.
        if (m_selector->currentIndex() > 0)
            m_followSelection = m_selector->currentText();
        selectConsole(0);
    });
    connect(session, &HostSession::stateChanged, this, [this](HostState state) {
        if (state == HostState::Connected &&
            m_console->connection()->state() != VncConnection::State::Connected)
            reconnect();
    });
}

void ConsolePage::followTo(HostSession *destination)
{
    if (!destination || destination == m_session)
        return;
    const QString from = m_session ? m_session->displayName() : QString();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_retryTimer->stop();
    m_console->disconnectFromServer();
    m_console->setSecurityWarning(QString());
    closeTunnel();
    // The text consoles' streams were the old host's: panes open anew on the new one, and the
    // console that was shown is chosen again once the new host lists it.
    if (m_selector->currentIndex() > 0)
        m_followSelection = m_selector->currentText();
    m_selector->setCurrentIndex(0);
    m_stack->setCurrentWidget(m_console);
    while (m_selector->count() > 1)
        m_selector->removeItem(1);
    for (TextConsolePane *pane : std::as_const(m_textPanes))
        delete pane;
    m_textPanes.clear();
    m_textAliases.clear();
    m_session = destination;
    m_spiceBar->setSession(destination);
    const bool ssh = Ssh::usesSshTransport(destination->uri());
    m_tunnelAction->setEnabled(ssh);
    m_tunnelAction->setChecked(ssh && ConsoleSettings::tunnelsSsh(destination->uri()));
    m_retries = 0;
    m_triedSecurePassword = false;
    m_guestRunning = true;
    m_movedFrom = from;
    m_moved->setText(tr("Moved to %1 — reconnecting…").arg(destination->displayName()));
    m_moved->show();
    watchSession();
    reconnect();
}

void ConsolePage::movedAndConnected()
{
    if (m_movedFrom.isNull() || !m_session)
        return;
    m_moved->setText(tr("Moved from %1 to %2.").arg(m_movedFrom, m_session->displayName()));
    m_movedFrom = QString();
}

void ConsolePage::buildSelector()
{
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_console);
    m_selectorBar = new QWidget(this);
    auto *bar = new QHBoxLayout(m_selectorBar);
    bar->setContentsMargins(6, 3, 6, 3);
    auto *label = new QLabel(tr("C&onsole:"), m_selectorBar);
    m_selector = new QComboBox(m_selectorBar);
    m_selector->setAccessibleName(tr("Console"));
    m_selector->setToolTip(tr("The graphical console, or a serial port or text console"));
    m_selector->addItem(tr("Graphical"));
    label->setBuddy(m_selector);
    bar->addWidget(label);
    bar->addWidget(m_selector);
    bar->addStretch(1);
    // Only worth the room when there is something to choose.
    m_selectorBar->hide();
    connect(m_selector, &QComboBox::activated, this, &ConsolePage::selectConsole);
}

TextConsolePane *ConsolePage::currentTextConsole() const
{
    const int index = m_selector->currentIndex();
    return index > 0 && index <= m_textPanes.size() ? m_textPanes.at(index - 1) : nullptr;
}

void ConsolePage::selectConsole(int index)
{
    if (index < 0 || index >= m_selector->count())
        return;
    m_selector->setCurrentIndex(index);
    if (index == 0) {
        if (m_stack->currentWidget() != m_console) {
            m_stack->setCurrentWidget(m_console);
            m_retries = 0;
            reconnect();
        }
        return;
    }
    m_retryTimer->stop();
    m_console->disconnectFromServer();
    m_console->setSecurityWarning(QString());
    closeTunnel();
    TextConsolePane *&pane = m_textPanes[index - 1];
    if (!pane) {
        DomainTextConsole info = m_selector->itemData(index).value<DomainTextConsole>();
        pane = new TextConsolePane(m_session, m_textUuid, info, m_stack);
        m_stack->addWidget(pane);
        connect(pane->console(), &TextConsole::stateChanged, this,
                [this](TextConsole::State state) {
                    if (state == TextConsole::State::Connected)
                        movedAndConnected();
                });
    }
    m_stack->setCurrentWidget(pane);
    pane->start();
    if (isVisible())
        pane->setFocus(Qt::OtherFocusReason);
}

void ConsolePage::onConsolesListed(const DomainConsoles &consoles)
{
    const bool first = !m_consolesListed;
    m_consolesListed = true;
    m_textUuid = consoles.uuid;
    QStringList aliases;
    for (const DomainTextConsole &c : consoles.textConsoles)
        aliases << TextConsolePane::titleOf(c);
    // The open panes stay (and keep their scrollback) while the domain's consoles do not change.
    if (aliases != m_textAliases) {
        const int current = m_selector->currentIndex();
        const QString currentText = m_selector->currentText();
        while (m_selector->count() > 1)
            m_selector->removeItem(1);
        for (TextConsolePane *pane : std::as_const(m_textPanes))
            delete pane;
        m_textPanes.clear();
        for (const DomainTextConsole &c : consoles.textConsoles) {
            m_selector->addItem(TextConsolePane::titleOf(c), QVariant::fromValue(c));
            m_textPanes.append(nullptr);
        }
        m_textAliases = aliases;
        if (!m_followSelection.isEmpty()) {
            // After a move: the console that was shown on the old host.
            const int again = m_selector->findText(std::exchange(m_followSelection, {}));
            selectConsole(again > 0 ? again : 0);
        } else {
            const int again = m_selector->findText(currentText);
            selectConsole(current > 0 && again > 0 ? again : 0);
        }
    }
    m_selectorBar->setVisible(!consoles.textConsoles.isEmpty());
    // No graphics but a serial port: what the user wants to see is the serial console.
    if (first && consoles.graphics.isEmpty() && !consoles.textConsoles.isEmpty())
        selectConsole(1);
}

void ConsolePage::buildConnectionMenu()
{
    auto *menu = new QMenu(tr("Connection"), this);
    m_tunnelAction = menu->addAction(tr("Tunnel Through SSH"));
    m_tunnelAction->setCheckable(true);
    const QString uri = m_session ? m_session->uri() : QString();
    const bool ssh = Ssh::usesSshTransport(uri);
    m_tunnelAction->setEnabled(ssh);
    m_tunnelAction->setChecked(ssh && ConsoleSettings::tunnelsSsh(uri));
    m_tunnelAction->setToolTip(
        ssh ? tr("Reach this host's consoles through an encrypted SSH tunnel, wherever the "
                 "display listens (remembered for the host)")
            : tr("Only for hosts that libvirt reaches over SSH"));
    connect(m_tunnelAction, &QAction::triggered, this, [this](bool on) {
        if (!m_session)
            return;
        ConsoleSettings::setTunnelsSsh(m_session->uri(), on);
        m_console->disconnectFromServer();
        closeTunnel();
        m_retries = 0;
        reconnect();
    });
    m_console->addToolBarMenu(menu, tr("Connection options"));
    nameToolBarExtension(m_console->toolBar());
}

void ConsolePage::reconnect()
{
    if (!m_session)
        return;
    if (m_busy) {
        // An answer on its way may already be stale (the guest just started): ask again after it.
        m_reconnectPending = true;
        return;
    }
    m_retryTimer->stop();
    if (m_session->state() != HostState::Connected) {
        // Opened with the application (--show-domain-console): wait for the host, then go on.
        m_console->showMessage(tr("Connecting to the host…"), m_session->stateReason(), false);
        return;
    }
    auto listConsoles = [this] {
        TextConsole::fetchConsoles(m_session, m_uuid, this, [this](Result<DomainConsoles> c) {
            if (c)
                onConsolesListed(c.value());
        });
    };
    if (currentTextConsole()) {
        // The graphical console waits while a text console is shown: it would only decode a
        // screen no one sees. Choosing Graphical again connects it.
        listConsoles();
        return;
    }
    m_busy = true;
    m_reconnectPending = false;
    listConsoles();
    m_console->showMessage(VncConnection::stateText(VncConnection::State::Connecting), QString(),
                           false);
    Graphics::fetchVncInfo(m_session, m_uuid, this, [this](Result<GraphicsInfo> info) {
        m_busy = false;
        if (m_reconnectPending) {
            reconnect();
            return;
        }
        if (!info) {
            m_console->showMessage(tr("The console is not available"),
                                   tr("Could not read the console settings of %1: %2")
                                       .arg(displayName(), info.error().message),
                                   true);
            return;
        }
        onInfo(info.value());
    });
}

void ConsolePage::learnUuid(const QString &uuid)
{
    if (uuid.isEmpty() || (m_uuidKnown && uuid == m_uuid))
        return;
    m_uuid = uuid;
    m_uuidKnown = true;
    m_console->setAcceptsGuestClipboard(
        ConsoleSettings::acceptsGuestClipboard(m_session->uri(), m_uuid));
    m_console->guestClipboardAction()->setEnabled(true);
}

void ConsolePage::onInfo(const GraphicsInfo &info)
{
    learnUuid(info.domainUuid);
    m_spiceBar->follow(info);
    if (info.domainName != m_name) {
        m_name = info.domainName;
        Q_EMIT domainNameChanged(m_name);
    }
    m_guestRunning = info.running;
    const QString uri = m_session->uri();
    const bool tunnel = ConsoleSettings::tunnelsSsh(uri);
    m_tunnelAction->setChecked(Ssh::usesSshTransport(uri) && tunnel);
    const ConsoleRoute route = ConsoleRoute::decide(uri, info.listen, info.port, tunnel);
    if (!info.hasVnc() || !info.running || route.kind == ConsoleRoute::Kind::NoDisplays) {
        m_console->setSecurityWarning(QString());
        closeTunnel();
        m_console->disconnectFromServer();
    }
    if (route.kind == ConsoleRoute::Kind::NoDisplays) {
        // Whatever its XML says, nothing listens: say so, not what libvirt answers when asked.
        m_console->showMessage(info.running ? tr("The console is not available")
                                            : tr("The guest is not running"),
                               noDisplaysSentence(), false);
        return;
    }
    if (!info.hasVnc()) {
        m_console->showMessage(tr("The console is not available"), info.unavailable, false);
        return;
    }
    if (!info.running) {
        m_console->showMessage(tr("The guest is not running"),
                               tr("The console appears when the guest starts."), false);
        return;
    }
    connectAlong(route, info.index);
}

QString ConsolePage::displayName() const
{
    return m_name.isEmpty() ? m_uuid : m_name;
}

QString ConsolePage::noDisplaysSentence() const
{
    return tr("%1 runs on libvirt's test driver, which has no real displays.").arg(displayName());
}

void ConsolePage::connectAlong(const ConsoleRoute &route, int graphicsIndex)
{
    using Kind = ConsoleRoute::Kind;
    if (currentTextConsole())
        return; // a text console was chosen meanwhile
    m_console->setSecurityWarning(QString());
    if (route.kind != Kind::Tunnel)
        closeTunnel();
    switch (route.kind) {
    case Kind::NoDisplays:
        m_console->disconnectFromServer();
        m_console->showMessage(tr("The console is not available"), noDisplaysSentence(), false);
        return;
    case Kind::Local:
        if (!m_session)
            return;
        m_busy = true;
        Graphics::openVncSocket(
            m_session, m_uuid, graphicsIndex, this, [this](Result<std::shared_ptr<OwnedFd>> fd) {
                m_busy = false;
                if (m_reconnectPending) {
                    reconnect(); // the socket closes with fd
                    return;
                }
                if (!fd) {
                    m_console->showMessage(tr("The console is not available"),
                                           tr("Could not open the console of %1: %2")
                                               .arg(displayName(), fd.error().message),
                                           true);
                    return;
                }
                if (currentTextConsole())
                    return; // a text console was chosen meanwhile; the socket closes with fd
                m_console->connection()->setLocal(true);
                m_console->connectToSocket(fd.value()->take());
            });
        return;
    case Kind::Tunnel:
        openTunnel(route.host, route.port);
        return;
    case Kind::Direct:
        if (route.unencrypted)
            m_console->setSecurityWarning(
                tr("Not encrypted: the screen and your keys cross the network in clear text"),
                tr("The console connects to %1 port %2 directly. VNC does not encrypt: anyone on "
                   "the network in between can watch the screen and read what you type. Reach "
                   "the host over SSH (for example qemu+ssh://) with \"Tunnel Through SSH\" "
                   "on.")
                    .arg(route.host)
                    .arg(route.port));
        m_console->connection()->setLocal(false);
        m_console->connectToHost(route.host, route.port);
        return;
    case Kind::Unreachable:
        m_console->disconnectFromServer();
        m_console->showMessage(tr("The console is not reachable from here"), route.reason, true);
        return;
    }
}

void ConsolePage::openTunnel(const QString &host, int port)
{
    closeTunnel();
    const auto command = Ssh::tunnelCommand(m_session->uri(), SshTunnelTarget{host, port});
    if (!command) {
        m_console->showMessage(tr("The console is not available"), command.error().text(), true);
        return;
    }
    auto *tunnel = new SshTunnel(this);
    m_tunnel = tunnel;
    connect(tunnel, &SshTunnel::finished, this, [this, tunnel](bool failed) {
        if (tunnel != m_tunnel || !failed)
            return; // a clean end: the console's own state says what happened
        if (m_console->connection()->state() != VncConnection::State::Connected) {
            m_console->disconnectFromServer();
            showTunnelFailure();
        }
    });
    const auto fd = tunnel->start(command.value());
    if (!fd) {
        m_console->showMessage(tr("The console is not available"), fd.error().text(), true);
        return;
    }
    m_console->connection()->setLocal(false);
    m_console->connectToSocket(fd.value());
}

void ConsolePage::closeTunnel()
{
    if (m_tunnel) {
        delete m_tunnel; // ends ssh
        m_tunnel = nullptr;
    }
}

void ConsolePage::showTunnelFailure()
{
    // ssh's own words (key refused, host key unknown, forwarding refused...) need a person, so
    // no automatic retry: the Reconnect button, or the host reconnecting, tries again.
    m_retryTimer->stop();
    m_console->showMessage(tr("The SSH tunnel to %1 failed").arg(Uri::host(m_session->uri())),
                           m_tunnel->failure(), true);
}

void ConsolePage::onDomainChanged(const DomainInfo &domain)
{
    if (domain.uuid != m_uuid && domain.name != m_uuid)
        return;
    learnUuid(domain.uuid);
    const bool running = isActive(domain.state);
    const bool wasRunning = m_guestRunning;
    m_guestRunning = running;
    const auto state = m_console->connection()->state();
    if (!running) {
        m_retryTimer->stop();
        m_console->disconnectFromServer();
        m_console->setSecurityWarning(QString());
        closeTunnel();
        const bool noDisplays =
            ConsoleRoute::decide(m_session ? m_session->uri() : QString(), QString(), -1, true)
                .kind == ConsoleRoute::Kind::NoDisplays;
        m_console->showMessage(tr("The guest is not running"),
                               noDisplays ? noDisplaysSentence()
                                          : tr("The console appears when the guest starts."),
                               false);
    } else if (!wasRunning || (state != VncConnection::State::Connected &&
                               state != VncConnection::State::Connecting &&
                               state != VncConnection::State::PasswordRequired &&
                               state != VncConnection::State::AuthenticationFailed)) {
        m_retries = 0;
        reconnect();
    }
}

void ConsolePage::onConsoleState(VncConnection::State state)
{
    using S = VncConnection::State;
    switch (state) {
    case S::Connected:
        m_retries = 0;
        movedAndConnected();
        break;
    case S::PasswordRequired:
        // The password from the secure XML, asked for only now that the server wants one.
        if (!m_triedSecurePassword && m_session) {
            m_triedSecurePassword = true;
            Graphics::fetchVncPassword(m_session, m_uuid, this, [this](Result<QString> pw) {
                if (pw && !pw.value().isEmpty()) {
                    m_console->setPassword(pw.value());
                    reconnect();
                }
                // Otherwise the console keeps asking the person.
            });
        }
        break;
    case S::Closed:
    case S::Error:
        if (m_tunnel && m_tunnel->hasFailed()) {
            showTunnelFailure(); // says more than "the connection closed"
            break;
        }
        // The guest may be rebooting or shutting down, or the network hiccupped: check again.
        if (m_guestRunning)
            scheduleRetry();
        break;
    default:
        break;
    }
}

void ConsolePage::scheduleRetry()
{
    if (m_retries >= 6)
        return;
    const int delayMs = 500 << qMin(m_retries, 5); // 0.5 s .. 16 s
    ++m_retries;
    m_retryTimer->start(delayMs);
}

} // namespace Vireo
