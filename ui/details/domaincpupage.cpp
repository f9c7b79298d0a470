// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/domaincpupage.h"

#include "ui/details/alsoafterrestart.h"
#include "ui/details/domaincontext.h"
#include "ui/details/shutoffchange.h"

#include "core/domain/cputopology.h"
#include "core/domain/domainconfig.h"
#include "core/domain/domaincontrol.h"
#include "widgets/applybar.h"
#include "widgets/resourceslider.h"
#include "widgets/spinrangewatcher.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Vireo {

DomainCpuPage::DomainCpuPage(DomainContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_slider(new ResourceSlider(ResourceSlider::Unit::Count, this))
    , m_alsoConfig(new AlsoAfterRestartBox(tr("Also change the persistent definition, so the "
                                              "domain keeps this count when it starts again"),
                                           this))
    , m_reported(new QLabel(this))
    , m_manualTopology(new QCheckBox(tr("Set the &topology"), this))
    , m_sockets(new QSpinBox(this))
    , m_cores(new QSpinBox(this))
    , m_threads(new QSpinBox(this))
    , m_maximum(new QSpinBox(this))
    , m_maximumChange(new ShutOffChange(
          tr("Apply &maximum and topology"), tr("Maximum and topology"),
          tr("The maximum and topology can be changed while the domain is shut off. Up to the "
             "maximum, vCPUs are added live."),
          this))
{
    m_slider->setCountNoun(tr("vCPU"), tr("vCPUs"));
    m_slider->setAccessibleName(tr("vCPUs"));
    m_slider->setSteps(1, 2);
    m_reported->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reported->setAccessibleName(tr("Reported vCPU counts"));
    for (QSpinBox *box : {m_sockets, m_cores, m_threads})
        box->setRange(1, 1024);
    m_sockets->setAccessibleName(tr("Sockets"));
    m_cores->setAccessibleName(tr("Cores per socket"));
    m_threads->setAccessibleName(tr("Threads per core"));
    m_manualTopology->setToolTip(tr("Without a topology, each vCPU is a socket of its own"));
    m_maximum->setRange(1, 4096);
    m_maximum->setSuffix(tr(" vCPUs"));

    auto *live = new QGroupBox(tr("vCPUs"), this);
    auto *liveLayout = new QVBoxLayout(live);
    auto *sliderLabel = new QLabel(tr("&Number of vCPUs:"), live);
    sliderLabel->setBuddy(m_slider->slider());
    liveLayout->addWidget(sliderLabel);
    liveLayout->addWidget(m_slider);
    liveLayout->addWidget(m_alsoConfig);
    liveLayout->addWidget(m_reported);

    auto *max = new QGroupBox(tr("Maximum and topology"), this);
    auto *form = new QFormLayout(max);
    auto *row = new QHBoxLayout;
    row->addWidget(m_maximum);
    row->addWidget(m_maximumChange->bar(), 1);
    auto *maxLabel = new QLabel(tr("Ma&ximum vCPUs:"), max);
    maxLabel->setBuddy(m_maximum);
    m_maximum->setAccessibleName(tr("Maximum vCPUs"));
    form->addRow(maxLabel, row);
    form->addRow(QString(), m_manualTopology);
    auto *topology = new QHBoxLayout;
    auto addBox = [topology, max](const QString &label, QSpinBox *box) {
        auto *caption = new QLabel(label, max);
        caption->setBuddy(box);
        topology->addWidget(caption);
        topology->addWidget(box);
    };
    addBox(tr("&Sockets:"), m_sockets);
    addBox(tr("C&ores:"), m_cores);
    addBox(tr("T&hreads:"), m_threads);
    topology->addStretch();
    form->addRow(QString(), topology);
    form->addRow(m_maximumChange->note());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(live);
    layout->addWidget(max);
    layout->addStretch();

    connect(m_slider, &ResourceSlider::applyRequested, this, &DomainCpuPage::apply);
    connect(m_alsoConfig, &QCheckBox::toggled, this, &DomainCpuPage::updateNote);
    connect(m_maximumChange, &ShutOffChange::applyRequested, this, &DomainCpuPage::applyMaximum);
    connect(m_context, &DomainContext::infoChanged, this, &DomainCpuPage::onInfo);
    connect(m_context, &DomainContext::descriptionChanged, this, [this]() {
        if (!m_context->isActive() && (m_sockets->hasFocus() || m_cores->hasFocus() ||
                                       m_threads->hasFocus() || m_maximum->hasFocus()))
            return; // the user is editing
        const DomainDescription &d = m_context->description();
        m_manualTopology->setChecked(d.sockets > 0);
        m_sockets->setValue(qMax(1, d.sockets));
        m_cores->setValue(qMax(1, d.cores));
        m_threads->setValue(qMax(1, d.threads));
        updateLayoutControls();
    });
    watchRange(m_maximum, tr("Maximum vCPUs"));
    watchRange(m_sockets, tr("Sockets"));
    watchRange(m_cores, tr("Cores"));
    watchRange(m_threads, tr("Threads"));
    connect(m_manualTopology, &QCheckBox::toggled, this, &DomainCpuPage::updateLayoutControls);
    for (QSpinBox *box : {m_sockets, m_cores, m_threads})
        connect(box, &QSpinBox::valueChanged, this, &DomainCpuPage::updateLayoutControls);
    connect(m_context, &DomainContext::statsArrived, this, [this](const DomainStats &s) {
        // The statistics tick carries the count the running domain reports.
        if (s.vcpuCurrent > 0 && m_context->isActive() && s.vcpuCurrent != m_liveCurrent) {
            m_liveCurrent = s.vcpuCurrent;
            m_slider->setReportedValue(s.vcpuCurrent);
            updateNote();
        }
    });
    if (m_context->hasInfo())
        onInfo();
}

QCheckBox *DomainCpuPage::alsoAfterRestart() const
{
    return m_alsoConfig;
}

QPushButton *DomainCpuPage::applyMaximumButton() const
{
    return m_maximumChange->bar()->applyButton();
}

QLabel *DomainCpuPage::maximumStatus() const
{
    return m_maximumChange->bar()->statusLabel();
}

void DomainCpuPage::watchRange(QSpinBox *box, const QString &what)
{
    // The box puts back its last value when a number out of range is typed: say so.
    connect(new SpinRangeWatcher(box), &SpinRangeWatcher::refused, this,
            [this, box, what](qint64 typed, qint64 kept) {
                m_maximumChange->bar()->showMessage(
                    tr("%1: %2 is not possible (%3 to %4); it stays at %5.")
                        .arg(what)
                        .arg(typed)
                        .arg(box->minimum())
                        .arg(box->maximum())
                        .arg(kept),
                    true);
            });
}

void DomainCpuPage::onInfo()
{
    const bool active = m_context->isActive();
    m_alsoConfig->follow(m_context);
    m_maximumChange->follow(active);
    m_manualTopology->setEnabled(!active);
    updateLayoutControls();
    refreshCounts();
}

void DomainCpuPage::refreshCounts()
{
    DomainControl::fetchVcpuCounts(
        m_context->session(), m_context->uuid(), this,
        [this](Result<DomainControl::VcpuCounts> counts) {
            if (!counts) {
                m_reported->setText(counts.error().text());
                return;
            }
            m_liveCurrent = counts->liveCurrent;
            m_liveMaximum = counts->liveMaximum;
            m_configCurrent = counts->configCurrent;
            m_configMaximum = counts->configMaximum;
            const bool active = m_context->isActive() && m_liveCurrent > 0;
            m_slider->setRange(1, active ? m_liveMaximum : m_configMaximum);
            m_slider->setReportedValue(active ? m_liveCurrent : m_configCurrent);
            if (!m_maximum->hasFocus())
                m_maximum->setValue(m_configMaximum);
            updateNote();
        });
}

void DomainCpuPage::updateNote()
{
    const bool active = m_context->isActive() && m_liveCurrent > 0;
    QString reported;
    if (active)
        reported =
            tr("The domain reports %1 of at most %2 vCPUs running now; %3 at its next start.")
                .arg(m_liveCurrent)
                .arg(m_liveMaximum)
                .arg(m_configCurrent);
    else if (m_configCurrent > 0)
        reported = tr("The domain is defined with %1 of at most %2 vCPUs.")
                       .arg(m_configCurrent)
                       .arg(m_configMaximum);
    m_reported->setText(reported);
    m_slider->setNote(m_alsoConfig->note(
        active, {tr("Changes the definition; the domain starts with this count."),
                 tr("Changes the running domain now and its definition."),
                 tr("Changes the running domain only; it starts again with %1.")
                     .arg(m_slider->formatValue(m_configCurrent))}));
}

void DomainCpuPage::apply(qint64 count)
{
    const bool active = m_context->isActive();
    const DomainControl::Scope scope = m_alsoConfig->scope(active);
    const qint64 before = m_slider->reportedValue();
    DomainControl::setVcpus(
        m_context->session(), m_context->uuid(), int(count), scope, this,
        [this, count, before, active](Result<int> result) {
            if (result) {
                m_slider->applySucceeded(result.value());
                refreshCounts();
                return;
            }
            QString why = result.error().text();
            const int maximum = active ? m_liveMaximum : m_configMaximum;
            if (active && count < before)
                why = tr("The hypervisor or the guest refused to remove vCPUs while the domain "
                         "runs; it still has %1. (%2)")
                          .arg(m_slider->formatValue(before), why);
            else if (maximum > 0 && count > maximum)
                why = tr("%1 is more than the maximum of %2 vCPUs. (%3)")
                          .arg(count)
                          .arg(maximum)
                          .arg(why);
            m_slider->applyFailed(why, before);
            refreshCounts(); // the slider settles on what the domain really has
        });
}

void DomainCpuPage::updateLayoutControls()
{
    const bool shutOff = !m_context->isActive();
    const bool manual = m_manualTopology->isChecked();
    for (QSpinBox *box : {m_sockets, m_cores, m_threads})
        box->setEnabled(shutOff && manual);
    // With a topology, the maximum is what it makes (the one rule: cputopology.h).
    m_maximum->setEnabled(shutOff && !manual);
    if (manual) {
        const CpuTopology t{m_sockets->value(), m_cores->value(), m_threads->value()};
        m_maximum->setValue(int(qMin<qint64>(t.vcpus(), m_maximum->maximum())));
    }
}

void DomainCpuPage::applyMaximum()
{
    CpuLayout layout;
    layout.maximum = m_maximum->value();
    if (m_manualTopology->isChecked()) {
        layout.sockets = m_sockets->value();
        layout.cores = m_cores->value();
        layout.threads = m_threads->value();
    }
    m_maximumChange->run(
        [this, layout](QObject *context, std::function<void(Status)> done) {
            DomainConfig::setCpuLayout(m_context->session(), m_context->uuid(), layout, context,
                                       std::move(done));
        },
        [this] { refreshCounts(); });
}

} // namespace Vireo
