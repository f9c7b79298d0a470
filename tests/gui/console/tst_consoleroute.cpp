// SPDX-License-Identifier: GPL-2.0-or-later
// How a console reaches its display (ConsoleRoute::decide): from the host's URI, the display's
// listen address and port, and the host's "Tunnel Through SSH" setting. Pure function.

#include "ui/console/consoleroute.h"

#include <QTest>

using namespace Vireo;
using Kind = ConsoleRoute::Kind;

Q_DECLARE_METATYPE(Kind)

class TestConsoleRoute : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("listen");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("tunnelSsh");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("unencrypted");
        const QString ssh = QStringLiteral("qemu+ssh://root@h.example/system");
        // libvirt's test driver (the demo host) has no real displays, whatever its XML says.
        QTest::newRow("test driver")
            << "test:///default"
            << "127.0.0.1" << 5900 << true << Kind::NoDisplays << "" << false;
        QTest::newRow("demo fixture")
            << "test:///run/user/1000/vireo/demo-host.xml"
            << "0.0.0.0" << 5901 << true << Kind::NoDisplays << "" << false;
        QTest::newRow("remote test driver")
            << "test+tcp://h/default"
            << "0.0.0.0" << 5900 << true << Kind::NoDisplays << "" << false;
        // This machine: libvirt hands over the socket, whatever the address.
        QTest::newRow("local system") << "qemu:///system"
                                      << "127.0.0.1" << 5900 << true << Kind::Local << "" << false;
        QTest::newRow("local, any address")
            << "qemu:///session"
            << "0.0.0.0" << 5901 << false << Kind::Local << "" << false;
        // SSH hosts: always through the tunnel, to the address as the remote host sees it.
        QTest::newRow("ssh, loopback")
            << ssh << "127.0.0.1" << 5900 << true << Kind::Tunnel << "127.0.0.1" << false;
        QTest::newRow("ssh, any address")
            << ssh << "0.0.0.0" << 5900 << true << Kind::Tunnel << "127.0.0.1" << false;
        QTest::newRow("ssh, no listen")
            << ssh << "" << 5900 << true << Kind::Tunnel << "127.0.0.1" << false;
        QTest::newRow("ssh, any IPv6 address")
            << ssh << "::" << 5900 << true << Kind::Tunnel << "::1" << false;
        QTest::newRow("ssh, public address")
            << ssh << "192.0.2.10" << 5902 << true << Kind::Tunnel << "192.0.2.10" << false;
        QTest::newRow("libssh, any address")
            << "qemu+libssh://h/system"
            << "0.0.0.0" << 5900 << true << Kind::Tunnel << "127.0.0.1" << false;
        QTest::newRow("libssh2, public address")
            << "qemu+libssh2://h/system"
            << "198.51.100.7" << 5900 << true << Kind::Tunnel << "198.51.100.7" << false;
        // The user turned the tunnel off for the host: direct, and said to be unencrypted.
        QTest::newRow("ssh, tunnel off, any address")
            << ssh << "0.0.0.0" << 5900 << false << Kind::Direct << "h.example" << true;
        QTest::newRow("ssh, tunnel off, public address")
            << ssh << "192.0.2.10" << 5900 << false << Kind::Direct << "192.0.2.10" << true;
        QTest::newRow("ssh, tunnel off, loopback")
            << ssh << "127.0.0.1" << 5900 << false << Kind::Unreachable << "" << false;
        // Other remote transports cannot tunnel: direct (unencrypted) or unreachable.
        QTest::newRow("tls, any address")
            << "qemu+tls://h.example/system"
            << "0.0.0.0" << 5900 << true << Kind::Direct << "h.example" << true;
        QTest::newRow("tls, tunnel setting off")
            << "qemu+tls://h.example/system"
            << "203.0.113.4" << 5900 << false << Kind::Direct << "203.0.113.4" << true;
        QTest::newRow("tcp, loopback")
            << "qemu+tcp://h.example/system"
            << "127.0.0.1" << 5900 << true << Kind::Unreachable << "" << false;
        QTest::newRow("tcp, IPv6 loopback")
            << "qemu+tcp://h.example/system"
            << "::1" << 5900 << true << Kind::Unreachable << "" << false;
        // A "remote" URI naming this machine crosses no network.
        QTest::newRow("tcp to localhost")
            << "qemu+tcp://localhost/system"
            << "0.0.0.0" << 5900 << true << Kind::Direct << "localhost" << false;
        QTest::newRow("ssh to localhost, tunnel off")
            << "qemu+ssh://localhost/system"
            << "0.0.0.0" << 5900 << false << Kind::Direct << "localhost" << false;
        // ... and a display on that machine's loopback is on ours (a second libvirtd here).
        QTest::newRow("tcp to 127.0.0.1, loopback")
            << "qemu+tcp://127.0.0.1:16510/system"
            << "127.0.0.1" << 5901 << true << Kind::Direct << "127.0.0.1" << false;
        QTest::newRow("tcp to localhost, IPv6 loopback")
            << "qemu+tcp://localhost/system"
            << "::1" << 5900 << true << Kind::Direct << "::1" << false;
        QTest::newRow("tls to 127.0.0.1, localhost")
            << "qemu+tls://127.0.0.1/system"
            << "localhost" << 5900 << true << Kind::Direct << "localhost" << false;
        // A UNIX socket on a remote host: nothing reaches it.
        QTest::newRow("ssh, UNIX socket")
            << ssh << "" << -1 << true << Kind::Unreachable << "" << false;
        QTest::newRow("tls, UNIX socket") << "qemu+tls://h/system"
                                          << "" << -1 << true << Kind::Unreachable << "" << false;
    }
    void decide()
    {
        QFETCH(QString, uri);
        QFETCH(QString, listen);
        QFETCH(int, port);
        QFETCH(bool, tunnelSsh);
        QFETCH(Kind, kind);
        QFETCH(QString, host);
        QFETCH(bool, unencrypted);
        const ConsoleRoute route = ConsoleRoute::decide(uri, listen, port, tunnelSsh);
        QCOMPARE(route.kind, kind);
        QCOMPARE(route.unencrypted, unencrypted);
        if (kind == Kind::Tunnel || kind == Kind::Direct) {
            QCOMPARE(route.host, host);
            QCOMPARE(route.port, port);
        }
        // Unreachable says why, in words a person can act on (NoDisplays: the page does).
        QCOMPARE(route.reason.isEmpty(), kind != Kind::Unreachable);
    }

    void tunnelOffSaysHowToTurnItOn()
    {
        const ConsoleRoute route = ConsoleRoute::decide(QStringLiteral("qemu+ssh://h/system"),
                                                        QStringLiteral("127.0.0.1"), 5900, false);
        QVERIFY2(route.reason.contains(QLatin1String("Tunnel Through SSH")),
                 qPrintable(route.reason));
    }
};

QTEST_GUILESS_MAIN(TestConsoleRoute)
#include "tst_consoleroute.moc"
