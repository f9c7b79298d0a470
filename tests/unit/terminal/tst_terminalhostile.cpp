// SPDX-License-Identifier: GPL-2.0-or-later
// The terminal emulation fed bytes no program would send: random bytes, every escape sequence
// cut at each byte, huge parameters, resizes in between. It must not crash, hang or leave the
// cursor outside the grid (run-asan.sh runs this under AddressSanitizer).

#include "widgets/terminal/terminalemulator.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Vireo;

class TestTerminalHostile : public QObject
{
    Q_OBJECT
private:
    static void checkGrid(const TerminalEmulator &t)
    {
        QVERIFY(t.cursor().x() >= 0 && t.cursor().x() < t.columns());
        QVERIFY(t.cursor().y() >= 0 && t.cursor().y() < t.rows());
        QVERIFY(t.scrollbackCount() <= t.scrollbackLimit());
        // Read every cell (ASan sees any read outside what libvterm allocated).
        std::vector<TerminalCell> row;
        for (int line = 0; line < t.lineCount(); line += 7) {
            for (int col = 0; col < t.columns(); ++col)
                (void)t.cell(line, col).text();
            // A row read at once (as the view paints) is the same cells, from any column.
            const int first = line % t.columns();
            t.readCells(line, first, t.columns(), row);
            QCOMPARE(int(row.size()), t.columns() - first);
            for (int col = first; col < t.columns(); ++col)
                QCOMPARE(row[size_t(col - first)], t.cell(line, col));
        }
        (void)t.allText();
    }

private Q_SLOTS:
    void randomBytes()
    {
        // A fixed seed: a failure is reproducible.
        QRandomGenerator random(20261201);
        TerminalEmulator t(24, 80);
        t.setScrollbackLimit(500);
        for (int round = 0; round < 400; ++round) {
            QByteArray chunk(int(random.bounded(1, 4096)), Qt::Uninitialized);
            for (char &c : chunk) {
                // Weighted towards ESC, CSI parameters and UTF-8 lead bytes.
                const quint32 r = random.bounded(100);
                c = r < 10   ? '\x1b'
                    : r < 20 ? char("[;?0123456789"[random.bounded(13)])
                    : r < 30 ? char(0xc0 + random.bounded(0x40))
                             : char(random.bounded(256));
            }
            t.feed(chunk);
            if (round % 50 == 49)
                t.resize(int(random.bounded(1, 60)), int(random.bounded(1, 200)));
        }
        checkGrid(t);
    }

    void truncatedSequences()
    {
        const QList<QByteArray> sequences = {"\x1b[38;5;196m",
                                             "\x1b[38;2;1;2;3m",
                                             "\x1b]0;title\x07",
                                             "\x1bP+q544e\x1b\\",
                                             "\x1b[?1049h",
                                             "\x1b[99999;99999H",
                                             "\x1b[2147483647L",
                                             "\xe4\xb8\xad",
                                             "\x1b[4294967296M",
                                             "\x1b[" + QByteArray(5000, '1') + "m",
                                             "\x1b]" + QByteArray(100000, 'x') + "\x07"};
        for (const QByteArray &sequence : sequences) {
            for (int cut = 1; cut < std::min<int>(int(sequence.size()), 64); ++cut) {
                TerminalEmulator t(10, 30);
                t.feed(sequence.left(cut));
                t.feed("text after");
                checkGrid(t);
            }
            TerminalEmulator t(10, 30);
            t.feed(sequence);
            t.feed("\r\nok");
            checkGrid(t);
        }
    }

    void wideCharactersAtTheEdge()
    {
        TerminalEmulator t(3, 5);
        t.feed(QStringLiteral("abcd中文字\x1b[1;5H中\x1b[3;5H語語語").toUtf8());
        checkGrid(t);
        t.resize(3, 1); // a wide character no longer fits at all
        checkGrid(t);
        t.resize(6, 9);
        checkGrid(t);
    }
};

QTEST_GUILESS_MAIN(TestTerminalHostile)
#include "tst_terminalhostile.moc"
