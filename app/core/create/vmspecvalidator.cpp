// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/create/vmspecvalidator.h"

#include "core/common/coretr.h"

#include "core/common/memorysize.h"
#include "core/domain/cputopology.h"

#include <QCoreApplication>

namespace Vireo::VmSpecValidator {

namespace {

StepCheck problem(const QString &text, bool waiting = false)
{
    StepCheck c;
    c.problem = text;
    c.waiting = waiting;
    return c;
}

const StoragePoolInfo *poolNamed(const VmDraft &d, const QString &name)
{
    for (const StoragePoolInfo &p : d.pools)
        if (p.name == name)
            return &p;
    return nullptr;
}

enum class DiskChoice { NewVolume, Existing, NoDisk };

DiskChoice diskChoice(const VmCreationPlan &plan)
{
    if (plan.createVolume)
        return DiskChoice::NewVolume;
    return plan.spec.hasDisk ? DiskChoice::Existing : DiskChoice::NoDisk;
}

/// A path the user typed: present if required, absolute, and (on a local host, once its check
/// has answered) an existing, readable file. A remote host's files cannot be checked from here:
/// a missing one shows when the domain starts, and the creation is then rolled back.
StepCheck fileProblem(const VmDraft &d, const QString &path, const QString &what, bool required)
{
    if (path.isEmpty())
        return required ? problem(Tr::tr("Enter the path of the %1.").arg(what)) : StepCheck{};
    if (!path.startsWith(QLatin1Char('/')))
        return problem(Tr::tr("The %1 path must be absolute (start with /).").arg(what));
    if (!d.pathsAreLocal)
        return {};
    const auto facts = d.paths.constFind(path);
    if (facts == d.paths.constEnd())
        return problem(Tr::tr("Checking the %1 %2…").arg(what, path), true);
    if (!facts->exists)
        return problem(Tr::tr("The %1 %2 does not exist.").arg(what, path));
    if (!facts->isFile)
        return problem(Tr::tr("The %1 %2 is not a file.").arg(what, path));
    if (!facts->readable)
        return problem(Tr::tr("The %1 %2 cannot be read.").arg(what, path));
    return {};
}

/// The one topology rule (core/domain/cputopology.h), as a step's problem.
StepCheck topologyProblem(const DomainSpec &s)
{
    if (const QString why = cpuTopologyProblem(s.topology(), s.maxVcpus); !why.isEmpty())
        return problem(why);
    return {};
}

} // namespace

StepCheck sourceStep(const VmDraft &d)
{
    const DomainSpec &s = d.plan.spec;
    if (!d.hostSelected)
        return problem(Tr::tr("Choose a host."));
    if (!d.capabilities)
        return d.capabilitiesError.isEmpty()
                   ? problem(Tr::tr("Waiting for the host's capabilities…"), true)
                   : problem(d.capabilitiesError);
    if (s.arch.isEmpty())
        return problem(Tr::tr("This host offers no architecture for full virtual machines."));
    if (s.domainType.isEmpty())
        return problem(Tr::tr("This host cannot run %1 guests.").arg(s.arch));
    switch (s.install) {
    case InstallMethod::LocalMedia:
        return fileProblem(d, s.mediaPath, Tr::tr("ISO image"), true);
    case InstallMethod::ImportDisk:
        return fileProblem(d, s.diskPath, Tr::tr("disk image"), true);
    case InstallMethod::KernelBoot:
        if (StepCheck c = fileProblem(d, s.kernelPath, Tr::tr("kernel"), true); !c.ok())
            return c;
        return fileProblem(d, s.initrdPath, Tr::tr("initrd"), false);
    case InstallMethod::NetworkBoot:
    case InstallMethod::Manual:
        break;
    }
    return {};
}

StepCheck cpuMemoryStep(const VmDraft &d)
{
    const DomainSpec &s = d.plan.spec;
    const HostCapabilities *caps = d.capabilities ? &*d.capabilities : nullptr;
    if (s.maxVcpus < s.vcpus)
        return problem(Tr::tr("The maximum vCPUs (%1) cannot be below the vCPUs at start (%2).")
                           .arg(s.maxVcpus)
                           .arg(s.vcpus));
    if (caps) {
        const int hv = caps->maxVcpusFor(s.domainType, s.arch);
        if (hv > 0 && s.maxVcpus > hv)
            return problem(Tr::tr("The hypervisor allows at most %1 vCPUs.").arg(hv));
    }
    if (StepCheck c = topologyProblem(s); !c.ok())
        return c;
    if (s.maxMemoryMiB < s.memoryMiB)
        return problem(
            Tr::tr("The maximum memory (%1 MiB) cannot be below the memory at start (%2 MiB).")
                .arg(s.maxMemoryMiB)
                .arg(s.memoryMiB));
    if (caps && caps->memoryKiB && s.maxMemoryMiB > caps->memoryKiB / 1024)
        return problem(Tr::tr("The host has only %1 of memory; the maximum cannot exceed it.")
                           .arg(formatKiB(caps->memoryKiB)));
    StepCheck c;
    if (caps) {
        if (s.vcpus > caps->hostCpus)
            c.notes << Tr::tr("More vCPUs than the host has CPUs: the guest will run slower.");
        if (caps->freeMemoryKiB && s.memoryMiB > caps->freeMemoryKiB / 1024)
            c.notes << Tr::tr("The host has only %1 available now; the machine may not start.")
                           .arg(formatKiB(caps->freeMemoryKiB));
    }
    return c;
}

StepCheck storageStep(const VmDraft &d)
{
    const VmCreationPlan &plan = d.plan;
    if (plan.spec.install == InstallMethod::ImportDisk)
        return {}; // the imported image is the disk; there is no storage step
    switch (diskChoice(plan)) {
    case DiskChoice::NewVolume: {
        const StoragePoolInfo *p = poolNamed(d, plan.pool);
        if (!p && !d.poolsLoaded)
            return problem(Tr::tr("Reading the host's storage pools…"), true);
        if (!p)
            return problem(Tr::tr(
                "This host has no active storage pool: choose an existing file or no disk."));
        // raw takes all of its size now; qcow2 only grows, so it may overcommit (a note).
        const bool raw = plan.volumeFormat == QLatin1String("raw");
        if (raw && plan.volumeCapacityBytes > p->availableBytes)
            return problem(
                Tr::tr("The pool '%1' has only %2 free; a raw disk of %3 needs all of it now.")
                    .arg(p->name, formatBytes(p->availableBytes),
                         formatBytes(plan.volumeCapacityBytes)));
        StepCheck c;
        if (plan.volumeCapacityBytes > p->availableBytes)
            c.notes << Tr::tr("Note: the pool has only %1 free; the qcow2 disk can fill it.")
                           .arg(formatBytes(p->availableBytes));
        return c;
    }
    case DiskChoice::Existing: {
        const QString path = plan.spec.diskPath;
        if (path.isEmpty())
            return problem(Tr::tr("Enter the path of the disk image, or choose a volume."));
        if (!path.startsWith(QLatin1Char('/')))
            return problem(Tr::tr("The disk path must be absolute (start with /)."));
        if (!d.pathsAreLocal)
            return {};
        // A block device is a disk too: only its existence counts here.
        const auto facts = d.paths.constFind(path);
        if (facts == d.paths.constEnd())
            return problem(Tr::tr("Checking the disk image %1…").arg(path), true);
        if (!facts->exists)
            return problem(Tr::tr("The disk image %1 does not exist.").arg(path));
        return {};
    }
    case DiskChoice::NoDisk:
        break;
    }
    return {};
}

StepCheck finishStep(const VmDraft &d)
{
    // Earlier steps can change under us (a host switch, pools still loading); check them again.
    for (const StepCheck &earlier : {sourceStep(d), cpuMemoryStep(d), storageStep(d)}) {
        if (!earlier.ok())
            return problem(Tr::tr("An earlier step needs attention: %1").arg(earlier.problem),
                           earlier.waiting);
    }
    const VmCreationPlan &plan = d.plan;
    const QString &name = plan.spec.name;
    if (QString p = DomainXmlBuilder::nameProblem(name); !p.isEmpty())
        return problem(p);
    if (d.capabilities && d.capabilities->hasDomainNamed(name))
        return problem(
            Tr::tr("A virtual machine named '%1' already exists on this host.").arg(name));
    if (plan.createVolume && d.poolVolumes.contains(plan.volumeName))
        return problem(Tr::tr("The pool '%1' already has a volume named '%2': choose another name.")
                           .arg(plan.pool, plan.volumeName));
    DomainSpec spec = plan.spec;
    if (plan.createVolume)
        spec.diskPath = plan.volumeName; // the real path comes from libvirt at creation
    // Network choice, VNC listen address and password, disk format: the builder's own rules.
    const QStringList problems = DomainXmlBuilder::problems(spec);
    return problems.isEmpty() ? StepCheck{} : problem(problems.first());
}

QList<PathWanted> pathsToCheck(const VmDraft &d)
{
    QList<PathWanted> out;
    if (!d.pathsAreLocal)
        return out;
    const DomainSpec &s = d.plan.spec;
    auto want = [&out](const QString &path, bool readIso) {
        if (path.startsWith(QLatin1Char('/')))
            out.append({path, readIso});
    };
    switch (s.install) {
    case InstallMethod::LocalMedia:
        want(s.mediaPath, true);
        break;
    case InstallMethod::ImportDisk:
        want(s.diskPath, false);
        return out;
    case InstallMethod::KernelBoot:
        want(s.kernelPath, false);
        want(s.initrdPath, false);
        break;
    case InstallMethod::NetworkBoot:
    case InstallMethod::Manual:
        break;
    }
    if (diskChoice(d.plan) == DiskChoice::Existing)
        want(s.diskPath, false);
    return out;
}

} // namespace Vireo::VmSpecValidator
