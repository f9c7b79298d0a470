// SPDX-License-Identifier: GPL-2.0-or-later
// Each operation's equivalent command line, one data row per mapping: the row gives the
// operation's parameters (the values the worker hands to libvirt) and the line a person types.

#include "core/commandlog/equivalentcommands.h"
#include "core/session/processsetup.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace Vireo;
namespace EC = Vireo::EquivalentCommands;

Q_DECLARE_METATYPE(Vireo::Equivalent)

namespace {
const QString kUri = QStringLiteral("qemu:///system");
constexpr quint64 kMiB = 1024 * 1024;
constexpr quint64 kGiB = 1024 * kMiB;

QStringList lines(const QList<ShellCommand> &commands)
{
    QStringList out;
    for (const ShellCommand &c : commands)
        out << c.toShell(kUri);
    return out;
}
} // namespace

class TestEquivalentCommands : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:

    void mapping_data()
    {
        QTest::addColumn<Equivalent>("equivalent");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("alternatives");
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<bool>("noSingleCommand");
        const QString v = QStringLiteral("virsh -c qemu:///system ");
        auto row = [&](const char *name, const Equivalent &e, QStringList expected,
                       QStringList alternatives = {}, QStringList files = {}, bool none = false) {
            QTest::newRow(name) << e << expected << alternatives << files << none;
        };
        const QString web = QStringLiteral("web1");

        // Lifecycle: DomainAction -> the virsh verb.
        row("start", EC::lifecycle(DomainAction::Start, web), {v + "start web1"});
        row("shutdown", EC::lifecycle(DomainAction::Shutdown, web), {v + "shutdown web1"});
        row("reboot", EC::lifecycle(DomainAction::Reboot, web), {v + "reboot web1"});
        row("destroy", EC::lifecycle(DomainAction::ForceOff, web), {v + "destroy web1"});
        row("reset", EC::lifecycle(DomainAction::Reset, web), {v + "reset web1"});
        row("suspend", EC::lifecycle(DomainAction::Pause, web), {v + "suspend web1"});
        row("resume", EC::lifecycle(DomainAction::Resume, web), {v + "resume web1"});
        row("managedsave", EC::lifecycle(DomainAction::Save, web), {v + "managedsave web1"});
        row("name with a space", EC::lifecycle(DomainAction::Start, QStringLiteral("my vm")),
            {v + "start 'my vm'"});
        row("name with a quote", EC::lifecycle(DomainAction::Start, QStringLiteral("it's")),
            {v + "start 'it'\\''s'"});

        // Definitions.
        row("define", EC::define(web, QStringLiteral("<domain/>")), {v + "define web1.xml"}, {},
            {QStringLiteral("web1.xml")});
        row("dumpxml", EC::dumpXml(web, false, false), {v + "dumpxml web1"});
        row("dumpxml inactive secure", EC::dumpXml(web, true, true),
            {v + "dumpxml web1 --inactive --security-info"});
        row("delete running",
            EC::deleteDomain(web, QStringLiteral("/b/web1.xml"), true, true,
                             {true, true, false, false, false}),
            {v + "dumpxml --inactive --security-info web1 > /b/web1.xml", v + "destroy web1",
             v + "undefine web1 --managed-save --snapshots-metadata"});
        row("delete uefi tpm",
            EC::deleteDomain(web, QStringLiteral("/b/w.xml"), false, true,
                             {true, true, true, false, true}),
            {v + "dumpxml --inactive --security-info web1 > /b/w.xml",
             v + "undefine web1 --managed-save --snapshots-metadata --nvram --tpm"});
        row("edit", EC::xmlEdit(web, QStringLiteral("the boot order")), {v + "edit web1"}, {}, {},
            true);

        // vCPUs and memory: the scope is VIR_DOMAIN_AFFECT_LIVE / _CONFIG.
        row("setvcpus live", EC::setVcpus(web, 3, DomainControl::Live),
            {v + "setvcpus web1 3 --live"});
        row("setvcpus config", EC::setVcpus(web, 2, DomainControl::Config),
            {v + "setvcpus web1 2 --config"});
        row("setvcpus both", EC::setVcpus(web, 4, DomainControl::LiveAndConfig),
            {v + "setvcpus web1 4 --live --config"});
        row("setvcpus maximum", EC::setMaximumVcpus(web, 8),
            {v + "setvcpus web1 8 --maximum --config"});
        row("setmem live", EC::setMemory(web, 307200, DomainControl::Live),
            {v + "setmem web1 307200 --live"});
        row("setmem both", EC::setMemory(web, 1048576, DomainControl::LiveAndConfig),
            {v + "setmem web1 1048576 --live --config"});
        row("setmaxmem", EC::setMaximumMemory(web, 2097152),
            {v + "setmaxmem web1 2097152 --config"});
        row("memstat period", EC::setMemoryStatsPeriod(web, 5, DomainControl::Live),
            {v + "dommemstat web1 --period 5 --live"});
        row("autostart on", EC::autostart(web, true), {v + "autostart web1"});
        row("autostart off", EC::autostart(web, false), {v + "autostart web1 --disable"});

        // Snapshots.
        SnapshotRequest internal{
            QStringLiteral("before-upgrade"), {}, SnapshotMode::Internal, false};
        row("snapshot internal", EC::snapshotCreate(web, internal, {}),
            {v + "snapshot-create-as web1 before-upgrade"});
        SnapshotRequest described{QStringLiteral("s1"), QStringLiteral("clean install"),
                                  SnapshotMode::Internal, false};
        row("snapshot description", EC::snapshotCreate(web, described, {}),
            {v + "snapshot-create-as web1 s1 --description 'clean install'"});
        DomainDisk disk;
        disk.target = QStringLiteral("vda");
        disk.source = QStringLiteral("/var/lib/libvirt/images/web1.qcow2");
        DomainDisk cdrom;
        cdrom.target = QStringLiteral("sda");
        cdrom.source = QStringLiteral("/iso/debian.iso");
        cdrom.readOnly = true;
        SnapshotRequest diskOnly{QStringLiteral("s2"), {}, SnapshotMode::DiskOnly, true};
        row("snapshot disk only quiesce", EC::snapshotCreate(web, diskOnly, {disk, cdrom}),
            {v +
             "snapshot-create-as web1 s2 --disk-only --atomic --diskspec "
             "vda,snapshot=external,driver=qcow2,file=" +
             overlayPathFor(disk.source, QStringLiteral("s2")) +
             " --diskspec sda,snapshot=no --quiesce"});
        row("snapshot revert", EC::snapshotRevert(web, QStringLiteral("s1")),
            {v + "snapshot-revert web1 s1"});
        row("snapshot delete",
            EC::snapshotDelete(web, QStringLiteral("s1"), Snapshots::DeleteScope::One),
            {v + "snapshot-delete web1 s1"});
        row("snapshot delete children",
            EC::snapshotDelete(web, QStringLiteral("s1"), Snapshots::DeleteScope::WithChildren),
            {v + "snapshot-delete web1 s1 --children"});
        row("snapshot delete metadata",
            EC::snapshotDelete(web, QStringLiteral("s1"), Snapshots::DeleteScope::MetadataOnly),
            {v + "snapshot-delete web1 s1 --metadata"});

        // Volumes: sizes in virsh's and qemu-img's units.
        const quint64 G = 1024ull * 1024 * 1024;
        row("vol qcow2 local",
            EC::volumeCreate({QStringLiteral("default"),
                              QStringLiteral("d.qcow2"),
                              QStringLiteral("qcow2"),
                              10 * G,
                              {},
                              {},
                              QStringLiteral("/var/lib/libvirt/images/d.qcow2")}),
            {v + "vol-create-as default d.qcow2 10G --format qcow2 --allocation 0"},
            {"qemu-img create -f qcow2 /var/lib/libvirt/images/d.qcow2 10G",
             v + "pool-refresh default"});
        row("vol raw remote",
            EC::volumeCreate({QStringLiteral("lab"),
                              QStringLiteral("d.img"),
                              QStringLiteral("raw"),
                              512ull * 1024 * 1024,
                              {},
                              {},
                              {}}),
            {v + "vol-create-as lab d.img 512M --format raw"});
        row("vol raw local",
            EC::volumeCreate({QStringLiteral("lab"),
                              QStringLiteral("d.img"),
                              QStringLiteral("raw"),
                              2 * G,
                              {},
                              {},
                              QStringLiteral("/srv/d.img")}),
            {v + "vol-create-as lab d.img 2G --format raw"},
            {"qemu-img create -f raw -o preallocation=falloc /srv/d.img 2G",
             v + "pool-refresh lab"});
        row("vol backing",
            EC::volumeCreate({QStringLiteral("default"), QStringLiteral("o.qcow2"),
                              QStringLiteral("qcow2"), 20 * G, QStringLiteral("/i/base.qcow2"),
                              QStringLiteral("qcow2"), QStringLiteral("/i/o.qcow2")}),
            {v + "vol-create-as default o.qcow2 20G --format qcow2 --allocation 0 --backing-vol "
                 "/i/base.qcow2 --backing-vol-format qcow2"},
            {"qemu-img create -f qcow2 -b /i/base.qcow2 -F qcow2 /i/o.qcow2 20G",
             v + "pool-refresh default"});
        row("vol odd size",
            EC::volumeCreate({QStringLiteral("p"),
                              QStringLiteral("x"),
                              QStringLiteral("qcow2"),
                              1000,
                              {},
                              {},
                              {}}),
            {v + "vol-create-as p x 1000 --format qcow2 --allocation 0"});
        row("vol delete", EC::volumeDelete(QStringLiteral("default"), QStringLiteral("d.qcow2")),
            {v + "vol-delete d.qcow2 --pool default"});

        // Networks.
        row("net create", EC::networkCreate(QStringLiteral("lab"), QStringLiteral("<network/>")),
            {v + "net-define lab-network.xml", v + "net-start lab", v + "net-autostart lab"}, {},
            {QStringLiteral("lab-network.xml")});
        row("net start", EC::networkStart(QStringLiteral("lab"), false, true),
            {v + "net-start lab", v + "net-autostart lab"});
        row("net start transient", EC::networkStart(QStringLiteral("lab"), false, false),
            {v + "net-start lab"});
        row("net stop", EC::networkStop(QStringLiteral("lab")), {v + "net-destroy lab"});
        row("net autostart off", EC::networkAutostart(QStringLiteral("lab"), false),
            {v + "net-autostart lab --disable"});
        row("net remove", EC::networkRemove(QStringLiteral("lab"), true, true),
            {v + "net-destroy lab", v + "net-undefine lab"});
        row("net remove inactive", EC::networkRemove(QStringLiteral("lab"), false, true),
            {v + "net-undefine lab"});

        // Devices: the XML file they need, named after the element.
        const QString nic =
            QStringLiteral("<interface type='network'><source network='default'/></interface>");
        row("attach live", EC::attachDevice(web, nic, DomainControl::Live),
            {v + "attach-device web1 web1-interface.xml --live"}, {},
            {QStringLiteral("web1-interface.xml")});
        row("attach both",
            EC::attachDevice(web, QStringLiteral("<disk type='file'/>"),
                             DomainControl::LiveAndConfig),
            {v + "attach-device web1 web1-disk.xml --live --config"}, {},
            {QStringLiteral("web1-disk.xml")});
        row("detach config", EC::detachDevice(web, nic, DomainControl::Config),
            {v + "detach-device web1 web1-interface.xml --config"}, {},
            {QStringLiteral("web1-interface.xml")});
        row("update live",
            EC::updateDevice(web, QStringLiteral("<disk device='cdrom'/>"), DomainControl::Live),
            {v + "update-device web1 web1-disk.xml --live"}, {}, {QStringLiteral("web1-disk.xml")});

        // Storage pools: the Storage page's actions, and the pool dialog's steps.
        const QString lab = QStringLiteral("lab");
        using PA = EC::PoolAction;
        row("pool start", EC::poolAction(PA::Start, lab), {v + "pool-start lab"});
        row("pool stop", EC::poolAction(PA::Stop, lab), {v + "pool-destroy lab"});
        row("pool build", EC::poolAction(PA::Build, lab), {v + "pool-build lab"});
        row("pool refresh", EC::poolAction(PA::Refresh, lab), {v + "pool-refresh lab"});
        row("pool autostart", EC::poolAction(PA::AutostartOn, lab), {v + "pool-autostart lab"});
        row("pool autostart off", EC::poolAction(PA::AutostartOff, lab),
            {v + "pool-autostart lab --disable"});
        row("pool delete", EC::poolAction(PA::Delete, lab), {v + "pool-delete lab"});
        row("pool undefine", EC::poolAction(PA::Undefine, lab), {v + "pool-undefine lab"});
        row("pool define dir", EC::poolDefine({lab, QStringLiteral("<pool/>"), true, false, true}),
            {v + "pool-define lab-pool.xml", v + "pool-build lab", v + "pool-start lab",
             v + "pool-autostart lab"},
            {}, {QStringLiteral("lab-pool.xml")});
        row("pool define fs, no autostart",
            EC::poolDefine({lab, QStringLiteral("<pool/>"), true, true, false}),
            {v + "pool-define lab-pool.xml", v + "pool-build lab --no-overwrite",
             v + "pool-start lab", v + "pool-autostart lab --disable"},
            {}, {QStringLiteral("lab-pool.xml")});
        row("pool define logical, no build",
            EC::poolDefine({lab, QStringLiteral("<pool/>"), false, false, true}),
            {v + "pool-define lab-pool.xml", v + "pool-start lab", v + "pool-autostart lab"}, {},
            {QStringLiteral("lab-pool.xml")});

        // Volumes: resize, wipe, upload, download, copy or convert.
        const QString pool = QStringLiteral("default");
        const QString vol = QStringLiteral("d.qcow2");
        row("vol resize", EC::volumeResize(pool, vol, 20 * kGiB, false),
            {v + "vol-resize d.qcow2 20G --pool default"});
        row("vol shrink", EC::volumeResize(pool, vol, 512 * kMiB, true),
            {v + "vol-resize d.qcow2 512M --pool default --shrink"});
        row("vol wipe", EC::volumeWipe(pool, vol), {v + "vol-wipe d.qcow2 --pool default"});
        row("vol upload",
            EC::volumeUpload(pool, QStringLiteral("a.iso"), QStringLiteral("/home/t/a b.iso"),
                             QStringLiteral("raw"), 4096),
            {v + "vol-create-as default a.iso 4K --format raw",
             v + "vol-upload a.iso '/home/t/a b.iso' --pool default"});
        row("vol download", EC::volumeDownload(pool, vol, QStringLiteral("/tmp/d.qcow2")),
            {v + "vol-download d.qcow2 /tmp/d.qcow2 --pool default"});
        row("vol download, sparse",
            EC::volumeDownload(pool, vol, QStringLiteral("/tmp/d.qcow2"), true),
            {v + "vol-download d.qcow2 /tmp/d.qcow2 --pool default --sparse"});
        row("vol convert, local",
            EC::volumeCopy({pool, QStringLiteral("d.img"), vol, QStringLiteral("<volume/>"),
                            QStringLiteral("raw"), QStringLiteral("qcow2"),
                            QStringLiteral("/var/lib/libvirt/images/d.img"),
                            QStringLiteral("/var/lib/libvirt/images/d.qcow2")}),
            {v + "vol-create-from default d.qcow2-volume.xml d.img --inputpool default"},
            {QStringLiteral("qemu-img convert -f raw -O qcow2 /var/lib/libvirt/images/d.img "
                            "/var/lib/libvirt/images/d.qcow2"),
             v + "pool-refresh default"},
            {QStringLiteral("d.qcow2-volume.xml")});
        row("vol copy, remote",
            EC::volumeCopy({pool,
                            QStringLiteral("d.img"),
                            QStringLiteral("e.img"),
                            QStringLiteral("<volume/>"),
                            QStringLiteral("raw"),
                            QStringLiteral("raw"),
                            {},
                            {}}),
            {v + "vol-create-from default e.img-volume.xml d.img --inputpool default"}, {},
            {QStringLiteral("e.img-volume.xml")});

        // Clones: virt-clone is the closest, never the same (no single command).
        EC::CloneCommand copy{QStringLiteral("web1"),
                              QStringLiteral("web2"),
                              {QStringLiteral("vda")},
                              {},
                              {QStringLiteral("sda")},
                              {},
                              false};
        row("clone", EC::clone(copy),
            {QStringLiteral("virt-clone --original web1 --name web2 --auto-clone --skip-copy sda")},
            {}, {}, true);
        EC::CloneCommand linked{QStringLiteral("web1"),
                                QStringLiteral("web3"),
                                {},
                                {QStringLiteral("vda")},
                                {},
                                {QStringLiteral("vdb")},
                                true};
        row("linked clone, started", EC::clone(linked),
            {QStringLiteral("virt-clone --original web1 --name web3 --auto-clone"),
             v + "start web3"},
            {}, {}, true);

        // The details window's edits: desc for the title, virsh edit for the rest.
        row("title running",
            EC::titleAndDescription(web, QStringLiteral("Web server"), QStringLiteral("nginx"),
                                    DomainControl::LiveAndConfig),
            {v + "desc web1 --live --config --title 'Web server'",
             v + "desc web1 --live --config nginx"});
        row("title removed", EC::titleAndDescription(web, {}, {}, DomainControl::Config),
            {v + "desc web1 --config --title --edit", v + "desc web1 --config --edit"});
        row("boot order", EC::xmlEdit(web, QStringLiteral("the boot order")), {v + "edit web1"}, {},
            {}, true);

        // Migration: one option for each flag and parameter migration.cpp hands to libvirt.
        const QString dest = QStringLiteral("qemu+ssh://b.example/system");
        MigrationRequest live; // the dialog's defaults: live, kept defined there
        row("migrate live", EC::migrate(web, dest, live),
            {v + "migrate web1 qemu+ssh://b.example/system --live --persistent"});
        MigrationRequest offline;
        offline.live = false;
        offline.persistOnDestination = false; // an offline migration always persists
        row("migrate offline", EC::migrate(web, dest, offline),
            {v + "migrate web1 qemu+ssh://b.example/system --offline --persistent"});
        MigrationRequest all;
        all.peerToPeer = true;
        all.tunnelled = true;
        all.copyStorage = true;
        all.undefineSource = true;
        all.allowPostCopy = true;
        all.bandwidthMiBs = 100;
        all.destinationXml = QStringLiteral("<domain><name>web1</name></domain>");
        row("migrate p2p tunnelled, everything", EC::migrate(web, dest, all),
            {v + "migrate web1 qemu+ssh://b.example/system --live --p2p --tunnelled --persistent "
                 "--undefinesource --copy-storage-all --postcopy --xml web1-destination.xml "
                 "--bandwidth 100"},
            {}, {QStringLiteral("web1-destination.xml")});
        MigrationRequest direct;
        direct.persistOnDestination = false;
        direct.migrationUri = QStringLiteral("tcp://10.0.0.2");
        row("migrate transient, migrateuri", EC::migrate(web, dest, direct),
            {v + "migrate web1 qemu+ssh://b.example/system --live --migrateuri tcp://10.0.0.2"});
        MigrationRequest peer;
        peer.peerToPeer = true;
        peer.peerUri = QStringLiteral("qemu+tcp://10.0.0.2/system");
        row("migrate p2p, the URI the source reaches", EC::migrate(web, dest, peer),
            {v + "migrate web1 qemu+tcp://10.0.0.2/system --live --p2p --persistent"});
        row("migrate-setmaxdowntime", EC::migrateSetMaxDowntime(web, 500),
            {v + "migrate-setmaxdowntime web1 500"});
        row("migrate-postcopy", EC::migratePostCopy(web), {v + "migrate-postcopy web1"});
        row("domjobabort", EC::abortJob(web), {v + "domjobabort web1"});

        // Keys: the serial console's SysRq (virDomainSendKey, 100 ms), the VNC console's menu.
        using KP = EC::KeyPath;
        row("send-key sysrq",
            EC::sendKey(web, {"KEY_LEFTALT", "KEY_SYSRQ", "KEY_H"}, 100, KP::Libvirt),
            {v + "send-key web1 --holdtime 100 KEY_LEFTALT KEY_SYSRQ KEY_H"});
        row("send-key ctrl-alt-del over vnc",
            EC::sendKey(web, {"KEY_LEFTCTRL", "KEY_LEFTALT", "KEY_DELETE"}, 0, KP::Vnc),
            {v + "send-key web1 KEY_LEFTCTRL KEY_LEFTALT KEY_DELETE"});

        // The QEMU monitor page.
        row("monitor info", EC::monitorCommand(web, QStringLiteral("info balloon")),
            {v + "qemu-monitor-command web1 --hmp 'info balloon'"});
        row("monitor change", EC::monitorCommand(web, QStringLiteral("balloon 256")),
            {v + "qemu-monitor-command web1 --hmp 'balloon 256'"});
    }

    void mapping()
    {
        QFETCH(Equivalent, equivalent);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, alternatives);
        QFETCH(QStringList, files);
        QFETCH(bool, noSingleCommand);
        QCOMPARE(lines(equivalent.commands), expected);
        QCOMPARE(lines(equivalent.alternatives), alternatives);
        QStringList names;
        for (const CommandFile &f : equivalent.files)
            names << f.name;
        QCOMPARE(names, files);
        QVERIFY2(!equivalent.explanation.isEmpty(), "every command has its Explain line");
        // And its Chinese line, from the zh_CN translations whatever the UI's language.
        QVERIFY2(!equivalent.explanation.chinese.isEmpty(),
                 qPrintable(equivalent.explanation.english));
        QVERIFY(equivalent.explanation.chinese.contains(
            QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))));
        QCOMPARE(!equivalent.noSingleCommand.isEmpty(), noSingleCommand);
    }

    void fileHoldsTheXml()
    {
        const QString xml = QStringLiteral("<disk type='file'><source file='/a b'/></disk>");
        const Equivalent e = EC::attachDevice(QStringLiteral("w"), xml, DomainControl::Live);
        QCOMPARE(e.files.size(), 1);
        QCOMPARE(e.files.first().contents, xml);
    }

    void migrationFileHoldsTheDestinationXml()
    {
        MigrationRequest r;
        r.destinationXml = QStringLiteral("<domain><name>w</name></domain>");
        const Equivalent e = EC::migrate(QStringLiteral("w"), QStringLiteral("qemu:///b"), r);
        QCOMPARE(e.files.size(), 1);
        QCOMPARE(e.files.first().contents, r.destinationXml);
        // Each option says what it does, and the VNC path says it was not libvirt's.
        QVERIFY(e.explanation.english.contains(QStringLiteral("--xml")));
        QVERIFY(EC::sendKey(QStringLiteral("w"), {QStringLiteral("KEY_F1")}, 0, EC::KeyPath::Vnc)
                    .explanation.english.contains(QStringLiteral("VNC")));
    }

    void explainSaysWhatScopeDoes()
    {
        // --live, --config and the balloon driver each have their sentence.
        QVERIFY(EC::setVcpus(QStringLiteral("w"), 2, DomainControl::Live)
                    .explanation.english.contains(QStringLiteral("--live")));
        QVERIFY(EC::setVcpus(QStringLiteral("w"), 2, DomainControl::Config)
                    .explanation.english.contains(QStringLiteral("--config")));
        QVERIFY(EC::setMemory(QStringLiteral("w"), 1024, DomainControl::Live)
                    .explanation.english.contains(QStringLiteral("balloon")));
        QVERIFY(!EC::setMemory(QStringLiteral("w"), 1024, DomainControl::Config)
                     .explanation.english.contains(QStringLiteral("balloon driver")));
    }

    void explainIsBilingualWhateverTheLanguage()
    {
        // No translator is installed (the UI speaks English); the Chinese line is there anyway,
        // in the tutorial's terms.
        QLocale::setDefault(QLocale(QLocale::English));
        const Explanation e =
            EC::setMemory(QStringLiteral("w"), 1024, DomainControl::Live).explanation;
        QVERIFY(e.english.startsWith(QStringLiteral("Sets the guest's memory")));
        QVERIFY2(e.chinese.contains(QStringLiteral("内存气球")), qPrintable(e.chinese));
        // Both halves of a joined explanation, each in its language.
        QVERIFY(e.english.contains(QStringLiteral("--live")));
        QVERIFY(e.chinese.contains(QStringLiteral("--live")));
        QVERIFY(EC::snapshotRevert(QStringLiteral("w"), QStringLiteral("s"))
                    .explanation.chinese.contains(QStringLiteral("快照")));
        QVERIFY(EC::poolAction(EC::PoolAction::Start, QStringLiteral("p"))
                    .explanation.chinese.contains(QStringLiteral("存储池")));
    }

    void explainJoinsOnlyWholeLines()
    {
        Explanation joined =
            explain(QT_TRANSLATE_NOOP("Vireo::Core", "Deletes the volume and its data."));
        QVERIFY(!joined.chinese.isEmpty());
        Explanation untranslated;
        untranslated.english = QStringLiteral("Not in the table.");
        joined += untranslated;
        // A sentence without Chinese drops the Chinese line rather than show half of it.
        QVERIFY(joined.english.endsWith(QStringLiteral("Not in the table.")));
        QVERIFY(joined.chinese.isEmpty());
    }

    void sizes_data()
    {
        QTest::addColumn<quint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << quint64(0) << "0";
        QTest::newRow("1 byte") << quint64(1) << "1";
        QTest::newRow("4 KiB") << quint64(4096) << "4K";
        QTest::newRow("1.5 GiB") << quint64(1536) * 1024 * 1024 << "1536M";
        QTest::newRow("10 GiB") << quint64(10) * 1024 * 1024 * 1024 << "10G";
        QTest::newRow("2 TiB") << quint64(2) * 1024 * 1024 * 1024 * 1024 << "2T";
    }
    void sizes()
    {
        QFETCH(quint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(EC::sizeArgument(bytes), text);
    }
};

QTEST_GUILESS_MAIN(TestEquivalentCommands)
#include "tst_equivalentcommands.moc"
