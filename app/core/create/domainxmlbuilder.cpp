// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/create/domainxmlbuilder.h"

#include "core/common/coretr.h"

#include "core/domain/cputopology.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace Vireo::DomainXmlBuilder {

QString nameProblem(const QString &name)
{
    if (name.isEmpty())
        return Tr::tr("The virtual machine needs a name.");
    if (name.size() > maxNameLength)
        return Tr::tr("The name is too long: at most %1 characters.").arg(maxNameLength);
    // The characters virt-install accepts everywhere: safe in file names, URIs and the shell.
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.+-]*$"));
    if (!allowed.match(name).hasMatch()) {
        if (!name.at(0).isLetterOrNumber())
            return Tr::tr("The name must start with a letter or a digit.");
        return Tr::tr("The name may only contain letters, digits and the characters _ . + -");
    }
    return {};
}

bool isIpAddress(const QString &text)
{
    static const QRegularExpression v4(
        QStringLiteral("^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
                       "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"));
    if (v4.match(text).hasMatch())
        return true;
    // IPv6: hex groups and colons, at most one "::", 2..8 groups.
    static const QRegularExpression v6(QStringLiteral("^[0-9A-Fa-f:]+$"));
    if (!v6.match(text).hasMatch() || !text.contains(QLatin1Char(':')))
        return false;
    if (text.count(QStringLiteral("::")) > 1 || text.contains(QStringLiteral(":::")))
        return false;
    const QStringList groups = text.split(QLatin1Char(':'));
    if (groups.size() > 8 || groups.size() < 3)
        return false;
    for (const QString &g : groups)
        if (g.size() > 4)
            return false;
    return true;
}

QStringList problems(const DomainSpec &spec)
{
    QStringList out;
    if (QString p = nameProblem(spec.name); !p.isEmpty())
        out << p;
    if (spec.domainType.isEmpty())
        out << Tr::tr("Choose a virtualization type.");
    if (spec.arch.isEmpty())
        out << Tr::tr("Choose an architecture.");
    if (spec.vcpus < 1)
        out << Tr::tr("A virtual machine needs at least one vCPU.");
    if (spec.maxVcpus < spec.vcpus)
        out << Tr::tr("The maximum vCPUs (%1) cannot be below the vCPUs at start (%2).")
                   .arg(spec.maxVcpus)
                   .arg(spec.vcpus);
    if (QString p = cpuTopologyProblem(spec.topology(), spec.maxVcpus); !p.isEmpty())
        out << p;
    if (spec.memoryMiB < 1)
        out << Tr::tr("A virtual machine needs some memory.");
    if (spec.maxMemoryMiB < spec.memoryMiB)
        out << Tr::tr("The maximum memory (%1 MiB) cannot be below the memory at start (%2 MiB).")
                   .arg(spec.maxMemoryMiB)
                   .arg(spec.memoryMiB);
    if (!spec.firmware.isEmpty() && spec.firmware != QLatin1String("efi") &&
        spec.firmware != QLatin1String("bios"))
        out << Tr::tr("Unknown firmware '%1'.").arg(spec.firmware);
    if (spec.secureBoot && spec.firmware != QLatin1String("efi"))
        out << Tr::tr("Secure Boot needs UEFI firmware.");
    switch (spec.install) {
    case InstallMethod::LocalMedia:
        if (spec.mediaPath.isEmpty())
            out << Tr::tr("Choose the installation media (an ISO file or volume).");
        break;
    case InstallMethod::ImportDisk:
        if (!spec.hasDisk || spec.diskPath.isEmpty())
            out << Tr::tr("Choose the disk image to import.");
        break;
    case InstallMethod::KernelBoot:
        if (spec.kernelPath.isEmpty())
            out << Tr::tr("Direct kernel boot needs the path of a kernel.");
        break;
    case InstallMethod::NetworkBoot:
        if (spec.network == NetworkKind::None)
            out << Tr::tr("Network boot (PXE) needs a network interface.");
        break;
    case InstallMethod::Manual:
        break;
    }
    if (spec.hasDisk) {
        if (spec.diskPath.isEmpty())
            out << Tr::tr("The disk has no path.");
        if (spec.diskFormat != QLatin1String("qcow2") && spec.diskFormat != QLatin1String("raw"))
            out << Tr::tr("The disk format must be qcow2 or raw.");
    }
    if ((spec.network == NetworkKind::VirtualNetwork || spec.network == NetworkKind::Bridge) &&
        spec.networkSource.isEmpty())
        out << (spec.network == NetworkKind::Bridge ? Tr::tr("Choose a bridge.")
                                                    : Tr::tr("Choose a virtual network."));
    if (spec.graphics && !isIpAddress(spec.vncListen))
        out << Tr::tr("The VNC listen address must be an IP address such as 127.0.0.1.");
    if (spec.vncPassword.size() > 8)
        out << Tr::tr("VNC passwords are limited to 8 characters.");
    return out;
}

namespace {

struct Writer
{
    QXmlStreamWriter &x;

    void element(const QString &name, const QString &text) { x.writeTextElement(name, text); }
    void empty(const QString &name, std::initializer_list<std::pair<QString, QString>> attrs)
    {
        x.writeStartElement(name);
        for (const auto &[k, v] : attrs)
            x.writeAttribute(k, v);
        x.writeEndElement();
    }
};

QString diskTarget(const QString &bus, int index)
{
    // virtio disks are vdX, SCSI/SATA/USB sdX, IDE hdX.
    QString prefix = QStringLiteral("sd");
    if (bus == QLatin1String("virtio"))
        prefix = QStringLiteral("vd");
    else if (bus == QLatin1String("ide"))
        prefix = QStringLiteral("hd");
    return prefix + QChar(QLatin1Char('a').unicode() + index);
}

QString diskType(const QString &path)
{
    return path.startsWith(QLatin1String("/dev/")) ? QStringLiteral("block")
                                                   : QStringLiteral("file");
}

void writeDiskSource(QXmlStreamWriter &x, const QString &path)
{
    x.writeStartElement(QStringLiteral("source"));
    x.writeAttribute(diskType(path) == QLatin1String("block") ? QStringLiteral("dev")
                                                              : QStringLiteral("file"),
                     path);
    x.writeEndElement();
}

} // namespace

Result<QString> build(const DomainSpec &spec, const Options &options)
{
    const QStringList issues = problems(spec);
    if (!issues.isEmpty())
        return Error{Tr::tr("Build the domain XML"), issues.first(), 0};

    QString out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.setAutoFormattingIndent(2);
    Writer w{x};

    x.writeStartElement(QStringLiteral("domain"));
    x.writeAttribute(QStringLiteral("type"), spec.domainType);
    w.element(QStringLiteral("name"), spec.name);
    if (!spec.description.isEmpty())
        w.element(QStringLiteral("description"), spec.description);
    if (!spec.osinfoId.isEmpty()) {
        // The same metadata virt-install writes, so other tools know the guest OS.
        const QString ns = QStringLiteral("http://libosinfo.org/xmlns/libvirt/domain/1.0");
        x.writeStartElement(QStringLiteral("metadata"));
        x.writeNamespace(ns, QStringLiteral("libosinfo"));
        x.writeStartElement(ns, QStringLiteral("libosinfo"));
        x.writeStartElement(ns, QStringLiteral("os"));
        x.writeAttribute(QStringLiteral("id"), spec.osinfoId);
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    // <memory> is the ceiling the balloon can give back up to; <currentMemory> what the guest
    // gets at start.
    x.writeStartElement(QStringLiteral("memory"));
    x.writeAttribute(QStringLiteral("unit"), QStringLiteral("MiB"));
    x.writeCharacters(QString::number(spec.maxMemoryMiB));
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("currentMemory"));
    x.writeAttribute(QStringLiteral("unit"), QStringLiteral("MiB"));
    x.writeCharacters(QString::number(spec.memoryMiB));
    x.writeEndElement();

    x.writeStartElement(QStringLiteral("vcpu"));
    x.writeAttribute(QStringLiteral("placement"), QStringLiteral("static"));
    if (spec.vcpus != spec.maxVcpus)
        x.writeAttribute(QStringLiteral("current"), QString::number(spec.vcpus));
    x.writeCharacters(QString::number(spec.maxVcpus));
    x.writeEndElement();

    // <os>
    x.writeStartElement(QStringLiteral("os"));
    const bool efi = spec.firmware == QLatin1String("efi");
    if (efi)
        x.writeAttribute(QStringLiteral("firmware"), QStringLiteral("efi"));
    x.writeStartElement(QStringLiteral("type"));
    x.writeAttribute(QStringLiteral("arch"), spec.arch);
    // Secure Boot's firmware keeps its variables behind SMM, which only q35 has.
    const QString machine =
        spec.secureBoot && spec.machine.isEmpty() ? QStringLiteral("q35") : spec.machine;
    if (!machine.isEmpty())
        x.writeAttribute(QStringLiteral("machine"), machine);
    x.writeCharacters(spec.osType);
    x.writeEndElement();
    if (efi) {
        // libvirt picks the OVMF image whose descriptor has these features.
        x.writeStartElement(QStringLiteral("firmware"));
        w.empty(QStringLiteral("feature"),
                {{QStringLiteral("enabled"),
                  spec.secureBoot ? QStringLiteral("yes") : QStringLiteral("no")},
                 {QStringLiteral("name"), QStringLiteral("secure-boot")}});
        x.writeEndElement();
    }
    switch (spec.install) {
    case InstallMethod::KernelBoot:
        w.element(QStringLiteral("kernel"), spec.kernelPath);
        if (!spec.initrdPath.isEmpty())
            w.element(QStringLiteral("initrd"), spec.initrdPath);
        if (!spec.kernelArgs.isEmpty())
            w.element(QStringLiteral("cmdline"), spec.kernelArgs);
        break;
    case InstallMethod::LocalMedia:
        // The disk first: while it is empty the firmware falls through to the installer, and
        // once installed the guest boots its own system without a change to the definition.
        if (spec.hasDisk)
            w.empty(QStringLiteral("boot"), {{QStringLiteral("dev"), QStringLiteral("hd")}});
        w.empty(QStringLiteral("boot"), {{QStringLiteral("dev"), QStringLiteral("cdrom")}});
        break;
    case InstallMethod::NetworkBoot:
        if (spec.hasDisk)
            w.empty(QStringLiteral("boot"), {{QStringLiteral("dev"), QStringLiteral("hd")}});
        w.empty(QStringLiteral("boot"), {{QStringLiteral("dev"), QStringLiteral("network")}});
        break;
    case InstallMethod::ImportDisk:
    case InstallMethod::Manual:
        w.empty(QStringLiteral("boot"), {{QStringLiteral("dev"), QStringLiteral("hd")}});
        break;
    }
    x.writeEndElement(); // os

    if (spec.arch == QLatin1String("x86_64") || spec.arch == QLatin1String("i686")) {
        x.writeStartElement(QStringLiteral("features"));
        x.writeEmptyElement(QStringLiteral("acpi"));
        x.writeEmptyElement(QStringLiteral("apic"));
        if (spec.secureBoot)
            w.empty(QStringLiteral("smm"), {{QStringLiteral("state"), QStringLiteral("on")}});
        x.writeEndElement();
    }

    if (!spec.cpuMode.isEmpty() || spec.hasTopology()) {
        x.writeStartElement(QStringLiteral("cpu"));
        if (!spec.cpuMode.isEmpty())
            x.writeAttribute(QStringLiteral("mode"), spec.cpuMode);
        if (spec.hasTopology()) {
            x.writeStartElement(QStringLiteral("topology"));
            x.writeAttribute(QStringLiteral("sockets"), QString::number(spec.sockets));
            x.writeAttribute(QStringLiteral("cores"), QString::number(spec.cores));
            x.writeAttribute(QStringLiteral("threads"), QString::number(spec.threads));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    w.empty(QStringLiteral("clock"), {{QStringLiteral("offset"), QStringLiteral("utc")}});
    w.element(QStringLiteral("on_poweroff"), QStringLiteral("destroy"));
    w.element(QStringLiteral("on_reboot"), QStringLiteral("restart"));
    w.element(QStringLiteral("on_crash"), QStringLiteral("destroy"));

    x.writeStartElement(QStringLiteral("devices"));
    int diskIndex = 0;
    if (spec.hasDisk) {
        x.writeStartElement(QStringLiteral("disk"));
        x.writeAttribute(QStringLiteral("type"), diskType(spec.diskPath));
        x.writeAttribute(QStringLiteral("device"), QStringLiteral("disk"));
        w.empty(QStringLiteral("driver"), {{QStringLiteral("name"), QStringLiteral("qemu")},
                                           {QStringLiteral("type"), spec.diskFormat}});
        writeDiskSource(x, spec.diskPath);
        w.empty(QStringLiteral("target"),
                {{QStringLiteral("dev"), diskTarget(spec.diskBus, diskIndex)},
                 {QStringLiteral("bus"), spec.diskBus}});
        x.writeEndElement();
        if (spec.diskBus != QLatin1String("virtio"))
            ++diskIndex;
    }
    if (spec.install == InstallMethod::LocalMedia) {
        x.writeStartElement(QStringLiteral("disk"));
        x.writeAttribute(QStringLiteral("type"), diskType(spec.mediaPath));
        x.writeAttribute(QStringLiteral("device"), QStringLiteral("cdrom"));
        w.empty(QStringLiteral("driver"), {{QStringLiteral("name"), QStringLiteral("qemu")},
                                           {QStringLiteral("type"), QStringLiteral("raw")}});
        writeDiskSource(x, spec.mediaPath);
        const int index = spec.cdromBus == spec.diskBus ? diskIndex : 0;
        w.empty(QStringLiteral("target"),
                {{QStringLiteral("dev"), diskTarget(spec.cdromBus, index)},
                 {QStringLiteral("bus"), spec.cdromBus}});
        x.writeEmptyElement(QStringLiteral("readonly"));
        x.writeEndElement();
    }

    if (spec.network != NetworkKind::None) {
        x.writeStartElement(QStringLiteral("interface"));
        switch (spec.network) {
        case NetworkKind::VirtualNetwork:
            x.writeAttribute(QStringLiteral("type"), QStringLiteral("network"));
            w.empty(QStringLiteral("source"), {{QStringLiteral("network"), spec.networkSource}});
            break;
        case NetworkKind::Bridge:
            x.writeAttribute(QStringLiteral("type"), QStringLiteral("bridge"));
            w.empty(QStringLiteral("source"), {{QStringLiteral("bridge"), spec.networkSource}});
            break;
        case NetworkKind::User:
        case NetworkKind::None:
            x.writeAttribute(QStringLiteral("type"), QStringLiteral("user"));
            break;
        }
        if (!spec.nicModel.isEmpty())
            w.empty(QStringLiteral("model"), {{QStringLiteral("type"), spec.nicModel}});
        x.writeEndElement();
    }

    if (spec.guestExtras) {
        x.writeStartElement(QStringLiteral("serial"));
        x.writeAttribute(QStringLiteral("type"), QStringLiteral("pty"));
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("console"));
        x.writeAttribute(QStringLiteral("type"), QStringLiteral("pty"));
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("channel"));
        x.writeAttribute(QStringLiteral("type"), QStringLiteral("unix"));
        w.empty(QStringLiteral("target"),
                {{QStringLiteral("type"), QStringLiteral("virtio")},
                 {QStringLiteral("name"), QStringLiteral("org.qemu.guest_agent.0")}});
        x.writeEndElement();
    }

    if (spec.graphics) {
        // A tablet gives the VNC pointer absolute coordinates (no mouse drift).
        w.empty(QStringLiteral("input"), {{QStringLiteral("type"), QStringLiteral("tablet")},
                                          {QStringLiteral("bus"), QStringLiteral("usb")}});
        x.writeStartElement(QStringLiteral("graphics"));
        x.writeAttribute(QStringLiteral("type"), QStringLiteral("vnc"));
        x.writeAttribute(QStringLiteral("port"), QStringLiteral("-1"));
        x.writeAttribute(QStringLiteral("autoport"), QStringLiteral("yes"));
        if (!spec.vncPassword.isEmpty())
            x.writeAttribute(QStringLiteral("passwd"),
                             options.maskSecrets ? QStringLiteral("********") : spec.vncPassword);
        w.empty(QStringLiteral("listen"), {{QStringLiteral("type"), QStringLiteral("address")},
                                           {QStringLiteral("address"), spec.vncListen}});
        x.writeEndElement();
        if (!spec.videoModel.isEmpty()) {
            x.writeStartElement(QStringLiteral("video"));
            w.empty(QStringLiteral("model"), {{QStringLiteral("type"), spec.videoModel}});
            x.writeEndElement();
        }
    }

    if (spec.tpm) {
        x.writeStartElement(QStringLiteral("tpm"));
        x.writeAttribute(QStringLiteral("model"), QStringLiteral("tpm-crb"));
        w.empty(QStringLiteral("backend"), {{QStringLiteral("type"), QStringLiteral("emulator")},
                                            {QStringLiteral("version"), QStringLiteral("2.0")}});
        x.writeEndElement();
    }

    if (spec.guestExtras) {
        w.empty(QStringLiteral("memballoon"),
                {{QStringLiteral("model"), QStringLiteral("virtio")}});
        x.writeStartElement(QStringLiteral("rng"));
        x.writeAttribute(QStringLiteral("model"), QStringLiteral("virtio"));
        x.writeStartElement(QStringLiteral("backend"));
        x.writeAttribute(QStringLiteral("model"), QStringLiteral("random"));
        x.writeCharacters(QStringLiteral("/dev/urandom"));
        x.writeEndElement();
        x.writeEndElement();
    }
    x.writeEndElement(); // devices
    x.writeEndElement(); // domain
    x.writeEndDocument();
    return out.trimmed() + QLatin1Char('\n');
}

} // namespace Vireo::DomainXmlBuilder
