// SPDX-License-Identifier: GPL-2.0-or-later
// Issue 18 on the two-host tier: the tiny guest's details window (its Console page on Serial 0)
// and its console window (graphical, VNC) are open on host A; Vireo's core migrates it live to
// host B; both windows follow it there by themselves: the details window names B, its serial
// console reconnects to B's guest (whose shell kept its state) and the VNC console connects to
// B's display. A cancelled migration leaves the windows on A. Skips without host B
// (second-host.sh, started by setup.sh).
#include "guest.h"
#include "twohosts.h"

#include "core/migration/migration.h"
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/common/domainmove.h"
#include "ui/console/consolepage.h"
#include "ui/console/consolewindow.h"
#include "ui/console/textconsolepane.h"
#include "ui/details/domainwindow.h"
#include "ui/windowfollowing.h"
#include "vnc/vncconsole.h"
#include "widgets/terminal/terminalemulator.h"
#include "widgets/terminal/terminalview.h"

#include "tests/support/windows.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using namespace Vireo;
using namespace Vireo::Integration;

class TestMigrationFollow : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void initTestCase();
    void windowsFollowTheGuestToB();
    void cleanupTestCase();

private:
    QString terminalText(ConsolePage *page) const
    {
        TextConsolePane *pane = page->currentTextConsole();
        return pane ? pane->terminal()->emulator()->allText() : QString();
    }
    /// Types line into the page's text console and waits for expected in its text.
    bool typeAndSee(ConsolePage *page, const QString &line, const QString &expected)
    {
        TextConsolePane *pane = page->currentTextConsole();
        if (!pane)
            return false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000) {
            QTest::keyClicks(pane->terminal(), line);
            QTest::keyClick(pane->terminal(), Qt::Key_Return);
            if (QTest::qWaitFor([&] { return terminalText(page).contains(expected); }, 4000))
                return true;
        }
        return false;
    }

    TwoHosts m_hosts;
    QTemporaryDir m_dir;
    std::unique_ptr<DomainTreeModel> m_model;
};

void TestMigrationFollow::initTestCase()
{
    bool skip = false;
    const QString notReady = m_hosts.setUp(m_dir.path(), &skip);
    if (skip)
        QSKIP(qPrintable(notReady));
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    m_hosts.b->setDisplayName(QStringLiteral("host B"));
    m_hosts.a->setDisplayName(QStringLiteral("host A"));
    m_model = std::make_unique<DomainTreeModel>();
    m_model->addHost(m_hosts.a.get());
    m_model->addHost(m_hosts.b.get());
    WindowFollowing::install(m_model.get(), this);
}

void TestMigrationFollow::windowsFollowTheGuestToB()
{
    GuestSpec spec = testGuestSpec(QStringLiteral("follow"), m_dir.path(), 256);
    const Booted booted = defineAndBoot(m_hosts.a.get(), m_hosts.env, spec);
    QVERIFY2(booted.error.isEmpty(), qPrintable(booted.error));

    // The details window with its Console page on Serial 0, as the application makes it.
    DomainWindow *w = DomainWindow::showFor(m_hosts.a.get(), booted.uuid);
    auto *page = new ConsolePage(m_hosts.a.get(), booted.uuid);
    w->addPage(QStringLiteral("Console"), page);
    w->showPage(QStringLiteral("Console"));
    QTRY_VERIFY_WITH_TIMEOUT(page->consoleSelector()->findText(QStringLiteral("Serial 0")) > 0,
                             kLibvirtCallMs);
    page->selectConsole(page->consoleSelector()->findText(QStringLiteral("Serial 0")));
    QVERIFY(page->currentTextConsole());
    QTRY_COMPARE_WITH_TIMEOUT(page->currentTextConsole()->console()->state(),
                              TextConsole::State::Connected, kLibvirtCallMs);
    QVERIFY2(typeAndSee(page, QStringLiteral("export FOLLOW=f$((6*7)); echo SET-$FOLLOW"),
                        QStringLiteral("SET-f42")),
             qPrintable(terminalText(page)));
    // The graphical console in a window of its own.
    ConsoleWindow *cw = ConsoleWindow::showFor(m_hosts.a.get(), booted.uuid);
    QTRY_COMPARE_WITH_TIMEOUT(cw->page()->console()->connection()->state(),
                              VncConnection::State::Connected, kLibvirtCallMs);
    QTRY_VERIFY_WITH_TIMEOUT(w->windowTitle().contains(QStringLiteral("host A")), kLibvirtCallMs);

    const MigrationRequest r = liveRequestToB();
    // A migration that fails (cancelled here) leaves both windows on A.
    {
        MigrationRequest slow = r;
        slow.bandwidthMiBs = 1;
        bool asked = false; // cancelled at its first progress report
        const auto cancelled = runMigration(m_hosts.a.get(), m_hosts.b.get(), booted.uuid, slow,
                                            [&](MigrationJob &job, const MigrationProgress &) {
                                                if (!std::exchange(asked, true))
                                                    job.cancel();
                                            })
                                   .status;
        QVERIFY(cancelled.has_value());
        QVERIFY(!cancelled->ok());
        QTest::qWait(1000); // both hosts' events of the aborted job come in
        QCOMPARE(w->session(), m_hosts.a.get());
        QCOMPARE(cw->page()->session(), m_hosts.a.get());
        QVERIFY(w->movedNotice()->isHidden());
    }

    const auto status = runMigration(m_hosts.a.get(), m_hosts.b.get(), booted.uuid, r).status;
    QVERIFY(status.has_value());
    QVERIFY2(status->ok(), qPrintable(status->error().text()));

    // The details window is B's now, and says it.
    QTRY_COMPARE_WITH_TIMEOUT(w->session(), m_hosts.b.get(), 30000);
    QCOMPARE(DomainWindow::find(m_hosts.b.get(), booted.uuid), w);
    QTRY_VERIFY_WITH_TIMEOUT(w->windowTitle().contains(QStringLiteral("host B")), 30000);
    QVERIFY(w->movedNotice()->text().contains(QStringLiteral("host A")));
    QCOMPARE(w->currentPageTitle(), QStringLiteral("Console"));
    qInfo("details window: %s; %s", qPrintable(w->windowTitle()),
          qPrintable(w->movedNotice()->text()));

    // Its serial console reconnected to B's guest, whose shell kept FOLLOW.
    QCOMPARE(page->session(), m_hosts.b.get());
    QTRY_VERIFY_WITH_TIMEOUT(page->currentTextConsole() &&
                                 page->currentTextConsole()->console()->state() ==
                                     TextConsole::State::Connected,
                             30000);
    QVERIFY2(typeAndSee(page, QStringLiteral("echo VIREO-FOLLOW=$FOLLOW"),
                        QStringLiteral("VIREO-FOLLOW=f42")),
             qPrintable(terminalText(page)));
    QTRY_VERIFY(page->movedNotice()->text().startsWith(QStringLiteral("Moved from host A")));

    // The VNC console window connected to B's display.
    QCOMPARE(ConsoleWindow::find(m_hosts.b.get(), booted.uuid), cw);
    QCOMPARE(cw->page()->session(), m_hosts.b.get());
    // B is reached over qemu+tcp://127.0.0.1 and its display listens on 127.0.0.1: the same
    // machine's loopback, so the console connects to it directly (ConsoleRoute).
    QTRY_COMPARE_WITH_TIMEOUT(cw->page()->console()->connection()->state(),
                              VncConnection::State::Connected, 30000);
    QVERIFY(cw->page()->movedNotice()->text().startsWith(QStringLiteral("Moved to host B")) ||
            cw->page()->movedNotice()->text().startsWith(QStringLiteral("Moved from host A")));
    if (!qEnvironmentVariableIsEmpty("VIREO_FOLLOW_SHOT")) {
        // For a person to look at (tests/integration/README.md): the windows after the move,
        // the console window's as FILE-console.png.
        w->showPage(QStringLiteral("Overview"));
        w->resize(900, 640);
        QTest::qWait(1500);
        const QString shot = qEnvironmentVariable("VIREO_FOLLOW_SHOT");
        w->grab().save(shot);
        cw->grab().save(QString(shot).replace(QStringLiteral(".png"), QString()) +
                        QStringLiteral("-console.png"));
    }
}

void TestMigrationFollow::cleanupTestCase()
{
    VireoTest::deleteWindows();
    if (m_hosts.uriB.isEmpty() || !m_hosts.a)
        return;
    m_model.reset();
    m_hosts.tearDown();
}

QTEST_MAIN(TestMigrationFollow)
#include "tst_migrationfollow.moc"
