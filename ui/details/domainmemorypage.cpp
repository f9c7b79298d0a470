// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/domainmemorypage.h"

#include "ui/details/alsoafterrestart.h"
#include "ui/details/domaincontext.h"
#include "ui/details/shutoffchange.h"

#include "core/common/memorysize.h"
#include "core/domain/domaincontrol.h"
#include "widgets/applybar.h"
#include "widgets/errorstyle.h"
#include "widgets/resourceslider.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace Vireo {

static QString kibText(qint64 kib)
{
    return kib < 0 ? QStringLiteral("—") : formatKiB(quint64(kib));
}

DomainMemoryPage::DomainMemoryPage(DomainContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_slider(new ResourceSlider(ResourceSlider::Unit::MiB, this))
    , m_alsoConfig(new AlsoAfterRestartBox(
          tr("Also change the persistent definition's current memory"), this))
    , m_target(new QLabel(this))
    , m_actual(new QLabel(this))
    , m_maximumLabel(new QLabel(this))
    , m_balloon(new QLabel(this))
    , m_guestStats(new QLabel(this))
    , m_maximum(new QSpinBox(this))
    , m_maximumChange(
          new ShutOffChange(tr("Apply &maximum"), tr("Maximum memory"),
                            tr("The maximum can be changed while the domain is shut off."), this))
    , m_patience(new QTimer(this))
{
    m_slider->setAccessibleName(tr("Memory (balloon target)"));
    m_slider->setFormatter(
        [](qint64 mib) { return formatKiB(quint64(qMax<qint64>(0, mib)) * 1024); });
    m_slider->setSteps(64, 512);
    for (QLabel *l : {m_target, m_actual, m_maximumLabel}) {
        QFont f = l->font();
        f.setPointSizeF(f.pointSizeF() * 1.3);
        f.setBold(true);
        l->setFont(f);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_target->setAccessibleName(tr("Balloon target"));
    m_actual->setAccessibleName(tr("Actual memory of the guest"));
    m_maximumLabel->setAccessibleName(tr("Maximum memory"));
    m_balloon->setWordWrap(true);
    m_balloon->setAccessibleName(tr("Balloon driver"));
    m_guestStats->setWordWrap(true);
    m_guestStats->setAccessibleName(tr("Guest memory statistics"));
    m_maximum->setRange(16, 16 * 1024 * 1024);
    m_maximum->setSingleStep(256);
    m_maximum->setSuffix(tr(" MiB"));
    m_maximum->setAccessibleName(tr("Maximum memory"));
    m_patience->setSingleShot(true);
    m_patience->setInterval(12000);

    auto *live = new QGroupBox(tr("Memory"), this);
    auto *liveLayout = new QVBoxLayout(live);
    auto *figures = new QGridLayout;
    auto *targetCaption = new QLabel(tr("Target"), live);
    auto *actualCaption = new QLabel(tr("Actual (guest has)"), live);
    auto *maxCaption = new QLabel(tr("Maximum"), live);
    figures->addWidget(targetCaption, 0, 0);
    figures->addWidget(actualCaption, 0, 1);
    figures->addWidget(maxCaption, 0, 2);
    figures->addWidget(m_target, 1, 0);
    figures->addWidget(m_actual, 1, 1);
    figures->addWidget(m_maximumLabel, 1, 2);
    liveLayout->addLayout(figures);
    auto *sliderLabel = new QLabel(tr("&Balloon target:"), live);
    sliderLabel->setBuddy(m_slider->slider());
    liveLayout->addWidget(sliderLabel);
    liveLayout->addWidget(m_slider);
    liveLayout->addWidget(m_alsoConfig);
    liveLayout->addWidget(m_balloon);
    liveLayout->addWidget(m_guestStats);

    auto *max = new QGroupBox(tr("Maximum memory"), this);
    auto *form = new QFormLayout(max);
    auto *row = new QHBoxLayout;
    row->addWidget(m_maximum);
    row->addWidget(m_maximumChange->bar(), 1);
    auto *maxLabel = new QLabel(tr("Ma&ximum memory:"), max);
    maxLabel->setBuddy(m_maximum);
    form->addRow(maxLabel, row);
    form->addRow(m_maximumChange->note());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(live);
    layout->addWidget(max);
    layout->addStretch();

    connect(m_slider, &ResourceSlider::applyRequested, this, &DomainMemoryPage::apply);
    connect(m_alsoConfig, &QCheckBox::toggled, this, &DomainMemoryPage::updateLabels);
    connect(m_maximumChange, &ShutOffChange::applyRequested, this, &DomainMemoryPage::applyMaximum);
    // When patience runs out, read the actual size once more, then judge.
    connect(m_patience, &QTimer::timeout, this, &DomainMemoryPage::fetchActual);
    connect(m_context, &DomainContext::infoChanged, this, &DomainMemoryPage::onInfo);
    connect(m_context, &DomainContext::descriptionChanged, this, &DomainMemoryPage::onDescription);
    connect(m_context, &DomainContext::balloonTargetChanged, this, [this]() {
        m_slider->setReportedValue(m_context->balloonTargetKiB() / 1024);
        updateLabels();
    });
    connect(m_context, &DomainContext::statsArrived, this, [this](const DomainStats &s) {
        if (s.balloonCurrentKiB >= 0)
            setActual(s.balloonCurrentKiB);
        if (s.balloonAvailableKiB >= 0 || s.balloonUsableKiB >= 0)
            m_guestStats->setText(
                tr("The guest reports %1 usable of %2 available.")
                    .arg(kibText(s.balloonUsableKiB), kibText(s.balloonAvailableKiB)));
    });
    if (m_context->hasInfo())
        onInfo();
    if (m_context->hasDescription())
        onDescription();
}

qint64 DomainMemoryPage::safeMinimumMiB(qint64 maximumMiB)
{
    return qMin(maximumMiB, qMax<qint64>(256, maximumMiB / 8));
}

void DomainMemoryPage::setBalloonPatience(int ms)
{
    m_patience->setInterval(ms);
}

bool DomainMemoryPage::hasBalloonDevice() const
{
    if (!m_context->hasDescription())
        return true; // not known yet: let libvirt answer
    const QString model = m_context->description().balloonModel;
    return !model.isEmpty() && model != u"none";
}

QCheckBox *DomainMemoryPage::alsoAfterRestart() const
{
    return m_alsoConfig;
}

QPushButton *DomainMemoryPage::applyMaximumButton() const
{
    return m_maximumChange->bar()->applyButton();
}

void DomainMemoryPage::onInfo()
{
    const DomainInfo &info = m_context->info();
    const qint64 maxMiB = qint64(info.maxMemoryKiB / 1024);
    const qint64 targetMiB = m_context->balloonTargetKiB() / 1024;
    const qint64 minimum = qMin(safeMinimumMiB(maxMiB), targetMiB > 0 ? targetMiB : maxMiB);
    m_slider->setRange(minimum, maxMiB);
    m_slider->setReportedValue(targetMiB);
    const bool active = m_context->isActive();
    m_alsoConfig->follow(m_context);
    m_maximum->setEnabled(!active);
    m_maximumChange->follow(active);
    if (!m_maximum->hasFocus())
        m_maximum->setValue(int(maxMiB));
    if (!active) {
        m_actualKiB = -1;
        m_waiting = false;
        m_noDriver = false;
        m_periodAsked = false;
        m_patience->stop();
    } else if (m_actualKiB < 0) {
        fetchActual();
    }
    updateLabels();
}

void DomainMemoryPage::onDescription()
{
    const DomainDescription &d = m_context->description();
    m_slider->setEnabled(!m_context->isActive() || hasBalloonDevice());
    // Without statistics the balloon's actual size is not reported: ask the driver for them once.
    if (m_context->isActive() && hasBalloonDevice() && d.balloonStatsPeriod == 0 &&
        !m_periodAsked) {
        m_periodAsked = true;
        DomainControl::setMemoryStatsPeriod(
            m_context->session(), m_context->uuid(), statsPeriodSeconds, DomainControl::Live, this,
            [this](Status status) {
                m_periodError = status ? QString() : status.error().text();
                updateLabels();
            });
    }
    updateLabels();
}

void DomainMemoryPage::fetchActual()
{
    DomainControl::fetchMemoryStats(
        m_context->session(), m_context->uuid(), this,
        [this](Result<DomainControl::MemoryStats> stats) {
            if (stats && stats->actualKiB >= 0)
                setActual(stats->actualKiB);
            if (stats && stats->usableKiB >= 0)
                m_guestStats->setText(
                    tr("The guest reports %1 usable of %2 available.")
                        .arg(kibText(stats->usableKiB), kibText(stats->availableKiB)));
            if (m_waiting && !m_patience->isActive())
                judgeBalloon();
        });
}

void DomainMemoryPage::setActual(qint64 kib)
{
    m_actualKiB = kib;
    if (m_waiting && kib != m_actualAtChange) {
        // The guest answered: its balloon driver works.
        m_waiting = false;
        m_noDriver = false;
        m_patience->stop();
    }
    updateLabels();
}

void DomainMemoryPage::judgeBalloon()
{
    if (!m_waiting)
        return;
    if (m_patience->isActive())
        return;
    const qint64 target = m_context->balloonTargetKiB();
    m_waiting = false;
    // Never moved, and not already where it was asked to be: nobody in the guest is listening.
    m_noDriver = m_actualKiB == m_actualAtChange && target >= 0 && m_actualKiB >= 0 &&
                 qAbs(m_actualKiB - target) > 1024;
    updateLabels();
}

void DomainMemoryPage::updateLabels()
{
    const bool active = m_context->isActive();
    m_target->setText(kibText(m_context->balloonTargetKiB()));
    m_actual->setText(active ? kibText(m_actualKiB) : tr("not running"));
    m_maximumLabel->setText(m_context->hasInfo() ? kibText(qint64(m_context->info().maxMemoryKiB))
                                                 : QStringLiteral("—"));
    QString balloon;
    if (active && !hasBalloonDevice())
        balloon = tr("This domain has no memory balloon device, so its memory cannot change while "
                     "it runs. Shut it off to change it.");
    else if (active && m_noDriver)
        balloon = tr("The guest has not moved its balloon since the target changed: it seems to "
                     "have no balloon driver (virtio_balloon) loaded. It keeps %1 until the "
                     "driver runs or the domain restarts.")
                      .arg(kibText(m_actualKiB));
    else if (active && m_waiting)
        balloon = tr("Waiting for the guest's balloon driver to reach the target…");
    else if (active && !m_periodError.isEmpty())
        balloon = tr("Balloon statistics could not be turned on: %1").arg(m_periodError);
    m_balloon->setText(balloon);
    ErrorStyle::setError(m_balloon, m_noDriver || (active && !hasBalloonDevice()));
    m_balloon->setVisible(!balloon.isEmpty());
    m_guestStats->setVisible(active && !m_guestStats->text().isEmpty());
    m_slider->setNote(m_alsoConfig->note(
        active, {tr("Changes the definition; the domain starts with this much memory."),
                 tr("Moves the balloon now and changes the definition."),
                 tr("Moves the balloon now; the domain starts again with its defined memory.")}));
}

void DomainMemoryPage::apply(qint64 mib)
{
    const bool active = m_context->isActive();
    const bool alsoConfig = m_alsoConfig->scope(active) == DomainControl::LiveAndConfig;
    const qint64 before = m_context->balloonTargetKiB() / 1024;
    // Live and definition in two calls: some drivers (libvirt's test driver) refuse both flags in
    // one setMemory call.
    DomainControl::setMemory(
        m_context->session(), m_context->uuid(), quint64(mib) * 1024,
        active ? DomainControl::Live : DomainControl::Config, this,
        [this, active, alsoConfig, before](Result<quint64> result) {
            if (!result) {
                m_slider->applyFailed(result.error().text(), before);
                return;
            }
            const quint64 kib = result.value();
            m_context->setBalloonTargetKiB(qint64(kib));
            if (active) {
                m_actualAtChange = m_actualKiB;
                m_waiting = true;
                m_noDriver = false;
                m_patience->start();
                fetchActual();
            }
            if (!alsoConfig) {
                m_slider->applySucceeded(qint64(kib / 1024));
                updateLabels();
                return;
            }
            DomainControl::setMemory(
                m_context->session(), m_context->uuid(), kib, DomainControl::Config, this,
                [this, kib](Result<quint64> config) {
                    if (config)
                        m_slider->applySucceeded(qint64(kib / 1024));
                    else
                        m_slider->applyFailed(
                            tr("The running domain now has a target of %1, but its definition "
                               "was not changed: %2")
                                .arg(kibText(qint64(kib)), config.error().text()),
                            qint64(kib / 1024));
                    updateLabels();
                });
            updateLabels();
        });
}

void DomainMemoryPage::applyMaximum()
{
    const qint64 mib = m_maximum->value();
    m_maximumChange->run(
        [this, mib](QObject *context, std::function<void(Status)> done) {
            DomainControl::setMaximumMemory(m_context->session(), m_context->uuid(),
                                            quint64(mib) * 1024, context, std::move(done));
        },
        [this] { m_context->reload(); });
}

} // namespace Vireo
