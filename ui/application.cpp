// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/application.h"

#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "resources.h"
#include "ui/common/hostauthprompter.h"
#include "ui/common/hosteventlog.h"
#include "ui/common/messagelog.h"
#include "ui/common/preferences.h"
#include "ui/common/windowroutes.h"
#include "ui/console/consolepage.h"
#include "ui/console/consolewindow.h"
#include "ui/console/vncaddresswindow.h"
#include "ui/details/domainwindow.h"
#include "ui/manager/addconnectiondialog.h"
#include "ui/manager/hostsummarywindow.h"
#include "ui/manager/mainwindow.h"
#include "ui/problemwindow.h"
#include "ui/startuprequest.h"
#include "ui/windowfollowing.h"
#include "ui/wizard/newvmwizard.h"

#include <QApplication>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace Vireo {

static const QString DemoAlias = QStringLiteral("demo");

Application::Application(QObject *parent)
    : QObject(parent)
    , m_model(new DomainTreeModel(this))
    , m_exit([](int status) { QCoreApplication::exit(status); })
{}

Application::~Application()
{
    WindowRoutes::set({});
    delete m_window;
    // Sessions let their workers go in their destructors (the workers close the connections on
    // their own threads; main() waits for them with finishProcess()); the model lets go first.
    for (HostSession *s : m_sessions)
        m_model->removeHost(s);
    qDeleteAll(m_sessions);
}

std::optional<QString> &Application::firstRunLocalUri()
{
    static std::optional<QString> uri;
    return uri;
}

void Application::setFirstRunLocalUri(const std::optional<QString> &uri)
{
    firstRunLocalUri() = uri;
}

QString Application::resolveUri(const QString &uri)
{
    return uri == DemoAlias ? demoHostUri() : uri;
}

HostSession *Application::session(const QString &uri) const
{
    const QString resolved = resolveUri(uri);
    for (HostSession *s : m_sessions)
        if (s->uri() == resolved)
            return s;
    return nullptr;
}

void Application::start(const CommandLine &options)
{
    // vireo vnc://host:port: the console windows, and no libvirt connection at all.
    for (const VncAddress &address : options.vncAddresses)
        VncAddressWindow::open(address);
    if (options.onlyVncAddresses())
        return;
    QSettings settings;
    m_statsInterval = options.statsIntervalMs >= 0 ? options.statsIntervalMs
                                                   : Preferences::instance()->statsIntervalMs();
    // Edit > Preferences applies at once.
    connect(Preferences::instance(), &Preferences::changed, this, [this] {
        if (Preferences::instance()->statsIntervalMs() != m_statsInterval)
            setStatsInterval(Preferences::instance()->statsIntervalMs());
        for (HostSession *s : std::as_const(m_sessions))
            s->setStatsSampling(Preferences::instance()->statsSampling());
    });
    if (!ConnectionStore::initialized(settings)) {
        // First run: the local libvirtd when one is there. The demo host sits beside a real host
        // only when asked for (--connect demo, Add Connection > Demo), so nobody mistakes its
        // made-up domains for real ones.
        const QString local = firstRunLocalUri().value_or(defaultLocalUri());
        if (!local.isEmpty())
            m_entries.append({local, true});
        ConnectionStore::save(settings, m_entries);
    } else {
        m_entries = ConnectionStore::load(settings);
    }

    const bool single = options.showsSingleWindow();
    m_window = new MainWindow(m_model);
    m_window->setAutoconnectLookup([this](HostSession *s) { return autoconnect(s); });
    connect(m_window, &MainWindow::openDomainRequested, this, &Application::openDomainEditor);
    connect(m_window, &MainWindow::newVmRequested, this, &Application::openCreator);
    connect(m_window, &MainWindow::addConnectionRequested, this, &Application::openAddConnection);
    connect(m_window, &MainWindow::demoRequested, this,
            [this] { addConnection(DemoAlias, true, true); });
    connect(m_window, &MainWindow::hostDetailsRequested, this, &Application::openHostSummary);
    connect(m_window, &MainWindow::removeHostRequested, this, &Application::removeConnection);
    connect(m_window, &MainWindow::autoconnectChanged, this, &Application::setAutoconnect);
    connect(m_window, &MainWindow::statsIntervalChosen, this, &Application::setStatsInterval);
    connect(m_window, &MainWindow::openVncAddressRequested, this,
            [this] { VncAddressWindow::askAndOpen(m_window); });
    m_window->setStatsInterval(m_statsInterval);
    // The details and console windows reach the others through these.
    WindowRoutes::set({
        [this] {
            m_window->show();
            m_window->raise();
            m_window->activateWindow();
        },
        [this](HostSession *s, const QString &uuid) {
            openDomainEditor(s, uuid);
            if (DomainWindow *w = DomainWindow::find(s, uuid))
                w->showPage(tr("Overview"));
        },
        [this](HostSession *s, const QString &uuid) { openDomainConsole(s, uuid); },
    });
    // A domain that migrates takes its details and console windows with it.
    WindowFollowing::install(m_model, this);

    for (const ConnectionEntry &e : std::as_const(m_entries)) {
        // With a --show-* option only the hosts named by --connect connect, so the one window
        // asked for comes up fast.
        const bool connectNow = e.autoconnect && (!single || options.connectUris.isEmpty());
        addConnection(e.uri, connectNow, false)->setLabel(e.label);
    }
    QList<HostSession *> named;
    for (const QString &uri : options.connectUris) {
        HostSession *s = session(uri);
        if (!s)
            s = addConnection(uri, true, false);
        else if (s->state() == HostState::Disconnected)
            s->connectToHost();
        named.append(s);
    }
    HostSession *target =
        !named.isEmpty() ? named.first() : (m_sessions.isEmpty() ? nullptr : m_sessions.first());

    if (!single) {
        m_window->show();
        return;
    }
    if (!target) {
        // Nothing to connect to: said in a window, since a launcher shows no stderr.
        auto *problem = new ProblemWindow;
        problem->setAttribute(Qt::WA_DeleteOnClose);
        connect(problem, &ProblemWindow::closedByUser, this, [this] { giveUp(); });
        QGuiApplication::setQuitOnLastWindowClosed(false);
        problem->present(ProblemWindow::Kind::NotFound, tr("No connection to show"),
                         tr("Vireo was asked to show one window, but no connection is saved "
                            "or named. Start it with --connect URI, e.g. "
                            "vireo --connect qemu:///system --show-domain-console NAME."));
        report(tr("No connection to show: use --connect URI."), true);
        return;
    }
    auto request = [this, target](const QString &domain, const QString &what,
                                  std::function<void(const QString &)> open) {
        auto *r = new StartupRequest(
            m_model, target, domain, what,
            [open](const QString &uuid) {
                // Found after all (a retry): the windows quit as usual.
                QGuiApplication::setQuitOnLastWindowClosed(true);
                open(uuid);
            },
            this);
        connect(r, &StartupRequest::failed, this, [this](const QString &message) {
            // The problem window alone must not end the application when closed: closing it
            // exits with a failure status instead.
            QGuiApplication::setQuitOnLastWindowClosed(false);
            report(message, true);
        });
        connect(r, &StartupRequest::abandoned, this, [this] { giveUp(); });
        r->start();
    };
    if (!options.showDomainConsole.isEmpty())
        request(options.showDomainConsole, tr("the console of '%1'").arg(options.showDomainConsole),
                [this, target](const QString &uuid) { openDomainConsole(target, uuid); });
    if (!options.showDomainEditor.isEmpty())
        request(options.showDomainEditor, tr("the details of '%1'").arg(options.showDomainEditor),
                [this, target](const QString &uuid) { openDomainEditor(target, uuid); });
    if (options.showDomainCreator)
        request({}, tr("the New Virtual Machine wizard"),
                [this, target](const QString &) { openCreator(target); });
    if (options.showHostSummary)
        request({}, tr("the connection details"),
                [this, target](const QString &) { openHostSummary(target); });
}

void Application::giveUp()
{
    // Another window the user asked for is open: it stays, and so does the application.
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible() && !qobject_cast<ProblemWindow *>(w) && w->isWindow() &&
            !w->windowFlags().testFlag(Qt::Popup))
            return;
    m_exit(1);
}

void Application::report(const QString &message, bool error)
{
    if (!m_window || !m_window->isVisible())
        std::fprintf(stderr, "vireo: %s\n", qPrintable(message));
    if (error)
        MessageLog::instance()->error(message);
    else
        MessageLog::instance()->info(message);
    if (error)
        Q_EMIT requestFailed(message);
}

HostSession *Application::addConnection(const QString &uri, bool autoconnectNow, bool persist)
{
    if (HostSession *existing = session(uri)) {
        if (autoconnectNow && existing->state() == HostState::Disconnected)
            existing->connectToHost();
        return existing;
    }
    auto *s = new HostSession(resolveUri(uri));
    if (uri == DemoAlias)
        s->setDisplayName(AddConnectionDialog::demoHostName());
    s->setStatsInterval(m_statsInterval);
    s->setStatsSampling(Preferences::instance()->statsSampling());
    HostEventLog::of(s);
    // Whichever window is open (or none yet, with --show-*), a host that asks for a password can.
    HostAuthPrompter::of(s);
    m_sessions.append(s);
    m_model->addHost(s);
    // A label the user gives (Set Label…) is kept with the connection.
    connect(s, &HostSession::labelChanged, this, [this, s] { saveLabel(s); });
    if (persist) {
        m_entries.append({uri, autoconnectNow});
        saveConnections();
    }
    if (autoconnectNow)
        s->connectToHost();
    return s;
}

void Application::removeConnection(HostSession *s)
{
    if (!m_sessions.contains(s))
        return;
    const QString uri = s->uri();
    for (int i = m_entries.size() - 1; i >= 0; --i)
        if (resolveUri(m_entries[i].uri) == uri)
            m_entries.removeAt(i);
    saveConnections();
    m_sessions.removeAll(s);
    m_model->removeHost(s);
    s->deleteLater();
}

void Application::setAutoconnect(HostSession *s, bool on)
{
    bool found = false;
    for (ConnectionEntry &e : m_entries) {
        if (resolveUri(e.uri) == s->uri()) {
            e.autoconnect = on;
            found = true;
        }
    }
    if (!found)
        m_entries.append({s->uri(), on});
    saveConnections();
}

void Application::saveLabel(HostSession *s)
{
    bool found = false;
    for (ConnectionEntry &e : m_entries) {
        if (resolveUri(e.uri) == s->uri() && e.label != s->label()) {
            e.label = s->label();
            found = true;
        }
    }
    if (found)
        saveConnections();
}

bool Application::autoconnect(HostSession *s) const
{
    for (const ConnectionEntry &e : m_entries)
        if (resolveUri(e.uri) == s->uri())
            return e.autoconnect;
    return false;
}

void Application::setStatsInterval(int ms)
{
    m_statsInterval = qMax(0, ms);
    for (HostSession *s : std::as_const(m_sessions))
        s->setStatsInterval(m_statsInterval);
    Preferences::instance()->setStatsIntervalMs(m_statsInterval);
    if (m_window)
        m_window->setStatsInterval(m_statsInterval);
}

void Application::saveConnections()
{
    QSettings settings;
    ConnectionStore::save(settings, m_entries);
}

void Application::openAddConnection()
{
    auto *dialog = new AddConnectionDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setExistingCheck([this](const QString &uri) { return session(uri) != nullptr; });
    connect(dialog, &AddConnectionDialog::existingChosen, this, [this](const QString &uri) {
        if (HostSession *s = session(uri)) {
            m_window->show();
            m_window->selectHost(s);
            MessageLog::instance()->info(
                tr("%1 (%2) is already in the list; it is selected").arg(s->displayName(), uri));
        }
    });
    connect(dialog, &AddConnectionDialog::connectionChosen, this,
            [this](const QString &uri, bool autoconnectOn) {
                HostSession *s = addConnection(uri, true, true);
                if (!autoconnectOn)
                    setAutoconnect(s, false);
            });
    dialog->show();
}

void Application::openHostSummary(HostSession *session)
{
    if (session)
        HostSummaryWindow::showFor(session);
}

void Application::openDomainEditor(HostSession *session, const QString &uuid)
{
    if (!session)
        return;
    const bool fresh = !DomainWindow::find(session, uuid);
    DomainWindow *w = DomainWindow::showFor(session, uuid);
    if (fresh && !w->pageTitles().contains(tr("Console"))) {
        w->addPage(tr("Console"), new ConsolePage(session, uuid));
        // As in virt-manager, a running guest opens on its console.
        if (auto d = m_model->domain(session, uuid); d && isActive(d->state))
            w->showPage(tr("Console"));
    }
}

void Application::openDomainConsole(HostSession *session, const QString &uuid)
{
    if (session)
        ConsoleWindow::showFor(session, uuid);
}

void Application::openCreator(HostSession *preferred)
{
    // Without a selection, start on a host that can create something now.
    if (!preferred || preferred->state() != HostState::Connected) {
        for (HostSession *s : std::as_const(m_sessions))
            if (s->state() == HostState::Connected) {
                preferred = s;
                break;
            }
    }
    if (!preferred && !m_sessions.isEmpty())
        preferred = m_sessions.first();
    NewVmWizard *wizard = NewVmWizard::showFor(m_sessions, preferred, m_window);
    connect(wizard, &NewVmWizard::customizeRequested, this, &Application::openDomainEditor);
    // As virt-manager: the new machine's window opens on its console.
    connect(wizard, &NewVmWizard::consoleRequested, this,
            [this](HostSession *session, const QString &uuid) {
                openDomainEditor(session, uuid);
                if (DomainWindow *w = DomainWindow::find(session, uuid))
                    w->showPage(tr("Console"));
            });
    connect(wizard, &NewVmWizard::domainCreated, this,
            [this](HostSession *session, const QString &uuid) {
                if (m_window)
                    QTimer::singleShot(300, m_window, [this, session, uuid] {
                        m_window->selectDomain(session, uuid);
                    });
            });
}

} // namespace Vireo
