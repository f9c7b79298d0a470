// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/common/hostmemory.h"

#include "core/common/coretr.h"

#include "core/common/memorysize.h"

#include <QCoreApplication>

namespace Vireo {

HostMemory chooseHostMemory(quint64 nodeInfoKiB, quint64 nodeFreeKiB,
                            const std::optional<NodeMemoryStats> &stats)
{
    HostMemory m;
    m.numaKiB = nodeInfoKiB;
    if (!stats || stats->totalKiB == 0) {
        m.totalKiB = nodeInfoKiB;
        m.availableKiB = qMin(nodeFreeKiB, nodeInfoKiB);
        return m;
    }
    m.totalKiB = stats->totalKiB;
    m.availableKiB = qMin(stats->freeKiB + stats->buffersKiB + stats->cachedKiB, m.totalKiB);
    // Rounding and reserved pages make the two differ by a little on every machine.
    const quint64 diff =
        m.totalKiB > nodeInfoKiB ? m.totalKiB - nodeInfoKiB : nodeInfoKiB - m.totalKiB;
    if (nodeInfoKiB > 0 && diff * 50 > m.totalKiB) // more than 2 %
        m.note = Tr::tr("Guests can get up to %1: the memory the host's kernel manages "
                        "(/proc/meminfo). libvirt's NUMA cells add up to %2 (virNodeGetInfo); that "
                        "figure matters only to guests pinned to NUMA cells.")
                     .arg(formatKiB(m.totalKiB), formatKiB(nodeInfoKiB));
    return m;
}

} // namespace Vireo
