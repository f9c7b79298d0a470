// SPDX-License-Identifier: GPL-2.0-or-later
// Clones on libvirt's test driver (test:///default, which copies volumes): a full and a linked
// clone, what the check refuses, the undo at each failing step (the name taken before the
// define, a pool that vanishes between two disks, a cancel), and batches where one clone fails
// alone. The failures are real: the test changes the host through a direct connection at the
// step the job announces.
#include "core/domain/clonebatch.h"
#include "core/domain/clonejob.h"
#include "core/domain/domainxml.h"
#include "core/session/hostsession.h"
#include "core/session/libvirteventloop.h"
#include "core/session/processsetup.h"
#include "core/storage/storage.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vireo;

static const char *kSourceXml = R"(<domain type='test'>
  <name>src</name>
  <memory unit='MiB'>64</memory>
  <vcpu>1</vcpu>
  <os><type>hvm</type></os>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='/default-pool/src.qcow2'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='/pool-b/src-b.qcow2'/>
      <target dev='vdb' bus='virtio'/>
    </disk>
    <disk type='file' device='cdrom'>
      <source file='/iso/install.iso'/>
      <target dev='hdc' bus='ide'/>
      <readonly/>
    </disk>
    <interface type='network'>
      <mac address='52:54:00:12:34:56'/>
      <source network='default'/>
    </interface>
    <graphics type='vnc' port='5905' autoport='no'/>
  </devices>
</domain>)";

class TestCloneJob : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    std::unique_ptr<HostSession> m_host;
    virConnectPtr m_direct = nullptr;
    QString m_srcUuid;
    const QList<CloneDiskMode> m_copyLinkShare{CloneDiskMode::Copy, CloneDiskMode::Linked,
                                               CloneDiskMode::Share};
    const QList<CloneDiskMode> m_linked{CloneDiskMode::Linked, CloneDiskMode::Linked,
                                        CloneDiskMode::Share};

    virStoragePoolPtr pool(const char *name) { return virStoragePoolLookupByName(m_direct, name); }
    void makeVolume(const char *poolName, const QString &name)
    {
        virStoragePoolPtr p = pool(poolName);
        QVERIFY(p);
        const QByteArray xml = Storage::volumeXml(name, "qcow2", 1ull << 30, 0).toUtf8();
        virStorageVolPtr v = virStorageVolCreateXML(p, xml.constData(), 0);
        QVERIFY(v);
        virStorageVolFree(v);
        virStoragePoolFree(p);
    }
    /// The volume names of a pool, sorted.
    QStringList volumeNames(const char *poolName)
    {
        QStringList out;
        virStoragePoolPtr p = pool(poolName);
        if (!p)
            return out;
        virStorageVolPtr *vols = nullptr;
        const int n = virStoragePoolListAllVolumes(p, &vols, 0);
        for (int i = 0; i < n; ++i) {
            out << QString::fromUtf8(virStorageVolGetName(vols[i]));
            virStorageVolFree(vols[i]);
        }
        free(vols);
        virStoragePoolFree(p);
        out.sort();
        return out;
    }
    QString volumeXml(const char *poolName, const QString &name)
    {
        virStoragePoolPtr p = pool(poolName);
        virStorageVolPtr v = p ? virStorageVolLookupByName(p, name.toUtf8().constData()) : nullptr;
        QString out;
        if (v) {
            char *xml = virStorageVolGetXMLDesc(v, 0);
            out = QString::fromUtf8(xml);
            free(xml);
            virStorageVolFree(v);
        }
        if (p)
            virStoragePoolFree(p);
        return out;
    }
    std::optional<DomainDescription> domain(const QString &name)
    {
        virDomainPtr d = virDomainLookupByName(m_direct, name.toUtf8().constData());
        if (!d) {
            virResetLastError();
            return std::nullopt;
        }
        char *xml = virDomainGetXMLDesc(d, VIR_DOMAIN_XML_INACTIVE);
        auto parsed = parseDomainXml(QString::fromUtf8(xml));
        free(xml);
        virDomainFree(d);
        return parsed ? std::optional(parsed.value()) : std::nullopt;
    }
    bool isRunning(const QString &name)
    {
        virDomainPtr d = virDomainLookupByName(m_direct, name.toUtf8().constData());
        const bool on = d && virDomainIsActive(d) == 1;
        if (d)
            virDomainFree(d);
        return on;
    }
    void defineNamed(const QString &name)
    {
        const QString xml =
            QStringLiteral("<domain type='test'><name>%1</name><memory>65536</memory>"
                           "<os><type>hvm</type></os></domain>")
                .arg(name);
        virDomainPtr d = virDomainDefineXML(m_direct, xml.toUtf8().constData());
        QVERIFY(d);
        virDomainFree(d);
    }
    Result<CloneOutcome> run(CloneJob &job, bool *cancelled = nullptr)
    {
        std::optional<Result<CloneOutcome>> out;
        connect(&job, &CloneJob::finished, this, [&](const Result<CloneOutcome> &r, bool c) {
            out = r;
            if (cancelled)
                *cancelled = c;
        });
        job.setPollInterval(10);
        job.start();
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            return Error{QStringLiteral("test"), QStringLiteral("no answer"), 0};
        return *out;
    }
    CloneBatchReport runBatch(CloneBatch &batch)
    {
        std::optional<CloneBatchReport> out;
        connect(&batch, &CloneBatch::finished, this, [&](const CloneBatchReport &r) { out = r; });
        batch.start();
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
            return {};
        return *out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        LibvirtEventLoop::start();
        m_direct = virConnectOpen("test:///default");
        QVERIFY(m_direct);
        m_host = std::make_unique<HostSession>(QStringLiteral("test:///default"));
        m_host->setStatsInterval(0);
        m_host->connectToHost();
        QTRY_COMPARE(m_host->state(), HostState::Connected);
    }
    void init()
    {
        virStoragePoolPtr b = virStoragePoolCreateXML(
            m_direct,
            "<pool type='dir'><name>pool-b</name><target><path>/pool-b</path></target></pool>", 0);
        QVERIFY(b);
        virStoragePoolFree(b);
        makeVolume("default-pool", "src.qcow2");
        makeVolume("pool-b", "src-b.qcow2");
        virDomainPtr d = virDomainDefineXML(m_direct, kSourceXml);
        QVERIFY(d);
        char uuid[VIR_UUID_STRING_BUFLEN];
        virDomainGetUUIDString(d, uuid);
        m_srcUuid = QString::fromLatin1(uuid);
        virDomainFree(d);
    }
    void cleanup()
    {
        // Every domain but the driver's own 'test', every volume, the second pool.
        virDomainPtr *doms = nullptr;
        const int n = virConnectListAllDomains(m_direct, &doms, 0);
        for (int i = 0; i < n; ++i) {
            if (qstrcmp(virDomainGetName(doms[i]), "test") != 0) {
                if (virDomainIsActive(doms[i]) == 1)
                    virDomainDestroy(doms[i]);
                virDomainUndefine(doms[i]);
            }
            virDomainFree(doms[i]);
        }
        free(doms);
        for (const char *p : {"default-pool", "pool-b"}) {
            virStoragePoolPtr pp = pool(p);
            if (!pp)
                continue;
            for (const QString &v : volumeNames(p)) {
                virStorageVolPtr vol = virStorageVolLookupByName(pp, v.toUtf8().constData());
                virStorageVolDelete(vol, 0);
                virStorageVolFree(vol);
            }
            if (qstrcmp(p, "pool-b") == 0)
                virStoragePoolDestroy(pp);
            virStoragePoolFree(pp);
        }
        virResetLastError();
    }
    void cleanupTestCase()
    {
        m_host.reset();
        if (m_direct)
            virConnectClose(m_direct);
    }

    void inspectGivesDisksPoolsAndDefaults()
    {
        std::optional<Result<CloneSource>> out;
        QObject context;
        Clone::inspect(m_host.get(), m_srcUuid, &context, [&](Result<CloneSource> r) { out = r; });
        QTRY_VERIFY(out.has_value());
        QVERIFY2(*out, qPrintable(out->error().text()));
        const CloneSource &s = out->value();
        QCOMPARE(s.name, QStringLiteral("src"));
        QCOMPARE(s.state, DomainState::Shutoff);
        QCOMPARE(s.disks.size(), 3);
        QCOMPARE(s.disks[0].pool, QStringLiteral("default-pool"));
        QCOMPARE(s.disks[0].volume, QStringLiteral("src.qcow2"));
        QCOMPARE(s.disks[1].pool, QStringLiteral("pool-b"));
        QVERIFY(!s.disks[2].inPool());
        QVERIFY(s.domainNames.contains("test"));
        QCOMPARE(
            Clone::defaultModes(s, false),
            (QList<CloneDiskMode>{CloneDiskMode::Copy, CloneDiskMode::Copy, CloneDiskMode::Share}));
        QCOMPARE(Clone::defaultModes(s, true), m_linked);
        QVERIFY(!Clone::modeProblem(s.disks[2], CloneDiskMode::Copy).isEmpty());
    }

    void fullAndLinkedClone()
    {
        CloneJob job(m_host.get(), {m_srcUuid, "c1", m_copyLinkShare, false});
        QSignalSpy progress(&job, &CloneJob::progress);
        const Result<CloneOutcome> r = run(job);
        QVERIFY2(r, qPrintable(r.error().text()));
        QCOMPARE(progress.last().at(0).toInt(), 100);
        QCOMPARE(r->volumes, (QStringList{"/default-pool/c1.qcow2", "/pool-b/c1-b.qcow2"}));
        const auto c = domain("c1");
        QVERIFY(c);
        QVERIFY(!c->uuid.isEmpty());
        QVERIFY(c->uuid != m_srcUuid);
        QCOMPARE(c->uuid, r->uuid);
        QCOMPARE(c->macAddresses().size(), 1);
        QVERIFY(c->macAddresses()[0] != "52:54:00:12:34:56");
        QVERIFY(c->macAddresses()[0].startsWith("52:54:00:"));
        QCOMPARE(c->disks.size(), 3);
        QCOMPARE(c->disks[0].sourcePath, QStringLiteral("/default-pool/c1.qcow2"));
        QCOMPARE(c->disks[1].sourcePath, QStringLiteral("/pool-b/c1-b.qcow2"));
        QCOMPARE(c->disks[2].sourcePath, QStringLiteral("/iso/install.iso"));
        QVERIFY(c->graphics[0].autoport);
        QVERIFY(!isRunning("c1"));
        // The copy is a volume of its own; the linked one reads from the original.
        QVERIFY(!volumeXml("default-pool", "c1.qcow2").contains("backingStore"));
        QVERIFY(volumeXml("pool-b", "c1-b.qcow2").contains("/pool-b/src-b.qcow2"));
        // The original is now a template with a linked clone.
        std::optional<Result<CloneSource>> again;
        QObject context;
        Clone::inspect(m_host.get(), m_srcUuid, &context,
                       [&](Result<CloneSource> s) { again = s; });
        QTRY_VERIFY(again.has_value());
        QVERIFY(*again);
        QCOMPARE(again->value().disks[1].linkedClones, QStringList{"/pool-b/c1-b.qcow2"});
        QVERIFY(again->value().disks[0].linkedClones.isEmpty());
    }

    void checkRefusesATakenNameAndARunningOriginal()
    {
        const QStringList before = volumeNames("default-pool");
        CloneJob taken(m_host.get(), {m_srcUuid, "test", m_copyLinkShare, false});
        Result<CloneOutcome> r = run(taken);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains("exists"), qPrintable(r.error().text()));
        QCOMPARE(volumeNames("default-pool"), before);

        virDomainPtr d = virDomainLookupByName(m_direct, "src");
        QCOMPARE(virDomainCreate(d), 0);
        CloneJob running(m_host.get(), {m_srcUuid, "c2", m_copyLinkShare, false});
        r = run(running);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains("pause it"), qPrintable(r.error().text()));
        QVERIFY(!domain("c2"));
        // Paused: its disks do not change, so it may be cloned.
        QCOMPARE(virDomainSuspend(d), 0);
        virDomainFree(d);
        CloneJob paused(m_host.get(), {m_srcUuid, "c3", m_linked, false});
        r = run(paused);
        QVERIFY2(r, qPrintable(r.error().text()));
        QVERIFY(domain("c3"));
    }

    void defineFailureUndoesTheVolumes()
    {
        CloneJob job(m_host.get(), {m_srcUuid, "c1", m_copyLinkShare, false});
        // Someone takes the name after the check, just before the define.
        connect(&job, &CloneJob::stepStarted, this, [this](CloneJob::Step step, int) {
            if (step == CloneJob::Step::Define)
                defineNamed("c1");
        });
        const Result<CloneOutcome> r = run(job);
        QVERIFY(!r);
        QCOMPARE(volumeNames("default-pool"), QStringList{"src.qcow2"});
        QCOMPARE(volumeNames("pool-b"), QStringList{"src-b.qcow2"});
        QVERIFY(domain("c1")->disks.isEmpty()); // the other's, untouched
    }

    void vanishedPoolUndoesTheFirstVolume()
    {
        CloneJob job(m_host.get(), {m_srcUuid, "c1", m_copyLinkShare, false});
        connect(&job, &CloneJob::stepStarted, this, [this](CloneJob::Step step, int disk) {
            if (step == CloneJob::Step::Volume && disk == 1) {
                virStoragePoolPtr b = pool("pool-b");
                virStoragePoolDestroy(b);
                virStoragePoolFree(b);
            }
        });
        const Result<CloneOutcome> r = run(job);
        QVERIFY(!r);
        QVERIFY2(r.error().text().contains("pool-b"), qPrintable(r.error().text()));
        QCOMPARE(volumeNames("default-pool"), QStringList{"src.qcow2"});
        QVERIFY(!domain("c1"));
    }

    void cancelUndoesEverything()
    {
        CloneJob job(m_host.get(), {m_srcUuid, "c1", m_copyLinkShare, false});
        connect(&job, &CloneJob::stepStarted, this, [&job](CloneJob::Step step, int disk) {
            if (step == CloneJob::Step::Volume && disk == 1)
                job.cancel();
        });
        bool cancelled = false;
        const Result<CloneOutcome> r = run(job, &cancelled);
        QVERIFY(!r);
        QVERIFY(cancelled);
        QCOMPARE(volumeNames("default-pool"), QStringList{"src.qcow2"});
        QCOMPARE(volumeNames("pool-b"), QStringList{"src-b.qcow2"});
        QVERIFY(!domain("c1"));
    }

    void nvramIsCopiedBesideTheOriginalsAndUndone()
    {
        // A local host: the UEFI variables are a file beside the original's (no pool holds it).
        QTemporaryDir folder;
        QFile vars(folder.filePath("usrc_VARS.fd"));
        QVERIFY(vars.open(QIODevice::WriteOnly));
        vars.write("uefi variables");
        vars.close();
        QString xml = QString::fromLatin1(kSourceXml);
        xml.replace("<name>src</name>", "<name>usrc</name>");
        xml.replace("<os><type>hvm</type></os>",
                    QStringLiteral("<os><type>hvm</type><loader readonly='yes' type='pflash'>"
                                   "/x/OVMF_CODE.fd</loader><nvram>%1</nvram></os>")
                        .arg(vars.fileName()));
        virDomainPtr d = virDomainDefineXML(m_direct, xml.toUtf8().constData());
        QVERIFY(d);
        char uuid[VIR_UUID_STRING_BUFLEN];
        virDomainGetUUIDString(d, uuid);
        virDomainFree(d);
        CloneJob job(m_host.get(), {QString::fromLatin1(uuid), "u1", m_linked, false});
        const Result<CloneOutcome> r = run(job);
        QVERIFY2(r, qPrintable(r.error().text()));
        QCOMPARE(domain("u1")->nvramPath, folder.filePath("u1_VARS.fd"));
        QFile copy(folder.filePath("u1_VARS.fd"));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), QByteArray("uefi variables"));
        // A clone that fails at its define leaves no copy behind.
        CloneJob failing(m_host.get(), {QString::fromLatin1(uuid), "u2", m_linked, false});
        connect(&failing, &CloneJob::stepStarted, this, [this](CloneJob::Step step, int) {
            if (step == CloneJob::Step::Define)
                defineNamed("u2");
        });
        QVERIFY(!run(failing));
        QVERIFY(!QFile::exists(folder.filePath("u2_VARS.fd")));
        QVERIFY(QFile::exists(vars.fileName()));
    }

    void batchFailsOneAloneAndReportsIt()
    {
        CloneBatch batch(m_host.get(), m_srcUuid, {"lab-1", "lab-2", "lab-3"}, m_linked, false);
        // lab-2's name is taken while lab-1 is made.
        connect(&batch, &CloneBatch::cloneFinished, this, [this](int index) {
            if (index == 0)
                defineNamed("lab-2");
        });
        QSignalSpy progress(&batch, &CloneBatch::progress);
        const CloneBatchReport report = runBatch(batch);
        QCOMPARE(report.made.size(), 2);
        QCOMPARE(report.made[0].name, QStringLiteral("lab-1"));
        QCOMPARE(report.made[1].name, QStringLiteral("lab-3"));
        QCOMPARE(report.failed.size(), 1);
        QCOMPARE(report.failed[0].first, QStringLiteral("lab-2"));
        QVERIFY(report.text().contains("2 of 3"));
        QVERIFY2(report.text().contains("lab-2 failed"), qPrintable(report.text()));
        QCOMPARE(volumeNames("default-pool"),
                 (QStringList{"lab-1.qcow2", "lab-3.qcow2", "src.qcow2"}));
        QCOMPARE(volumeNames("pool-b"),
                 (QStringList{"lab-1-b.qcow2", "lab-3-b.qcow2", "src-b.qcow2"}));
        // One progress for the batch, rising to 100.
        int last = -1;
        for (const QList<QVariant> &p : progress) {
            QVERIFY(p.at(0).toInt() >= last);
            last = p.at(0).toInt();
        }
        QCOMPARE(last, 100);
    }

    void batchFailureMidCloneUndoesOnlyThatOne()
    {
        CloneBatch batch(m_host.get(), m_srcUuid, {"lab-1", "lab-2"}, m_linked, true);
        // pool-b vanishes while lab-2 makes its second disk: lab-2 goes, lab-1 stays (running).
        connect(&batch, &CloneBatch::cloneStarted, this, [this, &batch](int index) {
            if (index != 1)
                return;
            connect(batch.currentJob(), &CloneJob::stepStarted, this,
                    [this](CloneJob::Step step, int disk) {
                        if (step == CloneJob::Step::Volume && disk == 1) {
                            virStoragePoolPtr b = pool("pool-b");
                            virStoragePoolDestroy(b);
                            virStoragePoolFree(b);
                        }
                    });
        });
        const CloneBatchReport report = runBatch(batch);
        QCOMPARE(report.made.size(), 1);
        QCOMPARE(report.failed.size(), 1);
        QCOMPARE(report.failed[0].first, QStringLiteral("lab-2"));
        QVERIFY(isRunning("lab-1"));
        QVERIFY(!domain("lab-2"));
        QCOMPARE(volumeNames("default-pool"), (QStringList{"lab-1.qcow2", "src.qcow2"}));
    }

    void batchCancelKeepsWhatIsMade()
    {
        CloneBatch batch(m_host.get(), m_srcUuid, {"lab-1", "lab-2", "lab-3"}, m_linked, false);
        connect(&batch, &CloneBatch::cloneStarted, this, [&batch](int index) {
            if (index == 1)
                batch.cancel();
        });
        const CloneBatchReport report = runBatch(batch);
        QVERIFY(report.cancelled);
        QCOMPARE(report.made.size(), 1);
        QCOMPARE(report.notTried, (QStringList{"lab-2", "lab-3"}));
        QVERIFY(domain("lab-1"));
        QVERIFY(!domain("lab-2"));
        QCOMPARE(volumeNames("default-pool"), (QStringList{"lab-1.qcow2", "src.qcow2"}));
    }
};

QTEST_GUILESS_MAIN(TestCloneJob)
#include "tst_clonejob.moc"
