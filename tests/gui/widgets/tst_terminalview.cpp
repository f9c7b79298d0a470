// SPDX-License-Identifier: GPL-2.0-or-later
// TerminalView on the offscreen platform: keys become bytes (Ctrl+letters, Ctrl+], arrows), the
// copy and paste shortcuts (a paste of many lines asks first, and a refusal sends nothing), a
// mouse selection, the emulation sized to the widget, the scrollback followed while at the bottom
// and left alone while scrolled up, the accessible role and text, and output that scrolls the
// screen: the drawn pixels are moved and only the new rows painted, with the same picture as a
// full repaint.

#include "widgets/terminal/terminalemulator.h"
#include "widgets/terminal/terminalview.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QPaintEvent>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Vireo;

namespace {

/// Counts the pixels each paint of a widget covers.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    qint64 pixels = 0;
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            for (const QRect &r : static_cast<QPaintEvent *>(event)->region())
                pixels += qint64(r.width()) * r.height();
        }
        return false;
    }
};

/// Waits until the view painted what it was fed: its frame timer has fired and the window's
/// update requests are handled (no sleeping on a guess of how long a frame takes).
bool settle(TerminalView &view)
{
    const QList<QTimer *> timers = view.findChildren<QTimer *>();
    const bool idle = QTest::qWaitFor([&] {
        return std::none_of(timers.begin(), timers.end(), [](QTimer *t) { return t->isActive(); });
    });
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return idle;
}

/// What the window shows now (the offscreen platform's backing store), cut to the viewport.
QImage shownViewport(TerminalView &view)
{
    const QImage window = view.screen()->grabWindow(view.winId()).toImage();
    const QRect r(view.viewport()->mapTo(&view, QPoint(0, 0)), view.viewport()->size());
    return window.copy(r).convertToFormat(QImage::Format_RGB32);
}

} // namespace

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

    void scrollingMovesPixelsAndPaintsOnlyNewRows()
    {
        TerminalView view;
        view.resize(view.sizeHint());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        const int rows = view.emulator()->rows();
        QByteArray lines;
        for (int i = 0; i < rows * 2; ++i)
            lines += "\x1b[3" + QByteArray::number(i % 8) + "mline " + QByteArray::number(i) +
                     " \xe4\xb8\xad\xe6\x96\x87\x1b[0m\r\n";
        view.feed(lines);
        QVERIFY(settle(view));
        PaintCounter counter(view.viewport());
        const qint64 fullScreen = qint64(view.viewport()->width()) * view.viewport()->height();
        // A guest printing line after line, in pieces within one frame.
        for (int i = 0; i < 3; ++i)
            view.feed("more " + QByteArray::number(i) + "\r\n");
        QVERIFY(settle(view));
        QVERIFY(counter.paints > 0);
        // Three new rows and the cursor's: not the screen again.
        QVERIFY2(
            counter.pixels <= 5 * qint64(view.viewport()->width()) * view.cellSize().height(),
            qPrintable(
                QStringLiteral("%1 of %2 pixels painted").arg(counter.pixels).arg(fullScreen)));
        // And the picture is what a full repaint draws.
        const QImage shown = shownViewport(view);
        const QImage full = view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(shown.size(), full.size());
        QVERIFY(shown == full);
        // More lines in one frame than the screen has rows: drawn whole, still the same picture.
        QByteArray many;
        for (int i = 0; i < rows + 5; ++i)
            many += "burst " + QByteArray::number(i) + "\r\n";
        view.feed(many);
        QVERIFY(settle(view));
        QVERIFY(shownViewport(view) ==
                view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32));
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
