// SPDX-License-Identifier: GPL-2.0-or-later
// formatKiB/formatBytes: the one way Vireo writes a memory or disk size.
#include "core/common/memorysize.h"

#include <QTest>

using namespace Vireo;

class TestMemorySize : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kib_data()
    {
        QTest::addColumn<quint64>("kib");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << quint64(0) << "0 KiB";
        QTest::newRow("KiB") << quint64(512) << "512 KiB";
        QTest::newRow("one MiB") << quint64(1024) << "1 MiB";
        QTest::newRow("MiB, rounded") << quint64(1536) << "2 MiB";
        QTest::newRow("512 MiB") << quint64(512 * 1024) << "512 MiB";
        QTest::newRow("video RAM") << quint64(16384) << "16 MiB";
        QTest::newRow("rounds up into GiB") << quint64(1024 * 1024 - 100) << "1 GiB";
        QTest::newRow("whole GiB: no .0") << quint64(2 * 1024 * 1024) << "2 GiB";
        QTest::newRow("1.5 GiB") << quint64(1536 * 1024) << "1.5 GiB";
        // The two figures of issue 19 item 8: the NUMA cells and /proc/meminfo.
        QTest::newRow("NUMA cells of this machine") << quint64(6908108) << "6.6 GiB";
        QTest::newRow("MemTotal of this machine") << quint64(24684084) << "23.5 GiB";
        QTest::newRow("TiB") << quint64(1536ull * 1024 * 1024) << "1.5 TiB";
        QTest::newRow("rounds into TiB") << quint64(1024ull * 1024 * 1024 - 10) << "1 TiB";
    }
    void kib()
    {
        QFETCH(quint64, kib);
        QFETCH(QString, text);
        QCOMPARE(formatKiB(kib), text);
    }

    void bytes_data()
    {
        QTest::addColumn<quint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("bytes") << quint64(100) << "100 B";
        QTest::newRow("KiB") << quint64(4096) << "4 KiB";
        QTest::newRow("disk") << quint64(20) * 1024 * 1024 * 1024 << "20 GiB";
        QTest::newRow("2.5 GiB") << quint64(2560) * 1024 * 1024 << "2.5 GiB";
    }
    void bytes()
    {
        QFETCH(quint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(formatBytes(bytes), text);
    }
};

QTEST_GUILESS_MAIN(TestMemorySize)
#include "tst_memorysize.moc"
