// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/session/kvmdecision.h"

#include "core/common/coretr.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Vireo {

QString cpuVirtualizationFlag(const QString &cpuinfo)
{
    static const QRegularExpression flagsLine(QStringLiteral("^flags\\s*:(.*)$"),
                                              QRegularExpression::MultilineOption);
    auto it = flagsLine.globalMatch(cpuinfo);
    while (it.hasNext()) {
        const QStringList flags = it.next().captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (flags.contains(QLatin1String("vmx")))
            return QStringLiteral("vmx");
        if (flags.contains(QLatin1String("svm")))
            return QStringLiteral("svm");
    }
    return {};
}

bool allowsReadWrite(const FileOwnership &file, const UserIds &user)
{
    if (user.uid == 0)
        return true;
    uint bits;
    if (user.uid == file.uid)
        bits = file.mode >> 6;
    else if (user.gid == file.gid || user.groups.contains(file.gid))
        bits = file.mode >> 3;
    else
        bits = file.mode;
    return (bits & 06) == 06;
}

KvmDecision decideKvm(const KvmInputs &in)
{
    using C = KvmDecision::Check;
    using D = KvmInputs::Device;
    KvmDecision k;
    if (in.driver == KvmInputs::Driver::Test) {
        k.verdict = KvmDecision::Verdict::NotApplicable;
        k.summary = Tr::tr("This is libvirt's test driver: its guests are simulated, and nothing "
                           "runs on a processor.");
        return k;
    }
    if (in.driver == KvmInputs::Driver::Other) {
        k.verdict = KvmDecision::Verdict::NotApplicable;
        k.summary = Tr::tr("KVM concerns QEMU hosts; this host uses the %1 driver.")
                        .arg(in.driverName.isEmpty() ? Tr::tr("another") : in.driverName);
        return k;
    }

    k.cpu = !in.cpuFlag.isEmpty() ? C::Met : in.cpuKnown ? C::Failed : C::Unknown;
    if (!in.local || in.device == D::Unknown)
        k.device = C::Unknown;
    else
        k.device = in.device == D::Accessible ? C::Met : C::Failed;
    k.offer = in.kvmOffered ? C::Met : C::Failed;
    // The disagreement needs libvirt's own check (as root) to pass, which its offer of kvm shows;
    // a daemon that does not see /dev/kvm (another mount namespace) does not re-probe.
    k.reprobesEveryCall = in.local && in.device == D::DeniedToQemu && in.kvmOffered;

    const QString user = in.qemuUser.isEmpty() ? Tr::tr("the user QEMU runs as") : in.qemuUser;
    const QString name = in.qemuUserName.isEmpty() ? QStringLiteral("USER") : in.qemuUserName;
    QStringList fixes;
    if (k.cpu == C::Failed)
        fixes << Tr::tr("Switch on VT-x or AMD-V in the firmware setup; inside a VM, enable nested "
                        "virtualization in the outer hypervisor.");
    switch (in.device) {
    case D::Missing:
        fixes << Tr::tr("Load the kvm module: modprobe kvm_intel (or kvm_amd).");
        break;
    case D::DeniedToQemu:
        fixes << Tr::tr(
                     "Add %1 to the kvm group (usermod -aG kvm %2), or give the device to that "
                     "group: chgrp kvm /dev/kvm; chmod 660 /dev/kvm, kept across reboots by a udev "
                     "rule: KERNEL==\"kvm\", GROUP=\"kvm\", MODE=\"0660\". Then restart "
                     "libvirtd.")
                     .arg(user, name);
        break;
    case D::Denied:
        fixes << Tr::tr("Add %1 to the kvm group (usermod -aG kvm %2) and log in again.")
                     .arg(user, name);
        break;
    default:
        break;
    }
    k.fix = fixes.join(QLatin1Char(' '));
    if (k.reprobesEveryCall)
        k.slowWarning =
            Tr::tr("Root can open /dev/kvm but %1 cannot. libvirt then finds KVM usable "
                   "and QEMU does not, so libvirt probes QEMU again on every call: every "
                   "action on this host takes seconds.")
                .arg(user);

    if (k.cpu == C::Failed || k.device == C::Failed || k.offer == C::Failed) {
        k.verdict = KvmDecision::Verdict::NotUsable;
        const QString tail = Tr::tr("guests run under software emulation (QEMU), slowly.");
        if (k.cpu == C::Failed)
            k.summary = Tr::tr("No KVM: this CPU has neither vmx nor svm, so %1").arg(tail);
        else if (in.device == D::Missing)
            k.summary = Tr::tr("No KVM: /dev/kvm does not exist, so %1").arg(tail);
        else if (k.device == C::Failed)
            k.summary = Tr::tr("No KVM: %1 cannot open /dev/kvm (%2), so %3")
                            .arg(user, in.deviceMode, tail);
        else
            k.summary =
                Tr::tr("No KVM: libvirt does not offer it (%1), so %2")
                    .arg(in.kvmRefusal.isEmpty() ? Tr::tr("no reason given") : in.kvmRefusal, tail);
    } else if (k.cpu == C::Unknown || k.device == C::Unknown) {
        k.verdict = KvmDecision::Verdict::UsableUnverified;
        k.summary =
            k.device == C::Unknown
                ? Tr::tr(
                      "KVM: libvirt offers it and the CPU has %1; /dev/kvm cannot be checked from "
                      "here (remote host).")
                      .arg(in.cpuFlag.isEmpty() ? Tr::tr("an unknown flag set") : in.cpuFlag)
                : Tr::tr("KVM: libvirt offers it; the CPU's flags could not be read.");
    } else {
        k.verdict = KvmDecision::Verdict::Usable;
        k.summary =
            Tr::tr("KVM: the CPU has %1 and /dev/kvm is usable, so guests run at near native "
                   "speed.")
                .arg(in.cpuFlag);
    }
    return k;
}

} // namespace Vireo
