// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/types.h"

#include <QByteArrayView>

#include <span>
#include <variant>

namespace Vireo {

struct StatsSampling; // core/session/hostsession.h

/// The groups of virConnectGetAllDomainStats (libvirt's VIR_DOMAIN_STATS_* bits) the statistics
/// tick asks for: states and vCPU counts always, CPU time, balloon, block and interface only
/// while their kind is sampled, so a kind turned off costs the host nothing.
unsigned int statsGroupsFor(const StatsSampling &sampling);

/// One field of a domain's statistics record, as virConnectGetAllDomainStats reports it
/// ("state.state", "cpu.time", "block.0.rd.bytes"...). The views are not owned: they are valid
/// while the record they were read from is.
struct StatsField
{
    QByteArrayView name;
    /// libvirt's int, uint, long long and boolean arrive as qint64, unsigned long long as
    /// quint64, strings as text.
    std::variant<qint64, quint64, double, QByteArrayView> value;
};

/// What the next sample of the same domain needs from this one to compute rates.
struct StatsBaseline
{
    qint64 timestampMs = 0;
    qint64 cpuTimeNs = -1;
    qint64 blockReadBytes = -1;
    qint64 blockWriteBytes = -1;
    qint64 netRxBytes = -1;
    qint64 netTxBytes = -1;
};

StatsBaseline baselineOf(const DomainStats &stats);

/// Turns one statistics record into a DomainStats: the fields it knows, block and network bytes
/// summed over all disks and interfaces, and, given the previous sample of the same domain, the
/// CPU use (percent of the domain's vCPUs, 0..100) and the I/O rates (bytes/s). Rates stay -1
/// without a previous sample, without time between the two, or when a counter went backwards
/// (the domain restarted); CPU time that went backwards counts as 0 %. Pure function; any thread.
DomainStats parseStatsRecord(const QString &uuid, qint64 nowMs, std::span<const StatsField> fields,
                             const StatsBaseline *previous);

} // namespace Vireo
