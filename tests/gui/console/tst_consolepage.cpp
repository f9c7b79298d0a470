// ConsolePage and ConsoleWindow on libvirt's test driver (which has no VNC display): the states a
// person sees, following the domain's state, and one window per domain.

#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/console/consolepage.h"
#include "ui/console/consolewindow.h"
#include "vnc/vncconsole.h"

#include <QTest>

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

    void cleanupTestCase() { m_session.reset(); }

private:
    std::unique_ptr<HostSession> m_session;
};

QTEST_MAIN(TestConsolePage)
#include "tst_consolepage.moc"
