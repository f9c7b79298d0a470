// SPDX-License-Identifier: GPL-2.0-or-later
#include "perfchart.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <limits>

namespace Vireo {

static double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

PerfChart::PerfChart(const QString &title, const QString &unit, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_unit(unit)
    , m_chart(new QChart)
    , m_timeAxis(new QDateTimeAxis)
    , m_valueAxis(new QValueAxis)
{
    m_chart->setTitle(title);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    // Few, short labels: a chart may be narrow (a details page holds four of them).
    m_timeAxis->setTickCount(4);
    QFont small = m_timeAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_timeAxis->setLabelsFont(small);
    m_valueAxis->setLabelsFont(small);
    m_valueAxis->setLabelFormat(QStringLiteral("%.4g"));
    m_valueAxis->setRange(0, 1);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    setUnit(unit);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(160);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setAccessibleName(title);
    m_view->setAccessibleName(title);
    updateAxes(QDateTime::currentMSecsSinceEpoch());
}

int PerfChart::addSeries(const QString &name)
{
    Series s;
    s.line = new QLineSeries(m_chart);
    s.line->setName(name);
    m_chart->addSeries(s.line);
    s.line->attachAxis(m_timeAxis);
    s.line->attachAxis(m_valueAxis);
    m_series.append(s);
    return int(m_series.size()) - 1;
}

void PerfChart::setSeriesDashed(int series, bool dashed)
{
    if (series < 0 || series >= m_series.size())
        return;
    QLineSeries *line = m_series.at(series).line;
    QPen pen = line->pen();
    pen.setStyle(dashed ? Qt::DashLine : Qt::SolidLine);
    pen.setWidthF(qMax(2.0, pen.widthF()));
    line->setPen(pen);
}

void PerfChart::addSample(qint64 msSinceEpoch, const QList<double> &values)
{
    if (msSinceEpoch <= m_lastMs || !m_sampled)
        return;
    m_lastMs = msSinceEpoch;
    for (int i = 0; i < m_series.size() && i < values.size(); ++i) {
        const double v = values.at(i);
        if (std::isnan(v) || v < 0)
            continue;
        m_series[i].ring.append(QPointF(double(msSinceEpoch), v));
    }
    trim(msSinceEpoch);
    for (Series &s : m_series)
        s.line->replace(s.ring); // one repaint per sample, not one per point
    updateAxes(msSinceEpoch);
    updateTitle();
}

void PerfChart::setWindow(int seconds)
{
    m_windowSeconds = qMax(10, seconds);
    trim(m_lastMs);
    for (Series &s : m_series)
        s.line->replace(s.ring);
    updateAxes(m_lastMs ? m_lastMs : QDateTime::currentMSecsSinceEpoch());
}

void PerfChart::setFixedRange(double minimum, double maximum)
{
    m_fixedRange = true;
    m_valueAxis->setRange(minimum, maximum);
}

void PerfChart::setUnit(const QString &unit)
{
    m_unit = unit;
    m_valueAxis->setTitleText(unit);
}

QList<QPointF> PerfChart::points(int series) const
{
    if (series < 0 || series >= m_series.size())
        return {};
    return m_series.at(series).ring;
}

double PerfChart::lastValue(int series) const
{
    if (series < 0 || series >= m_series.size() || m_series.at(series).ring.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    return m_series.at(series).ring.constLast().y();
}

void PerfChart::clear()
{
    for (Series &s : m_series) {
        s.ring.clear();
        s.line->clear();
    }
    m_lastMs = 0;
    updateTitle();
}

void PerfChart::setSampled(bool sampled)
{
    if (sampled == m_sampled)
        return;
    m_sampled = sampled;
    clear();
}

QString PerfChart::shownTitle() const
{
    return m_chart->title();
}

void PerfChart::updateTitle()
{
    if (!m_sampled) {
        const QString off = tr("%1 (off)").arg(m_title);
        m_chart->setTitle(off);
        m_view->setAccessibleName(off);
        return;
    }
    m_view->setAccessibleName(m_title);
    bool any = false;
    for (const Series &s : m_series)
        any = any || !s.ring.isEmpty();
    // Say so when the hypervisor reports nothing for this chart, rather than draw a flat line.
    m_chart->setTitle(any || m_lastMs == 0 ? m_title : tr("%1 (not reported)").arg(m_title));
}

void PerfChart::trim(qint64 newestMs)
{
    const double oldest = double(newestMs - qint64(m_windowSeconds) * 1000);
    for (Series &s : m_series) {
        // Samples arrive in time order, so the old ones are all at the front.
        while (!s.ring.isEmpty() && s.ring.constFirst().x() < oldest)
            s.ring.removeFirst();
    }
}

void PerfChart::updateAxes(qint64 newestMs)
{
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(newestMs - qint64(m_windowSeconds) * 1000),
                         QDateTime::fromMSecsSinceEpoch(newestMs));
    if (m_fixedRange)
        return;
    double top = 0;
    for (const Series &s : m_series) {
        for (const QPointF &p : s.ring)
            top = qMax(top, p.y());
    }
    m_valueAxis->setRange(0, niceCeiling(top * 1.05));
}

} // namespace Vireo
