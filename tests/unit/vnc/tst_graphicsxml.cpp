#include "core/console/graphics.h"

#include <QTest>

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
    void uris()
    {
        // Uri::isLocal under the console's old name (tst_uri has the rows).
        QVERIFY(Graphics::isLocalUri(QStringLiteral("qemu:///system")));
        QVERIFY(Graphics::isLocalUri(QStringLiteral("qemu+unix:///system")));
        QVERIFY(Graphics::isLocalUri(QStringLiteral("test:///default")));
        QVERIFY(!Graphics::isLocalUri(QStringLiteral("qemu+ssh://root@h.example/system")));
        QCOMPARE(Graphics::remoteHost(QStringLiteral("qemu+ssh://root@h.example/system")),
                 QStringLiteral("h.example"));
    }
};

QTEST_GUILESS_MAIN(TestGraphicsXml)
#include "tst_graphicsxml.moc"
