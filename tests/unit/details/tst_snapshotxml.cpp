// SPDX-License-Identifier: GPL-2.0-or-later
// Snapshot XML: the one parser of <domainsnapshot>, the XML a new snapshot is taken with, and
// what libvirt 9.0 can do with each kind (the decisions that grey the page's buttons).
#include "core/domain/snapshots.h"
#include "core/domain/snapshotxml.h"

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace Vireo;

Q_DECLARE_METATYPE(Vireo::SnapshotKind)
Q_DECLARE_METATYPE(Vireo::SnapshotState)
Q_DECLARE_METATYPE(Vireo::SnapshotMode)
Q_DECLARE_METATYPE(Vireo::Snapshots::DeleteScope)

namespace {

QString fixture(const QString &name)
{
    QFile f(QFINDTESTDATA(QStringLiteral("data/") + name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

DomainDisk disk(const QString &target, const QString &format, const QString &source,
                bool readOnly = false, const QString &type = QStringLiteral("file"))
{
    DomainDisk d;
    d.target = target;
    d.device = readOnly ? QStringLiteral("cdrom") : QStringLiteral("disk");
    d.format = format;
    d.source = source;
    d.sourceType = type;
    d.readOnly = readOnly;
    return d;
}

/// "vda:external:/path" for each <disk> of a built <domainsnapshot>, and "memory:no" if said.
QStringList diskPlan(const QString &xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    QString current;
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = r.attributes();
        if (r.name() == u"memory")
            out << QStringLiteral("memory:") + a.value(QLatin1String("snapshot")).toString();
        else if (r.name() == u"disk") {
            current = a.value(QLatin1String("name")).toString() + u':' +
                      a.value(QLatin1String("snapshot")).toString();
            out << current;
        } else if (r.name() == u"source")
            out.last() += u':' + a.value(QLatin1String("file")).toString();
    }
    return out;
}

constexpr quint64 v9_0 = 9'000'000;

} // namespace

class TestSnapshotXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("parent");
        QTest::addColumn<qint64>("created");
        QTest::addColumn<SnapshotState>("state");
        QTest::addColumn<SnapshotKind>("kind");
        QTest::addColumn<QStringList>("overlays");

        QTest::newRow("internal, running, with memory")
            << "snapshot-internal-running.xml"
            << "before-upgrade"
            << "Kernel 6.1, before apt upgrade & reboot"
            << "fresh-install" << qint64(1796128002) << SnapshotState::Running
            << SnapshotKind::FullSystem << QStringList();
        QTest::newRow("internal, shut off, a root")
            << "snapshot-internal-shutoff.xml"
            << "fresh-install"
            << ""
            << "" << qint64(1796040000) << SnapshotState::ShutOff << SnapshotKind::InternalDisks
            << QStringList();
        QTest::newRow("external, disks only")
            << "snapshot-external-disks.xml"
            << "nightly"
            << ""
            << "before-upgrade" << qint64(1796200000) << SnapshotState::DiskSnapshot
            << SnapshotKind::ExternalDisks
            << QStringList{"/var/lib/libvirt/images/debian12.nightly.qcow2",
                           "/srv/data/scratch.nightly.qcow2"};
        QTest::newRow("external, with a memory file")
            << "snapshot-external-memory.xml"
            << "paused-with-memory"
            << ""
            << "" << qint64(1796300000) << SnapshotState::Paused << SnapshotKind::ExternalFullSystem
            << QStringList{"/var/lib/libvirt/qemu/snapshot/debian12/paused.mem",
                           "/var/lib/libvirt/images/debian12.paused.qcow2"};
    }
    void parses()
    {
        QFETCH(QString, file);
        const QString xml = fixture(file);
        QVERIFY(!xml.isEmpty());
        auto s = parseSnapshotXml(xml);
        QVERIFY2(s.ok(), qPrintable(s.error().text()));
        QTEST(s->name, "name");
        // The snapshot's description, never the embedded domain's.
        QTEST(s->description, "description");
        QTEST(s->parent, "parent");
        QTEST(s->created.toSecsSinceEpoch(), "created");
        QCOMPARE(s->created.timeSpec(), Qt::UTC);
        QTEST(s->state, "state");
        QTEST(s->kind, "kind");
        QTEST(s->overlays, "overlays");
        QVERIFY(!s->current); // not in the XML: libvirt says it apart
    }

    void refusesBadXml_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("a domain") << "<domain><name>x</name></domain>"
                                  << "<domain>, not <domainsnapshot>";
        QTest::newRow("no name") << "<domainsnapshot><state>running</state></domainsnapshot>"
                                 << "no name";
        QTest::newRow("broken") << "<domainsnapshot><name>x</name>"
                                << "line";
    }
    void refusesBadXml()
    {
        QFETCH(QString, xml);
        QFETCH(QString, says);
        auto s = parseSnapshotXml(xml);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().operation, QStringLiteral("Read the snapshot XML"));
        QVERIFY2(s.error().message.contains(says), qPrintable(s.error().message));
    }

    void buildsTheRequest_data()
    {
        QTest::addColumn<SnapshotMode>("mode");
        QTest::addColumn<QStringList>("plan");
        // Internal: libvirt decides memory from the domain's state, and every disk internal.
        QTest::newRow("internal") << SnapshotMode::Internal << QStringList();
        QTest::newRow("disk only")
            << SnapshotMode::DiskOnly
            << QStringList{"memory:no", "vda:external:/var/lib/libvirt/images/web.lab 1.qcow2",
                           "vdb:external:/srv/raw/data.lab 1.qcow2", "sda:no"};
    }
    void buildsTheRequest()
    {
        QFETCH(SnapshotMode, mode);
        const QList<DomainDisk> disks{disk("vda", "qcow2", "/var/lib/libvirt/images/web.qcow2"),
                                      disk("vdb", "raw", "/srv/raw/data.img"),
                                      disk("sda", "raw", "/srv/iso/debian.iso", true)};
        const QString xml =
            buildSnapshotXml({QStringLiteral("lab 1"), QStringLiteral("a <b> & c"), mode}, disks);
        QTEST(diskPlan(xml), "plan");
        // Name and description as written, escaped by the writer.
        auto back = parseSnapshotXml(xml);
        QVERIFY2(back.ok(), qPrintable(back.error().text()));
        QCOMPARE(back->name, QStringLiteral("lab 1"));
        QCOMPARE(back->description, QStringLiteral("a <b> & c"));
    }

    void overlayPaths_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("overlay");
        QTest::newRow("qcow2") << "/var/lib/libvirt/images/web.qcow2"
                               << "/var/lib/libvirt/images/web.s1.qcow2";
        QTest::newRow("no suffix") << "/dev/shm/disk"
                                   << "/dev/shm/disk.s1.qcow2";
        QTest::newRow("two dots") << "/img/a.b.raw"
                                  << "/img/a.b.s1.qcow2";
        QTest::newRow("at the root") << "/web.img"
                                     << "/web.s1.qcow2";
    }
    void overlayPaths()
    {
        QFETCH(QString, source);
        QTEST(overlayPathFor(source, QStringLiteral("s1")), "overlay");
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("says");
        QTest::newRow("fine") << "before upgrade"
                              << "";
        QTest::newRow("empty") << ""
                               << "needs a name";
        QTest::newRow("spaces") << "   "
                                << "needs a name";
        QTest::newRow("trailing space") << "a "
                                        << "begin or end with a space";
        QTest::newRow("slash") << "a/b"
                               << "slash";
        QTest::newRow("dot") << ".hidden"
                             << "dot";
        QTest::newRow("taken") << "s1"
                               << "already a snapshot called 's1'";
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, says);
        const QString why = snapshotNameProblem(name, {QStringLiteral("s1")});
        if (says.isEmpty())
            QCOMPARE(why, QString());
        else
            QVERIFY2(why.contains(says), qPrintable(why));
    }

    void defaultNameFromDateAndTime()
    {
        const QDateTime when(QDate(2026, 12, 1), QTime(13, 5, 42));
        QCOMPARE(defaultSnapshotName(when), QStringLiteral("2026-12-01_13-05-42"));
        QCOMPARE(snapshotNameProblem(defaultSnapshotName(when), {}), QString());
    }

    void versionText() { QCOMPARE(Snapshots::versionText(9'007'012), QStringLiteral("9.7.12")); }

    void createBlockers_data()
    {
        QTest::addColumn<QString>("firmware");
        QTest::addColumn<QList<DomainDisk>>("disks");
        QTest::addColumn<SnapshotMode>("mode");
        QTest::addColumn<QString>("says");
        const QList<DomainDisk> qcow{disk("vda", "qcow2", "/i/a.qcow2"),
                                     disk("sda", "raw", "/iso/x.iso", true)};
        const QList<DomainDisk> withRaw{disk("vda", "qcow2", "/i/a.qcow2"),
                                        disk("vdb", "raw", "/i/b.img")};
        const QList<DomainDisk> withBlock{disk("vda", "raw", "/dev/vg/a", false, "block")};
        QTest::newRow("qcow2, internal") << "bios" << qcow << SnapshotMode::Internal << "";
        QTest::newRow("read-only raw is fine") << "bios" << qcow << SnapshotMode::DiskOnly << "";
        QTest::newRow("raw disk stops internal")
            << "bios" << withRaw << SnapshotMode::Internal << "disk vdb is raw, not qcow2";
        QTest::newRow("raw disk, disk only") << "bios" << withRaw << SnapshotMode::DiskOnly << "";
        QTest::newRow("block device, disk only")
            << "bios" << withBlock << SnapshotMode::DiskOnly << "disk vda is not a file (block)";
        QTest::newRow("UEFI, internal, running")
            << "efi" << qcow << SnapshotMode::Internal
            << "libvirt 9.0.0 on this host cannot take a snapshot with memory of a running UEFI";
        QTest::newRow("UEFI, disk only") << "efi" << qcow << SnapshotMode::DiskOnly << "";
        QTest::newRow("no writable disk")
            << "bios" << QList<DomainDisk>{disk("sda", "raw", "/iso/x.iso", true)}
            << SnapshotMode::DiskOnly << "no writable disk";
    }
    void createBlockers()
    {
        QFETCH(QString, firmware);
        QFETCH(QList<DomainDisk>, disks);
        QFETCH(SnapshotMode, mode);
        QFETCH(QString, says);
        DomainDescription d;
        d.firmware = firmware;
        d.disks = disks;
        d.id = 7; // running: the live XML has an id
        const QString why = Snapshots::createBlocker(d, mode, v9_0);
        if (says.isEmpty())
            QCOMPARE(why, QString());
        else
            QVERIFY2(why.contains(says), qPrintable(why));
        // A newer libvirt takes internal snapshots of UEFI guests.
        if (firmware == u"efi")
            QCOMPARE(Snapshots::createBlocker(d, mode, Snapshots::InternalUefiSince), QString());
    }
    // libvirt 9.0 and 9.1 snapshot a shut-off UEFI guest's disks (qemu-img); 9.2 to 10.9 refuse.
    void uefiShutOffDependsOnTheRelease()
    {
        DomainDescription d;
        d.firmware = QStringLiteral("efi");
        d.disks = {disk("vda", "qcow2", "/i/a.qcow2")};
        QCOMPARE(d.id, -1);
        QCOMPARE(Snapshots::createBlocker(d, SnapshotMode::Internal, v9_0), QString());
        const QString why = Snapshots::createBlocker(d, SnapshotMode::Internal, 9'002'000);
        QVERIFY2(why.contains(QLatin1String("libvirt 9.2.0 on this host cannot take internal "
                                            "snapshots of a UEFI guest")),
                 qPrintable(why));
        QCOMPARE(Snapshots::createBlocker(d, SnapshotMode::Internal, Snapshots::InternalUefiSince),
                 QString());
    }

    void quiesceNeedsARunningGuestAgentAndDiskOnly()
    {
        DomainDescription d;
        d.id = 3;
        d.guestAgentConnected = true;
        QCOMPARE(Snapshots::quiesceBlocker(d, SnapshotMode::DiskOnly), QString());
        QVERIFY(Snapshots::quiesceBlocker(d, SnapshotMode::Internal).contains(u"disk-only"));
        d.guestAgentConnected = false;
        QVERIFY2(Snapshots::quiesceBlocker(d, SnapshotMode::DiskOnly)
                     .contains(u"no guest agent answers"),
                 qPrintable(Snapshots::quiesceBlocker(d, SnapshotMode::DiskOnly)));
        d.guestAgentConnected = true;
        d.id = -1;
        QVERIFY(Snapshots::quiesceBlocker(d, SnapshotMode::DiskOnly).contains(u"not running"));
    }

    void whatLibvirtCanDo_data()
    {
        QTest::addColumn<SnapshotKind>("kind");
        QTest::addColumn<Snapshots::DeleteScope>("scope");
        QTest::addColumn<bool>("canRevert");
        QTest::addColumn<bool>("canDelete");
        using S = Snapshots::DeleteScope;
        QTest::newRow("internal, one") << SnapshotKind::FullSystem << S::One << true << true;
        QTest::newRow("internal, children")
            << SnapshotKind::InternalDisks << S::WithChildren << true << true;
        QTest::newRow("external, one") << SnapshotKind::ExternalDisks << S::One << false << true;
        QTest::newRow("external, children")
            << SnapshotKind::ExternalDisks << S::WithChildren << false << false;
        QTest::newRow("external, metadata")
            << SnapshotKind::ExternalFullSystem << S::MetadataOnly << false << true;
    }
    void whatLibvirtCanDo()
    {
        QFETCH(SnapshotKind, kind);
        QFETCH(Snapshots::DeleteScope, scope);
        QFETCH(bool, canRevert);
        QFETCH(bool, canDelete);
        SnapshotInfo s;
        s.kind = kind;
        const QString revert = Snapshots::revertBlocker(s, v9_0);
        QCOMPARE(revert.isEmpty(), canRevert);
        if (!canRevert) {
            QVERIFY2(revert.contains(QLatin1String("libvirt 9.0.0")), qPrintable(revert));
            QVERIFY2(revert.contains(QLatin1String("9.7.0")), qPrintable(revert));
            QCOMPARE(Snapshots::revertBlocker(s, Snapshots::RevertExternalSince), QString());
        }
        const QString del = Snapshots::deleteBlocker(s, scope, v9_0);
        QCOMPARE(del.isEmpty(), canDelete);
        if (!canDelete)
            QVERIFY2(del.contains(QLatin1String("libvirt 9.0.0")), qPrintable(del));
        // Before 9.0 no external snapshot could be deleted, except its metadata.
        if (s.isExternal() && scope != Snapshots::DeleteScope::MetadataOnly)
            QVERIFY(!Snapshots::deleteBlocker(s, scope, 8'010'000).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotXml)
#include "tst_snapshotxml.moc"
