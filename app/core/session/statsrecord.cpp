// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/session/statsrecord.h"

#include "core/session/hostsession.h"

#include <libvirt/libvirt.h>

#include <QtGlobal>

#include <limits>
#include <optional>

namespace Vireo {

unsigned int statsGroupsFor(const StatsSampling &sampling)
{
    // States and vCPU counts always: the list and the CPU page follow them.
    unsigned int what = VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_VCPU;
    if (sampling.cpu)
        what |= VIR_DOMAIN_STATS_CPU_TOTAL;
    if (sampling.memory)
        what |= VIR_DOMAIN_STATS_BALLOON;
    if (sampling.disk)
        what |= VIR_DOMAIN_STATS_BLOCK;
    if (sampling.network)
        what |= VIR_DOMAIN_STATS_INTERFACE;
    return what;
}

namespace {

std::optional<qint64> integer(const StatsField &f)
{
    if (const auto *v = std::get_if<qint64>(&f.value))
        return *v;
    if (const auto *v = std::get_if<quint64>(&f.value))
        return qint64(qMin<quint64>(*v, quint64(std::numeric_limits<qint64>::max())));
    return std::nullopt;
}

bool endsWith(QByteArrayView name, QByteArrayView tail)
{
    return name.size() >= tail.size() && name.last(tail.size()) == tail;
}

void add(qint64 &sum, qint64 v)
{
    sum = (sum < 0 ? 0 : sum) + v;
}

} // namespace

StatsBaseline baselineOf(const DomainStats &s)
{
    return {s.timestampMs,     s.cpuTimeNs,  s.blockReadBytes,
            s.blockWriteBytes, s.netRxBytes, s.netTxBytes};
}

DomainStats parseStatsRecord(const QString &uuid, qint64 nowMs, std::span<const StatsField> fields,
                             const StatsBaseline *previous)
{
    DomainStats s;
    s.uuid = uuid;
    s.timestampMs = nowMs;
    qint64 rd = -1, wr = -1, rx = -1, tx = -1;
    for (const StatsField &f : fields) {
        const std::optional<qint64> v = integer(f);
        if (!v)
            continue; // names, paths and the like
        const QByteArrayView n = f.name;
        if (n == "state.state")
            s.state = DomainState(*v);
        else if (n == "cpu.time")
            s.cpuTimeNs = *v;
        else if (n == "vcpu.current")
            s.vcpuCurrent = int(*v);
        else if (n == "vcpu.maximum")
            s.vcpuMaximum = int(*v);
        else if (n == "balloon.current")
            s.balloonCurrentKiB = *v;
        else if (n == "balloon.maximum")
            s.balloonMaximumKiB = *v;
        else if (n == "balloon.rss")
            s.balloonRssKiB = *v;
        else if (n == "balloon.usable")
            s.balloonUsableKiB = *v;
        else if (n == "balloon.available")
            s.balloonAvailableKiB = *v;
        else if (n.startsWith("block.")) {
            // block.<n>.rd.bytes, block.<n>.wr.bytes: summed over the domain's disks.
            if (endsWith(n, ".rd.bytes"))
                add(rd, *v);
            else if (endsWith(n, ".wr.bytes"))
                add(wr, *v);
        } else if (n.startsWith("net.")) {
            if (endsWith(n, ".rx.bytes"))
                add(rx, *v);
            else if (endsWith(n, ".tx.bytes"))
                add(tx, *v);
        }
    }
    s.blockReadBytes = rd;
    s.blockWriteBytes = wr;
    s.netRxBytes = rx;
    s.netTxBytes = tx;
    if (previous && nowMs > previous->timestampMs) {
        const double dt = (nowMs - previous->timestampMs) / 1000.0;
        const int vcpus = s.vcpuCurrent > 0 ? s.vcpuCurrent : 1;
        if (s.cpuTimeNs >= 0 && previous->cpuTimeNs >= 0)
            s.cpuPercent = qBound(
                0.0, (s.cpuTimeNs - previous->cpuTimeNs) / (dt * 1e9 * vcpus) * 100.0, 100.0);
        auto rate = [dt](qint64 cur, qint64 before) {
            return cur >= 0 && before >= 0 && cur >= before ? (cur - before) / dt : -1.0;
        };
        s.blockReadRate = rate(rd, previous->blockReadBytes);
        s.blockWriteRate = rate(wr, previous->blockWriteBytes);
        s.netRxRate = rate(rx, previous->netRxBytes);
        s.netTxRate = rate(tx, previous->netTxBytes);
    }
    return s;
}

} // namespace Vireo
