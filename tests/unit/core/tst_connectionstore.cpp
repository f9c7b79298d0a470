// SPDX-License-Identifier: GPL-2.0-or-later
// Connection URIs built from the Add Connection fields, and their storage in QSettings.
#include "core/session/connectionstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using H = ConnectionSpec::Hypervisor;
using T = ConnectionSpec::Transport;

class TestConnectionStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void uris_data()
    {
        QTest::addColumn<int>("hypervisor");
        QTest::addColumn<int>("transport");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("custom");
        QTest::addColumn<QString>("expected"); // empty: an error
        QTest::newRow("qemu system") << int(H::QemuSystem) << int(T::Local) << ""
                                     << "" << 0 << ""
                                     << "qemu:///system";
        QTest::newRow("qemu session") << int(H::QemuSession) << int(T::Local) << ""
                                      << "" << 0 << ""
                                      << "qemu:///session";
        QTest::newRow("test default") << int(H::Test) << int(T::Local) << ""
                                      << "" << 0 << ""
                                      << "test:///default";
        QTest::newRow("lxc") << int(H::Lxc) << int(T::Local) << ""
                             << "" << 0 << ""
                             << "lxc:///";
        QTest::newRow("xen") << int(H::Xen) << int(T::Local) << ""
                             << "" << 0 << ""
                             << "xen:///system";
        QTest::newRow("ssh") << int(H::QemuSystem) << int(T::Ssh) << "root"
                             << "kvm1.example.org" << 0 << ""
                             << "qemu+ssh://root@kvm1.example.org/system";
        QTest::newRow("ssh port") << int(H::QemuSystem) << int(T::Ssh) << ""
                                  << "10.0.0.5" << 2222 << ""
                                  << "qemu+ssh://10.0.0.5:2222/system";
        QTest::newRow("tls") << int(H::QemuSystem) << int(T::Tls) << ""
                             << "host" << 0 << ""
                             << "qemu+tls://host/system";
        QTest::newRow("tcp") << int(H::Xen) << int(T::Tcp) << "admin"
                             << "xen" << 16509 << ""
                             << "xen+tcp://admin@xen:16509/system";
        QTest::newRow("ipv6") << int(H::QemuSystem) << int(T::Ssh) << ""
                              << "[fe80::1]" << 0 << ""
                              << "qemu+ssh://[fe80::1]/system";
        QTest::newRow("custom") << int(H::Custom) << int(T::Local) << ""
                                << "" << 0 << "qemu+ssh://u@h/system?keyfile=/k"
                                << "qemu+ssh://u@h/system?keyfile=/k";
        QTest::newRow("remote needs host") << int(H::QemuSystem) << int(T::Ssh) << "root"
                                           << "" << 0 << ""
                                           << "";
        QTest::newRow("bad host") << int(H::QemuSystem) << int(T::Ssh) << ""
                                  << "bad host!" << 0 << ""
                                  << "";
        QTest::newRow("bad user") << int(H::QemuSystem) << int(T::Ssh) << "a b"
                                  << "h" << 0 << ""
                                  << "";
        QTest::newRow("bad port") << int(H::QemuSystem) << int(T::Ssh) << ""
                                  << "h" << 70000 << ""
                                  << "";
        QTest::newRow("empty custom") << int(H::Custom) << int(T::Local) << ""
                                      << "" << 0 << "  "
                                      << "";
        QTest::newRow("not a uri") << int(H::Custom) << int(T::Local) << ""
                                   << "" << 0 << "hello"
                                   << "";
    }
    void uris()
    {
        QFETCH(int, hypervisor);
        QFETCH(int, transport);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, custom);
        QFETCH(QString, expected);
        ConnectionSpec s;
        s.hypervisor = H(hypervisor);
        s.transport = T(transport);
        s.user = user;
        s.host = host;
        s.port = port;
        s.customUri = custom;
        const auto uri = s.uri();
        if (expected.isEmpty()) {
            QVERIFY(!uri.ok());
            QVERIFY(!uri.error().message.isEmpty());
        } else {
            QVERIFY2(uri.ok(), qPrintable(uri.error().text()));
            QCOMPARE(uri.value(), expected);
        }
    }

    void testFixtureMustExist()
    {
        QTemporaryDir dir;
        ConnectionSpec s;
        s.hypervisor = H::Test;
        s.testFile = dir.filePath(QStringLiteral("missing.xml"));
        QVERIFY(!s.uri().ok());
        QFile f(s.testFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QCOMPARE(s.uri().value(), QStringLiteral("test://") + s.testFile);
        s.testFile = QStringLiteral("relative.xml");
        QVERIFY(!s.uri().ok());
    }

    void roundTripThroughSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("v.ini")), QSettings::IniFormat);
        QVERIFY(!ConnectionStore::initialized(settings));
        const QList<ConnectionEntry> entries{{QStringLiteral("demo"), true},
                                             {QStringLiteral("qemu+ssh://root@h/system"), false}};
        ConnectionStore::save(settings, entries);
        QVERIFY(ConnectionStore::initialized(settings));
        QCOMPARE(ConnectionStore::load(settings), entries);
        ConnectionStore::save(settings, {entries.first()});
        QCOMPARE(ConnectionStore::load(settings).size(), 1);
    }

    void labelsAreKeptWithTheirConnection()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("v.ini")), QSettings::IniFormat);
        QList<ConnectionEntry> entries{{QStringLiteral("test:///tmp/lab-a.xml"), true},
                                       {QStringLiteral("test:///tmp/lab-b.xml"), false}};
        entries[0].label = QStringLiteral("Rack 4");
        ConnectionStore::save(settings, entries);
        const auto loaded = ConnectionStore::load(settings);
        QCOMPARE(loaded, entries);
        QCOMPARE(loaded[0].label, QStringLiteral("Rack 4"));
        QCOMPARE(loaded[1].label, QString()); // none given: the host's own name
        // A file from before labels reads with none.
        QVERIFY(!settings.contains(QStringLiteral("connections/2/label")));
        // Removing a label removes it from the file.
        entries[0].label.clear();
        ConnectionStore::save(settings, entries);
        QVERIFY(!settings.contains(QStringLiteral("connections/1/label")));
        QCOMPARE(ConnectionStore::load(settings)[0].label, QString());
    }
};

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "tst_connectionstore.moc"
