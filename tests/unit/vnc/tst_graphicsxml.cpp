// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/console/graphics.h"
#include "core/domain/domainxml.h"

#include <QFile>
#include <QTest>

static QString sample(const char *name)
{
    // Domain XML that libvirt 9.0 wrote (virsh dumpxml --inactive [--security-info]).
    QFile f(QFINDTESTDATA(QStringLiteral("../details/data/") + QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

using namespace Vireo;

class TestGraphicsXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<bool>("ok"); // parsed and a VNC display found
        QTest::addColumn<bool>("running");
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QString>("socket");
        QTest::newRow("running, port and listen element")
            << QStringLiteral("<domain type='kvm' id='4'><name>web</name><uuid>u-1</uuid><devices>"
                              "<graphics type='vnc' port='5901' autoport='yes' listen='127.0.0.1'>"
                              "<listen type='address' address='127.0.0.1'/></graphics>"
                              "</devices></domain>")
            << true << true << 0 << 5901 << QStringLiteral("127.0.0.1") << QString();
        QTest::newRow("shut off: no id, port -1")
            << QStringLiteral("<domain type='kvm'><name>web</name><devices>"
                              "<graphics type='vnc' port='-1' autoport='yes'/></devices></domain>")
            << true << false << 0 << -1 << QString() << QString();
        QTest::newRow("spice first, vnc second")
            << QStringLiteral("<domain id='2'><devices><graphics type='spice' port='5930'/>"
                              "<graphics type='vnc' socket='/run/vnc.sock'/></devices></domain>")
            << true << true << 1 << -1 << QString() << QStringLiteral("/run/vnc.sock");
        QTest::newRow("socket listen element")
            << QStringLiteral("<domain id='2'><devices><graphics type='vnc'>"
                              "<listen type='socket' socket='/s'/></graphics></devices></domain>")
            << true << true << 0 << -1 << QString() << QStringLiteral("/s");
        QTest::newRow("only spice")
            << QStringLiteral("<domain id='2'><devices><graphics type='spice'/></devices></domain>")
            << false << false << -1 << -1 << QString() << QString();
        QTest::newRow("no graphics") << QStringLiteral("<domain><devices/></domain>") << false
                                     << false << -1 << -1 << QString() << QString();
        QTest::newRow("broken XML") << QStringLiteral("<domain><devices><x") << false << false << -1
                                    << -1 << QString() << QString();
        // libvirt 9.0's inactive XML: <listen type='address'/> with no address yet.
        QTest::newRow("libvirt 9.0, address listen, inactive")
            << sample("vnc-address-inactive-secure.xml") << true << false << 0 << -1 << QString()
            << QString();
        QTest::newRow("libvirt 9.0, socket listen, inactive")
            << sample("vnc-socket-inactive.xml") << true << false << 0 << -1 << QString()
            << QString();
        QTest::newRow("libvirt 9.0, listen none") << sample("vnc-none-inactive.xml") << true
                                                  << false << 0 << -1 << QString() << QString();
        // The first <listen> decides, as in libvirt; the attribute only without one.
        QTest::newRow("listen child beats the attribute")
            << QStringLiteral("<domain id='3'><devices><graphics type='vnc' port='5902' "
                              "listen='0.0.0.0'><listen type='address' address='192.0.2.1'/>"
                              "</graphics></devices></domain>")
            << true << true << 0 << 5902 << QStringLiteral("192.0.2.1") << QString();
        QTest::newRow("network listen, live: its resolved address")
            << QStringLiteral("<domain id='3'><devices><graphics type='vnc' port='5903' "
                              "autoport='yes'><listen type='network' network='default' "
                              "address='192.168.122.1'/></graphics></devices></domain>")
            << true << true << 0 << 5903 << QStringLiteral("192.168.122.1") << QString();
        QTest::newRow("socket listen, live: no port, the path")
            << QStringLiteral("<domain id='5'><devices><graphics type='vnc' "
                              "socket='/var/lib/libvirt/qemu/domain-5-x/vnc.sock'><listen "
                              "type='socket' socket='/var/lib/libvirt/qemu/domain-5-x/vnc.sock'/>"
                              "</graphics></devices></domain>")
            << true << true << 0 << -1 << QString()
            << QStringLiteral("/var/lib/libvirt/qemu/domain-5-x/vnc.sock");
        QTest::newRow("listen none, even with a port attribute")
            << QStringLiteral("<domain id='5'><devices><graphics type='vnc' port='5900'>"
                              "<listen type='none'/></graphics></devices></domain>")
            << true << true << 0 << -1 << QString() << QString();
        QTest::newRow("port out of range")
            << QStringLiteral("<domain id='1'><devices><graphics type='vnc' port='99999'/>"
                              "</devices></domain>")
            << true << true << 0 << -1 << QString() << QString();
    }
    void parse()
    {
        QFETCH(QString, xml);
        QFETCH(bool, ok);
        const Result<GraphicsInfo> r = parseVncGraphics(xml);
        if (!ok) {
            QVERIFY(!r.ok() || !r->hasVnc());
            QVERIFY(r.ok() ? !r->unavailable.isEmpty() : !r.error().text().isEmpty());
            return;
        }
        QVERIFY(r.ok());
        QVERIFY(r->hasVnc());
        QFETCH(bool, running);
        QFETCH(int, index);
        QFETCH(int, port);
        QFETCH(QString, listen);
        QFETCH(QString, socket);
        QCOMPARE(r->running, running);
        QCOMPARE(r->index, index);
        QCOMPARE(r->port, port);
        QCOMPARE(r->listen, listen);
        QCOMPARE(r->socketPath, socket);
    }
    void oneReadingForConsoleAndDetails_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<int>("listen"); // DomainGraphics::Listen
        QTest::addColumn<bool>("password");
        QTest::addColumn<bool>("autoport");
        QTest::addColumn<QString>("detailsListen"); // what the details window lists
        QTest::newRow("address, secure XML")
            << sample("vnc-address-inactive-secure.xml") << int(DomainGraphics::Listen::Address)
            << true << true << "the host's default";
        QTest::newRow("socket") << sample("vnc-socket-inactive.xml")
                                << int(DomainGraphics::Listen::Socket) << false << false
                                << "a UNIX socket on the host";
        QTest::newRow("none") << sample("vnc-none-inactive.xml")
                              << int(DomainGraphics::Listen::None) << false << false
                              << "nowhere (only through libvirt)";
    }
    void oneReadingForConsoleAndDetails()
    {
        QFETCH(QString, xml);
        const Result<GraphicsInfo> console = parseVncGraphics(xml);
        const Result<DomainDescription> details = parseDomainXml(xml);
        QVERIFY(console.ok() && details.ok());
        QCOMPARE(details->graphics.size(), 1);
        const DomainGraphics &g = details->graphics.first();
        QTEST(int(g.listen), "listen");
        QCOMPARE(int(console->listenType), int(g.listen));
        QCOMPARE(console->socketPath, g.socketPath);
        QCOMPARE(console->port, g.port);
        QTEST(console->hasPassword, "password");
        QTEST(console->autoport, "autoport");
        QFETCH(QString, detailsListen);
        bool listed = false;
        for (const DomainDevice &d : details->devices) {
            for (const auto &[label, value] : d.properties)
                listed |= d.kind == QLatin1String("graphics") && label == QLatin1String("Listen") &&
                          value == detailsListen;
        }
        QVERIFY(listed);
        QCOMPARE(vncPasswordFromSecureXml(xml).isEmpty(), !console->hasPassword);
    }

    void namesTheOtherDisplay()
    {
        const auto r = parseVncGraphics(
            QStringLiteral("<domain><devices><graphics type='spice'/></devices></domain>"));
        QVERIFY(r.ok());
        QVERIFY(r->unavailable.contains(QLatin1String("SPICE")));
    }
    void passwordFromSecureXml()
    {
        QCOMPARE(vncPasswordFromSecureXml(
                     QStringLiteral("<domain><devices><graphics type='spice' passwd='a'/>"
                                    "<graphics type='vnc' passwd='s3cret'/></devices></domain>")),
                 QStringLiteral("s3cret"));
        QCOMPARE(vncPasswordFromSecureXml(
                     QStringLiteral("<domain><devices><graphics type='vnc'/></devices></domain>")),
                 QString());
    }
};

QTEST_GUILESS_MAIN(TestGraphicsXml)
#include "tst_graphicsxml.moc"
