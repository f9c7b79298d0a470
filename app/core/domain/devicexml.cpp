// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/devicexml.h"

#include "core/common/coretr.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace Vireo {

namespace {

using Attrs = std::initializer_list<std::pair<QString, QString>>;

/// Small helpers over QXmlStreamWriter, as the domain builder has them.
struct Writer
{
    QXmlStreamWriter &x;

    void empty(const QString &name, Attrs attrs)
    {
        x.writeStartElement(name);
        for (const auto &[k, v] : attrs) {
            if (!v.isEmpty())
                x.writeAttribute(k, v);
        }
        x.writeEndElement();
    }
    void start(const QString &name, Attrs attrs)
    {
        x.writeStartElement(name);
        for (const auto &[k, v] : attrs) {
            if (!v.isEmpty())
                x.writeAttribute(k, v);
        }
    }
    void end() { x.writeEndElement(); }
};

QString S(const char *s)
{
    return QString::fromLatin1(s);
}

const QStringList kBuses{S("virtio"), S("sata"), S("scsi"), S("usb")};
const QStringList kCaches{QString(),         S("none"),       S("writeback"),
                          S("writethrough"), S("directsync"), S("unsafe")};

QString diskProblem(const DiskDeviceSpec &d)
{
    if (d.cdrom) {
        if (d.bus == u"virtio")
            return Tr::tr("A CD-ROM drive cannot be on the virtio bus: choose SATA, SCSI or USB.");
    }
    if (!kBuses.contains(d.bus) && d.bus != u"ide")
        return Tr::tr("Unknown bus '%1'.").arg(d.bus);
    if (!kCaches.contains(d.cache))
        return Tr::tr("Unknown cache mode '%1'.").arg(d.cache);
    static const QRegularExpression target(QStringLiteral("^(vd|sd|hd)[a-z]+$"));
    if (!target.match(d.target).hasMatch())
        return Tr::tr("The target name '%1' is not a disk name like vdb or sdc.").arg(d.target);
    switch (d.source) {
    case DiskDeviceSpec::Source::File:
    case DiskDeviceSpec::Source::Block:
        if (d.path.isEmpty())
            return d.cdrom ? Tr::tr("Choose an ISO image, or an empty drive.")
                           : Tr::tr("Choose the disk's file.");
        if (!d.path.startsWith(QLatin1Char('/')))
            return Tr::tr("The path must be absolute (start with /).");
        break;
    case DiskDeviceSpec::Source::Volume:
        if (d.pool.isEmpty() || d.volume.isEmpty())
            return Tr::tr("Choose a storage pool and a volume.");
        break;
    case DiskDeviceSpec::Source::Empty:
        if (!d.cdrom)
            return Tr::tr("Only a CD-ROM drive can be empty.");
        break;
    }
    return {};
}

void writeDisk(Writer &w, const DiskDeviceSpec &d)
{
    QString type = S("file");
    if (d.source == DiskDeviceSpec::Source::Block)
        type = S("block");
    else if (d.source == DiskDeviceSpec::Source::Volume)
        type = S("volume");
    w.start(S("disk"), {{S("type"), type}, {S("device"), d.cdrom ? S("cdrom") : S("disk")}});
    const QString format = d.format.isEmpty() ? S("raw") : d.format;
    w.empty(S("driver"), {{S("name"), S("qemu")}, {S("type"), format}, {S("cache"), d.cache}});
    switch (d.source) {
    case DiskDeviceSpec::Source::File:
        w.empty(S("source"), {{S("file"), d.path}});
        break;
    case DiskDeviceSpec::Source::Block:
        w.empty(S("source"), {{S("dev"), d.path}});
        break;
    case DiskDeviceSpec::Source::Volume:
        w.empty(S("source"), {{S("pool"), d.pool}, {S("volume"), d.volume}});
        break;
    case DiskDeviceSpec::Source::Empty:
        break;
    }
    w.empty(S("target"), {{S("dev"), d.target}, {S("bus"), d.bus}});
    if (d.readOnly || d.cdrom)
        w.empty(S("readonly"), {});
    if (d.shareable && !d.cdrom)
        w.empty(S("shareable"), {});
    w.end();
}

QString nicProblem(const NicDeviceSpec &n)
{
    if (n.source != NicDeviceSpec::Source::User && n.sourceName.isEmpty())
        return n.source == NicDeviceSpec::Source::Network ? Tr::tr("Choose a virtual network.")
                                                          : Tr::tr("Name the host's bridge.");
    if (n.model.isEmpty())
        return Tr::tr("Choose a NIC model.");
    if (!n.mac.isEmpty() && !isValidMac(n.mac))
        return Tr::tr("'%1' is not a MAC address like 52:54:00:12:34:56.").arg(n.mac);
    return {};
}

void writeNic(Writer &w, const NicDeviceSpec &n)
{
    switch (n.source) {
    case NicDeviceSpec::Source::Network:
        w.start(S("interface"), {{S("type"), S("network")}});
        w.empty(S("source"), {{S("network"), n.sourceName}});
        break;
    case NicDeviceSpec::Source::Bridge:
        w.start(S("interface"), {{S("type"), S("bridge")}});
        w.empty(S("source"), {{S("bridge"), n.sourceName}});
        break;
    case NicDeviceSpec::Source::User:
        w.start(S("interface"), {{S("type"), S("user")}});
        break;
    }
    if (!n.mac.isEmpty())
        w.empty(S("mac"), {{S("address"), n.mac.toLower()}});
    w.empty(S("model"), {{S("type"), n.model}});
    w.empty(S("link"), {{S("state"), n.linkUp ? S("up") : S("down")}});
    w.end();
}

bool isIpLiteral(const QString &a)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F:.]+$"));
    return re.match(a).hasMatch();
}

struct ProblemVisitor
{
    QString operator()(const DiskDeviceSpec &d) const { return diskProblem(d); }
    QString operator()(const NicDeviceSpec &n) const { return nicProblem(n); }
    QString operator()(const GraphicsDeviceSpec &g) const
    {
        if (!isIpLiteral(g.listenAddress))
            return Tr::tr("The listen address must be an IP address such as 127.0.0.1.");
        if (g.password.size() > 8)
            return Tr::tr("A VNC password has at most 8 characters.");
        return {};
    }
    QString operator()(const VideoDeviceSpec &v) const
    {
        static const QStringList models{S("virtio"), S("qxl"),    S("vga"), S("bochs"),
                                        S("ramfb"),  S("cirrus"), S("none")};
        if (!models.contains(v.model))
            return Tr::tr("Unknown video model '%1'.").arg(v.model);
        if (v.vramKiB != 0 && (v.vramKiB < 1024 || v.vramKiB > 512 * 1024))
            return Tr::tr("The video RAM must be between 1 MiB and 512 MiB.");
        return {};
    }
    QString operator()(const CharDeviceSpec &) const { return {}; }
    QString operator()(const UsbHostDeviceSpec &u) const
    {
        static const QRegularExpression id(QStringLiteral("^0x[0-9a-fA-F]{4}$"));
        if (!id.match(u.vendorId).hasMatch() || !id.match(u.productId).hasMatch())
            return Tr::tr("Choose a USB device of the host.");
        return {};
    }
    QString operator()(const RngDeviceSpec &r) const
    {
        if (r.backend != u"/dev/urandom" && r.backend != u"/dev/random" &&
            r.backend != u"/dev/hwrng")
            return Tr::tr("The entropy source must be /dev/urandom, /dev/random or /dev/hwrng.");
        return {};
    }
    QString operator()(const WatchdogDeviceSpec &wd) const
    {
        static const QStringList models{S("i6300esb"), S("ib700"), S("itco")};
        static const QStringList actions{S("reset"), S("shutdown"), S("poweroff"),
                                         S("pause"), S("dump"),     S("none")};
        if (!models.contains(wd.model))
            return Tr::tr("Unknown watchdog model '%1'.").arg(wd.model);
        if (!actions.contains(wd.action))
            return Tr::tr("Unknown watchdog action '%1'.").arg(wd.action);
        return {};
    }
    QString operator()(const SoundDeviceSpec &s) const
    {
        static const QStringList models{S("ich9"), S("ich6"), S("ac97"), S("usb")};
        return models.contains(s.model) ? QString()
                                        : Tr::tr("Unknown sound model '%1'.").arg(s.model);
    }
    QString operator()(const InputDeviceSpec &i) const
    {
        static const QStringList types{S("tablet"), S("keyboard"), S("mouse")};
        static const QStringList buses{S("usb"), S("virtio"), S("ps2")};
        if (!types.contains(i.type) || !buses.contains(i.bus))
            return Tr::tr("Unknown input device '%1' on '%2'.").arg(i.type, i.bus);
        if (i.type == u"tablet" && i.bus == u"ps2")
            return Tr::tr("A tablet cannot be on PS/2: choose USB or virtio.");
        return {};
    }
    QString operator()(const TpmDeviceSpec &t) const
    {
        return t.model == u"tpm-crb" || t.model == u"tpm-tis"
                   ? QString()
                   : Tr::tr("Unknown TPM model '%1'.").arg(t.model);
    }
};

struct WriteVisitor
{
    Writer &w;
    const DeviceXmlOptions &options;

    void operator()(const DiskDeviceSpec &d) const { writeDisk(w, d); }
    void operator()(const NicDeviceSpec &n) const { writeNic(w, n); }
    void operator()(const GraphicsDeviceSpec &g) const
    {
        const QString password =
            g.password.isEmpty() ? QString() : (options.maskSecrets ? S("********") : g.password);
        w.start(S("graphics"), {{S("type"), S("vnc")},
                                {S("port"), S("-1")},
                                {S("autoport"), S("yes")},
                                {S("passwd"), password}});
        w.empty(S("listen"), {{S("type"), S("address")}, {S("address"), g.listenAddress}});
        w.end();
    }
    void operator()(const VideoDeviceSpec &v) const
    {
        w.start(S("video"), {});
        w.empty(S("model"), {{S("type"), v.model},
                             {S("vram"), v.vramKiB ? QString::number(v.vramKiB) : QString()}});
        w.end();
    }
    void operator()(const CharDeviceSpec &c) const
    {
        const QString port = c.port >= 0 ? QString::number(c.port) : QString();
        switch (c.kind) {
        case CharDeviceSpec::Kind::Serial:
            w.start(S("serial"), {{S("type"), S("pty")}});
            w.empty(S("target"), {{S("port"), port}});
            break;
        case CharDeviceSpec::Kind::Console:
            w.start(S("console"), {{S("type"), S("pty")}});
            w.empty(S("target"), {{S("type"), S("virtio")}, {S("port"), port}});
            break;
        case CharDeviceSpec::Kind::GuestAgent:
            w.start(S("channel"), {{S("type"), S("unix")}});
            w.empty(S("target"),
                    {{S("type"), S("virtio")}, {S("name"), S("org.qemu.guest_agent.0")}});
            break;
        }
        w.end();
    }
    void operator()(const UsbHostDeviceSpec &u) const
    {
        w.start(S("hostdev"), {{S("mode"), S("subsystem")}, {S("type"), S("usb")}});
        w.start(S("source"), {});
        w.empty(S("vendor"), {{S("id"), u.vendorId.toLower()}});
        w.empty(S("product"), {{S("id"), u.productId.toLower()}});
        w.end();
        w.end();
    }
    void operator()(const RngDeviceSpec &r) const
    {
        w.start(S("rng"), {{S("model"), S("virtio")}});
        w.start(S("backend"), {{S("model"), S("random")}});
        w.x.writeCharacters(r.backend);
        w.end();
        w.end();
    }
    void operator()(const WatchdogDeviceSpec &wd) const
    {
        w.empty(S("watchdog"), {{S("model"), wd.model}, {S("action"), wd.action}});
    }
    void operator()(const SoundDeviceSpec &s) const
    {
        w.empty(S("sound"), {{S("model"), s.model}});
    }
    void operator()(const InputDeviceSpec &i) const
    {
        w.empty(S("input"), {{S("type"), i.type}, {S("bus"), i.bus}});
    }
    void operator()(const TpmDeviceSpec &t) const
    {
        w.start(S("tpm"), {{S("model"), t.model}});
        w.empty(S("backend"), {{S("type"), S("emulator")}, {S("version"), S("2.0")}});
        w.end();
    }
};

} // namespace

QString deviceSpecProblem(const DeviceSpec &spec)
{
    return std::visit(ProblemVisitor{}, spec);
}

Result<QString> buildDeviceXml(const DeviceSpec &spec, const DeviceXmlOptions &options)
{
    if (const QString problem = deviceSpecProblem(spec); !problem.isEmpty())
        return Error{Tr::tr("Write the device XML"), problem, 0};
    QString out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.setAutoFormattingIndent(2);
    Writer w{x};
    std::visit(WriteVisitor{w, options}, spec);
    return out.trimmed() + QLatin1Char('\n');
}

bool canAttachLive(const DeviceSpec &spec)
{
    if (const auto *d = std::get_if<DiskDeviceSpec>(&spec))
        return d->bus == u"virtio" || d->bus == u"scsi" || d->bus == u"usb";
    if (const auto *c = std::get_if<CharDeviceSpec>(&spec))
        return c->kind == CharDeviceSpec::Kind::GuestAgent;
    if (const auto *i = std::get_if<InputDeviceSpec>(&spec))
        return i->bus != u"ps2";
    return std::holds_alternative<NicDeviceSpec>(spec) ||
           std::holds_alternative<UsbHostDeviceSpec>(spec) ||
           std::holds_alternative<RngDeviceSpec>(spec);
}

QString freeDiskTarget(const QString &bus, const QStringList &used)
{
    QString prefix = S("sd");
    if (bus == u"virtio")
        prefix = S("vd");
    else if (bus == u"ide")
        prefix = S("hd");
    // a..z, then aa..zz, as libvirt's virDiskNameToIndex counts them.
    for (int i = 0; i < 26 + 26 * 26; ++i) {
        QString suffix;
        if (i < 26)
            suffix = QChar(u'a' + i);
        else
            suffix = QString(QChar(u'a' + (i - 26) / 26)) + QChar(u'a' + (i - 26) % 26);
        const QString name = prefix + suffix;
        if (!used.contains(name))
            return name;
    }
    return {};
}

bool isValidMac(const QString &mac)
{
    static const QRegularExpression re(QStringLiteral("^([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}$"));
    if (!re.match(mac).hasMatch())
        return false;
    // The lowest bit of the first octet marks multicast: not a NIC's own address.
    return (mac.left(2).toInt(nullptr, 16) & 1) == 0;
}

QString generateMac(const QSet<QString> &used, const std::function<quint32()> &random)
{
    QSet<QString> lower;
    for (const QString &m : used)
        lower.insert(m.toLower());
    // 2^24 addresses; a few tries find a free one unless the host is absurdly full.
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const quint32 bits = random() & 0xffffff;
        const QString mac = QStringLiteral("52:54:00:%1:%2:%3")
                                .arg((bits >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                                .arg((bits >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                                .arg(bits & 0xff, 2, 16, QLatin1Char('0'));
        if (!lower.contains(mac))
            return mac;
    }
    return {};
}

QString macProblem(const QString &mac, const QSet<QString> &used)
{
    if (!isValidMac(mac))
        return Tr::tr("'%1' is not a unicast MAC address like 52:54:00:12:34:56.").arg(mac);
    for (const QString &m : used) {
        if (m.compare(mac, Qt::CaseInsensitive) == 0)
            return Tr::tr("%1 is already used by a NIC on this host.").arg(mac.toLower());
    }
    return {};
}

Result<DomainControl::Scope> deviceScope(ApplyWhen when, bool running, bool liveCapable)
{
    using DomainControl::Scope;
    if (!running)
        return Scope::Config; // a shut-off domain has only its configuration
    switch (when) {
    case ApplyWhen::AfterRestart:
        return Scope::Config;
    case ApplyWhen::Now:
        if (!liveCapable)
            return Error{Tr::tr("Apply the device change now"),
                         Tr::tr("this device cannot be changed while the domain runs; choose "
                                "\"after restart\""),
                         0};
        return Scope::Live;
    case ApplyWhen::NowAndAfterRestart:
        return liveCapable ? Scope::LiveAndConfig : Scope::Config;
    }
    return Scope::Config;
}

} // namespace Vireo
