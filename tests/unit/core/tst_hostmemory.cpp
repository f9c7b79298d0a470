// SPDX-License-Identifier: GPL-2.0-or-later
// One figure for the host's memory (issue 19 item 8), and the other for a tooltip.
#include "core/common/hostmemory.h"

#include <QTest>

using namespace Vireo;

Q_DECLARE_METATYPE(std::optional<NodeMemoryStats>)

class TestHostMemory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void choose_data()
    {
        QTest::addColumn<quint64>("nodeInfoKiB");
        QTest::addColumn<quint64>("nodeFreeKiB");
        QTest::addColumn<std::optional<NodeMemoryStats>>("stats");
        QTest::addColumn<quint64>("totalKiB");
        QTest::addColumn<quint64>("availableKiB");
        QTest::addColumn<QString>("note"); // a part of it; empty: no note
        // This machine: NUMA cells 6.6 GiB, /proc/meminfo 23.5 GiB (memory hot-plugged into the
        // VM).
        QTest::newRow("NUMA cells below MemTotal")
            << quint64(6908108) << quint64(4016272)
            << std::optional<NodeMemoryStats>(NodeMemoryStats{24684084, 21792196, 100000, 600000})
            << quint64(24684084) << quint64(22492196) << "NUMA cells add up to 6.6 GiB";
        QTest::newRow("the two agree (within 2 %)")
            << quint64(16303148) << quint64(1000000)
            << std::optional<NodeMemoryStats>(NodeMemoryStats{16303140, 2000000, 0, 0})
            << quint64(16303140) << quint64(2000000) << "";
        QTest::newRow("the test driver: no memory statistics")
            << quint64(3145728) << quint64(0) << std::optional<NodeMemoryStats>()
            << quint64(3145728) << quint64(0) << "";
        QTest::newRow("statistics without a total")
            << quint64(2048) << quint64(1024)
            << std::optional<NodeMemoryStats>(NodeMemoryStats{0, 10, 0, 0}) << quint64(2048)
            << quint64(1024) << "";
        QTest::newRow("available never above the total")
            << quint64(1000) << quint64(5000)
            << std::optional<NodeMemoryStats>(NodeMemoryStats{1000, 900, 200, 300}) << quint64(1000)
            << quint64(1000) << "";
    }
    void choose()
    {
        QFETCH(quint64, nodeInfoKiB);
        QFETCH(quint64, nodeFreeKiB);
        QFETCH(std::optional<NodeMemoryStats>, stats);
        QFETCH(QString, note);
        const HostMemory m = chooseHostMemory(nodeInfoKiB, nodeFreeKiB, stats);
        QTEST(m.totalKiB, "totalKiB");
        QTEST(m.availableKiB, "availableKiB");
        QCOMPARE(m.numaKiB, nodeInfoKiB);
        if (note.isEmpty()) {
            QVERIFY2(m.note.isEmpty(), qPrintable(m.note));
        } else {
            QVERIFY2(m.note.contains(note), qPrintable(m.note));
            QVERIFY(m.note.contains(QLatin1String("23.5 GiB")));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostMemory)
#include "tst_hostmemory.moc"
