// SPDX-License-Identifier: GPL-2.0-or-later
// Servers that misbehave, and what a long session costs: garbage, truncated and stalled
// streams, huge sizes and a server gone mid-message end the connection with an error (never a
// crash, an overrun or a hang: run-asan.sh runs these under AddressSanitizer), and many cursor
// shapes leak nothing.

#include "vncsession.h"

#include "vnc/vncconnection.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <malloc.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif

using namespace Vireo;
using namespace RfbTest;
using State = VncConnection::State;

class TestVncHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void disconnectMidUpdate()
    {
        Session s = connected(320, 240);
        QTRY_COMPARE_WITH_TIMEOUT(s.client->state(), State::Connected, 10000);
        initialMessages(*s.server);
        QByteArray update = updateHeader(1) + rawRect(0, 0, 100, 100, 0xabcdef);
        QVERIFY(s.server->send(update.left(update.size() / 2)));
        s.server->close();
        QTRY_VERIFY_WITH_TIMEOUT(finishedBadly(s.client->state()), 10000);
        QVERIFY(!s.client->errorString().isEmpty());
    }

    void writesAfterServerGone()
    {
        // A write to a closed socket raises SIGPIPE, which by default kills the process: the
        // network thread must block it and report the failure instead.
        Session s = connected(320, 240);
        QTRY_COMPARE_WITH_TIMEOUT(s.client->state(), State::Connected, 10000);
        initialMessages(*s.server);
        ::shutdown(s.server->fd(), SHUT_RD); // unread data makes the next write reset
        s.server->close();
        for (int i = 0; i < 200 && s.client->state() == State::Connected; ++i) {
            s.client->sendPointer(i, i, 0);
            s.client->sendKey(0x61, 0, i % 2 == 0);
            QTest::qWait(5);
        }
        QTRY_VERIFY_WITH_TIMEOUT(finishedBadly(s.client->state()), 10000);
    }

    void stalledServer()
    {
        auto [c, sv] = socketPair();
        VncConnection client;
        client.setReadTimeout(1);
        Server server(sv);
        client.connectToSocket(c);
        QVERIFY(server.handshake(320, 240));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Connected, 10000);
        initialMessages(server);
        QByteArray update = updateHeader(1) + rawRect(0, 0, 100, 100, 0xabcdef);
        QVERIFY(server.send(update.left(1000)));
        // The server keeps the connection open but sends nothing more.
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Error, 20000);
    }

    void stalledHandshake()
    {
        auto [c, sv] = socketPair();
        VncConnection client;
        client.setReadTimeout(1);
        Server server(sv);
        client.connectToSocket(c);
        QVERIFY(server.send("RFB 003.0"));
        QTRY_VERIFY_WITH_TIMEOUT(finishedBadly(client.state()), 20000);
    }

    void framebufferTooLarge()
    {
        auto [c, sv] = socketPair();
        VncConnection client;
        Server server(sv);
        client.connectToSocket(c);
        server.handshake(65535, 65535);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Error, 10000);
        QVERIFY(client.errorString().contains(QLatin1String("65535")));
    }

    void resizeTooLarge()
    {
        Session s = connected(320, 240);
        QTRY_COMPARE_WITH_TIMEOUT(s.client->state(), State::Connected, 10000);
        initialMessages(*s.server);
        QVERIFY(s.server->send(updateHeader(1) + rectHeader(0, 0, 9000, 100, -223)));
        QTRY_COMPARE_WITH_TIMEOUT(s.client->state(), State::Error, 10000);
    }

    void rectOutsideScreen()
    {
        Session s = connected(64, 48);
        QTRY_COMPARE_WITH_TIMEOUT(s.client->state(), State::Connected, 10000);
        initialMessages(*s.server);
        // Raw pixels for a rectangle that does not fit the 64x48 screen.
        s.server->send(updateHeader(1) + rawRect(60, 40, 20, 20, 0xffffff), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(s.client->state() == State::Error ||
                                     s.client->grabFramebuffer().pixel(63, 47) ==
                                         qRgb(255, 255, 255),
                                 10000);
        s.server->close();
        QTRY_VERIFY_WITH_TIMEOUT(finishedBadly(s.client->state()), 10000);
        // Nothing was written outside the screen (ASan would catch it); the image kept its size.
        const QImage img = s.client->grabFramebuffer();
        QVERIFY(img.isNull() || img.size() == QSize(64, 48));
    }

    void hugeClipboardAnnounced()
    {
        Session s = connected(64, 48);
        QTRY_COMPARE_WITH_TIMEOUT(s.client->state(), State::Connected, 10000);
        initialMessages(*s.server);
        QSignalSpy clip(s.client.get(), &VncConnection::serverClipboard);
        s.server->send(u8(3) + QByteArray(3, 0) + u32(0xfffffff0u) + QByteArray(4096, 'x'), 2000);
        s.server->close();
        QTRY_VERIFY_WITH_TIMEOUT(finishedBadly(s.client->state()), 10000);
        QVERIFY(clip.isEmpty());
    }

    void hostileStreamAfterHandshake_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 40; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }
    void hostileStreamAfterHandshake()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        Session s = connected(64, 48);
        QTRY_COMPARE_WITH_TIMEOUT(s.client->state(), State::Connected, 10000);
        // Random bytes, sometimes starting like a real message so the decoders get exercised.
        QByteArray junk;
        const int kind = int(seed % 4);
        if (kind == 1)
            junk = updateHeader(3) + rectHeader(0, 0, 64, 48, 16) + u32(rng.bounded(5000));
        else if (kind == 2)
            junk = updateHeader(2) + rectHeader(0, 0, 64, 48, 5); // Hextile
        else if (kind == 3)
            junk = updateHeader(1) + rectHeader(1, 1, 3000, 3000, qint32(rng.generate()));
        const int n = int(rng.bounded(1, 20000));
        for (int i = 0; i < n; ++i)
            junk.append(char(rng.bounded(256)));
        s.server->send(junk, 2000);
        s.server->close();
        QTRY_VERIFY_WITH_TIMEOUT(finishedBadly(s.client->state()), 20000);
    }

    void hostileHandshake_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage version") << QByteArray("XYZ 999.999\n\x01\x02\x03", 15);
        QTest::newRow("zero security types")
            << QByteArray("RFB 003.008\n\x00\x00\x00\x00\x05oops", 21);
        QTest::newRow("huge reason") << QByteArray("RFB 003.008\n\x00\xff\xff\xff\xff", 17);
        QTest::newRow("unknown security") << QByteArray("RFB 003.008\n\x01\x63", 14);
        QTest::newRow("truncated version") << QByteArray("RFB 00");
        QByteArray init = "RFB 003.008\n" + u8(1) + u8(1) + u32(0) + u16(64) + u16(48) +
                          pixelFormat() + u32(0xffffffff);
        QTest::newRow("huge desktop name") << init;
        QTest::newRow("zero size screen") << QByteArray("RFB 003.008\n" + u8(1) + u8(1) + u32(0) +
                                                        u16(0) + u16(0) + pixelFormat() + u32(0));
    }
    void hostileHandshake()
    {
        QFETCH(QByteArray, bytes);
        auto [c, sv] = socketPair();
        VncConnection client;
        client.setReadTimeout(2);
        Server server(sv);
        client.connectToSocket(c);
        server.send(bytes, 2000);
        server.read(64, 200); // whatever the client answered
        server.close();
        QTRY_VERIFY_WITH_TIMEOUT(finishedBadly(client.state()), 20000);
    }

    void truncatedMessages_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("cut");
        for (int which = 0; which < 4; ++which)
            for (int cut : {1, 3, 7, 12, 20, 40})
                QTest::addRow("message %d cut at %d", which, cut) << which << cut;
    }
    void truncatedMessages()
    {
        QFETCH(int, which);
        QFETCH(int, cut);
        Session s = connected(128, 96);
        QTRY_COMPARE_WITH_TIMEOUT(s.client->state(), State::Connected, 10000);
        QByteArray msg;
        switch (which) {
        case 0:
            msg = updateHeader(1) + rawRect(0, 0, 16, 16, 0x102030);
            break;
        case 1:
            msg = updateHeader(1) + s.server->zrleSolidRect(0, 0, 128, 96, 0x405060);
            break;
        case 2:
            msg = updateHeader(1) + rectHeader(1, 1, 8, 8, -239) + pixel(0xffffff).repeated(64) +
                  QByteArray(8, char(0xff));
            break;
        case 3:
            msg = u8(3) + QByteArray(3, 0) + u32(100) + QByteArray(100, 'a');
            break;
        }
        s.server->send(msg.left(qMin<qsizetype>(cut, msg.size() - 1)));
        s.server->close();
        QTRY_VERIFY_WITH_TIMEOUT(finishedBadly(s.client->state()), 20000);
    }

    void cursorShapesDoNotLeak()
    {
        // libvncclient 0.9.14 allocates a new cursor mask for every cursor shape without freeing
        // the previous one; the client frees it once it has read it. 400 shapes of 128x128 would
        // leak 400 masks of 16 KiB (6.25 MiB).
        const int shapes = 400, w = 128, h = 128;
        Session s = connected(320, 240);
        QTRY_COMPARE_WITH_TIMEOUT(s.client->state(), State::Connected, 10000);
        initialMessages(*s.server);
        int received = 0;
        connect(s.client.get(), &VncConnection::cursorChanged, this, [&] { ++received; });
        const QByteArray shape = updateHeader(1) + rectHeader(3, 3, w, h, -239) +
                                 pixel(0x808080).repeated(w * h) +
                                 QByteArray(((w + 7) / 8) * h, char(0xff));
        auto send = [&](int count) {
            const int target = received + count;
            for (int i = 0; i < count; ++i) {
                QVERIFY(s.server->send(shape));
                // The client asks for an update after each one: read its requests, so that
                // neither side blocks on a full socket.
                s.server->read(1 << 16, 0);
            }
            // Also lets the images reach the GUI and be freed again.
            QTRY_COMPARE_WITH_TIMEOUT(received, target, 20000);
        };
        send(10); // whatever is allocated once (the first mask, buffers, queues) is there now
#if defined(__SANITIZE_ADDRESS__)
        for (int batch = 0; batch < shapes / 50 && !QTest::currentTestFailed(); ++batch)
            send(50);
        // LeakSanitizer: no unreachable block (a lost mask) anywhere in the process.
        QCOMPARE(__lsan_do_recoverable_leak_check(), 0);
#else
        const auto inUse = [] {
            const struct mallinfo2 m = mallinfo2();
            return qint64(m.uordblks + m.hblkhd);
        };
        const qint64 before = inUse();
        for (int batch = 0; batch < shapes / 50 && !QTest::currentTestFailed(); ++batch)
            send(50);
        const qint64 grown = inUse() - before;
        // Well below one leaked mask per shape (6.25 MiB), well above the noise.
        QVERIFY2(grown < qint64(shapes) * w * h / 4,
                 qPrintable(QStringLiteral("the heap grew by %1 bytes").arg(grown)));
#endif
        QCOMPARE(s.client->state(), State::Connected);
    }
};

QTEST_GUILESS_MAIN(TestVncHostile)
#include "tst_vnchostile.moc"
