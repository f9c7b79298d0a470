// ConsolePage and ConsoleWindow on libvirt's test driver (which has no VNC display): the states a
// person sees, following the domain's state, one window per domain, and the console choices
// remembered per domain (a scripted VNC server stands in for the display).

#include "../../unit/vnc/rfbtestserver.h"
#include "core/session/hostsession.h"
#include "ui/console/consolepage.h"
#include "ui/console/consolesettings.h"
#include "ui/console/consolewindow.h"
#include "vnc/vncconsole.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;

class TestConsolePage : public QObject
{
    Q_OBJECT
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
        m_session->performAction({page.domainUuid()}, DomainAction::ForceOff);
        QTRY_COMPARE_WITH_TIMEOUT(page.console()->statusTitle(),
                                  QStringLiteral("The guest is not running"), 10000);
        m_session->performAction({page.domainUuid()}, DomainAction::Start);
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
        QTRY_COMPARE_WITH_TIMEOUT(a->windowTitle(), QStringLiteral("test – Console"), 10000);
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

    void cleanupTestCase() { m_session.reset(); }

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<HostSession> m_session;
};

QTEST_MAIN(TestConsolePage)
#include "tst_consolepage.moc"
