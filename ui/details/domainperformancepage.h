// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

namespace Vireo {

class DomainContext;
class PerfChart;
struct DomainStats;

/// The Performance page of the details window: CPU, memory (actual and target), disk and network
/// charts of the last five minutes, fed by the host's statistics tick. Lives on the GUI thread.
class DomainPerformancePage : public QWidget
{
    Q_OBJECT
public:
    explicit DomainPerformancePage(DomainContext *context, QWidget *parent = nullptr);

    PerfChart *cpuChart() const { return m_cpu; }
    PerfChart *memoryChart() const { return m_memory; }
    PerfChart *diskChart() const { return m_disk; }
    PerfChart *networkChart() const { return m_network; }

    /// Feeds one sample to the charts (the context's statsArrived does this).
    void addStats(const DomainStats &stats);

private:
    void followSampling();

    DomainContext *m_context;
    PerfChart *m_cpu;
    PerfChart *m_memory;
    PerfChart *m_disk;
    PerfChart *m_network;
};

} // namespace Vireo
