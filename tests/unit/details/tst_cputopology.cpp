// SPDX-License-Identifier: GPL-2.0-or-later
// The one vCPU topology rule (wizard, CPU layout rewriter, details page).
#include "core/domain/cputopology.h"

#include <QTest>

using namespace Vireo;

class TestCpuTopology : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<int>("sockets");
        QTest::addColumn<int>("cores");
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("maximum");
        QTest::addColumn<QString>("problem"); // empty: fits
        QTest::newRow("empty: libvirt's default fits any maximum") << 0 << 0 << 0 << 7 << "";
        QTest::newRow("empty with one vCPU") << 0 << 0 << 0 << 1 << "";
        QTest::newRow("1×4×1 = 4") << 1 << 4 << 1 << 4 << "";
        QTest::newRow("2×2×2 = 8") << 2 << 2 << 2 << 8 << "";
        QTest::newRow("product below the maximum") << 1 << 2 << 1 << 4 << "make 2 vCPUs";
        QTest::newRow("product above the maximum") << 2 << 2 << 2 << 6 << "make 8 vCPUs";
        QTest::newRow("partial: a zero among the three") << 4 << 0 << 1 << 4 << "at least 1";
        QTest::newRow("negative") << -1 << 1 << 1 << 1 << "at least 1";
        QTest::newRow("no overflow in the product")
            << 65536 << 65536 << 2 << 0 << "make 8589934592 vCPUs";
    }
    void rule()
    {
        QFETCH(int, sockets);
        QFETCH(int, cores);
        QFETCH(int, threads);
        QFETCH(int, maximum);
        QFETCH(QString, problem);
        const QString got = cpuTopologyProblem(CpuTopology{sockets, cores, threads}, maximum);
        if (problem.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.contains(problem), qPrintable(got));
        // The wizard's words and the details page's are the same.
        if (got.contains(QLatin1String("vCPUs;")))
            QVERIFY(got.contains(QLatin1String("must equal the maximum vCPUs")));
    }
};

QTEST_GUILESS_MAIN(TestCpuTopology)
#include "tst_cputopology.moc"
