// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringList>

namespace Vireo {

/// virConnectGetDomainCapabilities for one emulator, architecture, machine and virt type, read
/// once for everyone. Value type, any thread.
struct DomainCapabilities
{
    QString path;       ///< the emulator binary
    QString domainType; ///< "kvm", "qemu"...
    QString machine;
    QString arch;
    int maxVcpus = 0;         ///< <vcpu max=...>; 0 when absent
    QStringList firmwares;    ///< <os><enum name='firmware'> values: "efi", "bios"
    QStringList loaderPaths;  ///< <os><loader><value>: firmware images the host has
    QStringList loaderTypes;  ///< "rom", "pflash"
    QStringList cpuModes;     ///< the <cpu><mode>s marked supported='yes'
    QStringList loaderSecure; ///< <loader><enum name='secure'>: "yes" where Secure Boot is offered
    QStringList tpmModels;    ///< <devices><tpm> (supported='yes'): "tpm-crb", "tpm-tis"
    QStringList tpmBackends;  ///< "emulator" (swtpm), "passthrough"...
    QStringList tpmVersions;  ///< "2.0", "1.2"; empty when libvirt does not say

    bool supportsCpuMode(const QString &mode) const { return cpuModes.contains(mode); }
    /// A TPM 2.0 emulated by swtpm can be given to guests.
    bool offersTpmEmulator() const
    {
        return tpmBackends.contains(QStringLiteral("emulator")) &&
               (tpmVersions.isEmpty() || tpmVersions.contains(QStringLiteral("2.0")));
    }
};

/// Reads domain capabilities XML. Fails for XML that does not parse or is not
/// <domainCapabilities>.
Result<DomainCapabilities> parseDomainCapabilitiesXml(const QString &xml);

} // namespace Vireo
