// SPDX-License-Identifier: GPL-2.0-or-later
// TerminalView on the offscreen platform: keys become bytes (Ctrl+letters, Ctrl+], arrows), the
// copy and paste shortcuts (a paste of many lines asks first, and a refusal sends nothing), a
// mouse selection, the emulation sized to the widget, the scrollback followed while at the bottom
// and left alone while scrolled up, and the accessible role and text.

#include "widgets/terminal/terminalemulator.h"
#include "widgets/terminal/terminalview.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Vireo;

class TestTerminalView : public QObject
{
    Q_OBJECT
private:
    static QByteArray sent(QSignalSpy &spy)
    {
        QByteArray all;
        for (const QList<QVariant> &args : spy)
            all += args.at(0).toByteArray();
        spy.clear();
        return all;
    }

private Q_SLOTS:
    void keysBecomeBytes()
    {
        TerminalView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy out(&view, &TerminalView::sendBytes);
        QTest::keyClicks(&view, QStringLiteral("ls"));
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(sent(out), QByteArray("ls\r"));
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        QTest::keyClick(&view, Qt::Key_D, Qt::ControlModifier);
        QTest::keyClick(&view, Qt::Key_BracketRight, Qt::ControlModifier);
        QCOMPARE(sent(out), QByteArray("\x03\x04\x1d"));
        QTest::keyClick(&view, Qt::Key_Up);
        QTest::keyClick(&view, Qt::Key_Tab);
        QTest::keyClick(&view, Qt::Key_F1);
        QCOMPARE(sent(out), QByteArray("\x1b[A\t\x1bOP"));
        // Tab stays in the terminal (the shell completes); focus does not move.
        QVERIFY(view.hasFocus() || !QApplication::focusWidget());
        view.setInputEnabled(false);
        QTest::keyClicks(&view, QStringLiteral("x"));
        QCOMPARE(sent(out), QByteArray());
    }

    void sizedToTheWidget()
    {
        TerminalView view;
        QSignalSpy size(&view, &TerminalView::terminalSizeChanged);
        const QSize cell = view.cellSize();
        view.resize(100 * cell.width() + view.verticalScrollBar()->sizeHint().width() + 4,
                    30 * cell.height() + 4);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!size.isEmpty());
        QCOMPARE(view.emulator()->rows(), view.viewport()->height() / cell.height());
        QCOMPARE(view.emulator()->columns(), view.viewport()->width() / cell.width());
        QVERIFY(view.emulator()->columns() >= 99);
    }

    void copySelectionAndShortcut()
    {
        TerminalView view;
        view.resize(view.sizeHint());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.feed("first line\r\nsecond line\r\n");
        const QRect from = view.cellRect(QPoint(6, 0));
        const QRect to = view.cellRect(QPoint(6, 1));
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from.center());
        QTest::mouseMove(view.viewport(), to.center());
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to.center());
        QCOMPARE(view.selectedText(), QStringLiteral("line\nsecond"));
        QApplication::clipboard()->clear();
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("line\nsecond"));
        // The selection stays on its text while output scrolls it up.
        QByteArray more;
        for (int i = 0; i < 40; ++i)
            more += "more\r\n";
        view.feed(more);
        QCOMPARE(view.selectedText(), QStringLiteral("line\nsecond"));
    }

    void pasteAsksForManyLines()
    {
        TerminalView view;
        view.show();
        QSignalSpy out(&view, &TerminalView::sendBytes);
        int asked = 0;
        bool answer = false;
        view.setPasteConfirmation([&](int lines) {
            asked = lines;
            return answer;
        });
        QApplication::clipboard()->setText(QStringLiteral("echo one\necho two\n"));
        QTest::keyClick(&view, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(asked, 0); // two lines: no question
        QCOMPARE(sent(out), QByteArray("echo one\recho two\r"));
        const QString many = QStringLiteral("1\n2\n3\n4\n5\n6\n7");
        view.pasteText(many);
        QCOMPARE(asked, 7);
        QCOMPARE(sent(out), QByteArray()); // refused: nothing sent
        answer = true;
        view.pasteText(many);
        QCOMPARE(sent(out), QByteArray("1\r2\r3\r4\r5\r6\r7"));
    }

    void scrollbackFollowsOnlyAtTheBottom()
    {
        TerminalView view;
        view.resize(view.sizeHint());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QByteArray lines;
        for (int i = 0; i < 100; ++i)
            lines += "line " + QByteArray::number(i) + "\r\n";
        view.feed(lines);
        QScrollBar *bar = view.verticalScrollBar();
        QCOMPARE(bar->maximum(), view.emulator()->scrollbackCount());
        QVERIFY(view.isAtBottom());
        bar->setValue(10);
        const QString top = view.emulator()->lineText(view.topLine());
        view.feed("new output\r\n");
        // Scrolled up: the view stays on the same text.
        QCOMPARE(view.emulator()->lineText(view.topLine()), top);
        // Typing brings the newest output back.
        QTest::keyClick(&view, Qt::Key_A);
        QVERIFY(view.isAtBottom());
    }

    void accessibleTerminal()
    {
        TerminalView view;
        view.resize(view.sizeHint());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.feed("login: root\r\n# ");
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&view);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::Terminal);
        QVERIFY(!iface->text(QAccessible::Name).isEmpty());
        QAccessibleTextInterface *text = iface->textInterface();
        QVERIFY(text);
        QVERIFY(text->text(0, text->characterCount()).startsWith(QStringLiteral("login: root\n#")));
        // The cursor is after "# " on the second row.
        QCOMPARE(text->cursorPosition(), int(QStringLiteral("login: root\n# ").size()));
    }
};

QTEST_MAIN(TestTerminalView)
#include "tst_terminalview.moc"
