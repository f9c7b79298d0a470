// SPDX-License-Identifier: GPL-2.0-or-later
// VncFrameBuffer without sockets: the test plays the decoder (writing rectangles into the decode
// buffer, CopyRect) and the GUI (reading the shown image), and checks after every hand-over that
// the GUI sees exactly the screen a model computed, and which way (copy or exchange) was taken.

#include "vnc/vncframebuffer.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstring>

using namespace Vireo;
using Handover = VncFrameBuffer::Handover;

namespace {

/// One step of a script: the decoder writes a rectangle, copies one, or the update ends.
struct Step
{
    enum Kind { Fill, Copy, Flush, FlushInMessage } kind = Fill;
    QRect rect;                            ///< Fill: the rectangle; Copy: the source
    QPoint to;                             ///< Copy: the destination
    Handover expected = Handover::Nothing; ///< Flush: how the damage must be handed over
};
using Script = QList<Step>;

Step fill(int x, int y, int w, int h)
{
    return {Step::Fill, QRect(x, y, w, h), {}, Handover::Nothing};
}
Step copy(int x, int y, int w, int h, int toX, int toY)
{
    return {Step::Copy, QRect(x, y, w, h), QPoint(toX, toY), Handover::Nothing};
}
Step flush(Handover expected)
{
    return {Step::Flush, {}, {}, expected};
}
/// An update ending while a decoder may still hold a pointer: copying is the only way.
Step flushInMessage()
{
    return {Step::FlushInMessage, {}, {}, Handover::Copied};
}

constexpr int kW = 64;
constexpr int kH = 48;

/// A colour that differs with position and with each write, so misplaced or stale pixels show.
quint32 colourAt(int x, int y, int seed)
{
    return quint32((x * 7 + seed * 31) & 0xff) << 16 | quint32((y * 5 + seed * 17) & 0xff) << 8 |
           quint32((x ^ y ^ seed) & 0xff);
}

} // namespace

Q_DECLARE_METATYPE(Script)

class TestVncFrameBuffer : public QObject
{
    Q_OBJECT

private:
    /// Runs script on a fresh 64x48 buffer, checking the GUI's image against the model after
    /// every flush, and how the flush handed the damage over unless anyHandover.
    static void run(const Script &script, bool anyHandover = false)
    {
        VncFrameBuffer fb;
        QVERIFY(fb.allocate(kW, kH));
        QImage model(kW, kH, QImage::Format_RGB32);
        model.fill(Qt::black);
        int seed = 0;
        for (int i = 0; i < script.size(); ++i) {
            const Step &s = script.at(i);
            const QByteArray where = "step " + QByteArray::number(i);
            switch (s.kind) {
            case Step::Fill: {
                ++seed;
                uint8_t *buf = fb.decodeBuffer();
                for (int y = s.rect.top(); y <= s.rect.bottom(); ++y)
                    for (int x = s.rect.left(); x <= s.rect.right(); ++x) {
                        const quint32 c = colourAt(x, y, seed);
                        memcpy(buf + (y * kW + x) * 4, &c, 4);
                        model.setPixel(x, y, 0xff000000u | c);
                    }
                fb.markDecoded(s.rect);
                break;
            }
            case Step::Copy: {
                // As RFB defines it: the whole source as it was, then written to the destination.
                const QImage before = model.copy();
                const QRect bounds(0, 0, kW, kH);
                if (bounds.contains(s.rect) && bounds.contains(QRect(s.to, s.rect.size())))
                    for (int y = 0; y < s.rect.height(); ++y)
                        for (int x = 0; x < s.rect.width(); ++x)
                            model.setPixel(s.to.x() + x, s.to.y() + y,
                                           before.pixel(s.rect.x() + x, s.rect.y() + y));
                fb.copyRect(s.rect, s.to);
                // libvncclient reports the CopyRect's rectangle like any other.
                if (bounds.contains(s.rect) && bounds.contains(QRect(s.to, s.rect.size())))
                    fb.markDecoded(QRect(s.to, s.rect.size()));
                break;
            }
            case Step::Flush:
            case Step::FlushInMessage: {
                const auto flushed = fb.flush(s.kind == Step::Flush);
                if (!anyHandover)
                    QVERIFY2(flushed.handover == s.expected, where.constData());
                fb.takeUpdate();
                QImage shown;
                fb.withImage([&](const QImage &img) { shown = img.copy(); });
                for (int y = 0; y < kH; ++y)
                    for (int x = 0; x < kW; ++x)
                        if ((shown.pixel(x, y) & 0xffffff) != (model.pixel(x, y) & 0xffffff))
                            QFAIL(qPrintable(QStringLiteral("%1: pixel (%2, %3) is %4, not %5")
                                                 .arg(QString::fromLatin1(where))
                                                 .arg(x)
                                                 .arg(y)
                                                 .arg(shown.pixel(x, y) & 0xffffff, 6, 16)
                                                 .arg(model.pixel(x, y) & 0xffffff, 6, 16)));
                break;
            }
            }
        }
    }

private Q_SLOTS:
    void handOver_data()
    {
        QTest::addColumn<Script>("script");
        const auto X = Handover::Exchanged;
        const auto C = Handover::Copied;
        const auto N = Handover::Nothing;
        // Right after allocation both buffers agree (nothing is stale), so exchanging is free.
        QTest::newRow("first update is exchanged") << Script{fill(10, 10, 8, 8), flush(X)};
        QTest::newRow("small rectangle is copied")
            << Script{fill(0, 0, kW, kH), flush(X), fill(10, 10, 8, 8), flush(C)};
        QTest::newRow("whole screen is exchanged")
            << Script{fill(0, 0, kW, kH), flush(X), fill(0, 0, kW, kH), flush(X)};
        QTest::newRow("nothing pending") << Script{flush(N), fill(1, 1, 2, 2), flush(X), flush(N)};
        // After an exchange the decode buffer is the GUI's old one, stale by that update. A
        // larger update than the stale rest exchanges again, taking the stale rest first from
        // the GUI's buffer: without that copy, the bottom rows would be those of two updates ago.
        QTest::newRow("exchange brings stale pixels up to date")
            << Script{fill(0, 0, kW, kH), flush(X), fill(0, 0, kW, 30), flush(X)};
        QTest::newRow("exchange after a copy")
            << Script{fill(0, 0, kW, kH), flush(X), fill(5, 5, 4, 4),   flush(C),
                      fill(0, 0, kW, 40), flush(X), fill(0, 0, kW, 30), flush(X)};
        // A CopyRect reading where the decode buffer is stale must read the GUI's pixels:
        // without that refresh it copies the black of the old buffer.
        QTest::newRow("CopyRect from a stale source")
            << Script{fill(0, 0, kW, kH), flush(X), copy(30, 20, 8, 8, 0, 0), flush(C)};
        QTest::newRow("CopyRect from a partly stale source") << Script{
            fill(0, 0, kW, kH), flush(X), fill(30, 20, 4, 8), copy(28, 20, 8, 8, 0, 0), flush(C)};
        QTest::newRow("CopyRect in the same update as its source") << Script{
            fill(0, 0, kW, kH), flush(X), fill(40, 30, 8, 8), copy(40, 30, 8, 8, 2, 2), flush(C)};
        QTest::newRow("overlapping CopyRect down-right after an exchange")
            << Script{fill(0, 0, kW, kH), flush(X), copy(0, 0, kW - 1, kH - 1, 1, 1), flush(X)};
        QTest::newRow("overlapping CopyRect up-left after an exchange")
            << Script{fill(0, 0, kW, kH), flush(X), copy(2, 2, kW - 2, kH - 2, 0, 0), flush(X)};
        QTest::newRow("CopyRect outside the screen is ignored")
            << Script{fill(0, 0, kW, kH),       flush(X),         copy(60, 40, 8, 8, 0, 0),
                      copy(0, 0, 8, 8, 60, 44), fill(1, 1, 1, 1), flush(C)};
        QTest::newRow("update within a message is copied, never exchanged")
            << Script{fill(0, 0, kW, kH), flushInMessage(), fill(0, 0, kW, kH),         flush(X),
                      fill(0, 0, kW, kH), flushInMessage(), copy(10, 10, 20, 20, 0, 0), flush(X)};
    }
    void handOver()
    {
        QFETCH(Script, script);
        run(script);
    }

    void randomMix_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 20261126u})
            QTest::addRow("seed %u", seed) << seed;
    }
    void randomMix()
    {
        // Several rectangles per update, of every kind. The pixels must match the model; the way
        // of handing over is whichever is cheaper (the rows above check that).
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        Script script;
        for (int i = 0; i < 150; ++i) {
            const int n = 1 + int(rng.bounded(3));
            for (int k = 0; k < n; ++k) {
                const int rw = 1 + int(rng.bounded(kW)), rh = 1 + int(rng.bounded(kH));
                const int x = int(rng.bounded(kW - rw + 1)), y = int(rng.bounded(kH - rh + 1));
                switch (rng.bounded(3)) {
                case 0:
                    script << fill(0, 0, kW, kH);
                    break;
                case 1:
                    script << fill(x, y, rw, rh);
                    break;
                default:
                    script << copy(x, y, rw, rh, int(rng.bounded(kW - rw + 1)),
                                   int(rng.bounded(kH - rh + 1)));
                }
            }
            script << flush(Handover::Nothing);
        }
        run(script, true);
    }

    void notificationsAreMerged()
    {
        VncFrameBuffer fb;
        QVERIFY(fb.allocate(8, 8)); // the first damage asks for a notification
        fb.markDecoded(QRect(0, 0, 2, 2));
        QVERIFY(!fb.flush(true).notify); // one is pending already
        VncFrameBuffer::Update u = fb.takeUpdate();
        QVERIFY(u.resized);
        QCOMPARE(u.size, QSize(8, 8));
        QCOMPARE(u.damage, QRegion(0, 0, 8, 8));
        fb.markDecoded(QRect(1, 1, 2, 2));
        QVERIFY(fb.flush(true).notify);
        fb.markDecoded(QRect(5, 5, 2, 2));
        QVERIFY(!fb.flush(true).notify);
        u = fb.takeUpdate();
        QVERIFY(!u.resized);
        QCOMPARE(u.damage, QRegion(1, 1, 2, 2) + QRegion(5, 5, 2, 2));
    }

    void reallocationStartsBlack()
    {
        VncFrameBuffer fb;
        fb.allocate(8, 8);
        memset(fb.decodeBuffer(), 0xff, 8 * 8 * 4);
        fb.markDecoded(QRect(0, 0, 8, 8));
        fb.flush(true);
        fb.takeUpdate();
        fb.allocate(16, 4);
        const VncFrameBuffer::Update u = fb.takeUpdate();
        QVERIFY(u.resized);
        QCOMPARE(u.size, QSize(16, 4));
        QCOMPARE(u.damage, QRegion(0, 0, 16, 4));
        QImage shown;
        fb.withImage([&](const QImage &img) { shown = img.copy(); });
        QCOMPARE(shown.size(), QSize(16, 4));
        QCOMPARE(shown.pixel(15, 3) & 0xffffff, 0u);
        // Nothing stale survives the reallocation: both buffers agree, so exchanging is free.
        fb.copyRect(QRect(0, 0, 4, 4), QPoint(8, 0));
        QCOMPARE(fb.flush(true).handover, Handover::Exchanged);
        fb.withImage([&](const QImage &img) { shown = img.copy(); });
        QCOMPARE(shown.pixel(9, 1) & 0xffffff, 0u);
    }
};

QTEST_GUILESS_MAIN(TestVncFrameBuffer)
#include "tst_vncframebuffer.moc"
