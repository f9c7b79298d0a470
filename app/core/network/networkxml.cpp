// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/network/networkxml.h"

#include "core/common/coretr.h"
#include "core/common/xmlelement.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Vireo {

bool Ipv4Subnet::overlaps(const Ipv4Subnet &o) const
{
    // Two prefixes overlap exactly when the shorter one contains the other's network.
    const Ipv4Subnet &wider = prefix <= o.prefix ? *this : o;
    const Ipv4Subnet &narrower = prefix <= o.prefix ? o : *this;
    return wider.contains(narrower.network);
}

QString Ipv4Subnet::text() const
{
    return QStringLiteral("%1/%2").arg(NetworkXmlFormat::ipv4Text(network)).arg(prefix);
}

namespace NetworkXmlFormat {

namespace {

NetworkMode modeOf(const QString &forward, bool hasForward)
{
    if (!hasForward)
        return NetworkMode::Isolated;
    if (forward.isEmpty() || forward == u"nat")
        return NetworkMode::Nat; // libvirt's default forward mode
    if (forward == u"route")
        return NetworkMode::Routed;
    if (forward == u"open")
        return NetworkMode::Open;
    if (forward == u"bridge")
        return NetworkMode::Bridge;
    return NetworkMode::Other;
}

int prefixOfMask(quint32 mask)
{
    int prefix = 0;
    while (prefix < 32 && (mask & (quint32(1) << (31 - prefix))))
        ++prefix;
    // A netmask with holes (255.0.255.0) is not a prefix.
    return (prefix == 0 ? 0 : ~quint32(0) << (32 - prefix)) == mask ? prefix : -1;
}

} // namespace

QString modeText(NetworkMode mode)
{
    switch (mode) {
    case NetworkMode::Nat:
        return Tr::tr("NAT");
    case NetworkMode::Routed:
        return Tr::tr("Routed");
    case NetworkMode::Isolated:
        return Tr::tr("Isolated");
    case NetworkMode::Open:
        return Tr::tr("Open");
    case NetworkMode::Bridge:
        return Tr::tr("Bridge");
    case NetworkMode::Other:
        return Tr::tr("Other");
    }
    return {};
}

Result<quint32> parseIpv4(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('.'));
    if (text.trimmed().isEmpty())
        return Error{{}, Tr::tr("an IPv4 address is needed"), 0};
    if (parts.size() != 4)
        return Error{{},
                     Tr::tr("'%1' is not an IPv4 address (four numbers 0–255 with dots)")
                         .arg(text.trimmed()),
                     0};
    quint32 out = 0;
    for (const QString &p : parts) {
        bool ok = false;
        const uint v = p.toUInt(&ok);
        if (!ok || v > 255 || p.isEmpty() || p.size() > 3)
            return Error{{},
                         Tr::tr("'%1' is not an IPv4 address (four numbers 0–255 with dots)")
                             .arg(text.trimmed()),
                         0};
        out = (out << 8) | v;
    }
    return out;
}

QString ipv4Text(quint32 a)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(a >> 24)
        .arg((a >> 16) & 0xff)
        .arg((a >> 8) & 0xff)
        .arg(a & 0xff);
}

Result<Ipv4Subnet> parseSubnet(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype slash = t.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return Error{
            {}, Tr::tr("write the subnet with its prefix length, e.g. 192.168.100.0/24"), 0};
    auto address = parseIpv4(t.left(slash));
    if (!address)
        return address.error();
    bool ok = false;
    const int prefix = t.mid(slash + 1).toInt(&ok);
    if (!ok || prefix < 0 || prefix > 32)
        return Error{{}, Tr::tr("the prefix length after '/' must be 0–32"), 0};
    Ipv4Subnet s{address.value(), prefix};
    if ((s.network & s.mask()) != s.network)
        return Error{{},
                     Tr::tr("%1 has host bits set: the subnet is %2")
                         .arg(t, Ipv4Subnet{s.network & s.mask(), prefix}.text()),
                     0};
    return s;
}

Result<NetworkXml> parse(const QString &xml)
{
    const QString op = Tr::tr("Read a virtual network's XML");
    QXmlStreamReader r(xml);
    if (Status s = enterXmlRoot(r, u"network", op); !s)
        return s.error();
    const XmlElement n = readXmlElement(r);
    if (r.hasError())
        return xmlReadError(r, op);
    NetworkXml out;
    out.name = n.childText(u"name").trimmed();
    out.uuid = n.childText(u"uuid").trimmed();
    const XmlElement *forward = n.child(u"forward");
    out.forwardMode = forward ? forward->attr(u"mode") : QString();
    if (forward && out.forwardMode.isEmpty())
        out.forwardMode = QStringLiteral("nat");
    out.forwardDevice = forward ? forward->attr(u"dev") : QString();
    out.mode = modeOf(out.forwardMode, forward);
    out.bridge = n.childAttr(u"bridge", u"name");
    for (const XmlElement &ip : n.children) {
        if (ip.name != u"ip" || out.hasIpv4)
            continue;
        const QString family = ip.attr(u"family");
        if (!family.isEmpty() && family != u"ipv4")
            continue;
        auto address = parseIpv4(ip.attr(u"address"));
        if (!address)
            return Error{op, Tr::tr("<ip address>: %1").arg(address.error().message), 0};
        int prefix = -1;
        if (ip.hasAttr(u"prefix")) {
            bool ok = false;
            prefix = ip.attr(u"prefix").toInt(&ok);
            if (!ok || prefix < 0 || prefix > 32)
                prefix = -1;
        } else if (ip.hasAttr(u"netmask")) {
            auto mask = parseIpv4(ip.attr(u"netmask"));
            prefix = mask ? prefixOfMask(mask.value()) : -1;
        } else {
            prefix = 24; // libvirt's default for an address without netmask or prefix
        }
        if (prefix < 0)
            return Error{op, Tr::tr("<ip>: the netmask or prefix is not valid"), 0};
        out.hasIpv4 = true;
        out.gateway = ip.attr(u"address");
        out.subnet.prefix = prefix;
        out.subnet.network = address.value() & out.subnet.mask();
        if (const XmlElement *dhcp = ip.child(u"dhcp")) {
            out.dhcpStart = dhcp->childAttr(u"range", u"start");
            out.dhcpEnd = dhcp->childAttr(u"range", u"end");
        }
    }
    return out;
}

Status check(const NetworkSpec &spec, const QStringList &taken,
             const QList<QPair<QString, Ipv4Subnet>> &others)
{
    const QString op = Tr::tr("Create the virtual network");
    auto fail = [&op](const QString &why) -> Status { return Error{op, why, 0}; };
    const QString name = spec.name.trimmed();
    if (name.isEmpty())
        return fail(Tr::tr("give the network a name"));
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char(' ')))
        return fail(Tr::tr("a network name cannot contain '/' or spaces"));
    if (taken.contains(name))
        return fail(Tr::tr("the host already has a network named '%1'").arg(name));
    if (spec.mode == NetworkMode::Other)
        return fail(Tr::tr("choose a mode"));
    if (spec.mode == NetworkMode::Bridge) {
        if (spec.hostBridge.trimmed().isEmpty())
            return fail(Tr::tr("name the host's bridge (for example br0) the guests join"));
        return Done{};
    }
    auto subnet = parseSubnet(spec.subnet);
    if (!subnet)
        return fail(Tr::tr("subnet: %1").arg(subnet.error().message));
    const Ipv4Subnet s = subnet.value();
    if (s.prefix < 8 || s.prefix > 30)
        return fail(Tr::tr("subnet: use a prefix length from /8 to /30 (a /%1 leaves no room "
                           "for guests or is larger than any private range)")
                        .arg(s.prefix));
    for (const auto &[otherName, other] : others)
        if (s.overlaps(other))
            return fail(Tr::tr("subnet %1 overlaps %2 of the network '%3': choose another range")
                            .arg(s.text(), other.text(), otherName));
    if (!spec.dhcp)
        return Done{};
    auto start = parseIpv4(spec.dhcpStart);
    if (!start)
        return fail(Tr::tr("DHCP start: %1").arg(start.error().message));
    auto end = parseIpv4(spec.dhcpEnd);
    if (!end)
        return fail(Tr::tr("DHCP end: %1").arg(end.error().message));
    for (const auto &[label, a] : {std::pair{Tr::tr("DHCP start"), start.value()},
                                   std::pair{Tr::tr("DHCP end"), end.value()}}) {
        if (!s.contains(a))
            return fail(Tr::tr("%1 %2 is outside the subnet %3").arg(label, ipv4Text(a), s.text()));
        if (a == s.network || a == s.broadcast())
            return fail(Tr::tr("%1 %2 is the subnet's network or broadcast address")
                            .arg(label, ipv4Text(a)));
        if (a == s.network + 1)
            return fail(
                Tr::tr("%1 %2 is the host's own address on the network").arg(label, ipv4Text(a)));
    }
    if (start.value() > end.value())
        return fail(Tr::tr("the DHCP range starts after it ends"));
    return Done{};
}

QString write(const NetworkSpec &spec)
{
    QString xml;
    QXmlStreamWriter x(&xml);
    x.setAutoFormatting(true);
    x.writeStartElement(QStringLiteral("network"));
    x.writeTextElement(QStringLiteral("name"), spec.name.trimmed());
    const QString dev = spec.forwardDevice.trimmed();
    switch (spec.mode) {
    case NetworkMode::Nat:
    case NetworkMode::Routed:
    case NetworkMode::Open:
        x.writeStartElement(QStringLiteral("forward"));
        x.writeAttribute(QStringLiteral("mode"),
                         QLatin1String(spec.mode == NetworkMode::Nat      ? "nat"
                                       : spec.mode == NetworkMode::Routed ? "route"
                                                                          : "open"));
        if (!dev.isEmpty() && spec.mode != NetworkMode::Open)
            x.writeAttribute(QStringLiteral("dev"), dev);
        x.writeEndElement();
        break;
    case NetworkMode::Bridge:
        x.writeEmptyElement(QStringLiteral("forward"));
        x.writeAttribute(QStringLiteral("mode"), QStringLiteral("bridge"));
        x.writeEmptyElement(QStringLiteral("bridge"));
        x.writeAttribute(QStringLiteral("name"), spec.hostBridge.trimmed());
        x.writeEndElement();
        return xml;
    case NetworkMode::Isolated:
    case NetworkMode::Other:
        break;
    }
    auto subnet = parseSubnet(spec.subnet);
    if (subnet) {
        x.writeStartElement(QStringLiteral("ip"));
        x.writeAttribute(QStringLiteral("address"), ipv4Text(subnet->network + 1));
        x.writeAttribute(QStringLiteral("prefix"), QString::number(subnet->prefix));
        if (spec.dhcp) {
            x.writeStartElement(QStringLiteral("dhcp"));
            x.writeEmptyElement(QStringLiteral("range"));
            x.writeAttribute(QStringLiteral("start"), spec.dhcpStart.trimmed());
            x.writeAttribute(QStringLiteral("end"), spec.dhcpEnd.trimmed());
            x.writeEndElement();
        }
        x.writeEndElement();
    }
    x.writeEndElement();
    return xml;
}

} // namespace NetworkXmlFormat

} // namespace Vireo
