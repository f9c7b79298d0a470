// SPDX-License-Identifier: GPL-2.0-or-later
// The text console's inbox (core/console/consoleinbox.*): what the guest printed comes out in
// order and in slices; a backlog beyond the capacity loses its oldest bytes, counted and
// reported once, before the slice that follows the gap; and a long random run of appends and
// takes agrees with a plain model of it.

#include "core/console/consoleinbox.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Vireo;

class TestConsoleInbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smallPiecesComeOutWhole()
    {
        ConsoleInbox inbox(100, 10);
        QVERIFY(inbox.isEmpty());
        inbox.append("ab");
        inbox.append("cd");
        const auto t = inbox.take();
        QCOMPARE(t.bytes, QByteArray("abcd"));
        QCOMPARE(t.skipped, quint64(0));
        QVERIFY(!t.more);
        QVERIFY(inbox.isEmpty());
        QVERIFY(inbox.take().bytes.isEmpty());
    }

    void backlogComesInSlices()
    {
        ConsoleInbox inbox(100, 4);
        inbox.append("0123456789");
        auto t = inbox.take();
        QCOMPARE(t.bytes, QByteArray("0123"));
        QVERIFY(t.more);
        inbox.append("ab");
        t = inbox.take();
        QCOMPARE(t.bytes, QByteArray("4567"));
        QVERIFY(t.more);
        t = inbox.take();
        QCOMPARE(t.bytes, QByteArray("89ab"));
        QVERIFY(!t.more);
        QCOMPARE(inbox.pending(), 0);
    }

    void overflowDropsTheOldestOnce()
    {
        ConsoleInbox inbox(10, 4);
        inbox.append("0123456");
        inbox.append("789ABC"); // 13 bytes for 10 places: "012" go
        QCOMPARE(inbox.pending(), 10);
        auto t = inbox.take();
        QCOMPARE(t.skipped, quint64(3));
        QCOMPARE(t.bytes, QByteArray("3456"));
        t = inbox.take();
        QCOMPARE(t.skipped, quint64(0)); // said once
        QCOMPARE(t.bytes, QByteArray("789A"));
        t = inbox.take();
        QCOMPARE(t.bytes, QByteArray("BC"));
        QVERIFY(!t.more);
    }

    void onePieceLargerThanTheInbox()
    {
        ConsoleInbox inbox(8, 8);
        inbox.append("xy");
        inbox.append("0123456789AB"); // the earlier 2 and this piece's first 4 go
        const auto t = inbox.take();
        QCOMPARE(t.skipped, quint64(6));
        QCOMPARE(t.bytes, QByteArray("456789AB"));
        QVERIFY(!t.more);
    }

    void agreesWithAModel()
    {
        // A plain model: everything appended, in order; what the inbox gives plus what it says it
        // dropped is all of it, and it never holds more than its capacity.
        const qsizetype capacity = 1000, slice = 64;
        ConsoleInbox inbox(capacity, slice);
        QRandomGenerator rng(20261202);
        QByteArray all, given;
        quint64 dropped = 0;
        char next = 0;
        for (int round = 0; round < 20000; ++round) {
            if (rng.bounded(3) != 0) {
                QByteArray piece(rng.bounded(1, 300), Qt::Uninitialized);
                for (char &c : piece)
                    c = next++;
                all += piece;
                inbox.append(piece);
                QVERIFY(inbox.pending() <= capacity);
            } else {
                const auto t = inbox.take();
                QVERIFY(t.bytes.size() <= slice);
                dropped += t.skipped;
                // The gap sits where the model says: the slice continues right after it.
                QCOMPARE(QByteArray(all.constData() + given.size() + dropped, t.bytes.size()),
                         t.bytes);
                given += t.bytes;
                QCOMPARE(t.more, inbox.pending() > 0);
            }
        }
        for (auto t = inbox.take();; t = inbox.take()) {
            dropped += t.skipped;
            given += t.bytes;
            if (!t.more)
                break;
        }
        QCOMPARE(quint64(given.size()) + dropped, quint64(all.size()));
        QVERIFY(dropped > 0);                       // the run did overflow
        QCOMPARE(given.right(200), all.right(200)); // the newest is never the part lost
    }
};

QTEST_GUILESS_MAIN(TestConsoleInbox)
#include "tst_consoleinbox.moc"
