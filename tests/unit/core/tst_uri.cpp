// SPDX-License-Identifier: GPL-2.0-or-later
// Uri: the one answer to "is this host local", with a decision for every kind of URI.
#include "core/common/uri.h"

#include <QTest>

using namespace Vireo;

class TestUri : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void locality_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("local");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("transport");
        QTest::addColumn<QString>("driver");
        // This machine's system daemon, over its UNIX socket.
        QTest::newRow("qemu:///system") << "qemu:///system" << true << ""
                                        << ""
                                        << "qemu";
        // The per-user daemon libvirt spawns for this user.
        QTest::newRow("qemu:///session") << "qemu:///session" << true << ""
                                         << ""
                                         << "qemu";
        // "unix" names the same socket explicitly: still this machine, descriptors pass.
        QTest::newRow("qemu+unix:///system") << "qemu+unix:///system" << true << ""
                                             << "unix"
                                             << "qemu";
        QTest::newRow("qemu+unix with a socket path")
            << "qemu+unix:///system?socket=/run/libvirt/libvirt-sock" << true << ""
            << "unix"
            << "qemu";
        // Another machine through ssh.
        QTest::newRow("qemu+ssh://host/system")
            << "qemu+ssh://root@h.example:2222/system" << false << "h.example"
            << "ssh"
            << "qemu";
        // TCP to this machine: a network transport, so no descriptor passing and the tunnel or
        // direct-connect rules of a network host apply; /dev/kvm is not read from here.
        QTest::newRow("qemu+tcp://localhost/system")
            << "qemu+tcp://localhost/system" << false << "localhost"
            << "tcp"
            << "qemu";
        // A host part with no transport is TLS to that host.
        QTest::newRow("qemu://host/system (TLS)")
            << "qemu://h.example/system" << false << "h.example"
            << ""
            << "qemu";
        QTest::newRow("qemu+tls") << "qemu+tls://h.example/system" << false << "h.example"
                                  << "tls"
                                  << "qemu";
        QTest::newRow("qemu+libssh2")
            << "qemu+libssh2://u@h.example/system?known_hosts=/k" << false << "h.example"
            << "libssh2"
            << "qemu";
        // The test driver runs inside this process.
        QTest::newRow("test:///default") << "test:///default" << true << ""
                                         << ""
                                         << "test";
        QTest::newRow("test:///path") << "test:///run/user/1000/vireo/demo-host.xml" << true << ""
                                      << ""
                                      << "test";
        QTest::newRow("lxc:///") << "lxc:///" << true << ""
                                 << ""
                                 << "lxc";
        // What the console asked Graphics::isLocalUri and remoteHost before they went.
        QTest::newRow("qemu+ssh, no port")
            << "qemu+ssh://root@h.example/system" << false << "h.example"
            << "ssh"
            << "qemu";
        // ssh to this machine is still ssh: the wizard's own copy took a URI without a host
        // part for a local one, and checked its paths here.
        QTest::newRow("qemu+ssh, no host") << "qemu+ssh:///system" << false << ""
                                           << "ssh"
                                           << "qemu";
        QTest::newRow("test+tcp") << "test+tcp://h.example/default" << false << "h.example"
                                  << "tcp"
                                  << "test";
        QTest::newRow("upper case scheme") << "QEMU+SSH://h/system" << false << "h"
                                           << "ssh"
                                           << "qemu";
    }
    void locality()
    {
        QFETCH(QString, uri);
        QFETCH(bool, local);
        QFETCH(QString, host);
        QFETCH(QString, transport);
        QFETCH(QString, driver);
        QCOMPARE(Uri::isLocal(uri), local);
        QCOMPARE(Uri::host(uri), host);
        QCOMPARE(Uri::transport(uri), transport);
        QCOMPARE(Uri::driver(uri), driver);
    }

    void kinds()
    {
        QVERIFY(Uri::isTestDriver(QStringLiteral("test:///default")));
        QVERIFY(Uri::isTestDriver(QStringLiteral("test+unix:///default")));
        QVERIFY(!Uri::isTestDriver(QStringLiteral("qemu:///system")));
        QVERIFY(Uri::isSession(QStringLiteral("qemu:///session")));
        QVERIFY(Uri::isSession(QStringLiteral("qemu+ssh://u@h/session")));
        QVERIFY(!Uri::isSession(QStringLiteral("qemu:///system")));
    }
};

QTEST_GUILESS_MAIN(TestUri)
#include "tst_uri.moc"
