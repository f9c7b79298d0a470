// SPDX-License-Identifier: GPL-2.0-or-later
// The terminal emulation fed recorded byte streams (a shell session, `ls --color`, a full-screen
// `top` frame, a UTF-8 CJK line) shows the expected cells: text, attributes and colours; the
// scrollback keeps what scrolled off, up to its limit, and gives it back on a resize; keys turn
// into the bytes a terminal sends.

#include "widgets/terminal/terminalemulator.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Vireo;

class TestTerminalEmulator : public QObject
{
    Q_OBJECT
private:
    static QByteArray recorded(const char *name)
    {
        QFile file(QStringLiteral(TERMINAL_DATA_DIR "/%1").arg(QLatin1String(name)));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("no recorded stream %s", name);
        return file.readAll();
    }
    /// Where text starts on a screen row, or -1.
    static int columnOf(const TerminalEmulator &t, int row, const QString &text)
    {
        return int(t.lineText(t.scrollbackCount() + row).indexOf(text));
    }

private Q_SLOTS:
    void shellSession()
    {
        TerminalEmulator t(24, 80);
        t.feed(recorded("shell.bytes"));
        // The tty echoed the typed lines before bash printed its prompt.
        QCOMPARE(t.lineText(0), QStringLiteral("echo hi"));
        QCOMPARE(t.lineText(1), QStringLiteral("exit"));
        QCOMPARE(t.lineText(2), QStringLiteral("user@host:~$ echo hi"));
        QCOMPARE(t.lineText(3), QStringLiteral("hi"));
        QCOMPARE(t.lineText(4), QStringLiteral("user@host:~$ exit"));
        QCOMPARE(t.lineText(5), QStringLiteral("exit"));
        QCOMPARE(t.cursor(), QPoint(0, 6));
        QCOMPARE(t.scrollbackCount(), 0);
        const TerminalCell dollar = t.screenCell(2, 11);
        QCOMPARE(dollar.text(), QStringLiteral("$"));
        QCOMPARE(dollar.fg, TerminalColor::Default);
        QCOMPARE(dollar.attrs, quint8(0));
    }

    void lsColor()
    {
        TerminalEmulator t(24, 80);
        t.feed(recorded("ls-color.bytes"));
        QCOMPARE(t.lineText(0), QStringLiteral("link  plain.txt  run.sh  sub"));
        // Symlink bold cyan (01;36), plain file default, executable bold green, directory bold
        // blue.
        const TerminalCell link = t.screenCell(0, 0);
        QCOMPARE(link.text(), QStringLiteral("l"));
        QVERIFY(link.has(TerminalCell::Bold));
        QCOMPARE(link.fg, TerminalColor::indexed(6));
        const TerminalCell plain = t.screenCell(0, 6);
        QCOMPARE(plain.text(), QStringLiteral("p"));
        QVERIFY(!plain.has(TerminalCell::Bold));
        QCOMPARE(plain.fg, TerminalColor::Default);
        const TerminalCell run = t.screenCell(0, 17);
        QCOMPARE(run.text(), QStringLiteral("r"));
        QCOMPARE(run.fg, TerminalColor::indexed(2));
        QVERIFY(run.has(TerminalCell::Bold));
        const TerminalCell sub = t.screenCell(0, 25);
        QCOMPARE(sub.text(), QStringLiteral("s"));
        QCOMPARE(sub.fg, TerminalColor::indexed(4));
        // The space after a reset is plain again.
        QCOMPARE(t.screenCell(0, 4).fg, TerminalColor::Default);
        QCOMPARE(t.screenCell(0, 4).attrs, quint8(0));
        QCOMPARE(t.cursor(), QPoint(0, 1));
    }

    void topFrame()
    {
        TerminalEmulator t(24, 80);
        t.feed(recorded("top-frame.bytes"));
        // A full screen drawn from the home position: nothing scrolled off.
        QCOMPARE(t.scrollbackCount(), 0);
        QVERIFY(t.lineText(0).startsWith(QStringLiteral("top - 14:27:30 up  6:32,")));
        QVERIFY(t.lineText(1).startsWith(QStringLiteral("Tasks: 124 total,")));
        // " 124 " is bold, "total," is not.
        QVERIFY(t.screenCell(1, 7).has(TerminalCell::Bold));
        QVERIFY(!t.screenCell(1, 11).has(TerminalCell::Bold));
        QCOMPARE(t.lineText(5), QString());
        // The column header is reverse video across the whole width.
        QVERIFY(t.lineText(6).startsWith(QStringLiteral("  PID USER      PR  NI")));
        const int headerEnd = int(t.lineText(6).size()) - 1; // the last letter of COMMAND
        for (int col : {0, 40, headerEnd})
            QVERIFY2(t.screenCell(6, col).has(TerminalCell::Reverse),
                     qPrintable(QString::number(col)));
        QVERIFY(!t.screenCell(7, 0).has(TerminalCell::Reverse));
        QVERIFY(t.lineText(7).startsWith(QStringLiteral("30261 root")));
        QVERIFY(t.screenCell(7, 0).has(TerminalCell::Bold));  // a running task
        QVERIFY(!t.screenCell(8, 0).has(TerminalCell::Bold)); // a sleeping one
        QVERIFY(t.lineText(23).size() > 0);
        // top hid the cursor while drawing.
        QVERIFY(!t.cursorVisible());
    }

    void cursorAddressing()
    {
        TerminalEmulator t(24, 80);
        t.feed("\x1b[2J\x1b[5;10HX\x1b[24;80HZ\x1b[1;1HY\x1b[12;40H\x1b[7mR\x1b[m");
        QCOMPARE(t.screenCell(4, 9).text(), QStringLiteral("X"));
        QCOMPARE(t.screenCell(23, 79).text(), QStringLiteral("Z"));
        QCOMPARE(t.screenCell(0, 0).text(), QStringLiteral("Y"));
        QVERIFY(t.screenCell(11, 39).has(TerminalCell::Reverse));
        QCOMPARE(t.cursor(), QPoint(40, 11));
        QCOMPARE(t.scrollbackCount(), 0);
    }

    void cjkLine()
    {
        TerminalEmulator t(24, 80);
        t.feed(QStringLiteral("中文 ok 日本語\r\n").toUtf8());
        QCOMPARE(t.lineText(0), QStringLiteral("中文 ok 日本語"));
        // Each CJK character takes two cells: its own and an empty right half.
        QCOMPARE(t.screenCell(0, 0).text(), QStringLiteral("中"));
        QCOMPARE(t.screenCell(0, 0).width, quint8(2));
        QCOMPARE(t.screenCell(0, 1).width, quint8(0));
        QCOMPARE(t.screenCell(0, 1).text(), QString());
        QCOMPARE(t.screenCell(0, 2).text(), QStringLiteral("文"));
        QCOMPARE(t.screenCell(0, 4).text(), QStringLiteral(" "));
        QCOMPARE(t.screenCell(0, 5).text(), QStringLiteral("o"));
        QCOMPARE(t.screenCell(0, 5).width, quint8(1));
        QCOMPARE(t.screenCell(0, 8).text(), QStringLiteral("日"));
        QCOMPARE(t.screenCell(0, 12).text(), QStringLiteral("語"));
        // A combining mark stays with its letter.
        t.feed(QStringLiteral("e\u0301!").toUtf8());
        QCOMPARE(t.screenCell(1, 0).text(), QStringLiteral("e\u0301"));
        QCOMPARE(t.screenCell(1, 1).text(), QStringLiteral("!"));
    }

    void colours256AndRgb()
    {
        TerminalEmulator t(24, 80);
        t.feed("\x1b[38;5;196mA\x1b[48;5;21mB\x1b[0m\x1b[38;2;10;20;30mC\x1b[1;3;4mD\x1b[m");
        QCOMPARE(t.screenCell(0, 0).fg, TerminalColor::indexed(196));
        QCOMPARE(t.screenCell(0, 0).bg, TerminalColor::Default);
        QCOMPARE(t.screenCell(0, 1).bg, TerminalColor::indexed(21));
        QCOMPARE(t.screenCell(0, 2).fg, TerminalColor::rgb(10, 20, 30));
        const TerminalCell d = t.screenCell(0, 3);
        QVERIFY(d.has(TerminalCell::Bold) && d.has(TerminalCell::Italic) &&
                d.has(TerminalCell::Underline));
        // xterm's 256-colour cube: 196 is pure red, 21 pure blue.
        QCOMPARE(t.toRgb(TerminalColor::indexed(196), true), qRgb(255, 0, 0));
        QCOMPARE(t.toRgb(TerminalColor::indexed(21), true), qRgb(0, 0, 255));
        // The 16 ANSI colours are Tango's, readable on the dark default background.
        QCOMPARE(t.toRgb(TerminalColor::indexed(4), true), qRgb(0x34, 0x65, 0xa4));
        QCOMPARE(t.toRgb(TerminalColor::indexed(12), true), qRgb(0x72, 0x9f, 0xcf));
        t.setDefaultColours(qRgb(1, 2, 3), qRgb(4, 5, 6));
        QCOMPARE(t.toRgb(TerminalColor::Default, true), qRgb(1, 2, 3));
        QCOMPARE(t.toRgb(TerminalColor::Default, false), qRgb(4, 5, 6));
    }

    void scrollbackKeepsAndLimits()
    {
        TerminalEmulator t(5, 20);
        t.setScrollbackLimit(100);
        QSignalSpy spy(&t, &TerminalEmulator::scrollbackChanged);
        QByteArray bytes;
        for (int i = 0; i < 150; ++i)
            bytes += "line " + QByteArray::number(i) + "\r\n";
        t.feed(bytes);
        QVERIFY(!spy.isEmpty());
        // 150 lines and the empty cursor line on 5 rows: 146 scrolled off, 100 kept.
        QCOMPARE(t.scrollbackCount(), 100);
        QCOMPARE(t.droppedLines(), qint64(46));
        QCOMPARE(t.lineText(0), QStringLiteral("line 46"));
        QCOMPARE(t.lineText(99), QStringLiteral("line 145"));
        QCOMPARE(t.lineText(100), QStringLiteral("line 146"));
        QCOMPARE(t.lineText(103), QStringLiteral("line 149"));
        QVERIFY(t.allText().endsWith(QStringLiteral("line 148\nline 149\n")));
        // Colours survive the trip through the scrollback.
        t.feed("\x1b[31mred\x1b[m\r\n\r\n\r\n\r\n\r\n");
        const int redLine = t.scrollbackCount() - 1;
        QCOMPARE(t.lineText(redLine), QStringLiteral("red"));
        QCOMPARE(t.cell(redLine, 0).fg, TerminalColor::indexed(1));
        QCOMPARE(t.cell(redLine, 0).bg, TerminalColor::Default);
        // Growing the screen takes lines back from the scrollback (sb_popline).
        const int before = t.scrollbackCount();
        t.resize(8, 20);
        QCOMPARE(t.scrollbackCount(), before - 3);
        // The three lines come back above the screen's old top: "red" was the last to go.
        QCOMPARE(t.lineText(t.scrollbackCount() + 2), QStringLiteral("red"));
        QCOMPARE(t.screenCell(2, 0).fg, TerminalColor::indexed(1));
    }

    void defaultLimitIsTenThousand()
    {
        TerminalEmulator t(2, 10);
        QCOMPARE(t.scrollbackLimit(), 10000);
        QByteArray bytes;
        for (int i = 0; i < 10100; ++i)
            bytes += QByteArray::number(i) + "\r\n";
        t.feed(bytes);
        QCOMPARE(t.scrollbackCount(), 10000);
        QCOMPARE(t.lineText(t.scrollbackCount() - 1), QStringLiteral("10098"));
    }

    void textBetweenPositions()
    {
        TerminalEmulator t(4, 20);
        t.feed("alpha beta\r\ngamma\r\ndelta");
        QCOMPARE(t.text(QPoint(6, 0), QPoint(3, 2)), QStringLiteral("beta\ngamma\ndel"));
        // Either order.
        QCOMPARE(t.text(QPoint(3, 2), QPoint(6, 0)), QStringLiteral("beta\ngamma\ndel"));
        QCOMPARE(t.screenText(), QStringLiteral("alpha beta\ngamma\ndelta\n"));
    }

    void keysBecomeBytes()
    {
        TerminalEmulator t(24, 80);
        QSignalSpy out(&t, &TerminalEmulator::output);
        t.sendChar(U'a', 0);
        t.sendChar(U'c', 4 /* VTERM_MOD_CTRL */);
        t.sendChar(U']', 4);
        t.sendChar(U'é', 0);
        QCOMPARE(out.size(), 4);
        QCOMPARE(out.at(0).at(0).toByteArray(), QByteArray("a"));
        QCOMPARE(out.at(1).at(0).toByteArray(), QByteArray("\x03"));
        QCOMPARE(out.at(2).at(0).toByteArray(), QByteArray("\x1d"));
        QCOMPARE(out.at(3).at(0).toByteArray(), QStringLiteral("é").toUtf8());
        out.clear();
        t.sendKey(1 /* VTERM_KEY_ENTER */, 0);
        t.sendKey(5 /* VTERM_KEY_UP */, 0);
        QCOMPARE(out.at(0).at(0).toByteArray(), QByteArray("\r"));
        QCOMPARE(out.at(1).at(0).toByteArray(), QByteArray("\x1b[A"));
        // Application cursor keys (DECCKM), as a full-screen program asks for them.
        out.clear();
        t.feed("\x1b[?1h");
        t.sendKey(5, 0);
        QCOMPARE(out.at(0).at(0).toByteArray(), QByteArray("\x1bOA"));
        // A paste: line ends become CR; bracketed when the program asked (as bash does).
        out.clear();
        t.sendPaste(QStringLiteral("ls\nid"));
        QCOMPARE(out.at(0).at(0).toByteArray(), QByteArray("ls\rid"));
        out.clear();
        t.feed("\x1b[?2004h");
        t.sendPaste(QStringLiteral("x"));
        QCOMPARE(out.at(0).at(0).toByteArray(), QByteArray("\x1b[200~x\x1b[201~"));
        // The terminal's answer to a device-status query goes out too.
        out.clear();
        t.feed("ab\x1b[6n");
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.at(0).at(0).toByteArray(), QByteArray("\x1b[1;3R"));
    }

    void scrollIsOneMoveAndTheNewRows()
    {
        TerminalEmulator t(24, 80);
        QByteArray fill;
        for (int i = 0; i < 24; ++i)
            fill += "line " + QByteArray::number(i) + "\r\n";
        t.feed(fill);
        QSignalSpy scrolled(&t, &TerminalEmulator::scrolled);
        QSignalSpy damage(&t, &TerminalEmulator::damaged);
        t.feed("a\r\nb\r\nc\r\n");
        // One move of three rows, then damage of the rows written (not the whole screen).
        QCOMPARE(scrolled.size(), 1);
        QCOMPARE(scrolled.at(0).at(0).toInt(), 3);
        QCOMPARE(damage.size(), 1);
        const QRect d = damage.at(0).at(0).toRect();
        QVERIFY2(d.top() >= 20 && d.bottom() <= 23,
                 qPrintable(QStringLiteral("%1..%2").arg(d.top()).arg(d.bottom())));
        QCOMPARE(t.lineText(t.scrollbackCount() + 20), QStringLiteral("a"));
        // A scroll region (a full-screen program's) is damage, not a move of the screen.
        scrolled.clear();
        damage.clear();
        t.feed("\x1b[5;10r\x1b[10;1H\r\nregion");
        QCOMPARE(scrolled.size(), 0);
        QVERIFY(damage.size() == 1 && damage.at(0).at(0).toRect().contains(QRect(0, 4, 80, 6)));
    }

    void readCellsMatchesCell()
    {
        TerminalEmulator t(4, 20);
        t.feed("a\xe4\xb8\xad"
               "b\x1b[1;31mred\x1b[0m\r\n");
        std::vector<TerminalCell> row;
        for (int first = 0; first < 4; ++first) {
            t.readCells(t.scrollbackCount(), first, 20, row);
            QCOMPARE(int(row.size()), 20 - first);
            for (int c = first; c < 20; ++c)
                QCOMPARE(row[size_t(c - first)], t.screenCell(0, c));
        }
        t.readCells(t.scrollbackCount(), 0, 20, row);
        QCOMPARE(row[1].width, quint8(2));
        QCOMPARE(row[2].width, quint8(0));
    }

    void titleAndDamage()
    {
        TerminalEmulator t(24, 80);
        QSignalSpy title(&t, &TerminalEmulator::titleChanged);
        QSignalSpy damage(&t, &TerminalEmulator::damaged);
        t.feed("\x1b]0;guest shell\x07hello");
        QCOMPARE(title.size(), 1);
        QCOMPARE(t.title(), QStringLiteral("guest shell"));
        // One signal for the whole feed, covering the written cells.
        QCOMPARE(damage.size(), 1);
        QVERIFY(damage.at(0).at(0).toRect().contains(QRect(0, 0, 5, 1)));
    }
};

QTEST_GUILESS_MAIN(TestTerminalEmulator)
#include "tst_terminalemulator.moc"
