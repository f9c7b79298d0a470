// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Private to vireo_core: what core reads about a host on its worker thread (capabilities, domain
// capabilities, the KVM decision's inputs, memory).
#ifndef VIREO_CORE_PRIVATE
#error "private to vireo_core: the rest of Vireo sees KvmDecision, never libvirt"
#endif

#include "core/common/hostmemory.h"
#include "core/common/result.h"
#include "core/session/capabilitiesxml.h"
#include "core/session/domaincapabilitiesxml.h"
#include "core/session/kvmdecision.h"

#include <libvirt/libvirt.h>

namespace Vireo {

class WorkerContext;

/// virConnectGetCapabilities, parsed. Worker thread.
Result<Capabilities> queryCapabilities(WorkerContext &w);
/// virConnectGetDomainCapabilities for an arch (empty: the host's) and virt type, parsed; the
/// error carries libvirt's reason when it refuses. Worker thread.
Result<DomainCapabilities> queryDomainCapabilities(WorkerContext &w, const QString &arch,
                                                   const QString &virtType);

/// The three conditions for the host w is connected to: CPU flags (local: /proc/cpuinfo; remote:
/// the capabilities' CPU features, expanded from its model by libvirt), /dev/kvm for the user QEMU
/// runs as (the DAC base label; qemu:///session: this user), and whether libvirt offers kvm and
/// qemu (the two answers given). Worker thread.
KvmInputs gatherKvmInputs(WorkerContext &w, const Capabilities &caps,
                          const Result<DomainCapabilities> &kvm,
                          const Result<DomainCapabilities> &qemu);

/// The host's memory: virNodeGetInfo, virNodeGetFreeMemory and virNodeGetMemoryStats, one
/// figure chosen by chooseHostMemory. Worker thread (the HostWorker's readHostInfo calls it).
HostMemory readHostMemory(virConnectPtr conn);
/// virNodeGetMemoryStats of all cells; nullopt where the driver has none (the test driver).
/// Worker thread (readHostMemory, and the statistics ticks).
std::optional<NodeMemoryStats> readNodeMemoryStats(virConnectPtr conn);

} // namespace Vireo
