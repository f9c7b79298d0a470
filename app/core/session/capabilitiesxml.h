// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Vireo {

/// One <guest> of virConnectGetCapabilities: an OS type and architecture and the domain types
/// (kvm, qemu, test...) the host can run it with.
struct GuestCapability
{
    QString osType; ///< hvm, xen, exe...
    QString arch;
    QString emulator;
    QStringList domainTypes;
    QStringList machines;
};

/// One <secmodel> of the host: the security driver and, per virt type, the label guests get.
struct SecurityModel
{
    QString model; ///< "dac", "apparmor", "selinux", "none"...
    QString doi;
    QList<QPair<QString, QString>>
        baseLabels; ///< (virt type, label), e.g. ("kvm", "+64055:+64055")
};

/// The user and group QEMU runs as, from a DAC label "+uid:+gid" (or "user:group" names).
struct DacLabel
{
    QString user;            ///< as written, without '+': "64055" or "libvirt-qemu"
    QString group;           ///< "64055" or "kvm"
    std::optional<uint> uid; ///< when the label gives a number
    std::optional<uint> gid;
};
/// Parses "+64055:+64055" or "libvirt-qemu:kvm"; nullopt for anything else.
std::optional<DacLabel> parseDacLabel(const QString &label);

/// virConnectGetCapabilities, read once for everyone: the host CPU, security models, NUMA cells
/// and the guests it can run. Value type, any thread.
struct Capabilities
{
    QString hostArch; ///< <host><cpu><arch>
    QString cpuModel; ///< libvirt's name for the host CPU, e.g. "Skylake-Client-IBRS"
    QString cpuVendor;
    QStringList cpuFeatures; ///< <host><cpu><feature name=...>
    QList<SecurityModel> securityModels;
    QList<QPair<int, quint64>> numaCells; ///< (cell id, memory in KiB)
    QList<GuestCapability> guests;

    /// The CPU's virtualization extension among its features: "vmx", "svm" or empty.
    QString cpuVirtualizationFeature() const;
    /// The DAC security model's base label for a virt type ("kvm", "qemu"): the user QEMU runs
    /// as. Empty when the host has no DAC model (session daemons, other drivers).
    QString dacBaseLabel(const QString &virtType = QStringLiteral("kvm")) const;
    /// The memory of all NUMA cells; 0 when the host lists none.
    quint64 numaMemoryKiB() const;
};

/// The features of a <cpu> element, such as virConnectBaselineCPU's answer with expanded
/// features: those it has or requires, not those it disables.
QStringList parseCpuFeatures(const QString &cpuXml);

/// Reads capabilities XML. Fails only for XML that does not parse or is not <capabilities>.
Result<Capabilities> parseCapabilitiesXml(const QString &xml);

} // namespace Vireo
