// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace Vireo {

/// A time-series chart of the last few minutes (QtCharts), for CPU, memory, disk and network
/// figures. Lives on the GUI thread.
///
/// Several series share one time axis and one value axis. Each keeps the samples of the last
/// window() seconds in a ring buffer; older ones fall off as new ones arrive. A value below zero
/// or NaN means "not reported": that series skips the sample.
///
///     auto *chart = new PerfChart(tr("CPU"), tr("%"));
///     chart->addSeries(tr("Guest"));
///     chart->setFixedRange(0, 100);
///     chart->addSample(stats.timestampMs, {stats.cpuPercent});
class PerfChart : public QWidget
{
    Q_OBJECT
public:
    PerfChart(const QString &title, const QString &unit, QWidget *parent = nullptr);

    /// Adds a series; returns its index (the position of its value in addSample()).
    int addSeries(const QString &name);
    int seriesCount() const { return int(m_series.size()); }
    /// Draws a series dashed (e.g. a target next to the actual value it may hide).
    void setSeriesDashed(int series, bool dashed = true);

    /// One sample per series, in the order they were added. Samples must come in time order;
    /// an older or equal timestamp than the last one is ignored.
    void addSample(qint64 msSinceEpoch, const QList<double> &values);

    /// How much history to keep and show, in seconds. Default 300 (five minutes).
    void setWindow(int seconds);
    int window() const { return m_windowSeconds; }
    /// A fixed value axis (e.g. 0..100 for %). By default the axis grows to fit the data.
    void setFixedRange(double minimum, double maximum);
    /// Changes the unit shown on the value axis (e.g. after rescaling to MiB/s).
    void setUnit(const QString &unit);
    QString unit() const { return m_unit; }

    /// The points of one series now held (x: ms since epoch), oldest first.
    QList<QPointF> points(int series) const;
    /// The newest value of a series; NaN when none.
    double lastValue(int series) const;
    /// Drops all samples.
    void clear();
    /// Whether the figures are sampled at all (a preference may turn a kind off): when not, the
    /// chart drops its samples, ignores new ones and its title says it is off.
    void setSampled(bool sampled);
    bool isSampled() const { return m_sampled; }
    /// The title as shown now (with "(off)" or "(not reported)" when so).
    QString shownTitle() const;

    QChart *chart() const { return m_chart; }

private:
    void trim(qint64 newestMs);
    void updateAxes(qint64 newestMs);
    void updateTitle();

    struct Series
    {
        QLineSeries *line = nullptr;
        QList<QPointF> ring; ///< oldest first; bounded by the window
    };

    QString m_title;
    QString m_unit;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QList<Series> m_series;
    int m_windowSeconds = 300;
    qint64 m_lastMs = 0;
    bool m_sampled = true;
    bool m_fixedRange = false;
};

} // namespace Vireo
