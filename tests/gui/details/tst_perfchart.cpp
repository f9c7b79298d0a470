// SPDX-License-Identifier: GPL-2.0-or-later
// PerfChart: samples per series, the window drops old ones, missing values are skipped.
#include "widgets/perfchart.h"

#include <QChart>
#include <QLineSeries>
#include <QTest>

#include <cmath>

using namespace Vireo;

class TestPerfChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samplesReachTheSeries()
    {
        PerfChart chart(QStringLiteral("Disk"), QStringLiteral("KiB/s"));
        QCOMPARE(chart.addSeries(QStringLiteral("Read")), 0);
        QCOMPARE(chart.addSeries(QStringLiteral("Write")), 1);
        const qint64 t0 = 1'700'000'000'000;
        chart.addSample(t0, {10, 20});
        chart.addSample(t0 + 2000, {30, -1}); // write not reported this time
        QCOMPARE(chart.points(0).size(), 2);
        QCOMPARE(chart.points(1).size(), 1);
        QCOMPARE(chart.lastValue(0), 30.0);
        QCOMPARE(chart.lastValue(1), 20.0);
        QCOMPARE(chart.points(0).last(), QPointF(double(t0 + 2000), 30));
        // What the chart draws is what it holds.
        auto lines = chart.chart()->series();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(static_cast<QLineSeries *>(lines.at(0))->count(), 2);
        QCOMPARE(chart.unit(), QStringLiteral("KiB/s"));
    }

    void oldSamplesFallOffTheWindow()
    {
        PerfChart chart(QStringLiteral("CPU"), QStringLiteral("%"));
        chart.addSeries(QStringLiteral("Guest"));
        chart.setWindow(60);
        const qint64 t0 = 1'700'000'000'000;
        for (int i = 0; i <= 100; ++i) // 100 samples, 2 s apart: 200 s
            chart.addSample(t0 + i * 2000, {double(i)});
        const QList<QPointF> pts = chart.points(0);
        QCOMPARE(pts.size(), 31); // the last 60 s, both ends included
        QCOMPARE(pts.first().y(), 70.0);
        QCOMPARE(pts.last().y(), 100.0);
    }

    void outOfOrderAndMissingSamplesAreIgnored()
    {
        PerfChart chart(QStringLiteral("CPU"), QStringLiteral("%"));
        chart.addSeries(QStringLiteral("Guest"));
        QVERIFY(std::isnan(chart.lastValue(0)));
        chart.addSample(5000, {1});
        chart.addSample(4000, {2}); // older: ignored
        chart.addSample(5000, {3}); // same time: ignored
        chart.addSample(6000, {std::nan("")});
        chart.addSample(7000, {});
        QCOMPARE(chart.points(0).size(), 1);
        QCOMPARE(chart.lastValue(0), 1.0);
        chart.clear();
        QCOMPARE(chart.points(0).size(), 0);
        QCOMPARE(chart.chart()->title(), QStringLiteral("CPU"));
        chart.addSample(500, {-1}); // samples arrive, but without this figure
        QCOMPARE(chart.chart()->title(), QStringLiteral("CPU (not reported)"));
        chart.addSample(1000, {4});
        QCOMPARE(chart.points(0).size(), 1);
        QCOMPARE(chart.chart()->title(), QStringLiteral("CPU"));
    }
};

QTEST_MAIN(TestPerfChart)
#include "tst_perfchart.moc"
