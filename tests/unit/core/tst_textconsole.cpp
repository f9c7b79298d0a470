// SPDX-License-Identifier: GPL-2.0-or-later
// The text console's core: which serial ports and consoles a domain's XML offers (pty ones only,
// a console that mirrors a serial port once), how libvirt's answers to virDomainOpenConsole are
// told apart (held by another client, guest not running, other errors), and TextConsole on the
// test driver: a shut-off guest is "not running" until it starts, when the console opens again
// by itself; the driver's refusal of consoles is a Disconnected with libvirt's words.
// The stream itself (bytes both ways, take-over) is tested on the real guest:
// tests/integration/console/tst_textconsoleguest.

#include "core/console/textconsole.h"
#include "core/domain/domainactions.h"
#include "core/domain/domainxml.h"
#include "core/session/processsetup.h"
#include "tests/support/demohost.h"

#include <QSignalSpy>
#include <QTest>

using namespace Vireo;
using namespace VireoTest;

namespace {
const char *kDomainXml = R"(<domain type='kvm' id='3'>
  <name>serials</name><uuid>11111111-2222-3333-4444-555555555555</uuid>
  <memory unit='MiB'>64</memory><os><type>hvm</type></os>
  <devices>
    <serial type='pty'>
      <source path='/dev/pts/7'/><log file='/var/log/serial0.log'/>
      <target type='isa-serial' port='0'/><alias name='serial0'/>
    </serial>
    <serial type='file'>
      <source path='/tmp/serial.log'/><target type='isa-serial' port='1'/><alias name='serial1'/>
    </serial>
    <serial type='pty'>
      <source path='/dev/pts/8'/><target type='isa-serial' port='2'/><alias name='serial2'/>
    </serial>
    <console type='pty' tty='/dev/pts/7'>
      <source path='/dev/pts/7'/><target type='serial' port='0'/><alias name='serial0'/>
    </console>
    <console type='pty'>
      <source path='/dev/pts/9'/><target type='virtio' port='1'/><alias name='console1'/>
    </console>
    <graphics type='vnc' port='5900' autoport='yes' listen='127.0.0.1'/>
  </devices>
</domain>)";
} // namespace

class TestTextConsole : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void consolesFromXml()
    {
        auto d = parseDomainXml(QString::fromUtf8(kDomainXml));
        QVERIFY(d);
        const QList<DomainTextConsole> &c = d.value().textConsoles;
        // serial0 and serial2 (the file-backed serial1 cannot be opened), then the virtio console;
        // the <console> that mirrors serial0 is not listed twice.
        QCOMPARE(c.size(), 3);
        QCOMPARE(c[0].kind, DomainTextConsole::Kind::Serial);
        QCOMPARE(c[0].port, 0);
        QCOMPARE(c[0].alias, QStringLiteral("serial0"));
        QCOMPARE(c[0].ptyPath, QStringLiteral("/dev/pts/7"));
        QCOMPARE(c[1].port, 2);
        QCOMPARE(c[1].alias, QStringLiteral("serial2"));
        QCOMPARE(c[1].index, 2); // the file-backed serial1 counts for the position
        QCOMPARE(c[1].deviceName(), QStringLiteral("serial2"));
        QCOMPARE(c[2].kind, DomainTextConsole::Kind::Console);
        QCOMPARE(c[2].targetType, QStringLiteral("virtio"));
        QCOMPARE(c[2].alias, QStringLiteral("console1"));
        QCOMPARE(d.value().graphics.size(), 1);
    }

    void consoleOnlyDomain()
    {
        // A console without a serial port (as on s390 or a virtio-only guest) is listed.
        auto d = parseDomainXml(
            QStringLiteral("<domain type='kvm'><name>c</name><devices><console type='pty'>"
                           "<target type='serial' port='0'/></console></devices></domain>"));
        QVERIFY(d);
        QCOMPARE(d.value().textConsoles.size(), 1);
        QCOMPARE(d.value().textConsoles[0].kind, DomainTextConsole::Kind::Console);
        QVERIFY(d.value().textConsoles[0].alias.isEmpty()); // inactive XML: no alias yet
        QCOMPARE(d.value().textConsoles[0].deviceName(), QStringLiteral("console0"));
    }

    void openErrors_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<TextConsole::State>("state");
        // virerror.h: VIR_ERR_OPERATION_FAILED = 9, VIR_ERR_OPERATION_INVALID = 55,
        // VIR_ERR_NO_SUPPORT = 3, VIR_ERR_INTERNAL_ERROR = 1.
        QTest::newRow("held") << 9
                              << QStringLiteral("operation failed: Active console session exists "
                                                "for this domain")
                              << TextConsole::State::Held;
        QTest::newRow("not running") << 55
                                     << QStringLiteral("Requested operation is not valid: "
                                                       "domain is not running")
                                     << TextConsole::State::GuestNotRunning;
        QTest::newRow("no pty") << 1
                                << QStringLiteral("internal error: character device serial1 is "
                                                  "not using a PTY")
                                << TextConsole::State::Disconnected;
        QTest::newRow("unsupported") << 3 << QStringLiteral("this function is not supported")
                                     << TextConsole::State::Disconnected;
    }

    void openErrors()
    {
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(TextConsole::State, state);
        QCOMPARE(TextConsole::stateForOpenError(code, message), state);
    }

    void statesInWords()
    {
        using S = TextConsole::State;
        QSet<QString> words;
        for (S s :
             {S::Idle, S::Connecting, S::Connected, S::Held, S::GuestNotRunning, S::Disconnected}) {
            QVERIFY(!TextConsole::stateText(s).isEmpty());
            words.insert(TextConsole::stateText(s));
        }
        QCOMPARE(words.size(), 6);
        QCOMPARE(TextConsole::stateText(S::Held), QStringLiteral("Held by another client"));
    }

    void fetchConsolesOfADomain()
    {
        QTemporaryDir dir;
        auto session = connectedDemoHost(dir);
        QVERIFY(session);
        // The test driver keeps what it is given: a domain with two serial ports.
        QString xml = QString::fromUtf8(kDomainXml);
        xml.replace(QStringLiteral("type='kvm' id='3'"), QStringLiteral("type='test'"));
        auto uuid = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::defineXml(session.get(), xml, ctx, done);
        });
        QVERIFY(uuid && bool(*uuid));
        auto consoles = ask<Result<DomainConsoles>>([&](QObject *ctx, auto done) {
            TextConsole::fetchConsoles(session.get(), QStringLiteral("serials"), ctx, done);
        });
        QVERIFY(consoles && bool(*consoles));
        QCOMPARE(consoles->value().name, QStringLiteral("serials"));
        QVERIFY(!consoles->value().running);
        QVERIFY(consoles->value().textConsoles.size() >= 2);
        QCOMPARE(consoles->value().textConsoles[0].kind, DomainTextConsole::Kind::Serial);
        QCOMPARE(consoles->value().graphics.size(), 1);
    }

    void notRunningUntilItStarts()
    {
        QTemporaryDir dir;
        auto session = connectedDemoHost(dir);
        QVERIFY(session);
        TextConsole console(session.get(), kWin, QString());
        QSignalSpy states(&console, &TextConsole::stateChanged);
        console.open();
        QCOMPARE(console.state(), TextConsole::State::Connecting);
        QTRY_COMPARE(console.state(), TextConsole::State::GuestNotRunning);
        // The guest starts: the console tries again by itself. The test driver has no consoles,
        // so it ends Disconnected, with libvirt's reason.
        states.clear();
        DomainActions::performAction(session.get(), {kWin}, DomainAction::Start);
        QTRY_VERIFY(!states.isEmpty());
        QCOMPARE(states.first().first().value<TextConsole::State>(),
                 TextConsole::State::Connecting);
        QTRY_COMPARE(console.state(), TextConsole::State::Disconnected);
        QVERIFY2(!console.detail().isEmpty(), "libvirt's reason is kept");
        // Closed, it stays closed when the guest stops and starts.
        console.close();
        QCOMPARE(console.state(), TextConsole::State::Idle);
        DomainActions::performAction(session.get(), {kWin}, DomainAction::ForceOff);
        DomainActions::performAction(session.get(), {kWin}, DomainAction::Start);
        QTest::qWait(300);
        QCOMPARE(console.state(), TextConsole::State::Idle);
    }

    void goneWithItsSession()
    {
        QTemporaryDir dir;
        auto session = connectedDemoHost(dir);
        QVERIFY(session);
        TextConsole console(session.get(), kWeb, QStringLiteral("serial0"));
        console.open();
        session.reset(); // the host goes first: nothing crashes, nothing more is asked
        console.send("x");
        console.close();
        QCOMPARE(console.state(), TextConsole::State::Idle);
    }
};

QTEST_MAIN(TestTextConsole)
#include "tst_textconsole.moc"
