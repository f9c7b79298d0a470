// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Vireo {

/// How a virtual network reaches the outside (libvirt's <forward mode=...>; none: isolated).
enum class NetworkMode { Nat, Routed, Isolated, Open, Bridge, Other };

/// An IPv4 subnet: its network address and prefix length. Value type, any thread.
struct Ipv4Subnet
{
    quint32 network = 0; ///< host byte order, host bits zero
    int prefix = 0;      ///< 0..32

    quint32 mask() const { return prefix == 0 ? 0 : ~quint32(0) << (32 - prefix); }
    quint32 broadcast() const { return network | ~mask(); }
    bool contains(quint32 address) const { return (address & mask()) == network; }
    bool overlaps(const Ipv4Subnet &o) const;
    QString text() const; ///< "192.168.122.0/24"
};

/// What a network's XML says (virNetworkGetXMLDesc), the one parser of it. Value type, any thread.
struct NetworkXml
{
    QString name;
    QString uuid;
    NetworkMode mode = NetworkMode::Isolated;
    QString forwardMode;   ///< as written: nat, route, open, bridge, passthrough...
    QString forwardDevice; ///< <forward dev=...>: the host interface NAT/routed traffic leaves by
    QString bridge;        ///< <bridge name=...>
    bool hasIpv4 = false;
    QString gateway;   ///< <ip address=...>: the host's address on the network
    Ipv4Subnet subnet; ///< from address and netmask (or prefix)
    QString dhcpStart; ///< <dhcp><range start=...>; empty without DHCP
    QString dhcpEnd;
};

/// What the Networks page's create dialog asks for. Value type, any thread.
struct NetworkSpec
{
    QString name;
    NetworkMode mode = NetworkMode::Nat;
    QString subnet; ///< "192.168.100.0/24"; unused in Bridge mode
    bool dhcp = true;
    QString dhcpStart; ///< inside the subnet
    QString dhcpEnd;
    QString forwardDevice; ///< NAT and routed: a host interface, or empty for any
    QString hostBridge;    ///< Bridge mode: the host's existing bridge (br0)
};

/// Network XML: read, written and the create dialog's checks. Pure; any thread.
namespace NetworkXmlFormat {

Result<NetworkXml> parse(const QString &xml);

/// "NAT", "Routed", "Isolated", "Open", "Bridge" (translated) for the page's Mode column.
QString modeText(NetworkMode mode);

/// 192.168.1.7 -> host-order number; an error names what is wrong with the text.
Result<quint32> parseIpv4(const QString &text);
QString ipv4Text(quint32 address);
/// "192.168.100.0/24" (host bits must be zero) or an error in words.
Result<Ipv4Subnet> parseSubnet(const QString &text);

/// Checks a spec before it is defined: the name (given, no '/', not one of `taken`), the subnet
/// (a private-sized prefix 8..30, no overlap with any of `others`, naming the network it meets),
/// the DHCP range (inside the subnet, start <= end, not the gateway, network or broadcast
/// address) and, in Bridge mode, the host bridge. `others` pairs a network's name with its subnet.
Status check(const NetworkSpec &spec, const QStringList &taken,
             const QList<QPair<QString, Ipv4Subnet>> &others);

/// The XML virNetworkDefineXML receives for a checked spec (QXmlStreamWriter). The host takes
/// the subnet's first address as its own (the guests' gateway and DNS).
QString write(const NetworkSpec &spec);

} // namespace NetworkXmlFormat

} // namespace Vireo
