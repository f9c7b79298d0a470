// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/devicexmledits.h"

#include "core/common/coretr.h"

#include "core/common/xmlelement.h"
#include "core/common/xmlrewriter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace Vireo {

namespace {

QString S(const char *s)
{
    return QString::fromLatin1(s);
}

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
