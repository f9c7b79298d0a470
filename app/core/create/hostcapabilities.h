// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/session/capabilitiesxml.h"
#include "core/session/kvmdecision.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Vireo {

class HostSession;

struct HostNetworkChoice
{
    QString name;
    bool active = false;
    QString bridge; ///< the network's own bridge (for information)
};

/// The firmware and TPM the domain capabilities offer for one virt type and architecture.
struct FirmwareOffer
{
    bool uefi = false;       ///< <os><enum name='firmware'> has efi (OVMF is installed)
    bool secureBoot = false; ///< its loader's secure enum has yes
    bool tpm = false;        ///< <tpm> with the emulator backend (swtpm is installed)
};

/// What the New-VM wizard needs to know about a host, read in one go on its worker.
/// Value type.
struct HostCapabilities
{
    QString uri;
    bool session = false; ///< a qemu:///session-like connection (no privileged networking)
    QString hostArch;
    QList<GuestCapability> guests;
    KvmDecision kvm; ///< whether KVM is usable on this host (decideKvm)
    int hostCpus = 0;
    /// The memory guests can get at most (chooseHostMemory: the kernel's total where the driver
    /// reports it), and of that what is free now.
    quint64 memoryKiB = 0;
    quint64 freeMemoryKiB = 0;
    quint64 numaMemoryKiB = 0; ///< the NUMA cells' figure (virNodeGetInfo)
    QString memoryNote;        ///< for a tooltip when the two differ; empty when they agree
    /// Maximum vCPUs per "domainType/arch" (domain capabilities, else virConnectGetMaxVcpus).
    QHash<QString, int> maxVcpus;
    /// Firmware and TPM per "domainType/arch" (domain capabilities; absent where there are none).
    QHash<QString, FirmwareOffer> firmware;
    QList<HostNetworkChoice> networks;
    QStringList bridges;
    QStringList domainNames; ///< every domain's name, to keep the new one unique

    /// Takes the host architecture and guests of parsed capabilities.
    void setCapabilities(const Capabilities &caps);
    /// Architectures with an hvm guest (the host's own first).
    QStringList architectures() const;
    QStringList domainTypes(const QString &arch) const;
    /// kvm where the host offers it for that arch and the KVM decision says it is usable, else
    /// qemu (or whatever there is); `why` gets domainTypeHint() of the choice.
    QString preferredDomainType(const QString &arch, QString *why = nullptr) const;
    /// One line for the user about running `arch` guests as `domainType` on this host: what the
    /// wizard shows under its virt type, for the default and for whatever the user picks.
    QString domainTypeHint(const QString &domainType, const QString &arch) const;
    int maxVcpusFor(const QString &domainType, const QString &arch) const;
    FirmwareOffer firmwareFor(const QString &domainType, const QString &arch) const
    {
        return firmware.value(domainType + QLatin1Char('/') + arch);
    }
    bool hasDomainNamed(const QString &name) const;
};

namespace HostCapabilitiesQuery {

/// Reads capabilities, domain capabilities, the KVM decision, memory, networks, bridges and
/// domain names on the host's worker; done runs on the GUI thread while context lives.
void fetch(HostSession *session, QObject *context,
           std::function<void(Result<HostCapabilities>)> done);

} // namespace HostCapabilitiesQuery
} // namespace Vireo
