// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

namespace Vireo {

struct DomainCapabilities;

/// Whether a libvirt error message says that a guest could not be defined or started because KVM
/// is not usable: QEMU's "Could not access KVM kernel module", "failed to initialize kvm",
/// "failed to set MSR" (KVM on a CPU without vmx/svm), libvirt's "Domain requires KVM", "does not
/// support virt type 'kvm'", "the accel 'kvm' is not supported"... Paths that merely contain "kvm"
/// do not count. Pure; any thread.
bool isKvmError(const QString &message);
inline bool isKvmError(const Error &error)
{
    return isKvmError(error.message);
}

/// The domain XML rewritten for software emulation (issue 10's "Use software emulation
/// instead"): <domain type='kvm'> becomes type='qemu'; a CPU mode QEMU's TCG cannot do is dropped
/// with what only that mode allows (host-passthrough; with `tcg`, the qemu domain capabilities,
/// any mode they do not mark supported), keeping the topology and NUMA cells; KVM-only features
/// (<features><kvm>, <ioapic driver='kvm'>) go. Everything else is copied. Fails for XML that is
/// not a kvm <domain>. Pure; any thread.
Result<QString> rewriteForSoftwareEmulation(const QString &xml,
                                            const DomainCapabilities *tcg = nullptr);

} // namespace Vireo
