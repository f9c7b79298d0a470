// SPDX-License-Identifier: GPL-2.0-or-later
// DomainXmlBuilder: a table of specs (every install source, both disk formats, topology, maximum
// vCPUs and memory, networks, listen addresses), each built, DEFINED on libvirt's test driver and
// read back; plus the validation rules and escaping.

#include "core/create/domainxmlbuilder.h"
#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"
#include "wizardtesthelpers.h"

#include <QtTest>

using namespace Vireo;

Q_DECLARE_METATYPE(Vireo::DomainSpec)

class TestDomainXmlBuilder : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<HostSession> m_host;

    static DomainSpec base(const QString &name)
    {
        DomainSpec s;
        s.name = name;
        s.domainType = QStringLiteral("test"); // what the test driver runs
        s.arch = QStringLiteral("i686");
        s.diskPath = QStringLiteral("/var/lib/libvirt/images/%1.qcow2").arg(name);
        s.mediaPath = QStringLiteral("/srv/iso/debian-12.iso");
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_host = Test::connectHost(QStringLiteral("test:///default"));
        QCOMPARE(m_host->state(), HostState::Connected);
    }

    void cleanupTestCase()
    {
        m_host.reset();
        LibvirtEventLoop::stop();
    }

    void defineAndReadBack_data()
    {
        QTest::addColumn<DomainSpec>("spec");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");

        {
            DomainSpec s = base(QStringLiteral("iso-qcow2"));
            s.memoryMiB = 1024;
            s.maxMemoryMiB = 2048;
            s.vcpus = 2;
            s.maxVcpus = 4;
            s.osinfoId = QStringLiteral("http://debian.org/debian/12");
            QTest::newRow("local ISO, qcow2, max memory and vCPUs")
                << s
                << QStringList{
                       "domain@type=test",
                       "domain/name=iso-qcow2",
                       "domain/memory=2097152",
                       "domain/currentMemory=1048576",
                       "domain/vcpu@current=2",
                       "domain/vcpu=4",
                       "domain/os/boot@dev=hd",
                       "domain/os/boot@dev=cdrom",
                       "domain/devices/disk@device=cdrom",
                       "domain/devices/disk/source@file=/srv/iso/debian-12.iso",
                       "domain/devices/disk/driver@type=qcow2",
                       "domain/devices/disk/target@dev=vda",
                       "domain/devices/disk/target@bus=virtio",
                       "domain/devices/disk/source@file=/var/lib/libvirt/images/iso-qcow2.qcow2",
                       "domain/devices/interface@type=network",
                       "domain/devices/interface/source@network=default",
                       "domain/devices/interface/model@type=virtio",
                       "domain/devices/graphics@type=vnc",
                       "domain/devices/graphics/listen@address=127.0.0.1",
                       "domain/metadata/libosinfo/os@id=http://debian.org/debian/12",
                   }
                << QStringList{"domain/os/kernel"};
        }
        {
            DomainSpec s = base(QStringLiteral("import-raw"));
            s.install = InstallMethod::ImportDisk;
            s.diskFormat = QStringLiteral("raw");
            s.diskPath = QStringLiteral("/var/lib/libvirt/images/import.img");
            s.diskBus = QStringLiteral("sata");
            QTest::newRow("import disk, raw, SATA")
                << s
                << QStringList{
                       "domain/os/boot@dev=hd",
                       "domain/devices/disk/driver@type=raw",
                       "domain/devices/disk/target@dev=sda",
                       "domain/devices/disk/target@bus=sata",
                       "domain/devices/disk/source@file=/var/lib/libvirt/images/import.img",
                   }
                << QStringList{"domain/devices/disk@device=cdrom", "domain/vcpu@current=1"};
        }
        {
            DomainSpec s = base(QStringLiteral("kernel-boot"));
            s.install = InstallMethod::KernelBoot;
            s.kernelPath = QStringLiteral("/boot/vmlinuz & co");
            s.initrdPath = QStringLiteral("/boot/initrd.img");
            s.kernelArgs = QStringLiteral("console=ttyS0 quiet x=\"<a&b>\" y='1'");
            s.description = QStringLiteral("Tom & Jerry's <test> ]]> box");
            QTest::newRow("direct kernel boot, escaped strings")
                << s
                << QStringList{
                       "domain/os/kernel=/boot/vmlinuz & co",
                       "domain/os/initrd=/boot/initrd.img",
                       "domain/os/cmdline=console=ttyS0 quiet x=\"<a&b>\" y='1'",
                       "domain/description=Tom & Jerry's <test> ]]> box",
                   }
                << QStringList{"domain/devices/disk@device=cdrom", "domain/os/boot@dev=cdrom"};
        }
        {
            DomainSpec s = base(QStringLiteral("pxe-bridge"));
            s.install = InstallMethod::NetworkBoot;
            s.network = NetworkKind::Bridge;
            s.networkSource = QStringLiteral("br0");
            s.nicModel = QStringLiteral("e1000");
            QTest::newRow("PXE on a bridge")
                << s
                << QStringList{
                       "domain/os/boot@dev=hd",
                       "domain/os/boot@dev=network",
                       "domain/devices/interface@type=bridge",
                       "domain/devices/interface/source@bridge=br0",
                       "domain/devices/interface/model@type=e1000",
                   }
                << QStringList{"domain/devices/interface@type=network"};
        }
        {
            DomainSpec s = base(QStringLiteral("manual-nodisk"));
            s.install = InstallMethod::Manual;
            s.hasDisk = false;
            s.network = NetworkKind::User;
            s.vncListen = QStringLiteral("0.0.0.0");
            s.vncPassword = QStringLiteral("s3cret");
            QTest::newRow("manual, no disk, user networking, listen on all addresses")
                << s
                << QStringList{
                       "domain/devices/interface@type=user",
                       "domain/devices/graphics/listen@address=0.0.0.0",
                   }
                << QStringList{"domain/devices/disk@device=disk",
                               // Never in the normal (non-secure) XML.
                               "domain/devices/graphics@passwd=s3cret"};
        }
        {
            DomainSpec s = base(QStringLiteral("topology"));
            s.vcpus = 2;
            s.maxVcpus = 8;
            s.sockets = 2;
            s.cores = 2;
            s.threads = 2;
            s.memoryMiB = 512;
            s.maxMemoryMiB = 4096;
            s.diskFormat = QStringLiteral("raw");
            s.network = NetworkKind::None;
            s.vncListen = QStringLiteral("::1");
            QTest::newRow("topology 2x2x2, raw, no network, IPv6 listen")
                << s
                << QStringList{
                       "domain/vcpu=8",
                       "domain/vcpu@current=2",
                       "domain/cpu/topology@sockets=2",
                       "domain/cpu/topology@cores=2",
                       "domain/cpu/topology@threads=2",
                       "domain/memory=4194304",
                       "domain/currentMemory=524288",
                       "domain/devices/disk/driver@type=raw",
                       "domain/devices/graphics/listen@address=::1",
                   }
                << QStringList{"domain/devices/interface@type=network"};
        }
        {
            DomainSpec s = base(QStringLiteral("ide-cdrom"));
            s.diskBus = QStringLiteral("ide");
            s.cdromBus = QStringLiteral("ide");
            s.graphics = false;
            s.guestExtras = false;
            QTest::newRow("IDE disk and CD-ROM, headless")
                << s
                << QStringList{
                       "domain/devices/disk/target@dev=hda",
                       "domain/devices/disk/target@dev=hdb",
                   }
                << QStringList{"domain/devices/graphics@type=vnc", "domain/devices/memballoon@model=virtio"};
        }
    }

    void defineAndReadBack()
    {
        QFETCH(DomainSpec, spec);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);

        const Result<QString> xml = DomainXmlBuilder::build(spec);
        QVERIFY2(xml.ok(), qPrintable(xml.error().text()));

        QString uuid;
        QString error;
        bool defined = false;
        DomainActions::defineXml(m_host.get(), xml.value(), this, [&](Result<QString> r) {
            defined = true;
            if (r)
                uuid = r.value();
            else
                error = r.error().text();
        });
        QTRY_VERIFY(defined);
        QVERIFY2(!uuid.isEmpty(), qPrintable(error + QLatin1Char('\n') + xml.value()));

        QString readBack;
        bool fetched = false;
        DomainActions::fetchDomainXml(m_host.get(), uuid, {.inactive = true}, this,
                                      [&](Result<QString> r) {
                                          fetched = true;
                                          if (r)
                                              readBack = r.value();
                                      });
        QTRY_VERIFY(fetched);
        const QStringList flat = Test::flattenXml(readBack);
        for (const QString &e : expected)
            QVERIFY2(flat.contains(e),
                     qPrintable(QStringLiteral("missing %1 in\n%2").arg(e, readBack)));
        for (const QString &a : absent)
            QVERIFY2(!flat.contains(a) && !flat.contains(QRegularExpression(
                                              QLatin1Char('^') + QRegularExpression::escape(a) +
                                              QStringLiteral("[@=/]"))),
                     qPrintable(QStringLiteral("unexpected %1 in\n%2").arg(a, readBack)));
    }

    void secretsMaskedInPreview()
    {
        DomainSpec s = base(QStringLiteral("masked"));
        s.vncPassword = QStringLiteral("pa&s<'");
        const QString real = DomainXmlBuilder::build(s).value();
        const QString preview = DomainXmlBuilder::build(s, {true}).value();
        QVERIFY(Test::flattenXml(real).contains("domain/devices/graphics@passwd=pa&s<'"));
        QVERIFY(real.contains("pa&amp;s&lt;"));
        QVERIFY(!preview.contains("pa&amp;s"));
        QVERIFY(Test::flattenXml(preview).contains("domain/devices/graphics@passwd=********"));
    }

    void problems_data()
    {
        QTest::addColumn<DomainSpec>("spec");
        QTest::addColumn<QString>("problem");
        DomainSpec ok = base(QStringLiteral("ok"));
        QTest::newRow("fine") << ok << QString();
        DomainSpec s = ok;
        s.name.clear();
        QTest::newRow("no name") << s << "needs a name";
        s = ok;
        s.name = QStringLiteral("a b");
        QTest::newRow("space in name") << s << "may only contain";
        s.name = QStringLiteral("-x");
        QTest::newRow("leading dash") << s << "must start with";
        s.name = QString(65, QLatin1Char('a'));
        QTest::newRow("too long") << s << "too long";
        s = ok;
        s.vcpus = 4;
        s.maxVcpus = 2;
        QTest::newRow("max vcpus below current") << s << "maximum vCPUs";
        s = ok;
        s.maxVcpus = 4;
        s.sockets = 1;
        s.cores = 2;
        s.threads = 1;
        QTest::newRow("topology mismatch") << s << "must equal the maximum vCPUs";
        s = ok;
        s.memoryMiB = 2048;
        s.maxMemoryMiB = 1024;
        QTest::newRow("max memory below current") << s << "maximum memory";
        s = ok;
        s.install = InstallMethod::KernelBoot;
        QTest::newRow("kernel boot without kernel") << s << "path of a kernel";
        s = ok;
        s.mediaPath.clear();
        QTest::newRow("ISO without media") << s << "installation media";
        s = ok;
        s.vncListen = QStringLiteral("localhost; rm");
        QTest::newRow("listen not an address") << s << "IP address";
        s = ok;
        s.vncListen = QStringLiteral("256.1.1.1");
        QTest::newRow("listen out of range") << s << "IP address";
        s = ok;
        s.diskFormat = QStringLiteral("vmdk");
        QTest::newRow("unknown disk format") << s << "qcow2 or raw";
        s = ok;
        s.network = NetworkKind::Bridge;
        s.networkSource.clear();
        QTest::newRow("bridge without name") << s << "bridge";
        s = ok;
        s.install = InstallMethod::NetworkBoot;
        s.network = NetworkKind::None;
        QTest::newRow("PXE without NIC") << s << "PXE";
        s = ok;
        s.secureBoot = true;
        QTest::newRow("Secure Boot without UEFI") << s << "Secure Boot needs UEFI";
    }

    void problems()
    {
        QFETCH(DomainSpec, spec);
        QFETCH(QString, problem);
        const QStringList found = DomainXmlBuilder::problems(spec);
        const Result<QString> xml = DomainXmlBuilder::build(spec);
        if (problem.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
            QVERIFY(xml.ok());
            return;
        }
        QVERIFY(!xml.ok());
        QVERIFY2(found.join('\n').contains(problem), qPrintable(found.join('\n')));
    }

    // Issue 14: UEFI (libvirt picks OVMF from its descriptors), Secure Boot (q35 and SMM) and an
    // emulated TPM 2.0.
    void firmwareAndTpm()
    {
        DomainSpec s = base(QStringLiteral("uefi"));
        QString plain = Test::flattenXml(DomainXmlBuilder::build(s).value()).join('\n');
        QVERIFY(!plain.contains("firmware"));
        QVERIFY(!plain.contains("tpm"));
        QStringList xml;
        s.firmware = QStringLiteral("efi");
        s.tpm = true;
        xml = Test::flattenXml(DomainXmlBuilder::build(s).value());
        QVERIFY2(xml.contains("domain/os@firmware=efi"), qPrintable(xml.join('\n')));
        QVERIFY(xml.contains("domain/os/firmware/feature@name=secure-boot"));
        QVERIFY(xml.contains("domain/os/firmware/feature@enabled=no"));
        QVERIFY(xml.contains("domain/devices/tpm@model=tpm-crb"));
        QVERIFY(xml.contains("domain/devices/tpm/backend@type=emulator"));
        QVERIFY(xml.contains("domain/devices/tpm/backend@version=2.0"));
        QVERIFY(!xml.join('\n').contains("smm"));
        s.secureBoot = true;
        xml = Test::flattenXml(DomainXmlBuilder::build(s).value());
        QVERIFY(xml.contains("domain/os/firmware/feature@enabled=yes"));
        QVERIFY(xml.contains("domain/os/type@machine=q35"));
        QVERIFY(xml.contains("domain/features/smm@state=on"));
    }

    void ipAddresses()
    {
        QVERIFY(DomainXmlBuilder::isIpAddress("127.0.0.1"));
        QVERIFY(DomainXmlBuilder::isIpAddress("0.0.0.0"));
        QVERIFY(DomainXmlBuilder::isIpAddress("::"));
        QVERIFY(DomainXmlBuilder::isIpAddress("fe80::1"));
        QVERIFY(!DomainXmlBuilder::isIpAddress("1.2.3"));
        QVERIFY(!DomainXmlBuilder::isIpAddress("example.org"));
        QVERIFY(!DomainXmlBuilder::isIpAddress("1:::2"));
    }
};

VIREO_TEST_MAIN_NO_GLIB(TestDomainXmlBuilder, QCoreApplication)
#include "tst_domainxmlbuilder.moc"
