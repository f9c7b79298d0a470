// SPDX-License-Identifier: GPL-2.0-or-later
// parseStatsRecord: the CPU percent and I/O rate maths of the statistics tick, which the test
// driver cannot exercise (it reports no CPU time or I/O counters).
#include "core/session/hostsession.h"
#include "core/session/statsrecord.h"

#include <libvirt/libvirt.h>

#include <QTest>

using namespace Vireo;

namespace {

/// Field name and value, as the rows give them: int -> a libvirt int, qulonglong -> an unsigned
/// long long, QByteArray -> a string.
using Fields = QList<QPair<QByteArray, QVariant>>;

DomainStats parse(const Fields &in, qint64 nowMs, const StatsBaseline *previous)
{
    QList<StatsField> fields;
    for (const auto &[name, value] : in) {
        StatsField f{QByteArrayView(name), qint64(0)};
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
            f.value = value.toLongLong();
            break;
        case QMetaType::ULongLong:
            f.value = value.toULongLong();
            break;
        case QMetaType::Double:
            f.value = value.toDouble();
            break;
        case QMetaType::QByteArray:
            // The view points into `in`, which outlives the call.
            f.value = QByteArrayView(*static_cast<const QByteArray *>(value.constData()));
            break;
        default:
            qFatal("unsupported value type in a test row");
        }
        fields.append(f);
    }
    return parseStatsRecord(QStringLiteral("uuid-1"), nowMs, fields, previous);
}

qulonglong ns(double seconds)
{
    return qulonglong(seconds * 1e9);
}

} // namespace

Q_DECLARE_METATYPE(Fields)
Q_DECLARE_METATYPE(StatsBaseline)

class TestStatsRecord : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Edit > Preferences > Polling: a kind turned off is not asked of libvirt at all.
    void groupsFollowTheSampling_data()
    {
        QTest::addColumn<bool>("cpu");
        QTest::addColumn<bool>("memory");
        QTest::addColumn<bool>("disk");
        QTest::addColumn<bool>("network");
        QTest::addColumn<uint>("groups");
        const uint always = VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_VCPU;
        QTest::newRow("all") << true << true << true << true
                             << (always | VIR_DOMAIN_STATS_CPU_TOTAL | VIR_DOMAIN_STATS_BALLOON |
                                 VIR_DOMAIN_STATS_BLOCK | VIR_DOMAIN_STATS_INTERFACE);
        QTest::newRow("none") << false << false << false << false << always;
        QTest::newRow("cpu") << true << false << false << false
                             << (always | VIR_DOMAIN_STATS_CPU_TOTAL);
        QTest::newRow("memory") << false << true << false << false
                                << (always | VIR_DOMAIN_STATS_BALLOON);
        QTest::newRow("disk") << false << false << true << false
                              << (always | VIR_DOMAIN_STATS_BLOCK);
        QTest::newRow("network") << false << false << false << true
                                 << (always | VIR_DOMAIN_STATS_INTERFACE);
        QTest::newRow("no disk") << true << true << false << true
                                 << (always | VIR_DOMAIN_STATS_CPU_TOTAL |
                                     VIR_DOMAIN_STATS_BALLOON | VIR_DOMAIN_STATS_INTERFACE);
    }

    void groupsFollowTheSampling()
    {
        QFETCH(bool, cpu);
        QFETCH(bool, memory);
        QFETCH(bool, disk);
        QFETCH(bool, network);
        QFETCH(uint, groups);
        QCOMPARE(statsGroupsFor(StatsSampling{cpu, memory, disk, network}), groups);
    }

    void cpuPercent_data()
    {
        QTest::addColumn<Fields>("fields");
        QTest::addColumn<bool>("hasPrevious");
        QTest::addColumn<qint64>("previousCpuNs");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<double>("expected");

        // Two vCPUs, one second apart.
        QTest::newRow("one of two vCPUs busy") << Fields{{"cpu.time", ns(11)}, {"vcpu.current", 2}}
                                               << true << qint64(ns(10)) << qint64(1000) << 50.0;
        QTest::newRow("one vCPU fully busy") << Fields{{"cpu.time", ns(11)}, {"vcpu.current", 1}}
                                             << true << qint64(ns(10)) << qint64(1000) << 100.0;
        QTest::newRow("a quarter over two seconds")
            << Fields{{"cpu.time", ns(12)}, {"vcpu.current", 4}} << true << qint64(ns(10))
            << qint64(2000) << 25.0;
        QTest::newRow("idle") << Fields{{"cpu.time", ns(10)}, {"vcpu.current", 2}} << true
                              << qint64(ns(10)) << qint64(1000) << 0.0;
        QTest::newRow("without vcpu.current counts one vCPU")
            << Fields{{"cpu.time", ns(10.5)}} << true << qint64(ns(10)) << qint64(1000) << 50.0;
        QTest::newRow("vcpu.current 0 counts one vCPU")
            << Fields{{"cpu.time", ns(10.5)}, {"vcpu.current", 0}} << true << qint64(ns(10))
            << qint64(1000) << 50.0;
        // Sampling jitter can make the guest seem to use more than it has.
        QTest::newRow("clamped to 100") << Fields{{"cpu.time", ns(13)}, {"vcpu.current", 1}} << true
                                        << qint64(ns(10)) << qint64(1000) << 100.0;
        // The domain restarted: its CPU time began again from zero.
        QTest::newRow("counter went backwards") << Fields{{"cpu.time", ns(1)}, {"vcpu.current", 1}}
                                                << true << qint64(ns(10)) << qint64(1000) << 0.0;
        QTest::newRow("first sample") << Fields{{"cpu.time", ns(11)}, {"vcpu.current", 1}} << false
                                      << qint64(0) << qint64(1000) << -1.0;
        QTest::newRow("previous without cpu time")
            << Fields{{"cpu.time", ns(11)}, {"vcpu.current", 1}} << true << qint64(-1)
            << qint64(1000) << -1.0;
        QTest::newRow("no cpu.time now")
            << Fields{{"vcpu.current", 1}} << true << qint64(ns(10)) << qint64(1000) << -1.0;
        QTest::newRow("no time between the samples")
            << Fields{{"cpu.time", ns(11)}, {"vcpu.current", 1}} << true << qint64(ns(10))
            << qint64(0) << -1.0;
        QTest::newRow("clock went backwards") << Fields{{"cpu.time", ns(11)}, {"vcpu.current", 1}}
                                              << true << qint64(ns(10)) << qint64(-500) << -1.0;
    }
    void cpuPercent()
    {
        QFETCH(Fields, fields);
        QFETCH(bool, hasPrevious);
        QFETCH(qint64, previousCpuNs);
        QFETCH(qint64, elapsedMs);
        QFETCH(double, expected);
        const qint64 before = 1'700'000'000'000;
        StatsBaseline prev;
        prev.timestampMs = before;
        prev.cpuTimeNs = previousCpuNs;
        const DomainStats s = parse(fields, before + elapsedMs, hasPrevious ? &prev : nullptr);
        QCOMPARE(s.cpuPercent, expected);
        QCOMPARE(s.timestampMs, before + elapsedMs);
        QCOMPARE(s.uuid, QStringLiteral("uuid-1"));
    }

    void ioSumsAndRates_data()
    {
        QTest::addColumn<Fields>("fields");
        QTest::addColumn<StatsBaseline>("previous");
        QTest::addColumn<QList<qint64>>("bytes"); // read, write, rx, tx
        QTest::addColumn<QList<double>>("rates"); // bytes/s, same order

        const qint64 t0 = 1'700'000'000'000;
        const StatsBaseline none{t0, -1, -1, -1, -1, -1};
        const StatsBaseline base{t0, -1, 1000, 2000, 300, 400};

        QTest::newRow("two disks and two interfaces summed")
            << Fields{{"block.count", 2},
                      {"block.0.name", QByteArray("vda")},
                      {"block.0.rd.bytes", qulonglong(3000)},
                      {"block.0.wr.bytes", qulonglong(4000)},
                      {"block.0.rd.reqs", qulonglong(77)},
                      {"block.1.name", QByteArray("vdb")},
                      {"block.1.rd.bytes", qulonglong(1000)},
                      {"block.1.wr.bytes", qulonglong(2000)},
                      {"net.count", 2},
                      {"net.0.name", QByteArray("vnet0")},
                      {"net.0.rx.bytes", qulonglong(500)},
                      {"net.0.tx.bytes", qulonglong(600)},
                      {"net.0.rx.pkts", qulonglong(9)},
                      {"net.1.rx.bytes", qulonglong(1800)},
                      {"net.1.tx.bytes", qulonglong(1800)}}
            << base << QList<qint64>{4000, 6000, 2300, 2400}
            << QList<double>{1500, 2000, 1000, 1000}; // over two seconds
        QTest::newRow("first sample: bytes, no rates")
            << Fields{{"block.0.rd.bytes", qulonglong(10)}, {"net.0.tx.bytes", qulonglong(20)}}
            << none << QList<qint64>{10, -1, -1, 20} << QList<double>{-1, -1, -1, -1};
        QTest::newRow("no disks, no interfaces")
            << Fields{{"state.state", 1}} << base << QList<qint64>{-1, -1, -1, -1}
            << QList<double>{-1, -1, -1, -1};
        // A disk was unplugged or the domain restarted: no negative rate.
        QTest::newRow("counters went backwards")
            << Fields{{"block.0.rd.bytes", qulonglong(10)},
                      {"block.0.wr.bytes", qulonglong(4000)},
                      {"net.0.rx.bytes", qulonglong(0)},
                      {"net.0.tx.bytes", qulonglong(400)}}
            << base << QList<qint64>{10, 4000, 0, 400} << QList<double>{-1, 1000, -1, 0};
        QTest::newRow("idle counters")
            << Fields{{"block.0.rd.bytes", qulonglong(1000)},
                      {"block.0.wr.bytes", qulonglong(2000)},
                      {"net.0.rx.bytes", qulonglong(300)},
                      {"net.0.tx.bytes", qulonglong(400)}}
            << base << QList<qint64>{1000, 2000, 300, 400} << QList<double>{0, 0, 0, 0};
    }
    void ioSumsAndRates()
    {
        QFETCH(Fields, fields);
        QFETCH(StatsBaseline, previous);
        QFETCH(QList<qint64>, bytes);
        QFETCH(QList<double>, rates);
        const DomainStats s = parse(fields, previous.timestampMs + 2000, &previous);
        QCOMPARE(QList<qint64>({s.blockReadBytes, s.blockWriteBytes, s.netRxBytes, s.netTxBytes}),
                 bytes);
        QCOMPARE(QList<double>({s.blockReadRate, s.blockWriteRate, s.netRxRate, s.netTxRate}),
                 rates);
    }

    void stateVcpusAndBalloon()
    {
        const DomainStats s = parse(Fields{{"state.state", 3},
                                           {"state.reason", 1},
                                           {"vcpu.current", 2},
                                           {"vcpu.maximum", 8},
                                           {"vcpu.0.state", 1},
                                           {"balloon.current", qulonglong(1048576)},
                                           {"balloon.maximum", qulonglong(2097152)},
                                           {"balloon.rss", qulonglong(900000)},
                                           {"balloon.usable", qulonglong(500000)},
                                           {"balloon.available", qulonglong(1000000)},
                                           {"cpu.time", qulonglong(12345)}},
                                    1000, nullptr);
        QCOMPARE(s.state, DomainState::Paused);
        QCOMPARE(s.vcpuCurrent, 2);
        QCOMPARE(s.vcpuMaximum, 8);
        QCOMPARE(s.balloonCurrentKiB, 1048576);
        QCOMPARE(s.balloonMaximumKiB, 2097152);
        QCOMPARE(s.balloonRssKiB, 900000);
        QCOMPARE(s.balloonUsableKiB, 500000);
        QCOMPARE(s.balloonAvailableKiB, 1000000);
        QCOMPARE(s.cpuTimeNs, 12345);
    }

    void missingFieldsStayUnknown()
    {
        const DomainStats s = parse(Fields{}, 1000, nullptr);
        QCOMPARE(s.state, DomainState::NoState);
        QCOMPARE(s.cpuTimeNs, -1);
        QCOMPARE(s.cpuPercent, -1.0);
        QCOMPARE(s.vcpuCurrent, -1);
        QCOMPARE(s.balloonCurrentKiB, -1);
        QCOMPARE(s.balloonAvailableKiB, -1);
        QCOMPARE(s.blockReadBytes, -1);
        QCOMPARE(s.netTxRate, -1.0);
    }

    void aNameInPlaceOfANumberIsIgnored()
    {
        // A field with an unexpected type must not be read as a number.
        const DomainStats s =
            parse(Fields{{"cpu.time", QByteArray("12")}, {"block.0.rd.bytes", QByteArray("x")}},
                  1000, nullptr);
        QCOMPARE(s.cpuTimeNs, -1);
        QCOMPARE(s.blockReadBytes, -1);
    }

    void theBaselineCarriesWhatTheNextSampleNeeds()
    {
        const DomainStats first = parse(Fields{{"cpu.time", ns(10)},
                                               {"vcpu.current", 1},
                                               {"block.0.rd.bytes", qulonglong(100)},
                                               {"net.0.tx.bytes", qulonglong(50)}},
                                        10'000, nullptr);
        const StatsBaseline b = baselineOf(first);
        QCOMPARE(b.timestampMs, 10'000);
        QCOMPARE(b.cpuTimeNs, qint64(ns(10)));
        const DomainStats second = parse(Fields{{"cpu.time", ns(10.25)},
                                                {"vcpu.current", 1},
                                                {"block.0.rd.bytes", qulonglong(1100)},
                                                {"net.0.tx.bytes", qulonglong(150)}},
                                         10'500, &b);
        QCOMPARE(second.cpuPercent, 50.0);
        QCOMPARE(second.blockReadRate, 2000.0);
        QCOMPARE(second.netTxRate, 200.0);
    }
};

QTEST_GUILESS_MAIN(TestStatsRecord)
#include "tst_statsrecord.moc"
