// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Vireo {

/// A vCPU topology as in <cpu><topology sockets cores threads>. Value type, any thread.
/// All zero means none is given: libvirt then makes each vCPU a socket of its own, which fits
/// any maximum.
struct CpuTopology
{
    int sockets = 0;
    int cores = 0;
    int threads = 0;

    bool isEmpty() const { return sockets == 0 && cores == 0 && threads == 0; }
    /// sockets × cores × threads (64 bits: three large ints must not overflow).
    qint64 vcpus() const { return qint64(sockets) * cores * threads; }
};

/// The one topology rule, used by the wizard's builder, the CPU layout rewriter and the pages:
/// an empty topology always fits; otherwise sockets, cores and threads are each at least 1 and
/// their product equals the maximum vCPUs. Returns why not, in words, or empty when it fits.
QString cpuTopologyProblem(const CpuTopology &topology, int maximumVcpus);

} // namespace Vireo
