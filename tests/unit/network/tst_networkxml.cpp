// SPDX-License-Identifier: GPL-2.0-or-later
// The network XML parser (every mode, netmask or prefix, DHCP range), the IPv4 subnet helpers, the
// create checks with their refusals in words, the writer read back by the parser, and the
// interfaces parseDomainXml gives the Networks page.
#include "core/domain/domainxml.h"
#include "core/network/networkxml.h"

#include <QTest>

using namespace Vireo;
using namespace Vireo::NetworkXmlFormat;

class TestNetworkXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseModes_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("subnet");
        QTest::addColumn<QString>("dhcpStart");
        QTest::addColumn<QString>("device");
        QTest::newRow("nat, netmask")
            << QStringLiteral(
                   "<network><name>default</name><forward mode='nat'/><bridge name='virbr0'/>"
                   "<ip address='192.168.122.1' netmask='255.255.255.0'><dhcp>"
                   "<range start='192.168.122.2' end='192.168.122.254'/></dhcp></ip></network>")
            << int(NetworkMode::Nat) << "192.168.122.0/24"
            << "192.168.122.2"
            << "";
        QTest::newRow("forward without mode is nat")
            << QStringLiteral("<network><name>n</name><forward/>"
                              "<ip address='10.1.0.1' prefix='16'/></network>")
            << int(NetworkMode::Nat) << "10.1.0.0/16"
            << ""
            << "";
        QTest::newRow("routed with device")
            << QStringLiteral("<network><name>r</name><forward mode='route' dev='eth0'/>"
                              "<ip address='10.9.8.1' prefix='24'/></network>")
            << int(NetworkMode::Routed) << "10.9.8.0/24"
            << ""
            << "eth0";
        QTest::newRow("isolated")
            << QStringLiteral("<network><name>i</name><ip family='ipv6' address='fd00::1' "
                              "prefix='64'/><ip address='172.16.5.1' netmask='255.255.255.128'>"
                              "<dhcp><range start='172.16.5.10' end='172.16.5.20'/></dhcp>"
                              "</ip></network>")
            << int(NetworkMode::Isolated) << "172.16.5.0/25"
            << "172.16.5.10"
            << "";
        QTest::newRow("open") << QStringLiteral("<network><name>o</name><forward mode='open'/>"
                                                "<ip address='10.0.0.1' prefix='8'/></network>")
                              << int(NetworkMode::Open) << "10.0.0.0/8"
                              << ""
                              << "";
        QTest::newRow("bridge") << QStringLiteral("<network><name>b</name><forward mode='bridge'/>"
                                                  "<bridge name='br0'/></network>")
                                << int(NetworkMode::Bridge) << ""
                                << ""
                                << "";
        QTest::newRow("passthrough")
            << QStringLiteral("<network><name>p</name><forward mode='passthrough'/></network>")
            << int(NetworkMode::Other) << ""
            << ""
            << "";
    }
    void parseModes()
    {
        QFETCH(QString, xml);
        QFETCH(int, mode);
        QFETCH(QString, subnet);
        QFETCH(QString, dhcpStart);
        QFETCH(QString, device);
        auto n = parse(xml);
        QVERIFY2(n, qPrintable(n.error().text()));
        QCOMPARE(int(n->mode), mode);
        QCOMPARE(n->hasIpv4 ? n->subnet.text() : QString(), subnet);
        QCOMPARE(n->dhcpStart, dhcpStart);
        QCOMPARE(n->forwardDevice, device);
    }

    void parseRefuses_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("says");
        QTest::newRow("not xml") << "<network><name>x"
                                 << "";
        QTest::newRow("another root") << "<pool/>"
                                      << "pool";
        QTest::newRow("bad address") << "<network><ip address='300.1.1.1'/></network>"
                                     << "300.1.1.1";
        QTest::newRow("holey netmask")
            << "<network><ip address='10.0.0.1' netmask='255.0.255.0'/></network>"
            << "netmask";
    }
    void parseRefuses()
    {
        QFETCH(QString, xml);
        QFETCH(QString, says);
        auto n = parse(xml);
        QVERIFY(!n);
        QVERIFY2(n.error().text().contains(says), qPrintable(n.error().text()));
    }

    void subnets()
    {
        auto s = parseSubnet(QStringLiteral(" 192.168.100.0/24 "));
        QVERIFY(s);
        QCOMPARE(s->broadcast(), parseIpv4(QStringLiteral("192.168.100.255")).value());
        QVERIFY(s->contains(parseIpv4(QStringLiteral("192.168.100.77")).value()));
        QVERIFY(!s->contains(parseIpv4(QStringLiteral("192.168.101.1")).value()));
        QVERIFY(parseSubnet(QStringLiteral("10.0.0.0/8"))
                    ->overlaps(parseSubnet(QStringLiteral("10.20.0.0/16")).value()));
        QVERIFY(parseSubnet(QStringLiteral("10.20.0.0/16"))
                    ->overlaps(parseSubnet(QStringLiteral("10.0.0.0/8")).value()));
        QVERIFY(!parseSubnet(QStringLiteral("10.0.0.0/24"))
                     ->overlaps(parseSubnet(QStringLiteral("10.0.1.0/24")).value()));
        QVERIFY(parseSubnet(QStringLiteral("192.168.100.5/24"))
                    .error()
                    .message.contains(QStringLiteral("192.168.100.0/24")));
        QVERIFY(!parseSubnet(QStringLiteral("192.168.100.0")));
        QVERIFY(!parseSubnet(QStringLiteral("192.168.100.0/33")));
        QVERIFY(!parseIpv4(QStringLiteral("1.2.3")));
        QVERIFY(!parseIpv4(QStringLiteral("1.2.3.4.5")));
        QVERIFY(!parseIpv4(QStringLiteral("1.2.3.x")));
    }

    void check_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("subnet");
        QTest::addColumn<bool>("dhcp");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        const int nat = int(NetworkMode::Nat);
        QTest::newRow("fine") << "lab" << nat << "192.168.50.0/24" << true << "192.168.50.2"
                              << "192.168.50.254"
                              << "";
        QTest::newRow("no dhcp") << "lab" << int(NetworkMode::Isolated) << "192.168.50.0/24"
                                 << false << ""
                                 << ""
                                 << "";
        QTest::newRow("no name") << " " << nat << "192.168.50.0/24" << false << ""
                                 << ""
                                 << "give the network a name";
        QTest::newRow("slash") << "a/b" << nat << "192.168.50.0/24" << false << ""
                               << ""
                               << "cannot contain";
        QTest::newRow("taken") << "default" << nat << "192.168.50.0/24" << false << ""
                               << ""
                               << "already has a network named 'default'";
        QTest::newRow("overlap") << "lab" << nat << "192.168.0.0/16" << false << ""
                                 << ""
                                 << "overlaps 192.168.122.0/24 of the network 'default'";
        QTest::newRow("prefix too long") << "lab" << nat << "10.0.0.0/31" << false << ""
                                         << ""
                                         << "/8 to /30";
        QTest::newRow("host bits") << "lab" << nat << "10.0.0.1/24" << false << ""
                                   << ""
                                   << "host bits";
        QTest::newRow("start outside")
            << "lab" << nat << "192.168.50.0/24" << true << "192.168.51.2"
            << "192.168.50.9"
            << "DHCP start 192.168.51.2 is outside the subnet";
        QTest::newRow("end broadcast")
            << "lab" << nat << "192.168.50.0/24" << true << "192.168.50.2"
            << "192.168.50.255"
            << "broadcast";
        QTest::newRow("start is the host")
            << "lab" << nat << "192.168.50.0/24" << true << "192.168.50.1"
            << "192.168.50.9"
            << "host's own address";
        QTest::newRow("reversed") << "lab" << nat << "192.168.50.0/24" << true << "192.168.50.9"
                                  << "192.168.50.2"
                                  << "starts after it ends";
        QTest::newRow("bad start") << "lab" << nat << "192.168.50.0/24" << true << "192.168.50"
                                   << "192.168.50.2"
                                   << "DHCP start";
    }
    void check()
    {
        QFETCH(QString, name);
        QFETCH(int, mode);
        QFETCH(QString, subnet);
        QFETCH(bool, dhcp);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, refusal);
        NetworkSpec spec{name, NetworkMode(mode), subnet, dhcp, start, end, {}, {}};
        const QList<QPair<QString, Ipv4Subnet>> others{
            {QStringLiteral("default"), parseSubnet(QStringLiteral("192.168.122.0/24")).value()}};
        const Status s = NetworkXmlFormat::check(spec, {QStringLiteral("default")}, others);
        if (refusal.isEmpty()) {
            QVERIFY2(s, qPrintable(s.error().text()));
        } else {
            QVERIFY(!s);
            QVERIFY2(s.error().message.contains(refusal), qPrintable(s.error().message));
        }
    }

    void bridgeNeedsHostBridge()
    {
        NetworkSpec spec;
        spec.name = QStringLiteral("lan");
        spec.mode = NetworkMode::Bridge;
        QVERIFY(NetworkXmlFormat::check(spec, {}, {}).error().message.contains(u"br0"));
        spec.hostBridge = QStringLiteral("br0");
        QVERIFY(NetworkXmlFormat::check(spec, {}, {}));
        auto back = parse(write(spec));
        QVERIFY(back);
        QCOMPARE(back->mode, NetworkMode::Bridge);
        QCOMPARE(back->bridge, QStringLiteral("br0"));
        QVERIFY(!back->hasIpv4);
    }

    void writeReadsBack_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("device");
        QTest::newRow("nat") << int(NetworkMode::Nat) << "eth0";
        QTest::newRow("routed") << int(NetworkMode::Routed) << "";
        QTest::newRow("isolated") << int(NetworkMode::Isolated) << "";
        QTest::newRow("open") << int(NetworkMode::Open) << "";
    }
    void writeReadsBack()
    {
        QFETCH(int, mode);
        QFETCH(QString, device);
        const NetworkSpec spec{QStringLiteral("lab <&>"),
                               NetworkMode(mode),
                               QStringLiteral("10.77.0.0/24"),
                               true,
                               QStringLiteral("10.77.0.100"),
                               QStringLiteral("10.77.0.199"),
                               device,
                               {}};
        auto n = parse(write(spec));
        QVERIFY2(n, qPrintable(n.error().text()));
        QCOMPARE(n->name, spec.name);
        QCOMPARE(int(n->mode), mode);
        QCOMPARE(n->forwardDevice, device);
        QCOMPARE(n->gateway, QStringLiteral("10.77.0.1"));
        QCOMPARE(n->subnet.text(), QStringLiteral("10.77.0.0/24"));
        QCOMPARE(n->dhcpStart, QStringLiteral("10.77.0.100"));
        QCOMPARE(n->dhcpEnd, QStringLiteral("10.77.0.199"));
    }

    void domainInterfaces()
    {
        auto d = parseDomainXml(QStringLiteral(
            "<domain type='kvm'><name>g</name><devices>"
            "<interface type='network'><mac address='52:54:00:aa:bb:01'/>"
            "<source network='lab' bridge='virbr5'/><model type='virtio'/></interface>"
            "<disk type='file' device='disk'><target dev='vda'/></disk>"
            "<interface type='bridge'><mac address='52:54:00:aa:bb:02'/>"
            "<source bridge='br0'/></interface></devices></domain>"));
        QVERIFY(d);
        QCOMPARE(d->interfaces.size(), 2);
        QCOMPARE(d->interfaces[0].type, QStringLiteral("network"));
        QCOMPARE(d->interfaces[0].network, QStringLiteral("lab"));
        QCOMPARE(d->interfaces[0].mac, QStringLiteral("52:54:00:aa:bb:01"));
        QCOMPARE(d->interfaces[0].model, QStringLiteral("virtio"));
        QCOMPARE(d->interfaces[1].bridge, QStringLiteral("br0"));
    }
};

QTEST_GUILESS_MAIN(TestNetworkXml)
#include "tst_networkxml.moc"
