// SPDX-License-Identifier: GPL-2.0-or-later
#include "networkthreadhold.h"
#include "vncsession.h"

#include "vnc/vncconnection.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>

using namespace Vireo;
using namespace RfbTest;
using State = VncConnection::State;

class TestVncConnection : public QObject
{
    Q_OBJECT

private:
    static QList<qint32> encodingsOf(const ClientMessage &m)
    {
        QList<qint32> list;
        for (int i = 4; i + 4 <= m.data.size(); i += 4)
            list << qint32(qFromBigEndian<quint32>(m.data.constData() + i));
        return list;
    }

    /// A colour that differs with position and seed, so misplaced copies show.
    static quint32 patternColour(int x, int y, int seed)
    {
        return quint32((x * 7 + seed * 31) & 0xff) << 16 |
               quint32((y * 5 + seed * 17) & 0xff) << 8 | quint32((x ^ y ^ seed) & 0xff);
    }
    /// A Raw rectangle of patternColour(), painted into model too.
    static QByteArray rawPattern(QImage &model, const QRect &r, int seed)
    {
        QByteArray out = rectHeader(r.x(), r.y(), r.width(), r.height(), 0);
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x) {
                const quint32 c = patternColour(x, y, seed);
                out += pixel(c);
                model.setPixel(x, y, 0xff000000u | c);
            }
        return out;
    }
    /// A CopyRect rectangle (encoding 1), applied to model as RFB defines it.
    static QByteArray copyRect(QImage &model, const QRect &src, const QPoint &dst)
    {
        const QImage before = model.copy();
        for (int y = 0; y < src.height(); ++y)
            for (int x = 0; x < src.width(); ++x)
                model.setPixel(dst.x() + x, dst.y() + y, before.pixel(src.x() + x, src.y() + y));
        return rectHeader(dst.x(), dst.y(), src.width(), src.height(), 1) + u16(src.x()) +
               u16(src.y());
    }
    static bool sameRgb(const QImage &a, const QImage &b)
    {
        if (a.size() != b.size())
            return false;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x)
                if ((a.pixel(x, y) & 0xffffff) != (b.pixel(x, y) & 0xffffff))
                    return false;
        return true;
    }

private Q_SLOTS:
    void handshakeWithoutAuth()
    {
        Session s = connected(320, 240);
        QTRY_COMPARE_WITH_TIMEOUT(s.client->state(), State::Connected, 10000);
        QCOMPARE(s.client->framebufferSize(), QSize(320, 240));
        QCOMPARE(s.client->desktopName(), QStringLiteral("scripted"));
        const QList<ClientMessage> msgs = initialMessages(*s.server);
        QList<ClientMessage> setEnc;
        for (const auto &m : msgs)
            if (m.type == 2)
                setEnc << m;
        QCOMPARE(setEnc.size(), 2);
        // Our own SetEncodings replaces libvncclient's: no ExtendedDesktopSize (-308), and
        // DesktopSize (-223) and QEMU extended key events (-258) are asked for.
        const QList<qint32> ours = encodingsOf(setEnc.last());
        QVERIFY(!ours.contains(-308));
        QVERIFY(ours.contains(-223));
        QVERIFY(ours.contains(-258));
        QVERIFY(ours.contains(16)); // ZRLE
    }

    void passwordAccepted()
    {
        auto [c, sv] = socketPair();
        VncConnection client;
        Server server(sv);
        client.setPassword(QStringLiteral("secret"));
        client.connectToSocket(c);
        bool authOk = false;
        QString error;
        QVERIFY2(server.handshake(100, 100, 2, "secret", &error, &authOk), qPrintable(error));
        QVERIFY(authOk);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Connected, 10000);
    }

    void passwordMissing()
    {
        auto [c, sv] = socketPair();
        VncConnection client;
        Server server(sv);
        client.connectToSocket(c);
        server.handshake(100, 100, 2, "secret");
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::PasswordRequired, 10000);
    }

    void passwordWrong()
    {
        auto [c, sv] = socketPair();
        VncConnection client;
        Server server(sv);
        client.setPassword(QStringLiteral("wrong"));
        client.connectToSocket(c);
        bool authOk = true;
        QVERIFY(!server.handshake(100, 100, 2, "secret", nullptr, &authOk));
        QVERIFY(!authOk);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::AuthenticationFailed, 10000);
        QVERIFY(!client.errorString().isEmpty());
    }

    void rawUpdate()
    {
        Session s = connected(320, 240);
        QTRY_COMPARE_WITH_TIMEOUT(s.client->state(), State::Connected, 10000);
        initialMessages(*s.server);
        QSignalSpy updated(s.client.get(), &VncConnection::updated);
        QVERIFY(s.server->send(updateHeader(1) + rawRect(10, 20, 30, 40, 0xff0000)));
        QRegion damage;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto &args : std::as_const(updated))
                    damage += args.at(0).value<QRegion>();
                updated.clear();
                return damage.contains(QRect(10, 20, 30, 40));
            }(),
            10000);
        const QImage img = s.client->grabFramebuffer();
        QCOMPARE(img.size(), QSize(320, 240));
        QCOMPARE(img.pixel(10, 20), qRgb(255, 0, 0));
        QCOMPARE(img.pixel(39, 59), qRgb(255, 0, 0));
        QCOMPARE(img.pixel(40, 60), qRgb(0, 0, 0));
        // Damage stays where the update was.
        QVERIFY(!damage.contains(QPoint(200, 200)));
    }

    void zrleUpdate()
    {
        Session s = connected(200, 150);
        QTRY_COMPARE_WITH_TIMEOUT(s.client->state(), State::Connected, 10000);
        initialMessages(*s.server);
        QList<quint32> pattern;
        for (int y = 0; y < 70; ++y)
            for (int x = 0; x < 80; ++x)
                pattern << (quint32(x * 3) << 16 | quint32(y * 3) << 8 | 0x40);
        QSignalSpy updated(s.client.get(), &VncConnection::updated);
        // One zlib stream: the rectangles must be compressed in the order they are sent.
        const QByteArray solid = s.server->zrleSolidRect(0, 0, 200, 150, 0x00ff00);
        const QByteArray raw = s.server->zrleRawRect(100, 60, 80, 70, pattern);
        QVERIFY(s.server->send(updateHeader(2) + solid + raw));
        QTRY_VERIFY_WITH_TIMEOUT(
            s.client->grabFramebuffer().pixel(179, 129) == qRgb(79 * 3, 69 * 3, 0x40), 10000);
        const QImage img = s.client->grabFramebuffer();
        QCOMPARE(img.pixel(5, 5), qRgb(0, 255, 0));
        QCOMPARE(img.pixel(100, 60), qRgb(0, 0, 0x40));
        QCOMPARE(img.pixel(150, 100), qRgb(50 * 3, 40 * 3, 0x40));
        // A second update continues the same zlib stream.
        QVERIFY(s.server->send(updateHeader(1) + s.server->zrleSolidRect(0, 0, 10, 10, 0x0000ff)));
        QTRY_COMPARE_WITH_TIMEOUT(s.client->grabFramebuffer().pixel(3, 3), qRgb(0, 0, 255), 10000);
    }

    void updatesHandedOverByCopyAndExchange()
    {
        // Whole-screen updates are handed to the GUI by exchanging buffers, partial ones by
        // copying; after an exchange the decode buffer is stale, and later partial updates,
        // CopyRect sources in the stale area, overlapping CopyRects and ZRLE (which libvncclient
        // writes straight into its buffer) must all still give exactly the server's screen.
        const int w = 64, h = 48;
        Session s = connected(w, h);
        QTRY_COMPARE_WITH_TIMEOUT(s.client->state(), State::Connected, 10000);
        initialMessages(*s.server);
        QImage model(w, h, QImage::Format_RGB32);
        model.fill(Qt::black);
        const QRect all(0, 0, w, h);
        int seed = 0;
        auto send = [&](const QList<QByteArray> &rects, const char *step) {
            QByteArray msg = updateHeader(int(rects.size()));
            for (const QByteArray &r : rects)
                msg += r;
            QVERIFY2(s.server->send(msg), step);
            QVERIFY2(
                QTest::qWaitFor([&] { return sameRgb(s.client->grabFramebuffer(), model); }, 5000),
                step);
        };
        send({rawPattern(model, all, ++seed)}, "whole screen (exchange)");
        send({rawPattern(model, all, ++seed)}, "whole screen again (exchange)");
        send({rawPattern(model, QRect(10, 10, 8, 8), ++seed)}, "small rectangle (copy)");
        send({copyRect(model, QRect(30, 20, 8, 8), QPoint(0, 0))}, "CopyRect from a stale area");
        {
            auto write = [&](const QRect &r, quint32 rgb) {
                for (int y = r.top(); y <= r.bottom(); ++y)
                    for (int x = r.left(); x <= r.right(); ++x)
                        model.setPixel(x, y, 0xff000000u | rgb);
            };
            write(QRect(40, 30, 16, 12), 0x336699);
            send({s.server->zrleSolidRect(40, 30, 16, 12, 0x336699)}, "ZRLE into the buffer");
        }
        send({rawPattern(model, all, ++seed)}, "whole screen after partial ones (exchange)");
        send({copyRect(model, QRect(0, 0, w - 1, h - 1), QPoint(1, 1))},
             "overlapping CopyRect down-right after an exchange");
        send({copyRect(model, QRect(2, 2, w - 2, h - 2), QPoint(0, 0))},
             "overlapping CopyRect up-left");
        // A random mix, several rectangles per update.
        QRandomGenerator rng(20261126);
        for (int i = 0; i < 80; ++i) {
            QList<QByteArray> rects;
            const int n = 1 + int(rng.bounded(3));
            for (int k = 0; k < n; ++k) {
                const int kind = int(rng.bounded(5));
                const int rw = 1 + int(rng.bounded(w)), rh = 1 + int(rng.bounded(h));
                const QRect r(int(rng.bounded(w - rw + 1)), int(rng.bounded(h - rh + 1)), rw, rh);
                if (kind == 0)
                    rects << rawPattern(model, all, ++seed);
                else if (kind == 1)
                    rects << rawPattern(model, r, ++seed);
                else if (kind == 2) {
                    const quint32 rgb = patternColour(r.x(), r.y(), ++seed);
                    for (int y = r.top(); y <= r.bottom(); ++y)
                        for (int x = r.left(); x <= r.right(); ++x)
                            model.setPixel(x, y, 0xff000000u | rgb);
                    rects << s.server->zrleSolidRect(r.x(), r.y(), r.width(), r.height(), rgb);
                } else
                    rects << copyRect(
                        model, r,
                        QPoint(int(rng.bounded(w - rw + 1)), int(rng.bounded(h - rh + 1))));
            }
            send(rects, qPrintable(QStringLiteral("random update %1").arg(i)));
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(s.client->state(), State::Connected);
    }

    void desktopResize()
    {
        Session s = connected(320, 240);
        QTRY_COMPARE_WITH_TIMEOUT(s.client->state(), State::Connected, 10000);
        initialMessages(*s.server);
        QSignalSpy resized(s.client.get(), &VncConnection::framebufferResized);
        QVERIFY(s.server->send(updateHeader(1) + rectHeader(0, 0, 720, 400, -223)));
        QTRY_COMPARE_WITH_TIMEOUT(s.client->framebufferSize(), QSize(720, 400), 10000);
        QVERIFY(!resized.isEmpty());
        QCOMPARE(resized.last().at(0).toSize(), QSize(720, 400));
        // The client asks for the whole new screen, and updates beyond the old size work.
        ClientMessage req;
        for (int i = 0; i < 10; ++i) {
            req = s.server->waitFor(3);
            if (req.type != 3 || qFromBigEndian<quint16>(req.data.constData() + 6) == 720)
                break;
        }
        QCOMPARE(req.type, 3);
        QCOMPARE(qFromBigEndian<quint16>(req.data.constData() + 6), quint16(720));
        QCOMPARE(quint8(req.data.at(1)), quint8(0)); // not incremental
        QVERIFY(s.server->send(updateHeader(1) + rawRect(700, 390, 20, 10, 0x123456)));
        QTRY_COMPARE_WITH_TIMEOUT(s.client->grabFramebuffer().pixel(719, 399),
                                  qRgb(0x12, 0x34, 0x56), 10000);
        QCOMPARE(s.client->state(), State::Connected);
    }

    void cursorShape()
    {
        Session s = connected(320, 240);
        QTRY_COMPARE_WITH_TIMEOUT(s.client->state(), State::Connected, 10000);
        initialMessages(*s.server);
        QSignalSpy cursor(s.client.get(), &VncConnection::cursorChanged);
        // 8x4 cursor, hotspot (2,1); left half visible, right half masked out.
        QByteArray pixels = pixel(0xffffff).repeated(8 * 4);
        QByteArray mask = QByteArray(4, char(0xf0));
        QVERIFY(s.server->send(updateHeader(1) + rectHeader(2, 1, 8, 4, -239) + pixels + mask));
        QTRY_VERIFY_WITH_TIMEOUT(!cursor.isEmpty(), 10000);
        const QImage img = cursor.last().at(0).value<QImage>();
        QCOMPARE(img.size(), QSize(8, 4));
        QCOMPARE(cursor.last().at(1).toPoint(), QPoint(2, 1));
        QCOMPARE(qAlpha(img.pixel(0, 0)), 255);
        QCOMPARE(qAlpha(img.pixel(7, 3)), 0);
    }

    void keyboardAndPointer()
    {
        Session s = connected(320, 240);
        QTRY_COMPARE_WITH_TIMEOUT(s.client->state(), State::Connected, 10000);
        initialMessages(*s.server);
        // Without the QEMU extension, plain key events with the keysym.
        s.client->sendKey(0x61, 0x1e, true);
        ClientMessage key = s.server->waitFor(4);
        QCOMPARE(key.type, 4);
        QCOMPARE(quint8(key.data.at(1)), quint8(1));
        QCOMPARE(qFromBigEndian<quint32>(key.data.constData() + 4), quint32(0x61));
        // The server acknowledges QEMU extended key events: keycodes from now on.
        QVERIFY(s.server->send(updateHeader(1) + rectHeader(0, 0, 0, 0, -258)));
        // The flag reaches the GUI side after the next input batch; send harmless releases.
        QTRY_VERIFY_WITH_TIMEOUT(
            s.client->supportsKeycodes() ||
                [&] {
                    s.client->sendKey(0x61, 0x1e, false);
                    return false;
                }(),
            10000);
        s.client->sendKey(0x62, 0x30, true);
        ClientMessage ext;
        for (int i = 0; i < 100; ++i) {
            ext = s.server->waitFor(255);
            if (ext.type != 255 || ext.data.at(3) == 1)
                break;
        }
        QCOMPARE(ext.type, 255);
        QCOMPARE(quint8(ext.data.at(1)), quint8(0)); // subtype: extended key event
        QCOMPARE(qFromBigEndian<quint16>(ext.data.constData() + 2), quint16(1));
        QCOMPARE(qFromBigEndian<quint32>(ext.data.constData() + 4), quint32(0x62));
        QCOMPARE(qFromBigEndian<quint32>(ext.data.constData() + 8), quint32(0x30));
        // Pointer positions are clamped to the screen.
        s.client->sendPointer(5000, -7, 4);
        ClientMessage ptr = s.server->waitFor(5);
        QCOMPARE(ptr.type, 5);
        QCOMPARE(quint8(ptr.data.at(1)), quint8(4));
        QCOMPARE(qFromBigEndian<quint16>(ptr.data.constData() + 2), quint16(319));
        QCOMPARE(qFromBigEndian<quint16>(ptr.data.constData() + 4), quint16(0));
    }

    void clipboard()
    {
        Session s = connected(320, 240);
        QTRY_COMPARE_WITH_TIMEOUT(s.client->state(), State::Connected, 10000);
        initialMessages(*s.server);
        QSignalSpy clip(s.client.get(), &VncConnection::serverClipboard);
        const QByteArray text = "from the guest \xe9";
        QVERIFY(s.server->send(u8(3) + QByteArray(3, 0) + u32(quint32(text.size())) + text));
        QTRY_VERIFY_WITH_TIMEOUT(!clip.isEmpty(), 10000);
        QCOMPARE(clip.last().at(0).toString(), QString::fromLatin1(text));
        QVERIFY(s.client->sendClipboard(QStringLiteral("to the guest")));
        ClientMessage cut = s.server->waitFor(6);
        QCOMPARE(cut.type, 6);
        QCOMPARE(cut.data.mid(8), QByteArray("to the guest"));
        QVERIFY(!s.client->sendClipboard(QString(VncConnection::kMaxClipboardBytes + 1, u'x')));
    }

    void tcpConnect()
    {
        int ls = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(ls, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
        QCOMPARE(::listen(ls, 1), 0);
        socklen_t len = sizeof addr;
        getsockname(ls, reinterpret_cast<sockaddr *>(&addr), &len);
        const int port = ntohs(addr.sin_port);
        VncConnection client;
        client.connectToHost(QStringLiteral("127.0.0.1"), port);
        pollfd p{ls, POLLIN, 0};
        QVERIFY(::poll(&p, 1, 10000) == 1);
        Server server(::accept(ls, nullptr, nullptr));
        ::close(ls);
        QVERIFY(server.handshake(50, 40));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Connected, 10000);
        QCOMPARE(client.framebufferSize(), QSize(50, 40));
        // Then the server goes away.
        server.close();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Closed, 10000);
    }

    void tcpRefused()
    {
        // A port that was just free: bind, read the number, close.
        int ls = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(ls, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
        socklen_t len = sizeof addr;
        getsockname(ls, reinterpret_cast<sockaddr *>(&addr), &len);
        ::close(ls);
        VncConnection client;
        client.connectToHost(QStringLiteral("127.0.0.1"), ntohs(addr.sin_port));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Error, 10000);
        QVERIFY(client.errorString().contains(QLatin1String("127.0.0.1")));
    }

    void reconnectAfterClose()
    {
        auto [c1, s1] = socketPair();
        VncConnection client;
        {
            Server server(s1);
            client.connectToSocket(c1);
            QVERIFY(server.handshake(100, 80));
            QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Connected, 10000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Closed, 10000);
        auto [c2, s2] = socketPair();
        Server server(s2);
        client.connectToSocket(c2);
        QVERIFY(server.handshake(200, 160));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Connected, 10000);
        QCOMPARE(client.framebufferSize(), QSize(200, 160));
    }

    void destroyingDoesNotWaitForTheThread()
    {
        // Earlier tests' threads end and delete themselves; wait for them to be gone.
        QTRY_COMPARE_WITH_TIMEOUT(VncConnection::networkThreadCount(), 0, 10000);
        NetworkThreadHold hold;
        Session s = connected(64, 48);
        QTRY_COMPARE_WITH_TIMEOUT(s.client->state(), State::Connected, 10000);
        initialMessages(*s.server);
        QCOMPARE(VncConnection::networkThreadCount(), 1);
        // The network thread is held in the middle of a message, so it cannot end yet.
        QVERIFY(s.server->send(NetworkThreadHold::holdingMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(hold.isHolding(), 10000);
        const long switches = NetworkThreadHold::voluntarySwitches();
        s.client.reset();
        // The destructor did not wait (a wait, even a bounded one, gives up the CPU)...
        QCOMPARE(NetworkThreadHold::voluntarySwitches(), switches);
        // ...and the connection is closed at once: the server reads the end of the stream
        // (after what the client had sent before).
        QVERIFY(s.server->readsEndOfStream());
        QCOMPARE(VncConnection::networkThreadCount(), 1); // still held
        hold.release();
        // The thread ends by itself and its QThread is deleted: nothing left running.
        QTRY_COMPARE_WITH_TIMEOUT(VncConnection::networkThreadCount(), 0, 10000);
    }

    void disconnectWhileServerSilent()
    {
        // The server accepted but never speaks: disconnecting returns at once, no hang.
        auto [c, sv] = socketPair();
        Server server(sv);
        auto client = std::make_unique<VncConnection>();
        client->connectToSocket(c);
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Connecting, 10000);
        client->disconnectFromServer();
        QCOMPARE(client->state(), State::Disconnected);
        client.reset();
    }
};

QTEST_GUILESS_MAIN(TestVncConnection)
#include "tst_vncconnection.moc"
