// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/domainperformancepage.h"

#include "core/session/hostsession.h"
#include "ui/details/domaincontext.h"

#include "widgets/perfchart.h"

#include <QGridLayout>

namespace Vireo {

static double kib(double bytesPerSecond)
{
    return bytesPerSecond < 0 ? -1 : bytesPerSecond / 1024.0;
}

DomainPerformancePage::DomainPerformancePage(DomainContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_cpu(new PerfChart(tr("CPU"), tr("%"), this))
    , m_memory(new PerfChart(tr("Memory"), tr("MiB"), this))
    , m_disk(new PerfChart(tr("Disk I/O"), tr("KiB/s"), this))
    , m_network(new PerfChart(tr("Network I/O"), tr("KiB/s"), this))
{
    m_cpu->addSeries(tr("Guest CPU"));
    m_cpu->setFixedRange(0, 100);
    m_memory->addSeries(tr("Actual"));
    m_memory->setSeriesDashed(m_memory->addSeries(tr("Target")));
    m_disk->addSeries(tr("Read"));
    m_disk->addSeries(tr("Write"));
    m_network->addSeries(tr("Received"));
    m_network->addSeries(tr("Sent"));

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_cpu, 0, 0);
    grid->addWidget(m_memory, 0, 1);
    grid->addWidget(m_disk, 1, 0);
    grid->addWidget(m_network, 1, 1);

    connect(m_context, &DomainContext::statsArrived, this, &DomainPerformancePage::addStats);
    if (HostSession *session = m_context->session()) {
        connect(session, &HostSession::statsSamplingChanged, this,
                &DomainPerformancePage::followSampling);
        followSampling();
    }
}

void DomainPerformancePage::followSampling()
{
    // A kind the host does not sample says so (Edit > Preferences > Polling), rather than
    // "not reported" or a line that stopped.
    const HostSession *session = m_context->session();
    if (!session)
        return;
    const StatsSampling s = session->statsSampling();
    m_cpu->setSampled(s.cpu);
    m_memory->setSampled(s.memory);
    m_disk->setSampled(s.disk);
    m_network->setSampled(s.network);
}

void DomainPerformancePage::addStats(const DomainStats &s)
{
    const qint64 t = s.timestampMs;
    m_cpu->addSample(t, {s.cpuPercent});
    const qint64 target = isActive(s.state) ? m_context->balloonTargetKiB() : -1;
    m_memory->addSample(t, {s.balloonCurrentKiB < 0 ? -1.0 : s.balloonCurrentKiB / 1024.0,
                            target < 0 ? -1.0 : target / 1024.0});
    m_disk->addSample(t, {kib(s.blockReadRate), kib(s.blockWriteRate)});
    m_network->addSample(t, {kib(s.netRxRate), kib(s.netTxRate)});
}

} // namespace Vireo
