// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/create/virtinstall.h"

namespace Vireo::VirtInstall {

namespace {

/// virt-install's sub-options are comma separated: a comma inside a value is doubled.
QString value(const QString &v)
{
    QString out = v;
    out.replace(QLatin1Char(','), QStringLiteral(",,"));
    return out;
}

QString gib(quint64 bytes)
{
    const double g = double(bytes) / (1024.0 * 1024.0 * 1024.0);
    return QString::number(g, 'g', 6);
}

} // namespace

QStringList arguments(const DomainSpec &spec, const Options &options)
{
    QStringList a;
    auto opt = [&a](const char *name, const QString &v) { a << QString::fromLatin1(name) << v; };
    if (!options.uri.isEmpty())
        opt("--connect", options.uri);
    opt("--name", value(spec.name));
    if (!spec.description.isEmpty())
        opt("--metadata", QStringLiteral("description=") + value(spec.description));
    // memory= is the balloon's ceiling (<memory>), currentMemory= what the guest starts with.
    opt("--memory", spec.memoryMiB == spec.maxMemoryMiB
                        ? QString::number(spec.memoryMiB)
                        : QStringLiteral("memory=%1,currentMemory=%2")
                              .arg(spec.maxMemoryMiB)
                              .arg(spec.memoryMiB));
    QString vcpus = QString::number(spec.vcpus);
    if (spec.maxVcpus != spec.vcpus)
        vcpus += QStringLiteral(",maxvcpus=%1").arg(spec.maxVcpus);
    if (spec.hasTopology())
        vcpus += QStringLiteral(",sockets=%1,cores=%2,threads=%3")
                     .arg(spec.sockets)
                     .arg(spec.cores)
                     .arg(spec.threads);
    opt("--vcpus", vcpus);
    if (!spec.cpuMode.isEmpty())
        opt("--cpu", spec.cpuMode);
    opt("--virt-type", spec.domainType);
    opt("--arch", spec.arch);
    const QString machine =
        spec.secureBoot && spec.machine.isEmpty() ? QStringLiteral("q35") : spec.machine;
    if (!machine.isEmpty())
        opt("--machine", machine);
    // A full libosinfo id needs id=; without one virt-install still wants to be told.
    if (spec.osinfoId.contains(QStringLiteral("://")))
        opt("--osinfo", QStringLiteral("id=") + value(spec.osinfoId));
    else
        opt("--osinfo", spec.osinfoId.isEmpty() ? QStringLiteral("generic") : value(spec.osinfoId));

    if (spec.hasDisk) {
        QString disk = QStringLiteral("path=") + value(spec.diskPath);
        if (options.newDiskBytes > 0)
            disk += QStringLiteral(",size=") + gib(options.newDiskBytes);
        disk += QStringLiteral(",format=%1,bus=%2").arg(spec.diskFormat, spec.diskBus);
        opt("--disk", disk);
    }
    QStringList boot;
    switch (spec.install) {
    case InstallMethod::LocalMedia:
        // A CD-ROM on the bus the wizard chose (--cdrom would let virt-install choose).
        opt("--disk", QStringLiteral("path=%1,device=cdrom,bus=%2,readonly=on")
                          .arg(value(spec.mediaPath), spec.cdromBus));
        if (spec.hasDisk)
            boot << QStringLiteral("hd");
        boot << QStringLiteral("cdrom");
        break;
    case InstallMethod::NetworkBoot:
        if (spec.hasDisk)
            boot << QStringLiteral("hd");
        boot << QStringLiteral("network");
        break;
    case InstallMethod::KernelBoot:
        boot << QStringLiteral("kernel=") + value(spec.kernelPath);
        if (!spec.initrdPath.isEmpty())
            boot << QStringLiteral("initrd=") + value(spec.initrdPath);
        if (!spec.kernelArgs.isEmpty())
            boot << QStringLiteral("kernel_args=") + value(spec.kernelArgs);
        break;
    case InstallMethod::ImportDisk:
    case InstallMethod::Manual:
        boot << QStringLiteral("hd");
        break;
    }
    if (spec.firmware == QLatin1String("efi"))
        boot << QStringLiteral("uefi") << QStringLiteral("firmware.feature0.name=secure-boot")
             << QStringLiteral("firmware.feature0.enabled=%1")
                    .arg(spec.secureBoot ? QStringLiteral("yes") : QStringLiteral("no"));
    opt("--boot", boot.join(QLatin1Char(',')));
    if (spec.secureBoot)
        opt("--features", QStringLiteral("smm.state=on"));

    switch (spec.network) {
    case NetworkKind::None:
        opt("--network", QStringLiteral("none"));
        break;
    case NetworkKind::VirtualNetwork:
    case NetworkKind::Bridge:
    case NetworkKind::User: {
        QString n = spec.network == NetworkKind::VirtualNetwork
                        ? QStringLiteral("network=") + value(spec.networkSource)
                    : spec.network == NetworkKind::Bridge
                        ? QStringLiteral("bridge=") + value(spec.networkSource)
                        : QStringLiteral("user");
        if (!spec.nicModel.isEmpty())
            n += QStringLiteral(",model=") + spec.nicModel;
        opt("--network", n);
        break;
    }
    }

    if (spec.graphics) {
        QString g = QStringLiteral("vnc,listen=") + spec.vncListen;
        if (!spec.vncPassword.isEmpty())
            g += QStringLiteral(",password=********");
        opt("--graphics", g);
        if (!spec.videoModel.isEmpty())
            opt("--video", spec.videoModel);
    } else {
        opt("--graphics", QStringLiteral("none"));
    }
    if (spec.tpm)
        opt("--tpm", QStringLiteral("emulator,model=tpm-crb,version=2.0"));
    if (spec.guestExtras) {
        opt("--serial", QStringLiteral("pty"));
        opt("--channel", QStringLiteral("unix,target.type=virtio,name=org.qemu.guest_agent.0"));
        opt("--memballoon", QStringLiteral("virtio"));
        opt("--rng", QStringLiteral("/dev/urandom"));
    }
    a << QStringLiteral("--noautoconsole");
    if (options.printXml)
        a << QStringLiteral("--print-xml");
    return a;
}

QString commandLine(const DomainSpec &spec, const Options &options)
{
    return ShellCommand{QStringLiteral("virt-install"), arguments(spec, options)}.toShell({});
}

} // namespace Vireo::VirtInstall
