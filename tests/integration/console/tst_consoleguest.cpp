// SPDX-License-Identifier: GPL-2.0-or-later
// The console on the real guest: ConsolePage finds the VNC display through core
// (virDomainOpenGraphicsFD), shows the busybox shell, and keys typed through it run a command
// whose output the test reads back from the guest's serial log. Then the guest is reset (the
// session must go on) and powered off and on (the page must reconnect by itself).

#include "guest.h"
#include "guesttyping.h"

#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/console/consolepage.h"
#include "vnc/vncconsole.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using namespace Vireo::Integration;
using State = VncConnection::State;

class TestConsoleGuest : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }
private Q_SLOTS:
    void initTestCase()
    {
        m_env = Environment::detect();
        if (!m_env.unavailable.isEmpty())
            QSKIP(qPrintable(m_env.unavailable));
        const QString notReady = prepareScratch(m_env, m_dir.path());
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
        QString error;
        m_session = connectedSession(m_env.uri, &error);
        QVERIFY2(m_session, qPrintable(error));
        m_spec = testGuestSpec(QStringLiteral("console"), m_dir.path(), 256);
        const Booted booted = defineAndBoot(m_session.get(), m_env, m_spec);
        QVERIFY2(booted.error.isEmpty(), qPrintable(booted.error));
        m_uuid = booted.uuid;
    }

    void consoleShowsShellAndTakesKeys()
    {
        QElapsedTimer opened;
        opened.start();
        m_page = std::make_unique<ConsolePage>(m_session.get(), m_uuid);
        m_page->resize(800, 600);
        m_page->show();
        VncConnection *c = m_page->console()->connection();
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Connected, kLibvirtCallMs);
        // A figure for the report, not a pass/fail criterion.
        qInfo("console connected %lld ms after the page was created", opened.elapsed());
        QVERIFY(m_page->console()->isShowingScreen());
        // The shell's banner is drawn: the screen is no longer black.
        QTRY_VERIFY_WITH_TIMEOUT(hasContent(c->grabFramebuffer()), kLibvirtCallMs);
        const SerialLog serial(m_spec.serialLogPath);
        const QString marker =
            QStringLiteral("vireo-console-%1").arg(QCoreApplication::applicationPid());
        typeLine(c, QStringLiteral("echo %1 >/dev/ttyS0").arg(marker));
        QTest::qWait(0);
        if (!QTest::qWaitFor([&] { return serial.contains(marker); }, kLibvirtCallMs)) {
            const QString shot =
                QDir::temp().filePath(QStringLiteral("vireo-consoleguest-%1.png")
                                          .arg(QCoreApplication::applicationPid()));
            c->grabFramebuffer().save(shot);
            QFAIL(qPrintable(QStringLiteral("the typed command did not reach the serial log "
                                            "(screen saved to %1); serial:\n%2")
                                 .arg(shot, serial.tail())));
        }
        QVERIFY(c->supportsKeycodes());
    }

    void survivesReset()
    {
        QVERIFY(m_page);
        VncConnection *c = m_page->console()->connection();
        const SerialLog serial(m_spec.serialLogPath);
        const int bootsBefore = int(serial.text().count(QLatin1String("VIREO-BOOTED")));
        DomainActions::performAction(m_session.get(), {m_uuid}, DomainAction::Reset);
        QTRY_VERIFY_WITH_TIMEOUT(serial.text().count(QLatin1String("VIREO-BOOTED")) > bootsBefore,
                                 120000);
        // The console is (again) connected and the new shell takes keys.
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Connected, kLibvirtCallMs);
        const QString marker =
            QStringLiteral("vireo-after-reset-%1").arg(QCoreApplication::applicationPid());
        QTRY_VERIFY_WITH_TIMEOUT(hasContent(c->grabFramebuffer()), kLibvirtCallMs);
        // The shell starts a moment after VIREO-BOOTED; type until it answers.
        QVERIFY2(typeUntil(
                     c, QStringLiteral("echo %1 >/dev/ttyS0").arg(marker),
                     [&] { return serial.contains(marker); }, kLibvirtCallMs),
                 qPrintable(serial.tail()));
    }

    void reconnectsWhenGuestStartsAgain()
    {
        QVERIFY(m_page);
        VncConnection *c = m_page->console()->connection();
        DomainActions::performAction(m_session.get(), {m_uuid}, DomainAction::ForceOff);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->console()->statusTitle(),
                                  QStringLiteral("The guest is not running"), kLibvirtCallMs);
        DomainActions::performAction(m_session.get(), {m_uuid}, DomainAction::Start);
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Connected, kLibvirtCallMs);
        QVERIFY(m_page->console()->isShowingScreen());
    }

    void cleanupTestCase()
    {
        m_page.reset();
        if (!m_env.uri.isEmpty() && m_env.unavailable.isEmpty())
            removeTestDomains(m_env.uri);
        m_session.reset();
    }

private:
    Environment m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    std::unique_ptr<ConsolePage> m_page;
    GuestSpec m_spec;
    QString m_uuid;
};

QTEST_MAIN(TestConsoleGuest)
#include "tst_consoleguest.moc"
