// SPDX-License-Identifier: GPL-2.0-or-later
// Pools of each type the Define Pool dialog has fields for (dir, fs, netfs, logical): what the host
// offers read from its storage pool capabilities, each type's fields checked with a refusal in
// words, the XML built and read back, and each type defined and started on libvirt's test driver
// (whose pool definitions are libvirt's own parser), nothing left by a refused one.
#include "core/common/xmlelement.h"
#include "core/session/hostsession.h"
#include "core/session/libvirteventloop.h"
#include "core/session/processsetup.h"
#include "core/storage/pooldefinition.h"
#include "core/storage/storage.h"
#include "core/storage/storageactions.h"

#include "../../support/demohost.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Vireo;
using VireoTest::ask;

Q_DECLARE_METATYPE(Vireo::PoolDefinition)

static PoolDefinition dir(const QString &name, const QString &path)
{
    PoolDefinition d;
    d.name = name;
    d.targetPath = path;
    return d;
}
static PoolDefinition fs(const QString &device, const QString &format, bool build = false)
{
    PoolDefinition d;
    d.type = QStringLiteral("fs");
    d.name = QStringLiteral("data");
    d.sourceDevices = QStringList{device};
    d.sourceFormat = format;
    d.targetPath = QStringLiteral("/mnt/data");
    d.build = build;
    return d;
}
static PoolDefinition netfs(const QString &host, const QString &dirPath, const QString &format)
{
    PoolDefinition d;
    d.type = QStringLiteral("netfs");
    d.name = QStringLiteral("share");
    d.sourceHost = host;
    d.sourceDir = dirPath;
    d.sourceFormat = format;
    d.targetPath = QStringLiteral("/mnt/share");
    return d;
}
static PoolDefinition logical(const QString &vg, const QStringList &devices, bool build = false)
{
    PoolDefinition d;
    d.type = QStringLiteral("logical");
    d.name = QStringLiteral("lvm");
    d.sourceName = vg;
    d.sourceDevices = devices;
    d.build = build;
    return d;
}

static PoolTypeOffer offerFor(const QString &type)
{
    for (const PoolTypeOffer &o : PoolDefinitions::fallbackOffers())
        if (o.type == type)
            return o;
    return {type, {}, {}};
}

static XmlElement root(const QString &xml)
{
    QXmlStreamReader r(xml);
    if (!enterXmlRoot(r, u"pool", QStringLiteral("test")))
        return {};
    return readXmlElement(r);
}

class TestPoolDefinition : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    std::unique_ptr<HostSession> m_host;

    Status define(const PoolDefinition &def)
    {
        auto r = ask<Status>(
            [&](QObject *c, auto done) { Storage::definePool(m_host.get(), def, c, done); });
        return r ? *r : Status(Error{QStringLiteral("test"), QStringLiteral("no answer"), 0});
    }
    StoragePoolInfo pool(const QString &name)
    {
        auto r = ask<Result<QList<StoragePoolInfo>>>(
            [&](QObject *c, auto done) { Storage::listPools(m_host.get(), c, done); });
        if (r && *r)
            for (const StoragePoolInfo &p : r->value())
                if (p.name == name)
                    return p;
        return {};
    }
    void remove(const QString &name)
    {
        ask<Status>([&](QObject *c, auto d) { Storage::stopPool(m_host.get(), name, c, d); });
        ask<Status>([&](QObject *c, auto d) { Storage::undefinePool(m_host.get(), name, c, d); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        LibvirtEventLoop::start();
        m_host = std::make_unique<HostSession>(QStringLiteral("test:///default"));
        m_host->setStatsInterval(0);
        m_host->connectToHost();
        QTRY_COMPARE(m_host->state(), HostState::Connected);
    }

    void capabilitiesWithFormats()
    {
        const QString xml = QStringLiteral(
            "<storagepoolCapabilities>"
            "<pool type='dir' supported='yes'><volOptions><defaultFormat type='raw'/>"
            "<enum name='targetFormatType'><value>raw</value></enum></volOptions></pool>"
            "<pool type='fs' supported='yes'><poolOptions><defaultFormat type='auto'/>"
            "<enum name='sourceFormatType'><value>auto</value><value>ext4</value>"
            "<value>xfs</value></enum></poolOptions></pool>"
            "<pool type='netfs' supported='yes'><poolOptions><defaultFormat type='auto'/>"
            "<enum name='sourceFormatType'><value>auto</value><value>nfs</value>"
            "<value>cifs</value></enum></poolOptions></pool>"
            "<pool type='iscsi-direct' supported='no'/>"
            "<pool type='logical' supported='yes'><poolOptions><defaultFormat type='lvm2'/>"
            "<enum name='sourceFormatType'><value>unknown</value><value>lvm2</value></enum>"
            "</poolOptions></pool>"
            "<pool type='iscsi' supported='yes'/>"
            "</storagepoolCapabilities>");
        const auto r = StorageXml::parsePoolCapabilities(xml);
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
        QStringList types;
        for (const PoolTypeOffer &o : r.value())
            types << o.type;
        QCOMPARE(types, (QStringList{"dir", "fs", "netfs", "logical", "iscsi"}));
        QCOMPARE(r->at(0).sourceFormats, QStringList{}); // volume formats are not pool formats
        QCOMPARE(r->at(1).sourceFormats, (QStringList{"auto", "ext4", "xfs"}));
        QCOMPARE(r->at(1).defaultFormat, QStringLiteral("auto"));
        QCOMPARE(r->at(2).sourceFormats, (QStringList{"auto", "nfs", "cifs"}));
        QCOMPARE(r->at(3).defaultFormat, QStringLiteral("lvm2"));
        QVERIFY(!StorageXml::parsePoolCapabilities("<capabilities/>").ok());
    }

    void testDriverHasNoCapabilities()
    {
        // So the dialog offers libvirt's own lists for the four types it has fields for.
        auto types = ask<Result<QList<PoolTypeOffer>>>(
            [&](QObject *c, auto done) { Storage::poolTypes(m_host.get(), c, done); });
        QVERIFY(types);
        QVERIFY(!*types);
        QVERIFY(Storage::isUnsupported(types->error()));
        QStringList fallback;
        for (const PoolTypeOffer &o : PoolDefinitions::fallbackOffers())
            fallback << o.type;
        QCOMPARE(fallback, PoolDefinitions::editableTypes());
    }

    void check_data()
    {
        QTest::addColumn<PoolDefinition>("def");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("dir") << dir("isos", "/srv/isos") << "";
        QTest::newRow("no name") << dir(" ", "/srv/isos") << "give the pool a name";
        QTest::newRow("slash") << dir("a/b", "/srv/isos") << "cannot contain '/'";
        QTest::newRow("taken") << dir("default-pool", "/srv/x")
                               << "Define storage pool 'default-pool': the host already has";
        QTest::newRow("dir relative") << dir("isos", "srv/isos") << "absolute path";
        QTest::newRow("dir dotdot") << dir("isos", "/srv/../etc") << "absolute path";
        QTest::newRow("fs") << fs("/dev/sdb1", "ext4") << "";
        QTest::newRow("fs auto") << fs("/dev/sdb1", "auto") << "";
        QTest::newRow("fs no device") << fs("", "ext4") << "'' is not a device path";
        QTest::newRow("fs relative device") << fs("sdb1", "ext4") << "'sdb1' is not a device path";
        QTest::newRow("fs unknown format")
            << fs("/dev/sdb1", "ntfs") << "does not offer the format 'ntfs' for fs pools";
        QTest::newRow("fs format auto") << fs("/dev/sdb1", "auto", true) << "not auto";
        QTest::newRow("fs format ext4") << fs("/dev/sdb1", "ext4", true) << "";
        PoolDefinition noMount = fs("/dev/sdb1", "ext4");
        noMount.targetPath.clear();
        QTest::newRow("fs no mount point") << noMount << "mount point must be an absolute path";
        PoolDefinition twoDevices = fs("/dev/sdb1", "ext4");
        twoDevices.sourceDevices << QStringLiteral("/dev/sdc1");
        QTest::newRow("fs two devices") << twoDevices << "give the one device";
        QTest::newRow("nfs") << netfs("nfs.example.com", "/export/vms", "nfs") << "";
        QTest::newRow("nfs ipv4") << netfs("192.168.1.10", "/export", "nfs") << "";
        QTest::newRow("nfs ipv6") << netfs("fd00::10", "/export", "auto") << "";
        QTest::newRow("nfs no host") << netfs("", "/export", "nfs") << "give the server's host";
        QTest::newRow("nfs bad host")
            << netfs("nfs server", "/export", "nfs") << "'nfs server' is not a host name";
        QTest::newRow("nfs relative")
            << netfs("nfs", "export", "nfs") << "an NFS export is an absolute path";
        QTest::newRow("nfs no export") << netfs("nfs", "", "nfs") << "give the exported folder";
        QTest::newRow("cifs") << netfs("fileserver", "vms", "cifs") << "";
        QTest::newRow("cifs no share") << netfs("fileserver", "", "cifs") << "name of the share";
        QTest::newRow("gluster") << netfs("gluster1", "gv0", "glusterfs") << "";
        QTest::newRow("gluster no volume")
            << netfs("gluster1", "", "glusterfs") << "name of the Gluster volume";
        QTest::newRow("netfs unknown")
            << netfs("nfs", "/x", "sshfs") << "does not offer the format";
        QTest::newRow("logical existing") << logical("vg_vms", {}) << "";
        QTest::newRow("logical build") << logical("vg_vms", {"/dev/sdb", "/dev/sdc"}, true) << "";
        QTest::newRow("logical no group") << logical("", {}) << "name of the volume group";
        QTest::newRow("logical bad group") << logical("-vg", {}) << "not a volume group name";
        QTest::newRow("logical group space") << logical("my vg", {}) << "not a volume group name";
        QTest::newRow("logical build nothing")
            << logical("vg", {}, true) << "give the devices to create the volume group on";
        QTest::newRow("logical bad device")
            << logical("vg", {"sdb"}, true) << "'sdb' is not a device path";
        PoolDefinition iscsi = dir("target", "/dev/disk/by-path");
        iscsi.type = QStringLiteral("iscsi");
        QTest::newRow("no fields") << iscsi << "Vireo has no fields for iscsi pools";
    }
    void check()
    {
        QFETCH(PoolDefinition, def);
        QFETCH(QString, error);
        const Status s = PoolDefinitions::check(def, offerFor(def.type), {"default-pool"});
        QVERIFY2(s.ok() == error.isEmpty(), qPrintable(s ? QString("accepted") : s.error().text()));
        if (!s)
            QVERIFY2(s.error().text().contains(error), qPrintable(s.error().text()));
    }

    void typeTheHostDoesNotOffer()
    {
        // A host offering fs only with xfs: ext4 is refused, and a type it lacks too.
        const PoolTypeOffer xfsOnly{QStringLiteral("fs"), {QStringLiteral("xfs")}, {}};
        QVERIFY(!PoolDefinitions::check(fs("/dev/sdb1", "ext4"), xfsOnly, {}));
        QVERIFY(PoolDefinitions::check(fs("/dev/sdb1", "xfs"), xfsOnly, {}));
        const Status missing = PoolDefinitions::check(netfs("nfs", "/x", "nfs"), xfsOnly, {});
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains("does not offer netfs pools"));
    }

    void xmlOfEachType()
    {
        const XmlElement d = root(PoolDefinitions::xml(dir("isos & more", "/srv/isos")));
        QCOMPARE(d.attr(u"type"), QStringLiteral("dir"));
        QCOMPARE(d.childText(u"name"), QStringLiteral("isos & more"));
        QVERIFY(!d.child(u"source"));
        QCOMPARE(d.child(u"target")->childText(u"path"), QStringLiteral("/srv/isos"));

        const XmlElement f = root(PoolDefinitions::xml(fs("/dev/sdb1", "ext4")));
        QCOMPARE(f.attr(u"type"), QStringLiteral("fs"));
        QCOMPARE(f.child(u"source")->childAttr(u"device", u"path"), QStringLiteral("/dev/sdb1"));
        QCOMPARE(f.child(u"source")->childAttr(u"format", u"type"), QStringLiteral("ext4"));
        QCOMPARE(f.child(u"target")->childText(u"path"), QStringLiteral("/mnt/data"));

        const XmlElement n = root(PoolDefinitions::xml(netfs("nfs.lan", "/export/vms", "nfs")));
        QCOMPARE(n.child(u"source")->childAttr(u"host", u"name"), QStringLiteral("nfs.lan"));
        QCOMPARE(n.child(u"source")->childAttr(u"dir", u"path"), QStringLiteral("/export/vms"));
        QCOMPARE(n.child(u"source")->childAttr(u"format", u"type"), QStringLiteral("nfs"));

        const XmlElement l =
            root(PoolDefinitions::xml(logical("vg_vms", {"/dev/sdb", "/dev/sdc"})));
        const XmlElement *src = l.child(u"source");
        QCOMPARE(src->childText(u"name"), QStringLiteral("vg_vms"));
        QStringList devices;
        for (const XmlElement &e : src->children)
            if (e.name == u"device")
                devices << e.attr(u"path");
        QCOMPARE(devices, (QStringList{"/dev/sdb", "/dev/sdc"}));
        QCOMPARE(src->childAttr(u"format", u"type"), QStringLiteral("lvm2"));
        QCOMPARE(l.child(u"target")->childText(u"path"), QStringLiteral("/dev/vg_vms"));
    }

    void defineEachTypeOnTheTestDriver_data()
    {
        QTest::addColumn<PoolDefinition>("def");
        QTest::addColumn<QString>("targetPath");
        QTest::newRow("dir") << dir("isos", "/srv/isos") << "/srv/isos";
        QTest::newRow("fs") << fs("/dev/sdb1", "ext4") << "/mnt/data";
        QTest::newRow("nfs") << netfs("nfs.lan", "/export/vms", "nfs") << "/mnt/share";
        QTest::newRow("cifs") << netfs("fileserver", "vms", "cifs") << "/mnt/share";
        QTest::newRow("logical") << logical("vg_vms", {"/dev/sdb"}) << "/dev/vg_vms";
    }
    void defineEachTypeOnTheTestDriver()
    {
        QFETCH(PoolDefinition, def);
        QFETCH(QString, targetPath);
        QVERIFY(PoolDefinitions::check(def, offerFor(def.type), {}));
        const Status s = define(def);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().text()));
        const StoragePoolInfo p = pool(def.name);
        QCOMPARE(p.type, def.type);
        QCOMPARE(p.targetPath, targetPath);
        QCOMPARE(p.state, StoragePoolInfo::State::Running);
        QCOMPARE(p.autostart, def.autostart);
        remove(def.name);
        QVERIFY(pool(def.name).name.isEmpty());
    }

    void refusedDefinitionLeavesNothing()
    {
        // The test driver builds only with flags 0: formatting (NO_OVERWRITE) is refused at the
        // build step, and the definition made before it is taken away again.
        const Status s = define(fs("/dev/sdb1", "ext4", true));
        QVERIFY(!s);
        QVERIFY2(s.error().text().startsWith("Format /dev/sdb1 as ext4 for pool 'data'"),
                 qPrintable(s.error().text()));
        QVERIFY(pool(QStringLiteral("data")).name.isEmpty());
        // A name taken: libvirt's refusal at the first step, the existing pool unchanged.
        const Status taken = define(dir("default-pool", "/srv/other"));
        QVERIFY(!taken);
        QVERIFY(taken.error().text().startsWith("Define storage pool 'default-pool': "));
        QCOMPARE(pool(QStringLiteral("default-pool")).targetPath, QStringLiteral("/default-pool"));
    }
};

QTEST_GUILESS_MAIN(TestPoolDefinition)
#include "tst_pooldefinition.moc"
