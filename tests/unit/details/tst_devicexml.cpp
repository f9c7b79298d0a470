// SPDX-License-Identifier: GPL-2.0-or-later
// DeviceXml: each device type's XML, the free target names and MACs, which definition a change
// goes to, the device edits on a domain's XML, and the words for a removal (issue 14).
#include "core/domain/devices.h"
#include "core/domain/devicexml.h"
#include "core/domain/devicexmledits.h"
#include "core/domain/domainxml.h"
#include "core/session/domaincapabilitiesxml.h"

#include <QFile>

#include <QTest>

using namespace Vireo;
using Scope = DomainControl::Scope;

Q_DECLARE_METATYPE(Vireo::DeviceSpec)

namespace {

const QString kDomain = QStringLiteral(
    "<domain type='kvm'><name>d</name><uuid>11111111-2222-3333-4444-555555555555</uuid>"
    "<devices>"
    "<disk type='file' device='disk'><source file='/a.qcow2'/><target dev='vda' bus='virtio'/>"
    "<alias name='virtio-disk0'/></disk>"
    "<disk type='file' device='cdrom'><source file='/old.iso'/><target dev='sda' bus='sata'/>"
    "<readonly/></disk>"
    "<interface type='network'><mac address='52:54:00:aa:bb:cc'/><source network='default'/>"
    "<model type='virtio'/><alias name='net0'/></interface>"
    "<graphics type='spice' port='5901' autoport='no' listen='0.0.0.0' passwd='s3cret'>"
    "<listen type='address' address='0.0.0.0'/><image compression='off'/></graphics>"
    "<channel type='spicevmc'><target type='virtio' name='com.redhat.spice.0'/></channel>"
    "<channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0'/></channel>"
    "<redirdev bus='usb' type='spicevmc'/>"
    "<video><model type='qxl'/></video><video><model type='virtio'/></video>"
    "</devices></domain>");

} // namespace

class TestDeviceXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildsEachType_data()
    {
        QTest::addColumn<DeviceSpec>("spec");
        QTest::addColumn<QString>("expected");

        DiskDeviceSpec file;
        file.path = QStringLiteral("/var/lib/libvirt/images/data.qcow2");
        file.format = QStringLiteral("qcow2");
        file.cache = QStringLiteral("none");
        file.target = QStringLiteral("vdb");
        QTest::newRow("disk file virtio")
            << DeviceSpec(file)
            << "<disk type=\"file\" device=\"disk\"><driver name=\"qemu\" type=\"qcow2\" "
               "cache=\"none\"/><source file=\"/var/lib/libvirt/images/data.qcow2\"/><target "
               "dev=\"vdb\" bus=\"virtio\"/></disk>";
        DiskDeviceSpec vol;
        vol.source = DiskDeviceSpec::Source::Volume;
        vol.pool = QStringLiteral("default");
        vol.volume = QStringLiteral("x.raw");
        vol.bus = QStringLiteral("scsi");
        vol.target = QStringLiteral("sdc");
        vol.readOnly = true;
        vol.shareable = true;
        QTest::newRow("disk volume scsi ro shareable")
            << DeviceSpec(vol)
            << "<disk type=\"volume\" device=\"disk\"><driver name=\"qemu\" type=\"raw\"/><source "
               "pool=\"default\" volume=\"x.raw\"/><target dev=\"sdc\" bus=\"scsi\"/><readonly/>"
               "<shareable/></disk>";
        DiskDeviceSpec block;
        block.source = DiskDeviceSpec::Source::Block;
        block.path = QStringLiteral("/dev/sdz");
        block.bus = QStringLiteral("usb");
        block.target = QStringLiteral("sdb");
        QTest::newRow("disk block usb")
            << DeviceSpec(block)
            << "<disk type=\"block\" device=\"disk\"><driver name=\"qemu\" type=\"raw\"/><source "
               "dev=\"/dev/sdz\"/><target dev=\"sdb\" bus=\"usb\"/></disk>";
        DiskDeviceSpec cd;
        cd.cdrom = true;
        cd.source = DiskDeviceSpec::Source::Empty;
        cd.bus = QStringLiteral("sata");
        cd.target = QStringLiteral("sdb");
        QTest::newRow("cdrom empty")
            << DeviceSpec(cd)
            << "<disk type=\"file\" device=\"cdrom\"><driver name=\"qemu\" type=\"raw\"/><target "
               "dev=\"sdb\" bus=\"sata\"/><readonly/></disk>";
        cd.source = DiskDeviceSpec::Source::File;
        cd.path = QStringLiteral("/isos/debian.iso");
        QTest::newRow("cdrom iso")
            << DeviceSpec(cd)
            << "<disk type=\"file\" device=\"cdrom\"><driver name=\"qemu\" type=\"raw\"/><source "
               "file=\"/isos/debian.iso\"/><target dev=\"sdb\" bus=\"sata\"/><readonly/></disk>";

        NicDeviceSpec net;
        net.sourceName = QStringLiteral("default");
        net.mac = QStringLiteral("52:54:00:AB:CD:EF");
        QTest::newRow("nic network")
            << DeviceSpec(net)
            << "<interface type=\"network\"><source network=\"default\"/><mac "
               "address=\"52:54:00:ab:cd:ef\"/><model type=\"virtio\"/><link "
               "state=\"up\"/></interface>";
        NicDeviceSpec br;
        br.source = NicDeviceSpec::Source::Bridge;
        br.sourceName = QStringLiteral("br0");
        br.model = QStringLiteral("e1000e");
        br.linkUp = false;
        QTest::newRow("nic bridge link down")
            << DeviceSpec(br)
            << "<interface type=\"bridge\"><source bridge=\"br0\"/><model type=\"e1000e\"/><link "
               "state=\"down\"/></interface>";
        NicDeviceSpec user;
        user.source = NicDeviceSpec::Source::User;
        QTest::newRow("nic user")
            << DeviceSpec(user)
            << "<interface type=\"user\"><model type=\"virtio\"/><link state=\"up\"/></interface>";

        GraphicsDeviceSpec vnc;
        vnc.password = QStringLiteral("pw");
        QTest::newRow("graphics vnc")
            << DeviceSpec(vnc)
            << "<graphics type=\"vnc\" port=\"-1\" autoport=\"yes\" passwd=\"pw\"><listen "
               "type=\"address\" address=\"127.0.0.1\"/></graphics>";
        VideoDeviceSpec video;
        video.model = QStringLiteral("qxl");
        video.vramKiB = 65536;
        QTest::newRow("video qxl vram")
            << DeviceSpec(video) << "<video><model type=\"qxl\" vram=\"65536\"/></video>";
        QTest::newRow("serial") << DeviceSpec(CharDeviceSpec{CharDeviceSpec::Kind::Serial, 1})
                                << "<serial type=\"pty\"><target port=\"1\"/></serial>";
        QTest::newRow("console") << DeviceSpec(CharDeviceSpec{CharDeviceSpec::Kind::Console, -1})
                                 << "<console type=\"pty\"><target type=\"virtio\"/></console>";
        QTest::newRow("guest agent")
            << DeviceSpec(CharDeviceSpec{CharDeviceSpec::Kind::GuestAgent, -1})
            << "<channel type=\"unix\"><target type=\"virtio\" "
               "name=\"org.qemu.guest_agent.0\"/></channel>";
        QTest::newRow("usb host")
            << DeviceSpec(UsbHostDeviceSpec{QStringLiteral("0x046D"), QStringLiteral("0xc52b")})
            << "<hostdev mode=\"subsystem\" type=\"usb\"><source><vendor id=\"0x046d\"/><product "
               "id=\"0xc52b\"/></source></hostdev>";
        QTest::newRow("rng") << DeviceSpec(RngDeviceSpec{})
                             << "<rng model=\"virtio\"><backend "
                                "model=\"random\">/dev/urandom</backend></rng>";
        QTest::newRow("watchdog") << DeviceSpec(WatchdogDeviceSpec{QStringLiteral("itco"),
                                                                   QStringLiteral("poweroff")})
                                  << "<watchdog model=\"itco\" action=\"poweroff\"/>";
        QTest::newRow("sound") << DeviceSpec(SoundDeviceSpec{QStringLiteral("ac97")})
                               << "<sound model=\"ac97\"/>";
        QTest::newRow("input") << DeviceSpec(InputDeviceSpec{QStringLiteral("keyboard"),
                                                             QStringLiteral("virtio")})
                               << "<input type=\"keyboard\" bus=\"virtio\"/>";
        QTest::newRow("tpm") << DeviceSpec(TpmDeviceSpec{})
                             << "<tpm model=\"tpm-crb\"><backend type=\"emulator\" "
                                "version=\"2.0\"/></tpm>";
    }
    void buildsEachType()
    {
        QFETCH(DeviceSpec, spec);
        QFETCH(QString, expected);
        Result<QString> xml = buildDeviceXml(spec);
        QVERIFY2(xml.ok(), qPrintable(xml.error().text()));
        QString compact = *xml;
        compact.remove(QLatin1Char('\n'));
        compact.replace(QRegularExpression(QStringLiteral(">\\s+<")), QStringLiteral("><"));
        QCOMPARE(compact, expected);
    }

    void refusesBadSpecs_data()
    {
        QTest::addColumn<DeviceSpec>("spec");
        QTest::addColumn<QString>("problem");
        DiskDeviceSpec noPath;
        noPath.target = QStringLiteral("vdb");
        QTest::newRow("disk without file") << DeviceSpec(noPath) << "Choose the disk's file.";
        DiskDeviceSpec relative = noPath;
        relative.path = QStringLiteral("data.img");
        QTest::newRow("relative path") << DeviceSpec(relative) << "must be absolute";
        DiskDeviceSpec badTarget = relative;
        badTarget.path = QStringLiteral("/x");
        badTarget.target = QStringLiteral("xyz");
        QTest::newRow("bad target") << DeviceSpec(badTarget) << "not a disk name";
        DiskDeviceSpec cdVirtio;
        cdVirtio.cdrom = true;
        cdVirtio.source = DiskDeviceSpec::Source::Empty;
        cdVirtio.target = QStringLiteral("vdb");
        QTest::newRow("cdrom on virtio") << DeviceSpec(cdVirtio) << "cannot be on the virtio";
        DiskDeviceSpec emptyDisk = badTarget;
        emptyDisk.target = QStringLiteral("vdb");
        emptyDisk.source = DiskDeviceSpec::Source::Empty;
        QTest::newRow("empty disk") << DeviceSpec(emptyDisk) << "Only a CD-ROM";
        NicDeviceSpec noNet;
        QTest::newRow("nic without network") << DeviceSpec(noNet) << "Choose a virtual network";
        NicDeviceSpec badMac;
        badMac.sourceName = QStringLiteral("default");
        badMac.mac = QStringLiteral("52:54:00:zz:00:01");
        QTest::newRow("bad mac") << DeviceSpec(badMac) << "not a MAC address";
        GraphicsDeviceSpec longPw;
        longPw.password = QStringLiteral("123456789");
        QTest::newRow("vnc password too long") << DeviceSpec(longPw) << "at most 8";
        GraphicsDeviceSpec badListen;
        badListen.listenAddress = QStringLiteral("host name");
        QTest::newRow("bad listen") << DeviceSpec(badListen) << "IP address";
        QTest::newRow("video vram")
            << DeviceSpec(VideoDeviceSpec{QStringLiteral("qxl"), 10}) << "between 1 MiB";
        QTest::newRow("usb without ids") << DeviceSpec(UsbHostDeviceSpec{}) << "USB device";
        QTest::newRow("rng source")
            << DeviceSpec(RngDeviceSpec{QStringLiteral("/etc/passwd")}) << "entropy source";
        QTest::newRow("tablet on ps2")
            << DeviceSpec(InputDeviceSpec{QStringLiteral("tablet"), QStringLiteral("ps2")})
            << "cannot be on PS/2";
    }
    void refusesBadSpecs()
    {
        QFETCH(DeviceSpec, spec);
        QFETCH(QString, problem);
        QVERIFY2(deviceSpecProblem(spec).contains(problem), qPrintable(deviceSpecProblem(spec)));
        QVERIFY(!buildDeviceXml(spec).ok());
    }

    void masksThePasswordInThePreview()
    {
        GraphicsDeviceSpec vnc;
        vnc.password = QStringLiteral("secret");
        const QString preview = *buildDeviceXml(vnc, DeviceXmlOptions{true});
        QVERIFY(!preview.contains(QStringLiteral("secret")));
        QVERIFY(preview.contains(QStringLiteral("passwd=\"********\"")));
    }

    void choosesFreeTargets_data()
    {
        QTest::addColumn<QString>("bus");
        QTest::addColumn<QStringList>("used");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first virtio") << "virtio" << QStringList{} << "vda";
        QTest::newRow("after vda") << "virtio" << QStringList{"vda"} << "vdb";
        QTest::newRow("hole") << "virtio" << QStringList{"vda", "vdc"} << "vdb";
        QTest::newRow("sata shares sd with scsi") << "sata" << QStringList{"vda", "sda"} << "sdb";
        QTest::newRow("usb") << "usb" << QStringList{"sda", "sdb", "sdc"} << "sdd";
        QTest::newRow("ide") << "ide" << QStringList{"sda"} << "hda";
        QStringList az;
        for (char c = 'a'; c <= 'z'; ++c)
            az << QStringLiteral("vd") + QLatin1Char(c);
        QTest::newRow("after z") << "virtio" << az << "vdaa";
    }
    void choosesFreeTargets()
    {
        QFETCH(QString, bus);
        QFETCH(QStringList, used);
        QFETCH(QString, expected);
        QCOMPARE(freeDiskTarget(bus, used), expected);
    }

    void generatesUniqueMacs()
    {
        // A sequence whose first two draws are taken: the third is used.
        QList<quint32> draws{0x123456, 0xabcdef, 0x000001};
        auto random = [&draws]() { return draws.takeFirst(); };
        const QSet<QString> used{QStringLiteral("52:54:00:12:34:56"),
                                 QStringLiteral("52:54:00:AB:CD:EF")};
        QCOMPARE(generateMac(used, random), QStringLiteral("52:54:00:00:00:01"));
        QVERIFY(isValidMac(QStringLiteral("52:54:00:00:00:01")));
        QVERIFY(!isValidMac(QStringLiteral("01:00:5e:00:00:01"))); // multicast
        QVERIFY(!isValidMac(QStringLiteral("52:54:00:00:00")));
        QVERIFY(macProblem(QStringLiteral("52:54:00:ab:cd:ef"), used).contains(u"already used"));
        QVERIFY(macProblem(QStringLiteral("52:54:00:ab:cd:ee"), used).isEmpty());
        QVERIFY(macProblem(QStringLiteral("03:00:00:00:00:00"), used).contains(u"unicast"));
    }

    void mapsTheChoiceToFlags_data()
    {
        QTest::addColumn<int>("when");
        QTest::addColumn<bool>("running");
        QTest::addColumn<bool>("liveCapable");
        QTest::addColumn<int>("scope"); // -1: refused
        const int now = int(ApplyWhen::Now), later = int(ApplyWhen::AfterRestart),
                  both = int(ApplyWhen::NowAndAfterRestart);
        QTest::newRow("shut off, now") << now << false << true << int(Scope::Config);
        QTest::newRow("shut off, later") << later << false << true << int(Scope::Config);
        QTest::newRow("shut off, both") << both << false << true << int(Scope::Config);
        QTest::newRow("shut off, now, not live") << now << false << false << int(Scope::Config);
        QTest::newRow("running, now") << now << true << true << int(Scope::Live);
        QTest::newRow("running, later") << later << true << true << int(Scope::Config);
        QTest::newRow("running, both") << both << true << true << int(Scope::LiveAndConfig);
        QTest::newRow("running, now, not live") << now << true << false << -1;
        QTest::newRow("running, both, not live") << both << true << false << int(Scope::Config);
        QTest::newRow("running, later, not live") << later << true << false << int(Scope::Config);
    }
    void mapsTheChoiceToFlags()
    {
        QFETCH(int, when);
        QFETCH(bool, running);
        QFETCH(bool, liveCapable);
        QFETCH(int, scope);
        auto r = deviceScope(ApplyWhen(when), running, liveCapable);
        if (scope < 0) {
            QVERIFY(!r.ok());
            QVERIFY(r.error().message.contains(u"after restart"));
        } else {
            QVERIFY(r.ok());
            QCOMPARE(int(*r), scope);
        }
    }

    void knowsWhatAttachesLive()
    {
        DiskDeviceSpec d;
        QVERIFY(canAttachLive(d));
        d.bus = QStringLiteral("sata");
        QVERIFY(!canAttachLive(d));
        QVERIFY(canAttachLive(NicDeviceSpec{}));
        QVERIFY(!canAttachLive(VideoDeviceSpec{}));
        QVERIFY(!canAttachLive(TpmDeviceSpec{}));
        QVERIFY(canAttachLive(CharDeviceSpec{CharDeviceSpec::Kind::GuestAgent, -1}));
        QVERIFY(!canAttachLive(CharDeviceSpec{CharDeviceSpec::Kind::Serial, -1}));
    }

    void findsAndEditsDevices()
    {
        auto nic = deviceElementXml(
            kDomain, {QStringLiteral("interface"), QStringLiteral("52:54:00:AA:BB:CC"), 0});
        QVERIFY2(nic.ok(), qPrintable(nic.error().text()));
        QVERIFY(nic->startsWith(QStringLiteral("<interface")));
        QCOMPARE(deviceAlias(kDomain, {QStringLiteral("disk"), QStringLiteral("vda"), 0}),
                 QStringLiteral("virtio-disk0"));
        auto second = deviceElementXml(kDomain, {QStringLiteral("video"), {}, 1});
        QVERIFY(second->contains(QStringLiteral("virtio")));
        QVERIFY(
            !deviceElementXml(kDomain, {QStringLiteral("disk"), QStringLiteral("vdz"), 0}).ok());

        auto removed = removeDevice(kDomain, {QStringLiteral("disk"), QStringLiteral("vda"), 0});
        QVERIFY(removed.ok());
        auto parsed = parseDomainXml(*removed);
        QCOMPARE(parsed->disks.size(), 1);
        QCOMPARE(parsed->disks.first().target, QStringLiteral("sda"));

        auto added = appendDevice(kDomain, *buildDeviceXml(RngDeviceSpec{}));
        QVERIFY2(added.ok(), qPrintable(added.error().text()));
        parsed = parseDomainXml(*added);
        QCOMPARE(parsed->devices.last().kind, QStringLiteral("rng"));

        auto replaced = replaceDevice(kDomain, {QStringLiteral("video"), {}, 0},
                                      QStringLiteral("<video><model type='vga'/></video>"));
        QVERIFY(replaced.ok());
        QVERIFY(replaced->contains(QStringLiteral("type=\"vga\"")));
        QVERIFY(!replaced->contains(QStringLiteral("qxl")));
        QVERIFY(replaced->contains(QStringLiteral("virtio"))); // the second video stays
    }

    void readsDevicesForEditing()
    {
        auto disk = deviceSpecFromXml(
            *deviceElementXml(kDomain, {QStringLiteral("disk"), QStringLiteral("vda"), 0}));
        QVERIFY2(disk.ok(), qPrintable(disk.error().text()));
        const auto &d = std::get<DiskDeviceSpec>(*disk);
        QCOMPARE(d.path, QStringLiteral("/a.qcow2"));
        QCOMPARE(d.bus, QStringLiteral("virtio"));
        QCOMPARE(d.target, QStringLiteral("vda"));
        QVERIFY(!d.cdrom);
        auto cd = deviceSpecFromXml(
            *deviceElementXml(kDomain, {QStringLiteral("disk"), QStringLiteral("sda"), 0}));
        QVERIFY(std::get<DiskDeviceSpec>(*cd).cdrom);
        auto nic = deviceSpecFromXml(*deviceElementXml(
            kDomain, {QStringLiteral("interface"), QStringLiteral("52:54:00:aa:bb:cc"), 0}));
        const auto &n = std::get<NicDeviceSpec>(*nic);
        QCOMPARE(n.sourceName, QStringLiteral("default"));
        QCOMPARE(n.mac, QStringLiteral("52:54:00:aa:bb:cc"));
        QVERIFY(n.linkUp);
        // What is read writes back the same device.
        const QString again = *buildDeviceXml(*nic);
        QVERIFY(again.contains(QStringLiteral("52:54:00:aa:bb:cc")));
        auto video =
            deviceSpecFromXml(QStringLiteral("<video><model type='qxl' vram='65536'/></video>"));
        QCOMPARE(std::get<VideoDeviceSpec>(*video).vramKiB, 65536ull);
        QVERIFY(!deviceSpecFromXml(QStringLiteral("<rng model='virtio'/>")).ok());
        QVERIFY(!deviceSpecFromXml(
                     QStringLiteral("<disk type='network' device='disk'><source protocol='rbd' "
                                    "name='p/i'/><target dev='vdb'/></disk>"))
                     .ok());
    }

    void changesMedia()
    {
        const QString drive =
            *deviceElementXml(kDomain, {QStringLiteral("disk"), QStringLiteral("sda"), 0});
        auto ejected = cdromWithMedia(drive, {});
        QVERIFY(ejected.ok());
        QVERIFY(!ejected->contains(QStringLiteral("source")));
        QVERIFY(ejected->contains(QStringLiteral("dev=\"sda\"")));
        auto inserted = cdromWithMedia(*ejected, QStringLiteral("/isos/new.iso"));
        QVERIFY(inserted->contains(QStringLiteral("file=\"/isos/new.iso\"")));
        QVERIFY(!cdromWithMedia(drive, QStringLiteral("new.iso")).ok());
        const QString disk =
            *deviceElementXml(kDomain, {QStringLiteral("disk"), QStringLiteral("vda"), 0});
        QVERIFY(cdromWithMedia(disk, {}).error().message.contains(u"not a CD-ROM"));
    }

    void setsTheLink()
    {
        const QString nic = QStringLiteral(
            "<interface type='network'><source network='default'/><link state='up'/></interface>");
        auto down = interfaceWithLink(nic, false);
        QVERIFY(down->contains(QStringLiteral("state=\"down\"")));
        QCOMPARE(down->count(QStringLiteral("<link")), 1);
    }

    void switchesSpiceToVnc()
    {
        auto vnc = switchSpiceToVnc(kDomain);
        QVERIFY2(vnc.ok(), qPrintable(vnc.error().text()));
        auto d = parseDomainXml(*vnc);
        QCOMPARE(d->graphics.size(), 1);
        QCOMPARE(d->graphics.first().type, QStringLiteral("vnc"));
        QCOMPARE(d->graphics.first().address, QStringLiteral("0.0.0.0"));
        QVERIFY(d->graphics.first().hasPassword);
        QVERIFY(vnc->contains(QStringLiteral("passwd=\"s3cret\"")));
        QVERIFY(!vnc->contains(QStringLiteral("spicevmc")));
        QVERIFY(!vnc->contains(QStringLiteral("<image")));
        QVERIFY(vnc->contains(QStringLiteral("org.qemu.guest_agent.0")));
        QVERIFY(!switchSpiceToVnc(*vnc).ok()); // no SPICE left
    }

    void saysWhatARemovalLeft_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("words");
        using O = Devices::Removal::Outcome;
        QTest::newRow("removed both") << int(O::Removed) << int(Scope::LiveAndConfig)
                                      << "from the running guest and from the configuration";
        QTest::newRow("removed live only")
            << int(O::Removed) << int(Scope::Live) << "the configuration still has it";
        QTest::newRow("removed config")
            << int(O::Removed) << int(Scope::Config) << "gone at the next start";
        QTest::newRow("refused both")
            << int(O::Refused) << int(Scope::LiveAndConfig) << "refused to release Disk vdb";
        QTest::newRow("refused live")
            << int(O::Refused) << int(Scope::Live) << "configuration still has it";
        QTest::newRow("no answer both")
            << int(O::NoAnswer) << int(Scope::LiveAndConfig) << "did not answer within 20 s";
        QTest::newRow("no answer live")
            << int(O::NoAnswer) << int(Scope::Live) << "the configuration still has it";
    }
    void saysWhatARemovalLeft()
    {
        QFETCH(int, outcome);
        QFETCH(int, scope);
        QFETCH(QString, words);
        Devices::Removal r;
        r.outcome = Devices::Removal::Outcome(outcome);
        r.scope = Scope(scope);
        r.timeoutSeconds = 20;
        const QString text = Devices::removalMessage(r, QStringLiteral("Disk vdb"));
        QVERIFY2(text.contains(words), qPrintable(text));
    }

    void offersTpmOnlyWithSwtpm()
    {
        // QEMU 7.2 on a host without swtpm: only passthrough.
        QFile f(QFINDTESTDATA("../core/data/domcaps-qemu-9.0-tcg.xml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(f.readAll());
        auto without = parseDomainCapabilitiesXml(xml);
        QVERIFY(without.ok());
        QCOMPARE(without->tpmModels, (QStringList{"tpm-tis", "tpm-crb"}));
        QCOMPARE(without->tpmBackends, QStringList{"passthrough"});
        QVERIFY(!without->offersTpmEmulator());
        QCOMPARE(without->loaderSecure, QStringList{"no"});
        QString withSwtpm = xml;
        withSwtpm.replace(
            QStringLiteral("</enum>\n    </tpm>"),
            QStringLiteral("<value>emulator</value></enum><enum name='backendVersion'>"
                           "<value>2.0</value></enum></tpm>"));
        QVERIFY(withSwtpm != xml);
        auto with = parseDomainCapabilitiesXml(withSwtpm);
        QVERIFY2(with.ok(), qPrintable(with.error().text()));
        QCOMPARE(with->tpmVersions, QStringList{"2.0"});
        QVERIFY(with->offersTpmEmulator());
    }

    void readsNodeDevices()
    {
        auto usb = Devices::parseNodeDeviceXml(
            QStringLiteral("<device><name>usb_1_3</name><parent>usb_usb1</parent>"
                           "<capability type='usb_device'><bus>1</bus><device>3</device>"
                           "<product id='0xc52b'>Unifying Receiver</product>"
                           "<vendor id='0x046d'>Logitech, Inc.</vendor></capability></device>"));
        QVERIFY2(usb.ok(), qPrintable(usb.error().text()));
        QCOMPARE(usb->bus, Devices::HostDevice::Bus::Usb);
        QCOMPARE(usb->vendorId, QStringLiteral("0x046d"));
        QCOMPARE(usb->product, QStringLiteral("Unifying Receiver"));
        QCOMPARE(usb->address, QStringLiteral("bus 1 device 3"));
        auto pci = Devices::parseNodeDeviceXml(QStringLiteral(
            "<device><name>pci_0000_00_02_0</name><capability type='pci'><domain>0</domain>"
            "<bus>0</bus><slot>2</slot><function>0</function>"
            "<product id='0x1234'>VGA</product><vendor id='0x8086'>Intel</vendor>"
            "</capability></device>"));
        QCOMPARE(pci->address, QStringLiteral("0000:00:02.0"));
        QVERIFY(!Devices::parseNodeDeviceXml(
                     QStringLiteral("<device><name>net_x</name><capability type='net'/></device>"))
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestDeviceXml)
#include "tst_devicexml.moc"
