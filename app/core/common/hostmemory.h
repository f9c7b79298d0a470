// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Vireo {

/// virNodeGetMemoryStats (VIR_NODE_MEMORY_STATS_ALL_CELLS): /proc/meminfo's figures, in KiB.
struct NodeMemoryStats
{
    quint64 totalKiB = 0;
    quint64 freeKiB = 0;
    quint64 buffersKiB = 0;
    quint64 cachedKiB = 0;
};

/// A host's memory as one figure everywhere (the list, the connection details, the wizard).
/// Value type, any thread.
struct HostMemory
{
    /// What bounds the memory guests can get: the memory the host's kernel manages (MemTotal)
    /// when the driver reports it, else libvirt's node figure.
    quint64 totalKiB = 0;
    quint64 availableKiB = 0; ///< of that, usable now (free + buffers + page cache)
    quint64 numaKiB = 0;      ///< virNodeGetInfo: what the NUMA cells add up to
    /// For a tooltip, when the two figures differ: which is which. Empty when they agree.
    QString note;
};

/// Chooses the figure. Guest RAM is ordinary memory of the QEMU process, which the kernel takes
/// from all it manages, so /proc/meminfo's total bounds guests; the NUMA cells' sum can be less
/// (memory hot-plugged into a VM host) and then matters only to guests pinned to cells.
/// nodeInfoKiB: virNodeGetInfo's memory; nodeFreeKiB: virNodeGetFreeMemory / 1024; stats: nullopt
/// where the driver has none (the test driver). Pure.
HostMemory chooseHostMemory(quint64 nodeInfoKiB, quint64 nodeFreeKiB,
                            const std::optional<NodeMemoryStats> &stats);

} // namespace Vireo
