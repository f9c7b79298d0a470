// SPDX-License-Identifier: GPL-2.0-or-later
// DomainXml: reading a domain's XML for the details window, rewriting its boot options, and
// checking XML a user edited.
#include "core/domain/domainxml.h"

#include <QFile>
#include <QTest>

using namespace Vireo;

namespace {

QStringList propertiesOf(const DomainDescription &d, const QString &title)
{
    for (const DomainDevice &dev : d.devices) {
        if (dev.title == title) {
            QStringList out;
            for (const auto &[label, value] : dev.properties)
                out << label + u'=' + value;
            return out;
        }
    }
    return {QStringLiteral("<no device %1>").arg(title)};
}
} // namespace

class TestDomainXml : public QObject
{
    Q_OBJECT
private:
    // A QEMU domain as libvirt returns it (kept in a file: moc does not read raw strings).
    static QString qemuXml()
    {
        QFile f(QFINDTESTDATA("data/debian12.xml"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll());
    }

private Q_SLOTS:
    void readsTheOverview()
    {
        auto d = parseDomainXml(qemuXml());
        QVERIFY2(d.ok(), qPrintable(d.error().text()));
        QCOMPARE(d->name, QStringLiteral("debian12"));
        QCOMPARE(d->uuid, QStringLiteral("5ad4a1a2-6a1c-4f7b-9a38-1f0e1f6f4d11"));
        QCOMPARE(d->title, QStringLiteral("Debian 12"));
        QCOMPARE(d->description, QStringLiteral("Line one\nline two & three"));
        QCOMPARE(d->hypervisor, QStringLiteral("kvm"));
        QCOMPARE(d->osType, QStringLiteral("hvm"));
        QCOMPARE(d->arch, QStringLiteral("x86_64"));
        QCOMPARE(d->machine, QStringLiteral("pc-q35-7.2"));
        QCOMPARE(d->firmware, QStringLiteral("efi"));
        QCOMPARE(d->loader, QStringLiteral("/usr/share/OVMF/OVMF_CODE_4M.fd"));
        QCOMPARE(d->osInfoId, QStringLiteral("http://debian.org/debian/12"));
        QCOMPARE(d->memoryKiB, 1048576ull);
        QCOMPARE(d->currentMemoryKiB, 524288ull);
        QCOMPARE(d->vcpuMaximum, 4);
        QCOMPARE(d->vcpuCurrent, 1);
        QCOMPARE(d->sockets, 1);
        QCOMPARE(d->cores, 2);
        QCOMPARE(d->threads, 2);
        QCOMPARE(d->balloonModel, QStringLiteral("virtio"));
        QCOMPARE(d->balloonStatsPeriod, 5);
        QCOMPARE(d->boot.bootDevices, QStringList({QStringLiteral("cdrom"), QStringLiteral("hd")}));
        QCOMPARE(d->boot.kernel, QStringLiteral("/boot/vmlinuz"));
        QCOMPARE(d->boot.initrd, QString());
        QCOMPARE(d->boot.cmdline, QStringLiteral("console=ttyS0 quiet"));
        QVERIFY(d->deviceBootOrder);
    }

    void readsTheDevices()
    {
        auto d = parseDomainXml(qemuXml());
        QVERIFY(d.ok());
        QCOMPARE(d->devices.size(), 8);
        QCOMPARE(
            propertiesOf(*d, QStringLiteral("Disk vda")),
            QStringList({QStringLiteral("Source=/var/lib/libvirt/images/debian12.qcow2"),
                         QStringLiteral("Bus=virtio"), QStringLiteral("Format=qcow2"),
                         QStringLiteral("Storage type=file"), QStringLiteral("Cache=none"),
                         QStringLiteral("Boot order=1"), QStringLiteral("Alias=virtio-disk0")}));
        QVERIFY(propertiesOf(*d, QStringLiteral("CD-ROM sda"))
                    .contains(QStringLiteral("Source=(empty)")));
        QVERIFY(propertiesOf(*d, QStringLiteral("CD-ROM sda"))
                    .contains(QStringLiteral("Read-only=yes")));
        QCOMPARE(propertiesOf(*d, QStringLiteral("NIC 52:54:00:aa:bb:cc")),
                 QStringList({QStringLiteral("Type=bridge"), QStringLiteral("Source=br0"),
                              QStringLiteral("Model=virtio"),
                              QStringLiteral("MAC address=52:54:00:aa:bb:cc"),
                              QStringLiteral("Host device=vnet3")}));
        const QStringList vnc = propertiesOf(*d, QStringLiteral("Display VNC"));
        QVERIFY(vnc.contains(QStringLiteral("Port=5901 (automatic)")));
        QVERIFY(vnc.contains(QStringLiteral("Listen=127.0.0.1")));
        QVERIFY(vnc.contains(QStringLiteral("Password=set")));
        QVERIFY(!vnc.join(u' ').contains(QLatin1String("s3cret"))); // never shown
        QVERIFY(propertiesOf(*d, QStringLiteral("Serial 0"))
                    .contains(QStringLiteral("Path=/dev/pts/4")));
        QVERIFY(
            propertiesOf(*d, QStringLiteral("Video VIRTIO")).contains(QStringLiteral("Heads=1")));
        QVERIFY(propertiesOf(*d, QStringLiteral("Memory balloon"))
                    .contains(QStringLiteral("Statistics period=5 s")));
        QVERIFY(propertiesOf(*d, QStringLiteral("controller usb"))
                    .contains(QStringLiteral("model=qemu-xhci")));
    }

    // Snapshots decide from these which disk stops an internal snapshot.
    void readsTheDisks()
    {
        auto d = parseDomainXml(qemuXml());
        QVERIFY(d.ok());
        QCOMPARE(d->disks.size(), 2);
        QCOMPARE(d->disks[0].target, QStringLiteral("vda"));
        QCOMPARE(d->disks[0].device, QStringLiteral("disk"));
        QCOMPARE(d->disks[0].format, QStringLiteral("qcow2"));
        QCOMPARE(d->disks[0].source, QStringLiteral("/var/lib/libvirt/images/debian12.qcow2"));
        QCOMPARE(d->disks[0].sourceType, QStringLiteral("file"));
        QVERIFY(!d->disks[0].readOnly);
        QCOMPARE(d->disks[1].target, QStringLiteral("sda"));
        QCOMPARE(d->disks[1].device, QStringLiteral("cdrom"));
        QCOMPARE(d->disks[1].source, QString());
        QVERIFY(d->disks[1].readOnly);
    }

    // The storage page finds each volume's users from these.
    // The live XML marks the guest agent's channel connected while qemu-guest-agent answers.
    void readsWhetherTheGuestAgentAnswers_data()
    {
        QTest::addColumn<QString>("channels");
        QTest::addColumn<bool>("connected");
        const QString agent = QStringLiteral(
            "<channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0'%1/>"
            "</channel>");
        QTest::newRow("none") << QString() << false;
        QTest::newRow("connected") << agent.arg(QStringLiteral(" state='connected'")) << true;
        QTest::newRow("disconnected")
            << agent.arg(QStringLiteral(" state='disconnected'")) << false;
        QTest::newRow("no state (inactive XML)") << agent.arg(QString()) << false;
        QTest::newRow("another channel connected")
            << QStringLiteral("<channel type='spicevmc'><target type='virtio' "
                              "name='com.redhat.spice.0' state='connected'/></channel>")
            << false;
    }
    void readsWhetherTheGuestAgentAnswers()
    {
        QFETCH(QString, channels);
        QFETCH(bool, connected);
        const auto d = parseDomainXml(
            QStringLiteral("<domain type='qemu'><name>a</name><devices>%1</devices></domain>")
                .arg(channels));
        QVERIFY(d);
        QCOMPARE(d->guestAgentConnected, connected);
    }

    void readsEachKindOfDiskSource()
    {
        const QString xml =
            "<domain type='test'><name>web</name><devices>"
            "<disk type='file' device='disk'><source file='/default-pool/a.qcow2'/>"
            "<target dev='vda'/></disk>"
            "<disk type='block' device='disk'><source dev='/dev/vg0/lv1'/></disk>"
            "<disk type='volume' device='disk'><source pool='default-pool' volume='b.img'/></disk>"
            "<disk type='file' device='cdrom'><target dev='sda'/></disk>"
            "<interface type='network'><source network='default'/></interface>"
            "</devices></domain>";
        auto d = parseDomainXml(xml);
        QVERIFY2(d.ok(), qPrintable(d.error().text()));
        QCOMPARE(d->disks.size(), 4);
        QCOMPARE(d->disks[0].sourcePath, QStringLiteral("/default-pool/a.qcow2"));
        QCOMPARE(d->disks[1].sourcePath, QStringLiteral("/dev/vg0/lv1"));
        QCOMPARE(d->disks[2].sourcePath, QString());
        QCOMPARE(d->disks[2].sourcePool, QStringLiteral("default-pool"));
        QCOMPARE(d->disks[2].sourceVolume, QStringLiteral("b.img"));
        QCOMPARE(d->disks[2].source, QStringLiteral("default-pool/b.img"));
        QCOMPARE(d->disks[3].sourcePath, QString()); // an empty CD-ROM drive
    }

    void defaultsAndUnits_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<quint64>("memoryKiB");
        QTest::addColumn<quint64>("currentKiB");
        QTest::addColumn<int>("vcpuCurrent");
        QTest::addColumn<QString>("firmware");
        QTest::addColumn<QString>("balloon");
        QTest::newRow("MiB, no current, no balloon")
            << QStringLiteral("<domain type='qemu'><name>a</name><memory unit='MiB'>512</memory>"
                              "<vcpu>2</vcpu><os><type>hvm</type></os></domain>")
            << 524288ull << 524288ull << 2 << QStringLiteral("bios") << QString();
        QTest::newRow("GiB, balloon off, OVMF loader")
            << QStringLiteral("<domain type='kvm'><name>b</name><memory unit='GiB'>2</memory>"
                              "<currentMemory unit='G'>1</currentMemory><vcpu current='1'>2</vcpu>"
                              "<os><type>hvm</type><loader>/usr/share/OVMF/OVMF_CODE.fd</loader>"
                              "</os><devices><memballoon model='none'/></devices></domain>")
            << 2097152ull << 1048576ull << 1 << QStringLiteral("efi") << QStringLiteral("none");
        QTest::newRow("bytes")
            << QStringLiteral(
                   "<domain type='kvm'><name>c</name><memory unit='b'>1073741824</memory>"
                   "<vcpu>1</vcpu></domain>")
            << 1048576ull << 1048576ull << 1 << QStringLiteral("bios") << QString();
    }

    void defaultsAndUnits()
    {
        QFETCH(QString, xml);
        auto d = parseDomainXml(xml);
        QVERIFY2(d.ok(), qPrintable(d.error().text()));
        QTEST(d->memoryKiB, "memoryKiB");
        QTEST(d->currentMemoryKiB, "currentKiB");
        QTEST(d->vcpuCurrent, "vcpuCurrent");
        QTEST(d->firmware, "firmware");
        QTEST(d->balloonModel, "balloon");
    }

    void badXmlIsAnError_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("not a domain")
            << QStringLiteral("<network/>") << QStringLiteral("<network>");
        QTest::newRow("truncated")
            << QStringLiteral("<domain><name>x</name><devices>") << QStringLiteral("line 1");
        QTest::newRow("mismatched")
            << QStringLiteral("<domain>\n<name>x</nom></domain>") << QStringLiteral("line 2");
    }

    void badXmlIsAnError()
    {
        QFETCH(QString, xml);
        QFETCH(QString, expected);
        auto d = parseDomainXml(xml);
        QVERIFY(!d.ok());
        QVERIFY2(d.error().text().contains(expected), qPrintable(d.error().text()));
    }

    void rewritesBootOptions()
    {
        BootOptions boot;
        boot.bootDevices = {QStringLiteral("network"), QStringLiteral("hd")};
        boot.kernel = QStringLiteral("/boot/vmlinuz-6.1");
        boot.initrd = QStringLiteral("/boot/initrd.img-6.1");
        auto out = rewriteBootOptions(qemuXml(), boot);
        QVERIFY2(out.ok(), qPrintable(out.error().text()));
        auto d = parseDomainXml(out.value());
        QVERIFY2(d.ok(), qPrintable(d.error().text()));
        QCOMPARE(d->boot.bootDevices, boot.bootDevices);
        QCOMPARE(d->boot.kernel, boot.kernel);
        QCOMPARE(d->boot.initrd, boot.initrd);
        QCOMPARE(d->boot.cmdline, QString()); // emptied: removed
        QVERIFY(!out->contains(QLatin1String("<cmdline")));
        // Everything else is copied as it was.
        QCOMPARE(d->osInfoId, QStringLiteral("http://debian.org/debian/12"));
        QCOMPARE(d->loader, QStringLiteral("/usr/share/OVMF/OVMF_CODE_4M.fd"));
        QCOMPARE(d->machine, QStringLiteral("pc-q35-7.2"));
        QCOMPARE(d->description, QStringLiteral("Line one\nline two & three"));
        QCOMPARE(d->devices.size(), 8);
        QVERIFY(out->contains(QLatin1String("http://libosinfo.org/xmlns/libvirt/domain/1.0")));
        // The device's own <boot order> is not the <os> one: kept.
        QVERIFY(d->deviceBootOrder);
    }

    void rewriteRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("devices");
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QString>("initrd");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown device") << QStringList{QStringLiteral("usb")} << QString()
                                        << QString() << QStringLiteral("unknown boot device");
        QTest::newRow("initrd without kernel")
            << QStringList{} << QString() << QStringLiteral("/boot/initrd")
            << QStringLiteral("kernel path");
    }

    void rewriteRefusesBadInput()
    {
        QFETCH(QStringList, devices);
        QFETCH(QString, kernel);
        QFETCH(QString, initrd);
        QFETCH(QString, expected);
        BootOptions boot{devices, kernel, initrd, QString()};
        auto out = rewriteBootOptions(qemuXml(), boot);
        QVERIFY(!out.ok());
        QVERIFY2(out.error().text().contains(expected), qPrintable(out.error().text()));
    }

    void rewritesCpuLayout_data()
    {
        QTest::addColumn<int>("maximum");
        QTest::addColumn<int>("sockets");
        QTest::addColumn<int>("cores");
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("current");
        QTest::newRow("raise, new topology") << 8 << 2 << 2 << 2 << 1;
        QTest::newRow("no topology") << 6 << 0 << 0 << 0 << 1;
        QTest::newRow("lower below current") << 1 << 1 << 1 << 1 << 1;
    }

    void rewritesCpuLayout()
    {
        QFETCH(int, maximum);
        QFETCH(int, sockets);
        QFETCH(int, cores);
        QFETCH(int, threads);
        QFETCH(int, current);
        auto out = rewriteCpuLayout(qemuXml(), CpuLayout{maximum, sockets, cores, threads});
        QVERIFY2(out.ok(), qPrintable(out.error().text()));
        auto d = parseDomainXml(out.value());
        QVERIFY2(d.ok(), qPrintable(d.error().text()));
        QCOMPARE(d->vcpuMaximum, maximum);
        QCOMPARE(d->vcpuCurrent, current);
        QCOMPARE(d->sockets, sockets);
        QCOMPARE(d->cores, cores);
        QCOMPARE(d->threads, threads);
        QCOMPARE(d->devices.size(), 8); // the rest copied
        QCOMPARE(d->boot.kernel, QStringLiteral("/boot/vmlinuz"));
        QVERIFY(out->contains(QLatin1String("host-passthrough")));
    }

    void raisingTheMaximumKeepsTheCurrentCount()
    {
        const QString xml = QStringLiteral("<domain type='kvm'><name>a</name><uuid>u</uuid>"
                                           "<vcpu placement='static'>4</vcpu></domain>");
        auto out = rewriteCpuLayout(xml, CpuLayout{8, 0, 0, 0});
        QVERIFY2(out.ok(), qPrintable(out.error().text()));
        auto d = parseDomainXml(out.value());
        QVERIFY(d.ok());
        QCOMPARE(d->vcpuMaximum, 8);
        QCOMPARE(d->vcpuCurrent, 4); // no vCPUs added by raising the maximum
        QVERIFY(out->contains(QLatin1String("placement=\"static\"")));
        out = rewriteCpuLayout(out.value(), CpuLayout{2, 0, 0, 0});
        QVERIFY(out.ok());
        QCOMPARE(parseDomainXml(out.value())->vcpuCurrent, 2);
        QVERIFY(!out->contains(QLatin1String("current=")));
    }

    void cpuLayoutAddsACpuElementWhenMissing()
    {
        const QString xml =
            QStringLiteral("<domain type='kvm'><name>a</name><uuid>u</uuid>"
                           "<vcpu placement='static' current='2'>4</vcpu></domain>");
        auto out = rewriteCpuLayout(xml, CpuLayout{4, 1, 4, 1});
        QVERIFY2(out.ok(), qPrintable(out.error().text()));
        auto d = parseDomainXml(out.value());
        QVERIFY(d.ok());
        QCOMPARE(d->cores, 4);
        QCOMPARE(d->vcpuCurrent, 2);
        QVERIFY(out->contains(QLatin1String("placement=\"static\"")));
    }

    void cpuLayoutRefusesBadInput_data()
    {
        QTest::addColumn<int>("maximum");
        QTest::addColumn<int>("sockets");
        QTest::addColumn<int>("cores");
        QTest::addColumn<int>("threads");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << 0 << 0 << 0 << 0 << QStringLiteral("at least one vCPU");
        QTest::newRow("mismatch") << 6 << 2 << 2 << 2 << QStringLiteral("make 8 vCPUs");
        QTest::newRow("partial") << 4 << 4 << 0 << 1 << QStringLiteral("at least 1");
    }

    void cpuLayoutRefusesBadInput()
    {
        QFETCH(int, maximum);
        QFETCH(int, sockets);
        QFETCH(int, cores);
        QFETCH(int, threads);
        QFETCH(QString, expected);
        auto out = rewriteCpuLayout(qemuXml(), CpuLayout{maximum, sockets, cores, threads});
        QVERIFY(!out.ok());
        QVERIFY2(out.error().text().contains(expected), qPrintable(out.error().text()));
    }

    void checksEditedXml()
    {
        const QString xml = qemuXml();
        const QString uuid = QStringLiteral("5ad4a1a2-6a1c-4f7b-9a38-1f0e1f6f4d11");
        QVERIFY(checkEditedDomainXml(xml, uuid).ok());
        QVERIFY(checkEditedDomainXml(xml, uuid.toUpper()).ok());
        QString changed = xml;
        changed.replace(uuid, QStringLiteral("00000000-0000-0000-0000-000000000001"));
        const Status s = checkEditedDomainXml(changed, uuid);
        QVERIFY(!s.ok());
        QVERIFY(s.error().text().contains(QLatin1String("must stay")));
        QString noUuid = xml;
        noUuid.remove(QStringLiteral("<uuid>5ad4a1a2-6a1c-4f7b-9a38-1f0e1f6f4d11</uuid>"));
        QVERIFY(!checkEditedDomainXml(noUuid, uuid).ok());
        QVERIFY(!checkEditedDomainXml(xml.left(200), uuid).ok());
    }
};

QTEST_GUILESS_MAIN(TestDomainXml)
#include "tst_domainxml.moc"
