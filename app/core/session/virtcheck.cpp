// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/session/virtcheck.h"

#include "core/common/coretr.h"

#include "core/common/uri.h"
#include "hostprobe_p.h"
#include "hostworker_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Vireo {

QString loadedKvmModules(const QString &modules)
{
    QStringList found;
    for (const QString &line : modules.split(QLatin1Char('\n'))) {
        const QString name = line.section(QLatin1Char(' '), 0, 0);
        if (name == QLatin1String("kvm") || name == QLatin1String("kvm_intel") ||
            name == QLatin1String("kvm_amd"))
            found.append(name);
    }
    return found.join(QStringLiteral(", "));
}

using L = VirtCheckItem::Level;
using C = KvmDecision::Check;

static VirtCheckItem cpuItem(const KvmInputs &in, const KvmDecision &k)
{
    VirtCheckItem cpu;
    cpu.title = Tr::tr("CPU virtualization extensions (vmx / svm)");
    cpu.explanation = Tr::tr("KVM needs the processor's virtualization extensions: vmx on Intel "
                             "(VT-x), svm on AMD (AMD-V). They can be switched off in the firmware "
                             "setup, and are usually hidden inside a VM.");
    const QString where = in.local ? Tr::tr("/proc/cpuinfo") : Tr::tr("the host's capabilities");
    if (k.cpu == C::Met) {
        cpu.level = L::Ok;
        cpu.finding = in.cpuFlag == QLatin1String("vmx")
                          ? Tr::tr("vmx present (Intel VT-x), from %1").arg(where)
                          : Tr::tr("svm present (AMD-V), from %1").arg(where);
    } else if (k.cpu == C::Failed) {
        cpu.level = L::Problem;
        cpu.finding =
            Tr::tr("neither vmx nor svm in %1: this CPU cannot run KVM guests").arg(where);
    } else {
        cpu.level = L::Unknown;
        cpu.finding = Tr::tr("%1 could not be read").arg(where);
    }
    return cpu;
}

static VirtCheckItem moduleItem(const KvmModuleState &module)
{
    VirtCheckItem mod;
    mod.title = Tr::tr("KVM kernel module");
    mod.explanation = Tr::tr("The kvm module, with kvm_intel or kvm_amd, is the part of Linux that "
                             "runs guests on the CPU directly.");
    const QString mods = loadedKvmModules(module.procModules);
    if (mods.contains(QLatin1String("kvm_"))) {
        mod.level = L::Ok;
        mod.finding = Tr::tr("loaded: %1").arg(mods);
    } else if (!mods.isEmpty()) {
        mod.level = L::Warning;
        mod.finding =
            Tr::tr("only %1 is loaded; the vendor module (kvm_intel or kvm_amd) is missing")
                .arg(mods);
    } else if (module.builtIn) {
        mod.level = L::Ok;
        mod.finding = Tr::tr("built into the kernel");
    } else {
        mod.level = L::Problem;
        mod.finding = Tr::tr("not loaded (try: modprobe kvm_intel or modprobe kvm_amd)");
    }
    return mod;
}

static VirtCheckItem deviceItem(const KvmInputs &in, const KvmDecision &k)
{
    using D = KvmInputs::Device;
    VirtCheckItem dev;
    dev.title = Tr::tr("/dev/kvm");
    dev.explanation = Tr::tr("QEMU opens /dev/kvm to use KVM. It must exist and be readable and "
                             "writable by the user QEMU runs as (usually through the kvm group).");
    const QString user = in.qemuUser.isEmpty() ? Tr::tr("the user QEMU runs as") : in.qemuUser;
    switch (in.device) {
    case D::Accessible:
        dev.level = k.cpu == C::Failed ? L::Warning : L::Ok;
        dev.finding =
            k.cpu == C::Failed
                ? Tr::tr("%1 can open it (%2), but without vmx or svm KVM cannot run guests")
                      .arg(user, in.deviceMode)
                : Tr::tr("%1 can open it (%2)").arg(user, in.deviceMode);
        break;
    case D::Missing:
        dev.level = L::Problem;
        dev.finding = Tr::tr("does not exist");
        break;
    case D::DeniedToQemu:
        dev.level = L::Problem;
        dev.finding = Tr::tr("root can open it (%1), but %2 cannot").arg(in.deviceMode, user);
        dev.explanation =
            (k.reprobesEveryCall ? k.slowWarning : dev.explanation) + QLatin1Char(' ') + k.fix;
        break;
    case D::Denied:
        dev.level = L::Problem;
        dev.finding = Tr::tr("%1 cannot open it (%2)").arg(user, in.deviceMode);
        dev.explanation += QLatin1Char(' ') + k.fix;
        break;
    case D::Unknown:
        dev.level = L::Unknown;
        dev.finding = in.local ? Tr::tr("the user QEMU runs as is not known (no DAC label)")
                               : Tr::tr("cannot be checked from here: this is a remote host");
        break;
    }
    return dev;
}

static VirtCheckItem offerItem(const KvmInputs &in, const KvmDecision &k)
{
    VirtCheckItem caps;
    caps.title = Tr::tr("Virtualization types offered by libvirt");
    caps.explanation =
        Tr::tr("kvm runs guests at near-native speed. qemu (TCG) emulates the CPU in "
               "software: it works everywhere, but is many times slower.");
    if (in.kvmOffered && k.usable()) {
        caps.level = L::Ok;
        caps.finding = in.qemuOffered ? Tr::tr("kvm and qemu") : Tr::tr("kvm");
    } else if (in.kvmOffered) {
        // libvirt offers kvm whenever /dev/kvm exists; that alone is not a working KVM.
        caps.level = L::Warning;
        caps.finding =
            Tr::tr("libvirt offers kvm%1, but KVM is not usable here (see above): use qemu")
                .arg(in.qemuOffered ? Tr::tr(" and qemu") : QString());
    } else if (in.qemuOffered) {
        caps.level = L::Warning;
        caps.finding = Tr::tr("qemu only (software emulation): %1").arg(in.kvmRefusal);
    } else {
        caps.level = L::Unknown;
        caps.finding = Tr::tr("this host offers neither kvm nor qemu (%1)").arg(in.kvmRefusal);
    }
    return caps;
}

VirtCheck describeVirtCheck(const KvmInputs &in, const KvmModuleState &module)
{
    VirtCheck check;
    check.kvm = decideKvm(in);
    check.kvmOffered = in.kvmOffered;
    check.qemuOffered = in.qemuOffered;
    if (in.driver != KvmInputs::Driver::Qemu) {
        // The demo host is the test driver: nothing on this machine's CPU matters to it.
        VirtCheckItem item;
        item.title = in.driver == KvmInputs::Driver::Test ? Tr::tr("libvirt's test driver")
                                                          : Tr::tr("Hypervisor driver");
        item.level = L::Ok;
        item.finding = in.driver == KvmInputs::Driver::Test
                           ? Tr::tr("simulated domains: there is no processor, /dev/kvm or "
                                    "hypervisor to check")
                           : check.kvm.summary;
        item.explanation =
            in.driver == KvmInputs::Driver::Test
                ? Tr::tr("The test driver keeps its domains in memory and simulates "
                         "their states; it is for trying Vireo out.")
                : Tr::tr("CPU extensions and /dev/kvm matter to QEMU/KVM hosts only.");
        check.items << item;
        check.verdict = check.kvm.summary;
        return check;
    }
    check.items << cpuItem(in, check.kvm);
    if (in.local)
        check.items << moduleItem(module);
    check.items << deviceItem(in, check.kvm);
    check.items << offerItem(in, check.kvm);
    check.verdict = check.kvm.summary;
    if (check.kvm.reprobesEveryCall)
        check.verdict +=
            QLatin1Char(' ') + Tr::tr("Every action on this host is slow: see /dev/kvm.");
    return check;
}

static QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/// The decision's inputs for the host w is connected to. Worker thread.
static Result<KvmInputs> gatherOnWorker(WorkerContext &w)
{
    const QString op = Tr::tr("Check virtualization support");
    if (Status s = w.requireConnection(op); !s)
        return s.error();
    Result<Capabilities> caps = queryCapabilities(w);
    if (!caps)
        return caps.error();
    // Domain capabilities only where they mean something (each can take seconds to answer).
    const bool qemuDriver = Uri::driver(w.uri) == QLatin1String("qemu");
    Result<DomainCapabilities> kvm = Error{};
    Result<DomainCapabilities> qemu = Error{};
    if (qemuDriver) {
        kvm = queryDomainCapabilities(w, QString(), QStringLiteral("kvm"));
        qemu = queryDomainCapabilities(w, QString(), QStringLiteral("qemu"));
    }
    return gatherKvmInputs(w, caps.value(), kvm, qemu);
}

void fetchKvmDecision(HostSession *session, QObject *context,
                      std::function<void(Result<KvmDecision>)> done)
{
    runOnWorker<Result<KvmDecision>>(
        session, context,
        [](WorkerContext &w) -> Result<KvmDecision> {
            const Result<KvmInputs> in = gatherOnWorker(w);
            if (!in)
                return in.error();
            return decideKvm(in.value());
        },
        std::move(done));
}

void runVirtCheck(HostSession *session, QObject *context,
                  std::function<void(Result<VirtCheck>)> done)
{
    runOnWorker<Result<VirtCheck>>(
        session, context,
        [](WorkerContext &w) -> Result<VirtCheck> {
            const Result<KvmInputs> gathered = gatherOnWorker(w);
            if (!gathered)
                return gathered.error();
            const KvmInputs &in = gathered.value();
            KvmModuleState module;
            if (in.local && in.driver == KvmInputs::Driver::Qemu) {
                module.procModules = readFile(QStringLiteral("/proc/modules"));
                module.builtIn = QFileInfo::exists(QStringLiteral("/sys/module/kvm"));
            }
            return describeVirtCheck(in, module);
        },
        std::move(done));
}

} // namespace Vireo
