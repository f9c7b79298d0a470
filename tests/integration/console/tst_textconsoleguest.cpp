// SPDX-License-Identifier: GPL-2.0-or-later
// The text console on the real guest (its shell on ttyS0 behind a pty serial port): the console
// page offers Serial 0; the serial console shows the shell's prompt; `echo serial-ok` typed into
// the terminal widget comes back in the widget's text; a guest reset keeps (or reopens) the
// console by itself, as does a power cycle; a second client opening the console is told it is
// held, and may take it over after asking, when the first is told it was disconnected.

#include "guest.h"

#include "core/console/consoleinbox.h"
#include "core/console/textconsole.h"
#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/console/consolepage.h"
#include "ui/console/textconsolepane.h"
#include "widgets/terminal/terminalemulator.h"
#include "widgets/terminal/terminalview.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using namespace Vireo::Integration;
using State = TextConsole::State;

class TestTextConsoleGuest : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    QString terminalText() const
    {
        return m_pane ? m_pane->terminal()->emulator()->allText() : QString();
    }
    /// Presses Enter until the prompt shows (the shell printed its prompt before we came).
    bool waitForPrompt(int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            QTest::keyClick(m_pane->terminal(), Qt::Key_Return);
            if (QTest::qWaitFor(
                    [&] { return terminalText().contains(QStringLiteral("vireo-guest# ")); }, 3000))
                return true;
        }
        return false;
    }

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
        m_spec = testGuestSpec(QStringLiteral("textconsole"), m_dir.path(), 256);
        const Booted booted = defineAndBoot(m_session.get(), m_env, m_spec);
        QVERIFY2(booted.error.isEmpty(), qPrintable(booted.error));
        m_uuid = booted.uuid;
    }

    void serialConsoleShowsThePrompt()
    {
        QElapsedTimer clicked;
        m_page = std::make_unique<ConsolePage>(m_session.get(), m_uuid);
        m_page->resize(900, 600);
        m_page->show();
        QComboBox *selector = m_page->consoleSelector();
        QTRY_VERIFY_WITH_TIMEOUT(selector->findText(QStringLiteral("Serial 0")) > 0,
                                 kLibvirtCallMs);
        clicked.start();
        m_page->selectConsole(selector->findText(QStringLiteral("Serial 0")));
        m_pane = m_page->currentTextConsole();
        QVERIFY(m_pane);
        QCOMPARE(m_pane->console()->device(), QStringLiteral("serial0"));
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->console()->state(), State::Connected, kLibvirtCallMs);
        QVERIFY2(waitForPrompt(kLibvirtCallMs), qPrintable(terminalText().right(600)));
        // A figure for the report, not a pass/fail criterion.
        qInfo("serial prompt on screen %lld ms after the console was chosen", clicked.elapsed());
    }

    void typedEchoComesBack()
    {
        QVERIFY(m_pane);
        m_pane->terminal()->setFocus();
        QTest::keyClicks(m_pane->terminal(), QStringLiteral("echo serial-ok"));
        QTest::keyClick(m_pane->terminal(), Qt::Key_Return);
        // The echo of the command line, then its output on a line of its own.
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         const TerminalEmulator *t = m_pane->terminal()->emulator();
                         for (int l = 0; l < t->lineCount(); ++l)
                             if (t->lineText(l) == QStringLiteral("serial-ok"))
                                 return true;
                         return false;
                     },
                     kLibvirtCallMs),
                 qPrintable(terminalText().right(600)));
    }

    void aFloodArrivesWholeInBatches()
    {
        // `yes` on the serial console: what reaches received() is exactly what the guest wrote
        // (the serial log holds the same bytes), and it comes in batches, at most one a
        // delivery interval (8 ms) and at most a slice (32 KiB) each, not a signal for each of
        // libvirt's small packets.
        QVERIFY(m_pane);
        TextConsole *console = m_pane->console();
        QByteArray got;
        int batches = 0;
        QElapsedTimer span;
        QObject context;
        qsizetype largest = 0;
        connect(console, &TextConsole::received, &context, [&](const QByteArray &bytes) {
            if (batches++ == 0)
                span.start();
            got += bytes;
            largest = qMax(largest, bytes.size());
        });
        // The markers come only from the commands' output (the typed line has quotes inside).
        console->send("echo flood-b''egin; yes vireo-flood | head -n 4000; echo flood-e''nd\r");
        auto segment = [](const QByteArray &all) {
            const qsizetype from = all.indexOf("flood-begin");
            const qsizetype to = all.indexOf("flood-end", from);
            return from < 0 || to < 0 ? QByteArray() : all.mid(from, to - from);
        };
        QVERIFY2(QTest::qWaitFor([&] { return !segment(got).isEmpty(); }, 120000),
                 got.right(300).constData());
        const qint64 elapsedMs = span.elapsed();
        QFile log(m_spec.serialLogPath);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logged = segment(log.readAll());
        QCOMPARE(segment(got).size(), logged.size());
        QVERIFY(segment(got) == logged);
        QVERIFY(logged.count("vireo-flood\r\n") >= 3990);
        QVERIFY(largest <= ConsoleInbox::DefaultSlice); // a slice at a time
        QVERIFY2(batches <= elapsedMs / 7 + 2,
                 qPrintable(QStringLiteral("%1 batches in %2 ms").arg(batches).arg(elapsedMs)));
        qInfo("flood: %lld bytes in %d batches over %lld ms", qint64(got.size()), batches,
              elapsedMs); // a figure only
    }

    void resetKeepsTheConsole()
    {
        QVERIFY(m_pane);
        DomainActions::performAction(m_session.get(), {m_uuid}, DomainAction::Reset);
        // QEMU stays, and so does its pty: the console carries the reboot's messages and is
        // connected again (by itself, if the stream dropped) when the guest's shell is back.
        const SerialLog serial(m_spec.serialLogPath);
        QTRY_VERIFY_WITH_TIMEOUT(serial.text().count(QStringLiteral("VIREO-BOOTED")) >= 2 ||
                                     terminalText().count(QStringLiteral("VIREO-BOOTED")) >= 2,
                                 kLibvirtCallMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->console()->state(), State::Connected, kLibvirtCallMs);
        QVERIFY2(waitForPrompt(kLibvirtCallMs), qPrintable(terminalText().right(600)));
    }

    void powerCycleReconnects()
    {
        QVERIFY(m_pane);
        DomainActions::performAction(m_session.get(), {m_uuid}, DomainAction::ForceOff);
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->console()->state(), State::GuestNotRunning,
                                  kLibvirtCallMs);
        DomainActions::performAction(m_session.get(), {m_uuid}, DomainAction::Start);
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->console()->state(), State::Connected, kLibvirtCallMs);
        QVERIFY2(waitForPrompt(kLibvirtCallMs), qPrintable(terminalText().right(600)));
    }

    void secondClientIsToldItIsHeld()
    {
        QVERIFY(m_pane);
        QCOMPARE(m_pane->console()->state(), State::Connected);
        DomainTextConsole serial;
        serial.alias = m_pane->console()->device();
        TextConsolePane second(m_session.get(), m_uuid, serial);
        second.show();
        second.start();
        QTRY_COMPARE_WITH_TIMEOUT(second.console()->state(), State::Held, kLibvirtCallMs);
        // The toolbar shows its widget action's button in its next layout pass, after the state.
        QTRY_VERIFY(second.takeOverButton()->isVisible());
        QVERIFY(second.stateLabel()->text().startsWith(QStringLiteral("Held by another client")));
        // Refused: nothing changes.
        second.setTakeOverConfirmation([] { return false; });
        second.takeOverButton()->click();
        QTest::qWait(500);
        QCOMPARE(second.console()->state(), State::Held);
        QCOMPARE(m_pane->console()->state(), State::Connected);
        // Taken over: the second has it, the first is told (it then finds it held).
        second.setTakeOverConfirmation([] { return true; });
        second.takeOverButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(second.console()->state(), State::Connected, kLibvirtCallMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->console()->state() == State::Held ||
                                     m_pane->console()->state() == State::Disconnected,
                                 kLibvirtCallMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->console()->state(), State::Held, kLibvirtCallMs);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        if (!m_env.uri.isEmpty() && m_env.unavailable.isEmpty())
            removeTestDomains(m_env.uri);
    }

private:
    Environment m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    GuestSpec m_spec;
    QString m_uuid;
    std::unique_ptr<ConsolePage> m_page;
    TextConsolePane *m_pane = nullptr;
};

QTEST_MAIN(TestTextConsoleGuest)
#include "tst_textconsoleguest.moc"
