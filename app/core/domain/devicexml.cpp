#include "core/domain/devicexml.h"

#include "core/common/coretr.h"

#include "core/common/xmlelement.h"
#include "core/common/xmlrewriter.h"

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

QString elementText(const XmlElement &e)
{
    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    writeXmlElement(w, e);
    return out.trimmed() + QLatin1Char('\n');
}

/// Whether old is the device key names, counting the devices of its kind as they go by.
struct KeyMatcher
{
    const DeviceKey &key;
    int seen = 0;

    bool matches(const XmlElement &old)
    {
        const int ordinal = seen++;
        if (key.kind == u"disk" && !key.id.isEmpty())
            return old.childAttr(u"target", u"dev") == key.id;
        if (key.kind == u"interface" && !key.id.isEmpty())
            return old.childAttr(u"mac", u"address").compare(key.id, Qt::CaseInsensitive) == 0;
        return ordinal == key.ordinal;
    }
};

QString devicesPath(const DeviceKey &key)
{
    return QStringLiteral("domain/devices/") + key.kind;
}

Error noSuchDevice(const QString &op, const DeviceKey &key)
{
    return Error{op,
                 key.id.isEmpty()
                     ? Tr::tr("the domain has no %1 number %2").arg(key.kind).arg(key.ordinal + 1)
                     : Tr::tr("the domain has no %1 %2").arg(key.kind, key.id),
                 0};
}

/// Runs a rewrite whose rule for the keyed device is `fn` (the others are kept as they are).
Result<QString> rewriteDevice(const QString &domainXml, const DeviceKey &key, const QString &op,
                              const std::function<void(QXmlStreamWriter &, const XmlElement &)> &fn)
{
    KeyMatcher matcher{key};
    bool found = false;
    XmlRewriter rewriter;
    rewriter.replace(devicesPath(key), [&](QXmlStreamWriter &w, const XmlElement &old) {
        if (!found && matcher.matches(old)) {
            found = true;
            fn(w, old);
        } else {
            writeXmlElement(w, old);
        }
    });
    Result<QString> out = rewriter.apply(domainXml, S("domain"), op);
    if (out && !found)
        return noSuchDevice(op, key);
    return out;
}

/// Reads one device element (its own document) into an XmlElement.
Result<XmlElement> readDeviceElement(const QString &xml, const QString &root, const QString &op)
{
    XmlElement element;
    XmlRewriter rewriter;
    rewriter.replace(root,
                     [&element](QXmlStreamWriter &, const XmlElement &old) { element = old; });
    if (Result<QString> r = rewriter.apply(xml, root, op); !r)
        return r.error();
    return element;
}

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

Result<DeviceSpec> deviceSpecFromXml(const QString &deviceXml)
{
    const QString op = Tr::tr("Read the device for editing");
    static const QRegularExpression first(QStringLiteral("<([A-Za-z]+)"));
    const QString root = first.match(deviceXml).captured(1);
    Result<XmlElement> read = readDeviceElement(deviceXml, root, op);
    if (!read)
        return read.error();
    const XmlElement &e = *read;
    if (root == u"disk") {
        DiskDeviceSpec d;
        d.cdrom = e.attr(u"device") == u"cdrom";
        if (!d.cdrom && !e.attr(u"device").isEmpty() && e.attr(u"device") != u"disk")
            return Error{op, Tr::tr("only disks and CD-ROM drives can be edited"), 0};
        const XmlElement *src = e.child(u"source");
        const QString type = e.attr(u"type");
        if (!src || (!src->hasAttr(u"file") && !src->hasAttr(u"dev") && !src->hasAttr(u"volume")))
            d.source = DiskDeviceSpec::Source::Empty;
        else if (type == u"volume") {
            d.source = DiskDeviceSpec::Source::Volume;
            d.pool = src->attr(u"pool");
            d.volume = src->attr(u"volume");
        } else if (type == u"block") {
            d.source = DiskDeviceSpec::Source::Block;
            d.path = src->attr(u"dev");
        } else if (type == u"file") {
            d.path = src->attr(u"file");
        } else {
            return Error{op, Tr::tr("a %1 disk cannot be edited here").arg(type), 0};
        }
        if (d.source == DiskDeviceSpec::Source::Empty && !d.cdrom)
            return Error{op, Tr::tr("the disk has no source to edit"), 0};
        d.format = e.childAttr(u"driver", u"type");
        d.cache = e.childAttr(u"driver", u"cache");
        d.bus = e.childAttr(u"target", u"bus");
        d.target = e.childAttr(u"target", u"dev");
        d.readOnly = e.child(u"readonly") != nullptr;
        d.shareable = e.child(u"shareable") != nullptr;
        return DeviceSpec(d);
    }
    if (root == u"interface") {
        NicDeviceSpec n;
        const QString type = e.attr(u"type");
        if (type == u"network") {
            n.sourceName = e.childAttr(u"source", u"network");
        } else if (type == u"bridge") {
            n.source = NicDeviceSpec::Source::Bridge;
            n.sourceName = e.childAttr(u"source", u"bridge");
        } else if (type == u"user") {
            n.source = NicDeviceSpec::Source::User;
        } else {
            return Error{op, Tr::tr("a %1 interface cannot be edited here").arg(type), 0};
        }
        n.model = e.childAttr(u"model", u"type");
        n.mac = e.childAttr(u"mac", u"address");
        n.linkUp = e.childAttr(u"link", u"state") != u"down";
        return DeviceSpec(n);
    }
    if (root == u"video") {
        VideoDeviceSpec v;
        v.model = e.childAttr(u"model", u"type");
        v.vramKiB = e.childAttr(u"model", u"vram").toULongLong();
        return DeviceSpec(v);
    }
    return Error{op, Tr::tr("a %1 cannot be edited here").arg(root), 0};
}

Result<QString> deviceElementXml(const QString &domainXml, const DeviceKey &key)
{
    const QString op = Tr::tr("Find the device in the domain XML");
    QString found;
    Result<QString> r =
        rewriteDevice(domainXml, key, op, [&found](QXmlStreamWriter &w, const XmlElement &old) {
            found = elementText(old);
            writeXmlElement(w, old);
        });
    if (!r)
        return r.error();
    return found;
}

QString deviceAlias(const QString &domainXml, const DeviceKey &key)
{
    QString alias;
    rewriteDevice(domainXml, key, Tr::tr("Find the device in the domain XML"),
                  [&alias](QXmlStreamWriter &w, const XmlElement &old) {
                      alias = old.childAttr(u"alias", u"name");
                      writeXmlElement(w, old);
                  });
    return alias;
}

Result<QString> appendDevice(const QString &domainXml, const QString &deviceXml)
{
    const QString op = Tr::tr("Add the device to the domain XML");
    QString root;
    {
        static const QRegularExpression first(QStringLiteral("<([A-Za-z]+)"));
        root = first.match(deviceXml).captured(1);
    }
    Result<XmlElement> element = readDeviceElement(deviceXml, root, op);
    if (!element)
        return element.error();
    XmlRewriter rewriter;
    const XmlElement device = *element;
    rewriter.append(S("domain/devices"),
                    [&device](QXmlStreamWriter &w) { writeXmlElement(w, device); });
    Result<QString> out = rewriter.apply(domainXml, S("domain"), op);
    if (out && !rewriter.seen(S("domain/devices")))
        return Error{op, Tr::tr("the domain has no <devices> element"), 0};
    return out;
}

Result<QString> removeDevice(const QString &domainXml, const DeviceKey &key)
{
    return rewriteDevice(domainXml, key, Tr::tr("Remove the device from the domain XML"),
                         [](QXmlStreamWriter &, const XmlElement &) {});
}

Result<QString> replaceDevice(const QString &domainXml, const DeviceKey &key,
                              const QString &deviceXml)
{
    const QString op = Tr::tr("Change the device in the domain XML");
    Result<XmlElement> element = readDeviceElement(deviceXml, key.kind, op);
    if (!element)
        return element.error();
    const XmlElement device = *element;
    return rewriteDevice(domainXml, key, op, [&device](QXmlStreamWriter &w, const XmlElement &) {
        writeXmlElement(w, device);
    });
}

Result<QString> cdromWithMedia(const QString &cdromXml, const QString &isoPath)
{
    const QString op = isoPath.isEmpty() ? Tr::tr("Eject the CD-ROM") : Tr::tr("Insert the ISO");
    Result<XmlElement> element = readDeviceElement(cdromXml, S("disk"), op);
    if (!element)
        return element.error();
    if (element->attr(u"device") != u"cdrom")
        return Error{op, Tr::tr("the device is not a CD-ROM drive"), 0};
    if (!isoPath.isEmpty() && !isoPath.startsWith(QLatin1Char('/')))
        return Error{op, Tr::tr("the ISO path must be absolute (start with /)"), 0};
    XmlRewriter rewriter;
    rewriter.remove(S("disk/source"));
    rewriter.editAttributes(S("disk"), [](QXmlStreamAttributes &a) {
        QXmlStreamAttributes kept;
        for (const QXmlStreamAttribute &x : std::as_const(a)) {
            if (x.name() != u"type")
                kept.append(x);
        }
        kept.prepend(QXmlStreamAttribute(S("type"), S("file")));
        a = kept;
    });
    if (!isoPath.isEmpty()) {
        rewriter.append(S("disk"), [&isoPath](QXmlStreamWriter &w) {
            w.writeEmptyElement(S("source"));
            w.writeAttribute(S("file"), isoPath);
        });
    }
    return rewriter.apply(cdromXml, S("disk"), op);
}

Result<QString> interfaceWithLink(const QString &interfaceXml, bool up)
{
    XmlRewriter rewriter;
    rewriter.remove(S("interface/link"));
    rewriter.append(S("interface"), [up](QXmlStreamWriter &w) {
        w.writeEmptyElement(S("link"));
        w.writeAttribute(S("state"), up ? S("up") : S("down"));
    });
    return rewriter.apply(interfaceXml, S("interface"),
                          up ? Tr::tr("Connect the NIC's link") : Tr::tr("Cut the NIC's link"));
}

Result<QString> switchSpiceToVnc(const QString &domainXml)
{
    const QString op = Tr::tr("Switch the display to VNC");
    bool switched = false;
    XmlRewriter rewriter;
    rewriter.replace(
        S("domain/devices/graphics"), [&switched](QXmlStreamWriter &w, const XmlElement &old) {
            if (old.attr(u"type") != u"spice") {
                writeXmlElement(w, old);
                return;
            }
            switched = true;
            // The port SPICE had may clash with VNC's range: VNC picks its own, as the wizard's do.
            w.writeStartElement(S("graphics"));
            w.writeAttribute(S("type"), S("vnc"));
            w.writeAttribute(S("port"), S("-1"));
            w.writeAttribute(S("autoport"), S("yes"));
            for (const char *kept : {"listen", "passwd", "passwdValidTo", "keymap", "connected"}) {
                const QString name = S(kept);
                if (old.hasAttr(name))
                    w.writeAttribute(name, old.attr(name));
            }
            for (const XmlElement &child : old.children) {
                if (child.name == u"listen")
                    writeXmlElement(w, child); // address, network, socket or none: VNC has them all
            }
            w.writeEndElement();
        });
    // What only SPICE carries: its agent and USB redirection channels and its audio backend.
    // libvirt refuses them without SPICE graphics.
    auto dropSpicevmc = [](QXmlStreamWriter &w, const XmlElement &old) {
        if (old.attr(u"type") != u"spicevmc" && old.attr(u"type") != u"spiceport")
            writeXmlElement(w, old);
    };
    rewriter.replace(S("domain/devices/channel"), dropSpicevmc);
    rewriter.replace(S("domain/devices/redirdev"), dropSpicevmc);
    rewriter.replace(S("domain/devices/audio"), [](QXmlStreamWriter &w, const XmlElement &old) {
        if (old.attr(u"type") != u"spice") {
            writeXmlElement(w, old);
            return;
        }
        XmlElement none = old;
        for (QXmlStreamAttribute &a : none.attributes) {
            if (a.name() == u"type")
                a = QXmlStreamAttribute(S("type"), S("none"));
        }
        writeXmlElement(w, none);
    });
    Result<QString> out = rewriter.apply(domainXml, S("domain"), op);
    if (out && !switched)
        return Error{op, Tr::tr("the domain has no SPICE display"), 0};
    return out;
}

} // namespace Vireo
