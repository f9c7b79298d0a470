// SPDX-License-Identifier: GPL-2.0-or-later
// The console page's selector and the text console pane on libvirt's test driver: a domain with
// serial ports offers Graphical, Serial 0, Serial 1; one without graphics opens on its first
// serial console; one with neither keeps the selector out of the way; the pane says the state in
// words and opens by itself when the guest starts (the test driver then refuses consoles, which
// the pane says); the send-key menu; the scrollback saved to a file off the GUI thread.
// The stream with a real guest: tests/integration/console/tst_textconsoleguest.

#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "tests/support/demohost.h"
#include "ui/console/consolepage.h"
#include "ui/console/textconsolepane.h"
#include "vnc/vncconsole.h"
#include "widgets/terminal/terminalemulator.h"
#include "widgets/terminal/terminalview.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using namespace VireoTest;

namespace {
QString domainXml(const QString &name, bool graphics, int serials)
{
    QString devices;
    for (int i = 0; i < serials; ++i)
        devices += QStringLiteral("<serial type='pty'><target port='%1'/></serial>").arg(i);
    if (graphics)
        devices += QStringLiteral("<graphics type='vnc' port='-1' autoport='yes'/>");
    return QStringLiteral("<domain type='test'><name>%1</name><memory unit='MiB'>64</memory>"
                          "<os><type>hvm</type></os><devices>%2</devices></domain>")
        .arg(name, devices);
}
} // namespace

class TestTextConsolePage : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    QString define(const QString &xml)
    {
        auto uuid = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::defineXml(m_session.get(), xml, ctx, done);
        });
        return uuid && *uuid ? uuid->value() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_session = connectedDemoHost(m_dir);
        QVERIFY(m_session);
    }

    void selectorOffersTheDomainsConsoles()
    {
        const QString uuid = define(domainXml(QStringLiteral("both"), true, 2));
        QVERIFY(!uuid.isEmpty());
        ConsolePage page(m_session.get(), uuid);
        page.show();
        QComboBox *selector = page.consoleSelector();
        QTRY_COMPARE(selector->count(), 3);
        QCOMPARE(selector->itemText(0), QStringLiteral("Graphical"));
        QCOMPARE(selector->itemText(1), QStringLiteral("Serial 0"));
        QCOMPARE(selector->itemText(2), QStringLiteral("Serial 1"));
        QVERIFY(selector->isVisible());
        QVERIFY(!selector->accessibleName().isEmpty());
        // With graphics, the graphical console comes first.
        QCOMPARE(selector->currentIndex(), 0);
        QVERIFY(!page.currentTextConsole());
        page.selectConsole(2);
        TextConsolePane *pane = page.currentTextConsole();
        QVERIFY(pane);
        // Inactive XML has no aliases: the one libvirt gives the second <serial>.
        QCOMPARE(pane->console()->device(), QStringLiteral("serial1"));
        QTRY_COMPARE(pane->console()->state(), TextConsole::State::GuestNotRunning);
        QVERIFY(pane->stateLabel()->text().startsWith(QStringLiteral("The guest is not running")));
        QVERIFY(!pane->terminal()->inputEnabled());
        // While a text console shows, the graphical one does not connect (it would decode a
        // screen no one sees): the page does not even ask for its display.
        page.console()->showMessage(QStringLiteral("untouched"), QString(), false);
        page.reconnect();
        QTest::qWait(200);
        QCOMPARE(page.console()->statusTitle(), QStringLiteral("untouched"));
        // Back and forth keeps the pane (and its scrollback).
        page.selectConsole(0);
        // Graphical again: it asks for the display again (the guest is shut off).
        QTRY_COMPARE(page.console()->statusTitle(), QStringLiteral("The guest is not running"));
        page.selectConsole(2);
        QCOMPARE(page.currentTextConsole(), pane);
    }

    void noGraphicsOpensTheSerialConsole()
    {
        const QString uuid = define(domainXml(QStringLiteral("headless"), false, 1));
        QVERIFY(!uuid.isEmpty());
        ConsolePage page(m_session.get(), uuid);
        page.show();
        QTRY_COMPARE(page.consoleSelector()->currentIndex(), 1);
        TextConsolePane *pane = page.currentTextConsole();
        QVERIFY(pane);
        QTRY_COMPARE(pane->console()->state(), TextConsole::State::GuestNotRunning);
        // The guest starts: the console opens by itself; the test driver refuses consoles, and
        // the pane says so in words, with libvirt's reason.
        DomainActions::performAction(m_session.get(), {uuid}, DomainAction::Start);
        QTRY_COMPARE(pane->console()->state(), TextConsole::State::Disconnected);
        QVERIFY(pane->stateLabel()->text().startsWith(QStringLiteral("Disconnected: ")));
        QVERIFY(!pane->takeOverButton()->isVisible());
        QVERIFY(pane->isVisible());
        DomainActions::performAction(m_session.get(), {uuid}, DomainAction::ForceOff);
        QTRY_COMPARE(pane->console()->state(), TextConsole::State::GuestNotRunning);
    }

    void noTextConsolesNoSelector()
    {
        ConsolePage page(m_session.get(), kWeb);
        page.show();
        QTRY_VERIFY(!page.domainName().isEmpty());
        QTest::qWait(100);
        QCOMPARE(page.consoleSelector()->count(), 1);
        QVERIFY(!page.consoleSelector()->isVisible());
    }

    void sendKeyMenu()
    {
        DomainTextConsole serial;
        serial.alias = QStringLiteral("serial0");
        TextConsolePane pane(m_session.get(), kWin, serial);
        QStringList texts;
        QAction *breakAction = nullptr;
        QMenu *sysrq = nullptr;
        for (QAction *a : pane.sendKeyMenu()->actions()) {
            texts << a->text();
            if (a->text() == QStringLiteral("Break"))
                breakAction = a;
            if (a->menu())
                sysrq = a->menu();
        }
        QVERIFY(texts.contains(QStringLiteral("Ctrl+C")));
        QVERIFY(texts.contains(QStringLiteral("Ctrl+D")));
        QVERIFY(texts.contains(QStringLiteral("Ctrl+]")));
        // libvirt has no serial break: offered, disabled, with the reason.
        QVERIFY(breakAction && !breakAction->isEnabled() && !breakAction->toolTip().isEmpty());
        QVERIFY(sysrq && sysrq->actions().size() >= 8);
        QVERIFY(sysrq->actions().first()->text().startsWith(QStringLiteral("Alt+SysRq+H")));
    }

    void heldOffersTakeOverAfterAsking()
    {
        DomainTextConsole serial;
        serial.alias = QStringLiteral("serial0");
        TextConsolePane pane(m_session.get(), kWin, serial);
        pane.resize(900, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(!pane.takeOverButton()->isVisible());
        // What the stream says when libvirt answers "Active console session exists".
        Q_EMIT pane.console()->stateChanged(TextConsole::State::Held, QString());
        QTRY_VERIFY(pane.takeOverButton()->isVisible()); // the tool bar lays out later
        QVERIFY(pane.stateLabel()->text().startsWith(QStringLiteral("Held by another client")));
        int asked = 0;
        pane.setTakeOverConfirmation([&] {
            ++asked;
            return false;
        });
        pane.takeOverButton()->click();
        QCOMPARE(asked, 1);
        QCOMPARE(pane.console()->state(), TextConsole::State::Idle); // refused: nothing opened
        pane.setTakeOverConfirmation([&] {
            ++asked;
            return true;
        });
        pane.takeOverButton()->click();
        QCOMPARE(asked, 2);
        QCOMPARE(pane.console()->state(), TextConsole::State::Connecting);
        // The guest is shut off: that is the answer.
        QTRY_COMPARE(pane.console()->state(), TextConsole::State::GuestNotRunning);
        QVERIFY(!pane.terminal()->inputEnabled());
        Q_EMIT pane.console()->stateChanged(TextConsole::State::Connected, QString());
        QVERIFY(pane.terminal()->inputEnabled());
        QTRY_VERIFY(!pane.takeOverButton()->isVisible());
    }

    void skippedOutputIsSaidWhereItWas()
    {
        // What the console says when its backlog overran (ConsoleInbox dropped the oldest): a
        // line of its own right after what came before the gap, even inside a cut sequence or
        // in the middle of a line, and then what came after.
        DomainTextConsole serial;
        TextConsolePane pane(m_session.get(), kWin, serial);
        const TerminalEmulator *t = pane.terminal()->emulator();
        auto lineAfter = [t](const QString &text) {
            for (int l = 0; l + 1 < t->lineCount(); ++l)
                if (t->lineText(l) == text)
                    return t->lineText(l + 1);
            return QStringLiteral("(no line '%1')").arg(text);
        };
        const QString notice = QStringLiteral("[3 MiB of output not shown: the guest printed "
                                              "faster than this console can draw]");
        pane.terminal()->feed("before the gap\r\n\x1b[3"); // a sequence the gap cut
        Q_EMIT pane.console()->outputSkipped(3ull * 1024 * 1024 + 200 * 1024);
        pane.terminal()->feed("after the gap\r\n");
        QCOMPARE(lineAfter(QStringLiteral("before the gap")), notice);
        QCOMPARE(lineAfter(notice), QStringLiteral("after the gap"));

        pane.terminal()->feed("half a li"); // the gap came mid-line
        Q_EMIT pane.console()->outputSkipped(3ull * 1024 * 1024);
        pane.terminal()->feed("ne later\r\n");
        QCOMPARE(lineAfter(QStringLiteral("half a li")), notice);
        QCOMPARE(lineAfter(notice), QStringLiteral("after the gap")); // the first one's
        QVERIFY(t->lineText(t->cursor().y() + t->scrollbackCount() - 1) ==
                QStringLiteral("ne later"));
    }

    void saveScrollback()
    {
        DomainTextConsole serial;
        TextConsolePane pane(m_session.get(), kWin, serial);
        QByteArray lines;
        for (int i = 0; i < 300; ++i)
            lines += "boot line " + QByteArray::number(i) + "\r\n";
        pane.terminal()->feed(lines + "\x1b[1mlogin:\x1b[m ");
        const QString path = m_dir.filePath(QStringLiteral("scrollback.txt"));
        std::optional<QString> error;
        pane.saveScrollbackTo(path, [&](const QString &e) { error = e; });
        QTRY_VERIFY(error.has_value());
        QCOMPARE(*error, QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QStringLiteral("boot line 0\nboot line 1\n")));
        QVERIFY(text.contains(QStringLiteral("boot line 299\nlogin:")));
        // A folder that does not exist is said.
        error.reset();
        pane.saveScrollbackTo(m_dir.filePath(QStringLiteral("no/such/dir/x.txt")),
                              [&](const QString &e) { error = e; });
        QTRY_VERIFY(error.has_value());
        QVERIFY(!error->isEmpty());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
};

QTEST_MAIN(TestTextConsolePage)
#include "tst_textconsolepage.moc"
