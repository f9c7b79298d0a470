// SPDX-License-Identifier: GPL-2.0-or-later
// ConsolePage and ConsoleWindow on libvirt's test driver (which has no VNC display): the states a
// person sees, following the domain's state, one window per domain, and the console choices
// remembered per domain (a scripted VNC server stands in for the display).

#include "../../support/demohost.h"
#include "../../unit/vnc/rfbtestserver.h"
#include "core/commandlog/commandlog.h"
#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"
#include "ui/console/consolepage.h"
#include "ui/console/consoleroute.h"
#include "ui/console/consolesettings.h"
#include "ui/console/consolewindow.h"
#include "vnc/vncconsole.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <arpa/inet.h>
#include <netinet/in.h>

using namespace Vireo;

class TestConsolePage : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }
private Q_SLOTS:
    void initTestCase()
    {
        // Settings in a folder of the test's own, never the user's.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("VireoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_consolepage"));
        LibvirtEventLoop::start();
        m_session = std::make_unique<HostSession>(QStringLiteral("test:///default"));
        m_session->connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), HostState::Connected, 10000);
    }

    void followsTheDomain()
    {
        ConsolePage page(m_session.get(), QStringLiteral("test"));
        page.show();
        // The test driver's domain has no graphics: said so, with the reason.
        QTRY_COMPARE_WITH_TIMEOUT(page.console()->statusTitle(),
                                  QStringLiteral("The console is not available"), 10000);
        QTRY_COMPARE(page.domainName(), QStringLiteral("test"));
        QVERIFY(!page.domainUuid().isEmpty());
        QVERIFY(page.domainUuid() != QLatin1String("test"));
        DomainActions::performAction(m_session.get(), {page.domainUuid()}, DomainAction::ForceOff);
        QTRY_COMPARE_WITH_TIMEOUT(page.console()->statusTitle(),
                                  QStringLiteral("The guest is not running"), 10000);
        DomainActions::performAction(m_session.get(), {page.domainUuid()}, DomainAction::Start);
        QTRY_COMPARE_WITH_TIMEOUT(page.console()->statusTitle(),
                                  QStringLiteral("The console is not available"), 10000);
    }

    void unknownDomain()
    {
        ConsolePage page(m_session.get(), QStringLiteral("no-such-domain"));
        QTRY_COMPARE_WITH_TIMEOUT(page.console()->statusTitle(),
                                  QStringLiteral("The console is not available"), 10000);
    }

    void oneWindowPerDomain()
    {
        ConsoleWindow *a = ConsoleWindow::showFor(m_session.get(), QStringLiteral("test"));
        ConsoleWindow *b = ConsoleWindow::showFor(m_session.get(), QStringLiteral("test"));
        QCOMPARE(a, b);
        QTRY_COMPARE_WITH_TIMEOUT(
            a->windowTitle(),
            QStringLiteral("test on %1 – Running – Console").arg(m_session->displayName()), 10000);
        // Known by its UUID now as well.
        ConsoleWindow *c = ConsoleWindow::showFor(m_session.get(), a->page()->domainUuid());
        QCOMPARE(c, a);
        QPointer<ConsoleWindow> guard(a);
        a->close();
        QTRY_VERIFY(guard.isNull());
        ConsoleWindow *d = ConsoleWindow::showFor(m_session.get(), QStringLiteral("test"));
        QVERIFY(d);
        d->close();
    }

    // Two hosts with the same domain (a copy, or both ends of a migration): one window each.
    void oneWindowPerDomainAndHost()
    {
        QTemporaryDir dir;
        auto a = VireoTest::connectedDemoHost(dir);
        auto b = VireoTest::connectedDemoHost(dir);
        QVERIFY(a && b);
        QPointer<ConsoleWindow> onA = ConsoleWindow::showFor(a.get(), VireoTest::kWeb);
        QPointer<ConsoleWindow> onB = ConsoleWindow::showFor(b.get(), VireoTest::kWeb);
        QVERIFY(onA && onB);
        QVERIFY(onA != onB);
        QCOMPARE(onB->page()->session(), b.get());
        QCOMPARE(ConsoleWindow::showFor(a.get(), VireoTest::kWeb), onA.data());
        QCOMPARE(ConsoleWindow::find(b.get(), VireoTest::kWeb), onB.data());
        onA->close();
        onB->close();
        QTRY_VERIFY(!onA && !onB);
    }

    void waitsForTheHost()
    {
        HostSession later(QStringLiteral("test:///default"));
        ConsolePage page(&later, QStringLiteral("test"));
        QCOMPARE(page.console()->statusTitle(), QStringLiteral("Connecting to the host…"));
        later.connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(page.console()->statusTitle(),
                                  QStringLiteral("The console is not available"), 10000);
        QCOMPARE(page.domainName(), QStringLiteral("test"));
    }

    void guestClipboardOnlyWhenAllowedAndRemembered()
    {
        using namespace RfbTest;
        using State = VncConnection::State;
        auto page = std::make_unique<ConsolePage>(m_session.get(), QStringLiteral("test"));
        QAction *accept = page->console()->guestClipboardAction();
        QVERIFY(!accept->isEnabled()); // not before the UUID is known
        QTRY_VERIFY_WITH_TIMEOUT(accept->isEnabled(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page->console()->statusTitle(),
                                  QStringLiteral("The console is not available"), 10000);
        const QString uuid = page->domainUuid();
        QVERIFY(!accept->isChecked()); // off by default
        QCOMPARE(accept->text(), QStringLiteral("Accept Clipboard from Guest"));

        // The test driver has no display: a scripted VNC server stands in.
        auto [c, sv] = socketPair();
        Server server(sv);
        page->console()->connectToSocket(c);
        QVERIFY(server.handshake(64, 48));
        QTRY_COMPARE_WITH_TIMEOUT(page->console()->connection()->state(), State::Connected, 10000);
        QSignalSpy fromGuest(page->console()->connection(), &VncConnection::serverClipboard);
        auto guestCopies = [&](const QByteArray &text) {
            const qsizetype before = fromGuest.size();
            QVERIFY(server.send(u8(3) + QByteArray(3, 0) + u32(quint32(text.size())) + text));
            // The console's own handler ran before the spy's.
            QTRY_COMPARE_WITH_TIMEOUT(fromGuest.size(), before + 1, 10000);
        };
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->setText(QStringLiteral("host secret"));
        guestCopies("from the guest");
        QCOMPARE(clipboard->text(), QStringLiteral("host secret"));

        accept->trigger(); // the user turns it on
        QVERIFY(accept->isChecked());
        guestCopies("allowed now");
        QCOMPARE(clipboard->text(), QStringLiteral("allowed now"));

        // Host to guest works as before, whatever the setting.
        clipboard->setText(QStringLiteral("to the guest"));
        QAction *send = nullptr;
        for (QAction *a : page->console()->findChildren<QAction *>())
            if (a->text() == QLatin1String("Send Clipboard to Guest"))
                send = a;
        QVERIFY(send);
        send->trigger();
        ClientMessage cut = server.waitFor(6);
        QCOMPARE(cut.data.mid(8), QByteArray("to the guest"));

        // Reopened, the console remembers the choice for this domain.
        page.reset();
        QVERIFY(ConsoleSettings::acceptsGuestClipboard(m_session->uri(), uuid));
        QVERIFY(!ConsoleSettings::acceptsGuestClipboard(m_session->uri(),
                                                        QStringLiteral("another-domain")));
        page = std::make_unique<ConsolePage>(m_session.get(), QStringLiteral("test"));
        accept = page->console()->guestClipboardAction();
        QTRY_VERIFY_WITH_TIMEOUT(accept->isEnabled(), 10000);
        QVERIFY(accept->isChecked());
        accept->trigger(); // and off again, remembered as well
        QVERIFY(!ConsoleSettings::acceptsGuestClipboard(m_session->uri(), uuid));
    }

    void warnsOfAnUnencryptedConsole()
    {
        using namespace RfbTest;
        ConsolePage page(m_session.get(), QStringLiteral("test"));
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.domainUuid() != QLatin1String("test"), 10000);
        QVERIFY(!page.console()->isSecurityWarningShown());
        QLabel *warning = nullptr;
        for (QLabel *l : page.console()->findChildren<QLabel *>())
            if (l->accessibleName() == QLatin1String("Security warning"))
                warning = l;
        QVERIFY(warning);
        QVERIFY(!warning->isVisible());

        // A TCP VNC server on this machine stands in for a display across the network.
        const int ls = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(ls, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
        QCOMPARE(::listen(ls, 2), 0);
        socklen_t len = sizeof addr;
        getsockname(ls, reinterpret_cast<sockaddr *>(&addr), &len);
        auto connectAlong = [&](bool unencrypted) -> std::unique_ptr<Server> {
            ConsoleRoute route;
            route.kind = ConsoleRoute::Kind::Direct;
            route.host = QStringLiteral("127.0.0.1");
            route.port = ntohs(addr.sin_port);
            route.unencrypted = unencrypted;
            page.connectAlong(route);
            pollfd p{ls, POLLIN, 0};
            if (::poll(&p, 1, 10000) != 1)
                return nullptr;
            auto server = std::make_unique<Server>(::accept(ls, nullptr, nullptr));
            if (!server->handshake(64, 48))
                return nullptr;
            return server;
        };
        auto server = connectAlong(true);
        QVERIFY(server);
        QTRY_COMPARE_WITH_TIMEOUT(page.console()->connection()->state(),
                                  VncConnection::State::Connected, 10000);
        QVERIFY(page.console()->isShowingScreen());
        QVERIFY(page.console()->isSecurityWarningShown());
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QLatin1String("Not encrypted")),
                 qPrintable(warning->text()));
        QVERIFY(warning->accessibleDescription().contains(QLatin1String("Tunnel Through SSH")));
        // A console that crosses no network shows none.
        server = connectAlong(false);
        QVERIFY(server);
        QTRY_COMPARE_WITH_TIMEOUT(page.console()->connection()->state(),
                                  VncConnection::State::Connected, 10000);
        QVERIFY(!page.console()->isSecurityWarningShown());
        QVERIFY(!warning->isVisible());
        ::close(ls);
    }

    void tunnelThroughSshIsAPerHostChoice()
    {
        const QString uri = QStringLiteral("qemu+ssh://root@h.invalid/system");
        HostSession remote(uri); // never connected: the menu is there all the same
        auto page = std::make_unique<ConsolePage>(&remote, QStringLiteral("vm"));
        QAction *tunnel = page->tunnelAction();
        QVERIFY(tunnel->isCheckable());
        QVERIFY(tunnel->isEnabled());
        QVERIFY(tunnel->isChecked()); // on by default
        QCOMPARE(tunnel->text(), QStringLiteral("Tunnel Through SSH"));
        // In the console bar's Connection menu, behind a named button.
        QToolButton *button = nullptr;
        for (QToolButton *b : page->console()->toolBar()->findChildren<QToolButton *>())
            if (b->menu() && b->menu()->actions().contains(tunnel))
                button = b;
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Connection"));
        QCOMPARE(button->accessibleName(), QStringLiteral("Connection options"));

        tunnel->trigger(); // the user turns it off for this host
        QVERIFY(!tunnel->isChecked());
        QVERIFY(!ConsoleSettings::tunnelsSsh(uri));
        QVERIFY(ConsoleSettings::tunnelsSsh(QStringLiteral("qemu+ssh://other.invalid/system")));
        page.reset();
        page = std::make_unique<ConsolePage>(&remote, QStringLiteral("another-vm"));
        QVERIFY(!page->tunnelAction()->isChecked()); // remembered for the host
        page->tunnelAction()->trigger();
        QVERIFY(ConsoleSettings::tunnelsSsh(uri));

        // Hosts that libvirt does not reach over SSH have no tunnel to offer.
        ConsolePage local(m_session.get(), QStringLiteral("test"));
        QVERIFY(!local.tunnelAction()->isEnabled());
        QVERIFY(!local.tunnelAction()->isChecked());
    }

    void everyConsoleBarButtonHasAName()
    {
        // What a screen reader announces: Qt leaves the bar's overflow button nameless.
        ConsolePage page(m_session.get(), QStringLiteral("test"));
        const auto buttons = page.console()->toolBar()->findChildren<QToolButton *>();
        QVERIFY(buttons.size() > 3);
        for (QToolButton *b : buttons) {
            const QString name = b->accessibleName().isEmpty() ? b->text() : b->accessibleName();
            QVERIFY2(!name.isEmpty(), qPrintable(b->objectName()));
        }
    }

    void demoDomainSaysItHasNoDisplay()
    {
        // The demo host's domains have VNC graphics in their XML, but the test driver runs
        // nothing: the page names the domain and says so in a sentence, not libvirt's error.
        HostSession demo(demoHostUri());
        demo.connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(demo.state(), HostState::Connected, 10000);
        QString uuid;
        {
            ConsolePage byName(&demo, QStringLiteral("web-frontend"));
            QTRY_VERIFY_WITH_TIMEOUT(byName.domainUuid() != QLatin1String("web-frontend"), 10000);
            uuid = byName.domainUuid();
        }
        // As --show-domain-console opens it: by UUID.
        QPointer<ConsoleWindow> window = ConsoleWindow::showFor(&demo, uuid);
        QVERIFY(window);
        VncConsole *console = window->page()->console();
        const QString sentence = QStringLiteral(
            "web-frontend runs on libvirt's test driver, which has no real displays.");
        QTRY_COMPARE_WITH_TIMEOUT(console->statusDetail(), sentence, 10000);
        QCOMPARE(console->statusTitle(), QStringLiteral("The console is not available"));
        QTRY_COMPARE(
            window->windowTitle(),
            QStringLiteral("web-frontend on %1 – Running – Console").arg(demo.displayName()));
        QVERIFY(!console->statusDetail().contains(uuid));
        QVERIFY(!console->isShowingScreen());
        // Nothing to send keys to or take a picture of.
        QVERIFY(!console->sendKeyAction()->isEnabled());
        // Nor is anything logged as sent (the command log's send-key) by its menu's entries.
        const int logged = CommandLog::instance()->entries().size();
        console->sendKeyMenu()->actions().first()->trigger();
        QCOMPARE(CommandLog::instance()->entries().size(), logged);
        QVERIFY(!console->screenshotAction()->isEnabled());
        // Stopped, it says the same sentence rather than promising a screen.
        DomainActions::performAction(&demo, {uuid}, DomainAction::ForceOff);
        QTRY_COMPARE_WITH_TIMEOUT(console->statusTitle(),
                                  QStringLiteral("The guest is not running"), 10000);
        QCOMPARE(console->statusDetail(), sentence);
        QVERIFY(!console->sendKeyAction()->isEnabled());
        window->close();
        QTRY_VERIFY(window.isNull());
    }

    void cleanupTestCase() { m_session.reset(); }

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<HostSession> m_session;
};

QTEST_MAIN(TestConsolePage)
#include "tst_consolepage.moc"
