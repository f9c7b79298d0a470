// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/resourceslider.h"

#include "widgets/errorstyle.h"
#include "widgets/spinrangewatcher.h"

#include <QGridLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>

namespace Vireo {

ResourceSlider::ResourceSlider(Unit unit, QWidget *parent)
    : QWidget(parent)
    , m_unit(unit)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_spin(new QSpinBox(this))
    , m_minLabel(new QLabel(this))
    , m_maxLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_delay(new QTimer(this))
{
    m_singular = tr("unit");
    m_plural = tr("units");
    m_slider->setTickPosition(unit == Unit::Count ? QSlider::TicksBelow : QSlider::NoTicks);
    m_slider->setFocusPolicy(Qt::StrongFocus);
    // Values are typed, then applied on Enter or when the box loses focus: no request per digit.
    m_spin->setKeyboardTracking(false);
    if (unit == Unit::MiB)
        m_spin->setSuffix(tr(" MiB"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_minLabel, 0, 0);
    grid->addWidget(m_slider, 0, 1);
    grid->addWidget(m_maxLabel, 0, 2);
    grid->addWidget(m_spin, 0, 3);
    grid->addWidget(m_status, 1, 0, 1, 4);
    grid->setColumnStretch(1, 1);

    m_delay->setSingleShot(true);
    m_delay->setInterval(400);
    connect(m_delay, &QTimer::timeout, this, [this]() {
        if (!m_slider->isSliderDown())
            flush();
    });
    connect(m_slider, &QSlider::valueChanged, this, &ResourceSlider::onUserValue);
    connect(m_spin, &QSpinBox::valueChanged, this, &ResourceSlider::onUserValue);
    // A typed value out of range is put back by the spin box; say so rather than nothing.
    connect(new SpinRangeWatcher(m_spin), &SpinRangeWatcher::refused, this,
            [this](qint64 typed, qint64 kept) {
                m_error = outOfRangeText(typed, kept);
                updateStatus();
            });
    connect(m_slider, &QSlider::sliderReleased, this, [this]() {
        m_delay->stop();
        flush();
    });
    setAccessibleName(tr("Value"));
    setRange(1, 1);
    updateStatus();
}

void ResourceSlider::setAccessibleName(const QString &name)
{
    QWidget::setAccessibleName(name);
    m_slider->setAccessibleName(name);
    m_spin->setAccessibleName(tr("%1 (exact value)").arg(name));
    m_status->setAccessibleName(tr("%1 status").arg(name));
}

void ResourceSlider::setCountNoun(const QString &singular, const QString &plural)
{
    m_singular = singular;
    m_plural = plural;
    if (m_unit == Unit::Count)
        m_spin->setSuffix(QLatin1Char(' ') + plural);
    setRange(minimum(), maximum());
}

void ResourceSlider::setRange(qint64 minimum, qint64 maximum)
{
    maximum = qMax(minimum, maximum);
    m_updating = true;
    m_slider->setRange(int(minimum), int(maximum));
    m_spin->setRange(int(minimum), int(maximum));
    m_updating = false;
    m_minLabel->setText(formatValue(minimum));
    m_maxLabel->setText(formatValue(maximum));
    m_slider->setTickInterval(1);
    showValue(m_inFlight ? m_inFlightValue : (m_wanted >= 0 ? m_wanted : m_reported));
}

qint64 ResourceSlider::minimum() const
{
    return m_slider->minimum();
}

qint64 ResourceSlider::maximum() const
{
    return m_slider->maximum();
}

void ResourceSlider::setSteps(int singleStep, int pageStep)
{
    m_slider->setSingleStep(singleStep);
    m_slider->setPageStep(pageStep);
    m_spin->setSingleStep(singleStep);
}

void ResourceSlider::setApplyDelay(int ms)
{
    m_delay->setInterval(ms);
}

void ResourceSlider::setReportedValue(qint64 value)
{
    m_reported = value;
    // Never yank the handle from under the user, nor while our own request is on its way.
    if (!m_inFlight && m_wanted < 0 && !m_slider->isSliderDown())
        showValue(value);
}

qint64 ResourceSlider::value() const
{
    return m_slider->value();
}

void ResourceSlider::setValueFromUser(qint64 value)
{
    m_slider->setValue(int(value));
}

void ResourceSlider::setNote(const QString &note)
{
    m_note = note;
    updateStatus();
}

void ResourceSlider::applySucceeded(qint64 reported)
{
    m_inFlight = false;
    m_inFlightValue = -1;
    m_reported = reported;
    m_error.clear();
    if (m_wanted >= 0) {
        flush(); // the user moved on meanwhile: send the newest value only
    } else {
        showValue(reported);
    }
    updateStatus();
    Q_EMIT applyFinished(true, reported, QString());
}

void ResourceSlider::applyFailed(const QString &message, qint64 reported)
{
    m_inFlight = false;
    m_inFlightValue = -1;
    if (reported >= 0)
        m_reported = reported;
    // A value picked while the failed one was on its way would most likely fail the same way;
    // the user sees the message and decides again.
    m_wanted = -1;
    m_delay->stop();
    m_error = message;
    showValue(m_reported);
    updateStatus();
    Q_EMIT applyFinished(false, m_reported, message);
}

void ResourceSlider::setFormatter(Formatter formatter)
{
    m_formatter = std::move(formatter);
    m_minLabel->setText(formatValue(minimum()));
    m_maxLabel->setText(formatValue(maximum()));
    updateStatus();
}

QString ResourceSlider::outOfRangeText(qint64 typed, qint64 kept) const
{
    const QString stays = formatValue(kept);
    if (typed < minimum())
        return tr("%1 is below the minimum of %2; it stays at %3.")
            .arg(formatValue(typed), formatValue(minimum()), stays);
    return tr("%1 is above the maximum of %2; it stays at %3.")
        .arg(formatValue(typed), formatValue(maximum()), stays);
}

QString ResourceSlider::formatValue(qint64 value) const
{
    if (m_formatter)
        return m_formatter(value);
    if (m_unit == Unit::MiB)
        return tr("%1 MiB").arg(value);
    return QStringLiteral("%1 %2").arg(value).arg(value == 1 ? m_singular : m_plural);
}

void ResourceSlider::onUserValue(int value)
{
    if (m_updating)
        return;
    m_wanted = value;
    m_error.clear();
    showValue(value);
    if (m_slider->isSliderDown())
        return; // applied on release
    m_delay->start();
    updateStatus();
}

void ResourceSlider::flush()
{
    if (m_wanted < 0 || m_inFlight || m_slider->isSliderDown())
        return;
    const qint64 value = m_wanted;
    m_wanted = -1;
    if (value == m_reported) {
        updateStatus();
        return;
    }
    m_inFlight = true;
    m_inFlightValue = value;
    updateStatus();
    Q_EMIT applyRequested(value);
}

void ResourceSlider::showValue(qint64 value)
{
    m_updating = true;
    m_slider->setValue(int(value));
    m_spin->setValue(int(value));
    m_updating = false;
}

void ResourceSlider::updateStatus()
{
    QString text;
    QString style;
    if (m_inFlight) {
        text = tr("Applying %1…").arg(formatValue(m_inFlightValue));
        style = QStringLiteral("font-style: italic;");
    } else if (!m_error.isEmpty()) {
        text = m_error;
        style = ErrorStyle::textStyleSheet();
    } else if (m_wanted >= 0) {
        text = tr("Will apply %1…").arg(formatValue(m_wanted));
        style = QStringLiteral("font-style: italic;");
    } else {
        text = m_note;
    }
    m_status->setText(text);
    m_status->setStyleSheet(style);
    m_status->setVisible(!text.isEmpty());
    m_slider->setToolTip(tr("Now: %1").arg(formatValue(m_reported)));
    Q_EMIT stateChanged();
}

} // namespace Vireo
