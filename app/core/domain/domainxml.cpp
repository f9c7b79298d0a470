// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/domainxml.h"

#include "core/common/coretr.h"

#include "core/common/memorysize.h"
#include "core/common/xmlelement.h"
#include "core/common/xmlrewriter.h"
#include "core/domain/cputopology.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <algorithm>
#include <optional>

namespace Vireo {

quint64 toKiB(quint64 value, const QString &unit)
{
    const QString u = unit.toLower();
    if (u.isEmpty() || u == u"k" || u == u"kib")
        return value;
    if (u == u"b" || u == u"bytes")
        return value / 1024;
    if (u == u"kb")
        return value * 1000 / 1024;
    if (u == u"m" || u == u"mib")
        return value * 1024;
    if (u == u"mb")
        return value * 1000 * 1000 / 1024;
    if (u == u"g" || u == u"gib")
        return value * 1024 * 1024;
    if (u == u"gb")
        return value * 1000 * 1000 * 1000 / 1024;
    if (u == u"t" || u == u"tib")
        return value * 1024 * 1024 * 1024;
    return 0;
}

namespace {

using Node = XmlElement;

void addProperty(DomainDevice &d, const QString &label, const QString &value)
{
    if (!value.isEmpty())
        d.properties.append({label, value});
}

QString diskSource(const Node &disk)
{
    const Node *src = disk.child(u"source");
    if (!src)
        return {};
    for (const char *key : {"file", "dev", "dir", "volume", "name"}) {
        const QString v = src->attr(QString::fromLatin1(key));
        if (!v.isEmpty()) {
            if (QLatin1String(key) == QLatin1String("volume"))
                return src->attr(u"pool") + QLatin1Char('/') + v;
            if (QLatin1String(key) == QLatin1String("name") && !src->attr(u"protocol").isEmpty())
                return src->attr(u"protocol") + QStringLiteral("://") + v;
            return v;
        }
    }
    return {};
}

DomainDisk readDisk(const Node &n)
{
    DomainDisk disk;
    disk.target = n.childAttr(u"target", u"dev");
    disk.device = n.attr(u"device").isEmpty() ? QStringLiteral("disk") : n.attr(u"device");
    disk.format = n.childAttr(u"driver", u"type");
    disk.source = diskSource(n);
    disk.sourceType = n.attr(u"type");
    disk.readOnly = n.child(u"readonly") || disk.device == u"cdrom";
    if (const Node *src = n.child(u"source")) {
        disk.sourcePath = src->hasAttr(u"file") ? src->attr(u"file") : src->attr(u"dev");
        disk.sourcePool = src->attr(u"pool");
        disk.sourceVolume = src->attr(u"volume");
    }
    return disk;
}

DomainInterface readInterface(const Node &n)
{
    DomainInterface nic;
    nic.type = n.attr(u"type");
    nic.network = n.childAttr(u"source", u"network");
    nic.bridge = n.childAttr(u"source", u"bridge");
    nic.mac = n.childAttr(u"mac", u"address");
    nic.model = n.childAttr(u"model", u"type");
    return nic;
}

void describeGraphics(const DomainGraphics &g, DomainDevice &d)
{
    d.title = Tr::tr("Display %1").arg(g.type.toUpper());
    using L = DomainGraphics::Listen;
    if (g.listen == L::Address || g.listen == L::Network) {
        if (g.autoport || g.port < 0)
            addProperty(d, Tr::tr("Port"),
                        g.port < 0 ? Tr::tr("automatic") : Tr::tr("%1 (automatic)").arg(g.port));
        else
            addProperty(d, Tr::tr("Port"), QString::number(g.port));
    }
    switch (g.listen) {
    case L::Address:
        addProperty(d, Tr::tr("Listen"),
                    g.address.isEmpty() ? Tr::tr("the host's default") : g.address);
        break;
    case L::Network:
        addProperty(d, Tr::tr("Listen"),
                    g.address.isEmpty() ? Tr::tr("network %1").arg(g.network)
                                        : Tr::tr("network %1 (%2)").arg(g.network, g.address));
        break;
    case L::Socket:
        addProperty(d, Tr::tr("Listen"),
                    g.socketPath.isEmpty() ? Tr::tr("a UNIX socket on the host") : g.socketPath);
        break;
    case L::None:
        addProperty(d, Tr::tr("Listen"), Tr::tr("nowhere (only through libvirt)"));
        break;
    }
    // The password itself is a secret: only whether one is set.
    if (g.hasPassword)
        addProperty(d, Tr::tr("Password"), Tr::tr("set"));
}

DomainDevice describeDevice(const Node &n, bool &bootOrder, int graphicsIndex)
{
    DomainDevice d;
    d.kind = n.name;
    if (n.child(u"boot"))
        bootOrder = true;
    const QString bootIndex = n.childAttr(u"boot", u"order");
    if (n.name == u"disk") {
        const QString device =
            n.attr(u"device").isEmpty() ? QStringLiteral("disk") : n.attr(u"device");
        const QString target = n.childAttr(u"target", u"dev");
        d.key = target;
        if (device == u"cdrom")
            d.title = Tr::tr("CD-ROM %1").arg(target);
        else if (device == u"floppy")
            d.title = Tr::tr("Floppy %1").arg(target);
        else
            d.title = Tr::tr("Disk %1").arg(target);
        addProperty(d, Tr::tr("Source"), diskSource(n));
        if (diskSource(n).isEmpty() && device != u"disk")
            addProperty(d, Tr::tr("Source"), Tr::tr("(empty)"));
        addProperty(d, Tr::tr("Bus"), n.childAttr(u"target", u"bus"));
        addProperty(d, Tr::tr("Format"), n.childAttr(u"driver", u"type"));
        addProperty(d, Tr::tr("Storage type"), n.attr(u"type"));
        addProperty(d, Tr::tr("Cache"), n.childAttr(u"driver", u"cache"));
        if (n.child(u"readonly"))
            addProperty(d, Tr::tr("Read-only"), Tr::tr("yes"));
        if (n.child(u"shareable"))
            addProperty(d, Tr::tr("Shareable"), Tr::tr("yes"));
    } else if (n.name == u"interface") {
        const QString mac = n.childAttr(u"mac", u"address");
        d.title = Tr::tr("NIC %1").arg(mac);
        d.key = mac;
        const QString type = n.attr(u"type");
        addProperty(d, Tr::tr("Type"), type);
        const Node *src = n.child(u"source");
        if (src) {
            QString source = src->attr(u"network");
            if (source.isEmpty())
                source = src->attr(u"bridge");
            if (source.isEmpty())
                source = src->attr(u"dev");
            addProperty(d, Tr::tr("Source"), source);
        }
        addProperty(d, Tr::tr("Model"), n.childAttr(u"model", u"type"));
        addProperty(d, Tr::tr("MAC address"), mac);
        addProperty(d, Tr::tr("Host device"), n.childAttr(u"target", u"dev"));
        addProperty(d, Tr::tr("Link"), n.childAttr(u"link", u"state"));
    } else if (n.name == u"graphics") {
        describeGraphics(readDomainGraphics(n, graphicsIndex), d);
    } else if (n.name == u"video") {
        const QString model = n.childAttr(u"model", u"type");
        d.title = Tr::tr("Video %1").arg(model.toUpper());
        addProperty(d, Tr::tr("Model"), model);
        const QString vram = n.childAttr(u"model", u"vram");
        if (!vram.isEmpty())
            addProperty(d, Tr::tr("Video RAM"), formatKiB(vram.toULongLong()));
        addProperty(d, Tr::tr("Heads"), n.childAttr(u"model", u"heads"));
    } else if (n.name == u"memballoon") {
        d.title = Tr::tr("Memory balloon");
        addProperty(d, Tr::tr("Model"), n.attr(u"model"));
        const QString period = n.childAttr(u"stats", u"period");
        if (!period.isEmpty())
            addProperty(d, Tr::tr("Statistics period"), Tr::tr("%1 s").arg(period));
    } else if (n.name == u"serial" || n.name == u"console") {
        const QString port = n.childAttr(u"target", u"port");
        d.title = n.name == u"serial"
                      ? Tr::tr("Serial %1").arg(port.isEmpty() ? QStringLiteral("0") : port)
                      : Tr::tr("Console %1").arg(port.isEmpty() ? QStringLiteral("0") : port);
        addProperty(d, Tr::tr("Type"), n.attr(u"type"));
        addProperty(d, Tr::tr("Target"), n.childAttr(u"target", u"type"));
        addProperty(d, Tr::tr("Path"),
                    n.childAttr(u"source", u"path").isEmpty() ? n.attr(u"tty")
                                                              : n.childAttr(u"source", u"path"));
    } else {
        // Controllers, input, sound, channels, RNG, TPM...: their kind and attributes.
        QString what = n.attr(u"type");
        if (what.isEmpty())
            what = n.attr(u"model");
        if (what.isEmpty())
            what = n.childAttr(u"model", u"type");
        d.title = what.isEmpty() ? n.name : QStringLiteral("%1 %2").arg(n.name, what);
        if (n.name == u"emulator")
            d.title = Tr::tr("Emulator");
        if (n.children.isEmpty())
            addProperty(d, Tr::tr("Value"), n.text.trimmed());
        for (const auto &a : n.attributes)
            addProperty(d, a.name().toString(), a.value().toString());
        if (const Node *target = n.child(u"target")) {
            for (const auto &a : target->attributes)
                addProperty(d, Tr::tr("target %1").arg(a.name()), a.value().toString());
        }
    }
    addProperty(d, Tr::tr("Boot order"), bootIndex);
    addProperty(d, Tr::tr("Alias"), n.childAttr(u"alias", u"name"));
    return d;
}

/// A pty <serial> or <console> as a text console; nothing for other types (file, tcp, ...).
std::optional<DomainTextConsole> readTextConsole(const Node &n, int index)
{
    if (n.attr(u"type") != u"pty")
        return std::nullopt;
    DomainTextConsole c;
    c.kind =
        n.name == u"serial" ? DomainTextConsole::Kind::Serial : DomainTextConsole::Kind::Console;
    c.port = n.childAttr(u"target", u"port").toInt();
    c.targetType = n.childAttr(u"target", u"type");
    c.alias = n.childAttr(u"alias", u"name");
    c.ptyPath = n.childAttr(u"source", u"path");
    c.index = index;
    if (c.ptyPath.isEmpty())
        c.ptyPath = n.attr(u"tty");
    return c;
}

/// Serial ports first, then the consoles that are not one of them.
void addTextConsole(const DomainTextConsole &c, QList<DomainTextConsole> &list)
{
    if (c.kind == DomainTextConsole::Kind::Console && c.targetType == u"serial") {
        for (const DomainTextConsole &s : list) {
            if (s.kind == DomainTextConsole::Kind::Serial && s.port == c.port)
                return; // the mirror of a serial port
        }
    }
    if (c.kind == DomainTextConsole::Kind::Serial) {
        auto firstConsole = std::find_if(list.begin(), list.end(), [](const DomainTextConsole &x) {
            return x.kind == DomainTextConsole::Kind::Console;
        });
        list.insert(firstConsole, c);
    } else {
        list.append(c);
    }
}

void readOs(const Node &os, DomainDescription &d)
{
    d.firmware = os.attr(u"firmware");
    if (const Node *type = os.child(u"type")) {
        d.osType = type->text.trimmed();
        d.arch = type->attr(u"arch");
        d.machine = type->attr(u"machine");
    }
    if (const Node *loader = os.child(u"loader")) {
        d.loader = loader->text.trimmed();
        if (d.firmware.isEmpty() &&
            (loader->attr(u"type") == u"pflash" || d.loader.contains(u"OVMF") ||
             d.loader.contains(u"edk2", Qt::CaseInsensitive)))
            d.firmware = QStringLiteral("efi");
    }
    for (const Node &c : os.children) {
        if (c.name == u"boot" && !c.attr(u"dev").isEmpty())
            d.boot.bootDevices.append(c.attr(u"dev"));
    }
    d.nvramPath = os.childText(u"nvram").trimmed();
    d.boot.kernel = os.childText(u"kernel");
    d.boot.initrd = os.childText(u"initrd");
    d.boot.cmdline = os.childText(u"cmdline");
    d.boot.bootMenu = os.childAttr(u"bootmenu", u"enable") == u"yes";
}

void findOsInfo(const Node &n, DomainDescription &d)
{
    for (const Node &c : n.children) {
        if (c.name == u"os" && !c.attr(u"id").isEmpty())
            d.osInfoId = c.attr(u"id");
        else
            findOsInfo(c, d);
    }
}

} // namespace

Result<DomainDescription> parseDomainXml(const QString &xml)
{
    const QString op = Tr::tr("Read the domain XML");
    if (xml.trimmed().isEmpty())
        return Error{op, Tr::tr("the document is empty"), 0};
    QXmlStreamReader r(xml);
    if (Status root = enterXmlRoot(r, u"domain", op); !root)
        return root.error();
    DomainDescription d;
    d.hypervisor = r.attributes().value(QLatin1String("type")).toString();
    bool idOk = false;
    const int id = r.attributes().value(QLatin1String("id")).toInt(&idOk);
    d.id = idOk ? id : -1;
    while (r.readNextStartElement()) {
        const Node n = readXmlElement(r);
        if (n.name == u"name")
            d.name = n.text.trimmed();
        else if (n.name == u"uuid")
            d.uuid = n.text.trimmed();
        else if (n.name == u"title")
            d.title = n.text;
        else if (n.name == u"description")
            d.description = n.text;
        else if (n.name == u"memory")
            d.memoryKiB = toKiB(n.text.trimmed().toULongLong(), n.attr(u"unit"));
        else if (n.name == u"currentMemory")
            d.currentMemoryKiB = toKiB(n.text.trimmed().toULongLong(), n.attr(u"unit"));
        else if (n.name == u"vcpu") {
            d.vcpuMaximum = n.text.trimmed().toInt();
            const QString current = n.attr(u"current");
            d.vcpuCurrent = current.isEmpty() ? d.vcpuMaximum : current.toInt();
        } else if (n.name == u"os")
            readOs(n, d);
        else if (n.name == u"cpu") {
            d.cpuMode = n.attr(u"mode");
            d.cpuModel = n.childText(u"model").trimmed();
            if (d.cpuMode.isEmpty() && !d.cpuModel.isEmpty())
                d.cpuMode = QStringLiteral("custom"); // libvirt's default when a model is named
            if (const Node *t = n.child(u"topology")) {
                d.sockets = t->attr(u"sockets").toInt();
                d.dies = t->attr(u"dies").toInt();
                d.cores = t->attr(u"cores").toInt();
                d.threads = t->attr(u"threads").toInt();
            }
        } else if (n.name == u"metadata")
            findOsInfo(n, d);
        else if (n.name == u"devices") {
            int serialCount = 0;
            int consoleCount = 0;
            for (const Node &dev : n.children) {
                if (dev.name == u"memballoon") {
                    d.balloonModel = dev.attr(u"model");
                    d.balloonStatsPeriod = dev.childAttr(u"stats", u"period").toInt();
                }
                if (dev.name == u"disk")
                    d.disks.append(readDisk(dev));
                if (dev.name == u"interface")
                    d.interfaces.append(readInterface(dev));
                // libvirt marks the agent's channel connected while the guest agent answers
                // (live XML; VSERPORT_CHANGE).
                if (dev.name == u"channel" &&
                    dev.childAttr(u"target", u"name") == u"org.qemu.guest_agent.0")
                    d.guestAgentConnected = dev.childAttr(u"target", u"state") == u"connected";
                if (dev.name == u"serial" || dev.name == u"console") {
                    int &count = dev.name == u"serial" ? serialCount : consoleCount;
                    if (const auto console = readTextConsole(dev, count))
                        addTextConsole(*console, d.textConsoles);
                    ++count;
                }
                const int graphicsIndex = int(d.graphics.size());
                if (dev.name == u"graphics")
                    d.graphics.append(readDomainGraphics(dev, graphicsIndex));
                d.devices.append(describeDevice(dev, d.deviceBootOrder, graphicsIndex));
            }
        }
    }
    if (r.hasError())
        return xmlReadError(r, op);
    if (d.currentMemoryKiB == 0)
        d.currentMemoryKiB = d.memoryKiB;
    if (d.firmware.isEmpty())
        d.firmware = QStringLiteral("bios"); // libvirt's default when nothing says otherwise
    return d;
}

Result<QString> rewriteBootOptions(const QString &xml, const BootOptions &boot)
{
    const QString op = Tr::tr("Change the boot options");
    for (const QString &dev : boot.bootDevices) {
        if (dev != u"hd" && dev != u"cdrom" && dev != u"network" && dev != u"fd")
            return Error{op, Tr::tr("unknown boot device '%1'").arg(dev), 0};
    }
    if (boot.kernel.isEmpty() && (!boot.initrd.isEmpty() || !boot.cmdline.isEmpty()))
        return Error{op, Tr::tr("an initrd or kernel arguments need a kernel path"), 0};

    XmlRewriter rewriter;
    for (const char *name : {"boot", "kernel", "initrd", "cmdline"})
        rewriter.remove(QStringLiteral("domain/os/") + QLatin1String(name));
    // The menu's timeout is kept when the menu stays on.
    QString bootMenuTimeout;
    rewriter.replace(QStringLiteral("domain/os/bootmenu"),
                     [&bootMenuTimeout](QXmlStreamWriter &, const XmlElement &old) {
                         bootMenuTimeout =
                             old.attributes.value(QLatin1String("timeout")).toString();
                     });
    rewriter.append(QStringLiteral("domain/os"), [&boot, &bootMenuTimeout](QXmlStreamWriter &w) {
        for (const QString &dev : boot.bootDevices) {
            w.writeEmptyElement(QStringLiteral("boot"));
            w.writeAttribute(QStringLiteral("dev"), dev);
        }
        if (boot.bootMenu) {
            w.writeEmptyElement(QStringLiteral("bootmenu"));
            w.writeAttribute(QStringLiteral("enable"), QStringLiteral("yes"));
            if (!bootMenuTimeout.isEmpty())
                w.writeAttribute(QStringLiteral("timeout"), bootMenuTimeout);
        }
        auto text = [&w](const char *name, const QString &value) {
            if (!value.isEmpty())
                w.writeTextElement(QString::fromLatin1(name), value);
        };
        text("kernel", boot.kernel);
        text("initrd", boot.initrd);
        text("cmdline", boot.cmdline);
    });
    return rewriter.apply(xml, QStringLiteral("domain"), op);
}

Result<QString> rewriteCpuLayout(const QString &xml, const CpuLayout &layout)
{
    const QString op = Tr::tr("Change the vCPU maximum and topology");
    if (layout.maximum < 1)
        return Error{op, Tr::tr("a domain needs at least one vCPU"), 0};
    const CpuTopology topology{layout.sockets, layout.cores, layout.threads};
    if (const QString problem = cpuTopologyProblem(topology, layout.maximum); !problem.isEmpty())
        return Error{op, problem, 0};
    auto writeTopology = [&topology](QXmlStreamWriter &w) {
        w.writeEmptyElement(QStringLiteral("topology"));
        w.writeAttribute(QStringLiteral("sockets"), QString::number(topology.sockets));
        w.writeAttribute(QStringLiteral("dies"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("cores"), QString::number(topology.cores));
        w.writeAttribute(QStringLiteral("threads"), QString::number(topology.threads));
    };

    XmlRewriter rewriter;
    rewriter.replace(
        QStringLiteral("domain/vcpu"), [&layout](QXmlStreamWriter &w, const XmlElement &old) {
            // The count the domain starts with stays what it was (lowered to a smaller maximum):
            // raising the maximum alone must not add vCPUs.
            const QString currentAttr = old.attr(u"current");
            const int current =
                qMin(currentAttr.isEmpty() ? old.text.trimmed().toInt() : currentAttr.toInt(),
                     layout.maximum);
            w.writeStartElement(QStringLiteral("vcpu"));
            for (const QXmlStreamAttribute &a : old.attributes) {
                if (a.name() != u"current")
                    w.writeAttribute(a);
            }
            if (current > 0 && current < layout.maximum)
                w.writeAttribute(QStringLiteral("current"), QString::number(current));
            w.writeCharacters(QString::number(layout.maximum));
            w.writeEndElement();
        });
    rewriter.remove(QStringLiteral("domain/cpu/topology"));
    if (!topology.isEmpty()) {
        rewriter.append(QStringLiteral("domain/cpu"), writeTopology);
        rewriter.append(QStringLiteral("domain"), [&rewriter, &writeTopology](QXmlStreamWriter &w) {
            if (rewriter.seen(QStringLiteral("domain/cpu")))
                return;
            w.writeStartElement(QStringLiteral("cpu"));
            writeTopology(w);
            w.writeEndElement();
        });
    }
    Result<QString> out = rewriter.apply(xml, QStringLiteral("domain"), op);
    if (out && !rewriter.seen(QStringLiteral("domain/vcpu")))
        return Error{op, Tr::tr("the domain has no <vcpu> element"), 0};
    return out;
}

Status checkEditedDomainXml(const QString &xml, const QString &expectedUuid)
{
    auto parsed = parseDomainXml(xml);
    if (!parsed)
        return parsed.error();
    const QString op = Tr::tr("Apply the edited XML");
    if (parsed->uuid.isEmpty())
        return Error{op, Tr::tr("the <uuid> element is missing; it must stay %1").arg(expectedUuid),
                     0};
    if (parsed->uuid.compare(expectedUuid, Qt::CaseInsensitive) != 0)
        return Error{
            op,
            Tr::tr("the UUID was changed to %1; it must stay %2").arg(parsed->uuid, expectedUuid),
            0};
    if (parsed->name.isEmpty())
        return Error{op, Tr::tr("the <name> element is missing"), 0};
    return Done{};
}

} // namespace Vireo
