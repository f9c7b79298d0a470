// The console on the real guest: ConsolePage finds the VNC display through core
// (virDomainOpenGraphicsFD), shows the busybox shell, and keys typed through it run a command
// whose output the test reads back from the guest's serial log. Then the guest is reset (the
// session must go on) and powered off and on (the page must reconnect by itself).

#include "guest.h"

#include "core/hostsession.h"
#include "ui/consolepage.h"
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

namespace {

/// US layout as QEMU key numbers: the extended key events carry keycodes, so this does not
/// depend on the keymap QEMU was started with.
bool qnumFor(QChar c, quint32 *qnum, bool *shift)
{
    static const char *const rows[] = {"1234567890-=", "qwertyuiop", "asdfghjkl", "zxcvbnm,./"};
    static const quint32 starts[] = {0x02, 0x10, 0x1e, 0x2c};
    *shift = false;
    if (c == QLatin1Char(' ')) {
        *qnum = 0x39;
        return true;
    }
    if (c == QLatin1Char('>')) {
        *qnum = 0x34;
        *shift = true;
        return true;
    }
    if (c.isUpper()) {
        *shift = true;
        c = c.toLower();
    }
    for (int r = 0; r < 4; ++r) {
        const int i = int(QByteArray(rows[r]).indexOf(c.toLatin1()));
        if (i >= 0) {
            *qnum = starts[r] + quint32(i);
            return true;
        }
    }
    return false;
}

void typeLine(VncConnection *c, const QString &line)
{
    for (QChar ch : line) {
        quint32 qnum = 0;
        bool shift = false;
        if (!qnumFor(ch, &qnum, &shift))
            continue;
        if (shift)
            c->sendKey(0xffe1, 0x2a, true);
        const quint32 keysym = ch == QLatin1Char('>') ? 0x3e : ch.unicode();
        c->sendKey(keysym, qnum, true);
        c->sendKey(keysym, qnum, false);
        if (shift)
            c->sendKey(0xffe1, 0x2a, false);
    }
    c->sendKey(0xff0d, 0x1c, true);
    c->sendKey(0xff0d, 0x1c, false);
}

bool hasContent(const QImage &img)
{
    if (img.isNull())
        return false;
    for (int y = 0; y < img.height(); y += 4)
        for (int x = 0; x < img.width(); x += 4)
            if (qGray(img.pixel(x, y)) > 64)
                return true;
    return false;
}

} // namespace

class TestConsoleGuest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_env = Environment::detect();
        if (!m_env.unavailable.isEmpty())
            QSKIP(qPrintable(m_env.unavailable));
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadOther | QFile::ExeOther);
        removeTestDomains(m_env.uri);
        m_session = std::make_unique<HostSession>(m_env.uri);
        m_session->connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), HostState::Connected, 30000);
        m_spec.name = testDomainName(QStringLiteral("console"));
        m_spec.serialLogPath = m_dir.filePath(QStringLiteral("serial.log"));
        m_spec.memoryMiB = 256;
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
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Connected, 30000);
        // A figure for the report, not a pass/fail criterion.
        qInfo("console connected %lld ms after the page was created", opened.elapsed());
        QVERIFY(m_page->console()->isShowingScreen());
        // The shell's banner is drawn: the screen is no longer black.
        QTRY_VERIFY_WITH_TIMEOUT(hasContent(c->grabFramebuffer()), 30000);
        const SerialLog serial(m_spec.serialLogPath);
        const QString marker =
            QStringLiteral("vireo-console-%1").arg(QCoreApplication::applicationPid());
        typeLine(c, QStringLiteral("echo %1 >/dev/ttyS0").arg(marker));
        QTest::qWait(0);
        if (!QTest::qWaitFor([&] { return serial.contains(marker); }, 30000)) {
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
        m_session->performAction({m_uuid}, DomainAction::Reset);
        QTRY_VERIFY_WITH_TIMEOUT(serial.text().count(QLatin1String("VIREO-BOOTED")) > bootsBefore,
                                 120000);
        // The console is (again) connected and the new shell takes keys.
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Connected, 60000);
        const QString marker =
            QStringLiteral("vireo-after-reset-%1").arg(QCoreApplication::applicationPid());
        QTRY_VERIFY_WITH_TIMEOUT(hasContent(c->grabFramebuffer()), 30000);
        // The shell starts a moment after VIREO-BOOTED; type until it answers.
        QTRY_VERIFY2_WITH_TIMEOUT(
            serial.contains(marker) ||
                [&] {
                    typeLine(c, QStringLiteral("echo %1 >/dev/ttyS0").arg(marker));
                    QTest::qWait(3000);
                    return false;
                }(),
            qPrintable(serial.tail()), 60000);
    }

    void reconnectsWhenGuestStartsAgain()
    {
        QVERIFY(m_page);
        VncConnection *c = m_page->console()->connection();
        m_session->performAction({m_uuid}, DomainAction::ForceOff);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->console()->statusTitle(),
                                  QStringLiteral("The guest is not running"), 60000);
        m_session->performAction({m_uuid}, DomainAction::Start);
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Connected, 60000);
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
