// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/cputopology.h"

#include "core/common/coretr.h"

#include <QCoreApplication>

namespace Vireo {

QString cpuTopologyProblem(const CpuTopology &topology, int maximumVcpus)
{
    if (topology.isEmpty())
        return {};
    if (topology.sockets < 1 || topology.cores < 1 || topology.threads < 1)
        return Tr::tr("Sockets, cores and threads must each be at least 1.");
    if (topology.vcpus() != maximumVcpus)
        return Tr::tr("%1 sockets × %2 cores × %3 threads make %4 vCPUs; "
                      "that must equal the maximum vCPUs (%5).")
            .arg(topology.sockets)
            .arg(topology.cores)
            .arg(topology.threads)
            .arg(topology.vcpus())
            .arg(maximumVcpus);
    return {};
}

} // namespace Vireo
