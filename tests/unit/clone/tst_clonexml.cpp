// SPDX-License-Identifier: GPL-2.0-or-later
// The pure parts of cloning: the name pattern of a batch, the names of new volumes, the clone's
// XML (name, UUID, MACs, disk sources, graphics port, NVRAM) and new MAC addresses.
#include "core/domain/clonenames.h"
#include "core/domain/clonexml.h"
#include "core/domain/domainxml.h"

#include <QTest>

using namespace Vireo;

static const char *kOriginal = R"(<domain type='kvm'>
  <name>web</name>
  <uuid>9c1db738-6d35-5022-9639-dce24fd4c37b</uuid>
  <os>
    <type arch='x86_64' machine='q35'>hvm</type>
    <loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.fd</loader>
    <nvram template='/usr/share/OVMF/OVMF_VARS_4M.fd'>/var/lib/libvirt/qemu/nvram/web_VARS.fd</nvram>
  </os>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='raw' cache='none'/>
      <source file='/var/lib/libvirt/images/web.img'/>
      <backingStore/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <disk type='volume' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source pool='data' volume='web-data.qcow2'/>
      <target dev='vdb' bus='virtio'/>
    </disk>
    <disk type='file' device='cdrom'>
      <source file='/iso/debian.iso'/>
      <target dev='sda' bus='sata'/>
      <readonly/>
    </disk>
    <disk type='file' device='disk'>
      <source file='/scratch/tmp.img'/>
      <target dev='vdc' bus='virtio'/>
    </disk>
    <interface type='network'>
      <mac address='52:54:00:00:00:01'/>
      <source network='default'/>
      <target dev='vnet0'/>
    </interface>
    <interface type='bridge'>
      <mac address='52:54:00:00:00:02'/>
      <source bridge='br0'/>
    </interface>
    <graphics type='vnc' port='5901' autoport='no' listen='127.0.0.1' passwd='secret'/>
  </devices>
</domain>)";

class TestCloneXml : public QObject
{
    Q_OBJECT
private:
    static CloneXmlChanges changes()
    {
        CloneXmlChanges c;
        c.name = QStringLiteral("web-clone");
        c.uuid = QStringLiteral("11111111-2222-3333-4444-555555555555");
        c.macs = {QStringLiteral("52:54:00:aa:bb:01"), QStringLiteral("52:54:00:aa:bb:02")};
        c.disks = {
            {CloneDiskMode::Copy, QStringLiteral("/var/lib/libvirt/images/web-clone.img"),
             QStringLiteral("default"), QStringLiteral("web-clone.img"), QStringLiteral("raw")},
            {CloneDiskMode::Linked, QStringLiteral("/data/web-clone-data.qcow2"),
             QStringLiteral("data"), QStringLiteral("web-clone-data.qcow2"),
             QStringLiteral("qcow2")},
            {CloneDiskMode::Share, {}, {}, {}, {}},
            {CloneDiskMode::LeaveOut, {}, {}, {}, {}},
        };
        c.nvramPath = QStringLiteral("/var/lib/libvirt/qemu/nvram/web-clone_VARS.fd");
        return c;
    }

private Q_SLOTS:
    void expandPattern_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("error"); // a part of the message; empty: it expands
        QTest::newRow("padded") << "lab-{01..03}" << QStringList{"lab-01", "lab-02", "lab-03"}
                                << "";
        QTest::newRow("plain") << "pc{8..10}-x" << QStringList{"pc8-x", "pc9-x", "pc10-x"} << "";
        QTest::newRow("wider padding") << "n{001..2}" << QStringList{"n001", "n002"} << "";
        QTest::newRow("down") << "d{3..1}" << QStringList{"d3", "d2", "d1"} << "";
        QTest::newRow("one") << "{5..5}" << QStringList{"5"} << "";
        QTest::newRow("no range") << "lab" << QStringList{} << "no range";
        QTest::newRow("two ranges") << "{1..2}-{1..2}" << QStringList{} << "more than one";
        QTest::newRow("too many") << "x{1..501}" << QStringList{} << "at most 500";
        QTest::newRow("slash") << "a/{1..2}" << QStringList{} << "'/'";
        QTest::newRow("huge bound") << "x{1..99999999999999999999}" << QStringList{} << "too large";
    }
    void expandPattern()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, names);
        QFETCH(QString, error);
        const Result<QStringList> r = CloneNames::expandPattern(pattern);
        if (error.isEmpty()) {
            QVERIFY2(r, qPrintable(r.error().text()));
            QCOMPARE(r.value(), names);
        } else {
            QVERIFY(!r);
            QVERIFY2(r.error().message.contains(error), qPrintable(r.error().text()));
        }
    }

    void suggestAndVolumeNames()
    {
        QCOMPARE(CloneNames::suggestName("web", {}), QStringLiteral("web-clone"));
        QCOMPARE(CloneNames::suggestName("web", {"web-clone", "web-clone-2"}),
                 QStringLiteral("web-clone-3"));
        QCOMPARE(CloneNames::volumeName("web.qcow2", "web", "lab-01", "vda", true),
                 QStringLiteral("lab-01.qcow2"));
        // A linked clone's overlay is qcow2 whatever the original; a copy keeps the suffix.
        QCOMPARE(CloneNames::volumeName("web-data.img", "web", "c", "vdb", true),
                 QStringLiteral("c-data.qcow2"));
        QCOMPARE(CloneNames::volumeName("web-data.img", "web", "c", "vdb", false),
                 QStringLiteral("c-data.img"));
        QCOMPARE(CloneNames::volumeName("disk0", "web", "c", "vda", false),
                 QStringLiteral("c-vda"));
        QVERIFY(!CloneNames::nameProblem(" x").isEmpty());
        QVERIFY(CloneNames::nameProblem("lab-01").isEmpty());
    }

    void rewriteChangesNameUuidMacsDisksGraphicsNvram()
    {
        const Result<QString> xml = rewriteCloneXml(QString::fromLatin1(kOriginal), changes());
        QVERIFY2(xml, qPrintable(xml.error().text()));
        // Read back by the one domain parser.
        const Result<DomainDescription> d = parseDomainXml(xml.value());
        QVERIFY(d);
        QCOMPARE(d->name, QStringLiteral("web-clone"));
        QCOMPARE(d->uuid, QStringLiteral("11111111-2222-3333-4444-555555555555"));
        QCOMPARE(d->macAddresses(), (QStringList{"52:54:00:aa:bb:01", "52:54:00:aa:bb:02"}));
        QCOMPARE(d->nvramPath, QStringLiteral("/var/lib/libvirt/qemu/nvram/web-clone_VARS.fd"));
        QCOMPARE(d->disks.size(), 3); // vdc is left out
        QCOMPARE(d->disks[0].sourcePath, QStringLiteral("/var/lib/libvirt/images/web-clone.img"));
        QCOMPARE(d->disks[0].format, QStringLiteral("raw"));
        QCOMPARE(d->disks[1].sourceType, QStringLiteral("volume"));
        QCOMPARE(d->disks[1].sourcePool, QStringLiteral("data"));
        QCOMPARE(d->disks[1].sourceVolume, QStringLiteral("web-clone-data.qcow2"));
        QCOMPARE(d->disks[1].format, QStringLiteral("qcow2"));
        QCOMPARE(d->disks[2].sourcePath, QStringLiteral("/iso/debian.iso")); // shared
        QVERIFY(d->disks[2].readOnly);
        QCOMPARE(d->graphics.size(), 1);
        QVERIFY(d->graphics[0].autoport);
        // What no rule names is copied: the driver's cache mode, the listen address, the
        // console password, the NVRAM template, the bus.
        QVERIFY(xml->contains("cache=\"none\""));
        QVERIFY(xml->contains("passwd=\"secret\""));
        QVERIFY(xml->contains("listen=\"127.0.0.1\""));
        QVERIFY(xml->contains("template=\"/usr/share/OVMF/OVMF_VARS_4M.fd\""));
        QVERIFY(!xml->contains("5901"));
        QVERIFY(!xml->contains("vnet0"));
        QVERIFY(!xml->contains("backingStore"));
        QVERIFY(!xml->contains("/scratch/tmp.img"));
        QVERIFY(!xml->contains("52:54:00:00:00:0"));
    }

    void rewriteWithoutUuidOrNvramPath()
    {
        CloneXmlChanges c = changes();
        c.uuid.clear();
        c.nvramPath.clear();
        const Result<QString> xml = rewriteCloneXml(QString::fromLatin1(kOriginal), c);
        QVERIFY(xml);
        const Result<DomainDescription> d = parseDomainXml(xml.value());
        QVERIFY(d->uuid.isEmpty());
        QVERIFY(d->nvramPath.isEmpty()); // libvirt makes a fresh one from the template
        QVERIFY(xml->contains("template="));
    }

    void rewriteRefusesPlansThatDoNotMatch()
    {
        CloneXmlChanges c = changes();
        c.disks.removeLast();
        QVERIFY(!rewriteCloneXml(QString::fromLatin1(kOriginal), c));
        c = changes();
        c.macs.removeLast();
        QVERIFY(!rewriteCloneXml(QString::fromLatin1(kOriginal), c));
        c = changes();
        c.disks[0].path.clear();
        c.disks[0].volume.clear();
        QVERIFY(!rewriteCloneXml(QString::fromLatin1(kOriginal), c));
        c = changes();
        c.name.clear();
        QVERIFY(!rewriteCloneXml(QString::fromLatin1(kOriginal), c));
        QVERIFY(!rewriteCloneXml(QStringLiteral("<network/>"), changes()));
    }

    void newMacsAreFreeAndInQemuRange()
    {
        QSet<QString> taken{"52:54:00:00:00:01", "52:54:00:00:00:02"};
        // A sequence that hits the taken ones first.
        QList<quint32> sequence{1, 2, 1, 0xabcdef};
        int i = 0;
        auto random = [&] { return sequence.at(qMin<int>(i++, sequence.size() - 1)); };
        QCOMPARE(newMacAddress(taken, random), QStringLiteral("52:54:00:ab:cd:ef"));
        QVERIFY(taken.contains("52:54:00:ab:cd:ef"));
        QCOMPARE(i, 4);
    }
};

QTEST_GUILESS_MAIN(TestCloneXml)
#include "tst_clonexml.moc"
