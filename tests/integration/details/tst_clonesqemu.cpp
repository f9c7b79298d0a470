// SPDX-License-Identifier: GPL-2.0-or-later
// Clones on a real libvirtd and QEMU: the tiny guest with a qcow2 data disk in a pool writes a
// marker and is shut off; a full and a linked clone each boot and read that marker from their
// disks; a batch of three linked clones boots all three; a cancelled full copy leaves no volume;
// deleting a clone with its storage removes exactly the chosen volume, and the original, now a
// template with linked clones, is kept out of reach. Needs tests/integration/setup.sh; skips
// without.

#include "guest.h"

#include "core/domain/clonebatch.h"
#include "core/domain/clonejob.h"
#include "core/domain/deletion.h"
#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Vireo;
using namespace Vireo::Integration;

class TestClonesQemu : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void initTestCase();
    void fullAndLinkedCloneReadTheOriginalsMarker();
    void batchOfThreeLinkedClonesBootsAllThree();
    void cancelledFullCopyLeavesNoVolume();
    void deleteWithStorageRemovesExactlyTheChosenVolume();
    void cleanupTestCase();

private:
    QString logOf(const QString &name) const
    {
        return m_dir.filePath(name + QStringLiteral(".log"));
    }
    /// The pool's volume names, sorted.
    QStringList volumes() const;
    Result<CloneOutcome> clone(const QString &name, CloneDiskMode mode);
    /// Gives a clone a serial log of its own (the original's XML names the original's), starts
    /// it and waits for the marker it reads from its disk; empty on success, else why not.
    QString bootAndReadMarker(const QString &name, bool waitOnly = false);
    void startClone(const QString &name);

    Environment m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    GuestSpec m_spec;
    QString m_uuid;
    virConnectPtr m_conn = nullptr;
    virStoragePoolPtr m_pool = nullptr;
};

QStringList TestClonesQemu::volumes() const
{
    QStringList out;
    virStoragePoolRefresh(m_pool, 0);
    virStorageVolPtr *vols = nullptr;
    const int n = virStoragePoolListAllVolumes(m_pool, &vols, 0);
    for (int i = 0; i < n; ++i) {
        out << QString::fromUtf8(virStorageVolGetName(vols[i]));
        virStorageVolFree(vols[i]);
    }
    free(vols);
    out.sort();
    return out;
}

Result<CloneOutcome> TestClonesQemu::clone(const QString &name, CloneDiskMode mode)
{
    CloneJob job(m_session.get(), {m_uuid, name, {mode}, false});
    Pending<Result<CloneOutcome>> done;
    auto cb = done.callback();
    connect(&job, &CloneJob::finished, this, [cb](const Result<CloneOutcome> &r, bool) { cb(r); });
    job.start();
    if (!QTest::qWaitFor([&] { return done.ready(); }, kLibvirtCallMs))
        return Error{QStringLiteral("test"), QStringLiteral("no answer"), 0};
    return done.value();
}

void TestClonesQemu::startClone(const QString &name)
{
    virDomainPtr d = virDomainLookupByName(m_conn, name.toUtf8().constData());
    QVERIFY2(d, virGetLastErrorMessage());
    char *xml = virDomainGetXMLDesc(d, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
    QString text = QString::fromUtf8(xml);
    free(xml);
    virDomainFree(d);
    QVERIFY(text.contains(m_spec.serialLogPath));
    text.replace(m_spec.serialLogPath, logOf(name));
    d = virDomainDefineXML(m_conn, text.toUtf8().constData());
    QVERIFY2(d, virGetLastErrorMessage());
    QVERIFY2(virDomainCreate(d) == 0, virGetLastErrorMessage());
    virDomainFree(d);
}

QString TestClonesQemu::bootAndReadMarker(const QString &name, bool waitOnly)
{
    if (!waitOnly) {
        startClone(name);
        if (QTest::currentTestFailed())
            return QStringLiteral("cannot start %1").arg(name);
    }
    const SerialLog log(logOf(name));
    if (!QTest::qWaitFor(
            [&] { return !log.lastValue(QStringLiteral("VIREO-MARKER vda=")).isEmpty(); }, 120000))
        return QStringLiteral("%1 read no marker; its serial log:\n%2").arg(name, log.tail());
    const QString marker = log.lastValue(QStringLiteral("VIREO-MARKER vda="));
    return marker == QLatin1String("ORIGINAL") ? QString()
                                               : QStringLiteral("%1 read '%2'").arg(name, marker);
}

void TestClonesQemu::initTestCase()
{
    m_env = Environment::detect();
    if (!m_env.unavailable.isEmpty())
        QSKIP(qPrintable(m_env.unavailable));
    const QString notReady = prepareScratch(m_env, m_dir.path());
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    m_spec = testGuestSpec(QStringLiteral("clones"), m_dir.path(), 256);

    // The qcow2 data disk is a volume of a transient pool on the scratch folder: clones are
    // made in the pool of the original's volume.
    m_conn = virConnectOpen(m_env.uri.toUtf8().constData());
    QVERIFY(m_conn);
    const QString poolXml = QStringLiteral("<pool type='dir'><name>%1-pool</name><target><path>"
                                           "%2</path></target></pool>")
                                .arg(m_spec.name, m_dir.path());
    m_pool = virStoragePoolCreateXML(m_conn, poolXml.toUtf8().constData(), 0);
    QVERIFY2(m_pool, virGetLastErrorMessage());
    const char volXml[] = "<volume><name>data.qcow2</name><capacity unit='MiB'>64</capacity>"
                          "<target><format type='qcow2'/></target></volume>";
    virStorageVolPtr vol = virStorageVolCreateXML(m_pool, volXml, 0);
    QVERIFY2(vol, virGetLastErrorMessage());
    char *path = virStorageVolGetPath(vol);
    m_spec.dataDiskPath = QString::fromUtf8(path);
    free(path);
    virStorageVolFree(vol);

    QString error;
    m_session = connectedSession(m_env.uri, &error);
    QVERIFY2(m_session, qPrintable(error));
    Pending<Result<QString>> defined;
    DomainActions::defineXml(m_session.get(), guestXml(m_env, m_spec), this, defined.callback());
    QTRY_VERIFY_WITH_TIMEOUT(defined.ready(), kLibvirtCallMs);
    QVERIFY2(defined->ok(), qPrintable(defined->error().text()));
    m_uuid = defined->value();
    DomainActions::performAction(m_session.get(), {m_uuid}, DomainAction::Start);
    const SerialLog serial(m_spec.serialLogPath);
    QTRY_VERIFY_WITH_TIMEOUT(serial.contains(QStringLiteral("vireo-guest# ")), 120000);
    const QString typed = typeOnSerialConsole(m_env.uri, m_spec.name, "vireo-mark ORIGINAL");
    QVERIFY2(typed.isEmpty(), qPrintable(typed));
    QTRY_VERIFY2_WITH_TIMEOUT(serial.lastValue("VIREO-MARKER vda=") == QLatin1String("ORIGINAL"),
                              qPrintable(serial.tail()), 30000);
    // The guest synced its disk; the original is shut off, as a template is.
    virDomainPtr d = virDomainLookupByUUIDString(m_conn, m_uuid.toLatin1().constData());
    QVERIFY(d);
    QCOMPARE(virDomainDestroy(d), 0);
    virDomainFree(d);
}

void TestClonesQemu::fullAndLinkedCloneReadTheOriginalsMarker()
{
    const QString full = testDomainName(QStringLiteral("full"));
    Result<CloneOutcome> r = clone(full, CloneDiskMode::Copy);
    QVERIFY2(r, qPrintable(r.error().text()));
    QString why = bootAndReadMarker(full);
    QVERIFY2(why.isEmpty(), qPrintable(why));

    const QString linked = testDomainName(QStringLiteral("linked"));
    r = clone(linked, CloneDiskMode::Linked);
    QVERIFY2(r, qPrintable(r.error().text()));
    why = bootAndReadMarker(linked);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    for (const QString &name : {full, linked}) {
        virDomainPtr d = virDomainLookupByName(m_conn, name.toUtf8().constData());
        virDomainDestroy(d);
        virDomainFree(d);
    }
}

void TestClonesQemu::batchOfThreeLinkedClonesBootsAllThree()
{
    QStringList names;
    for (int i = 1; i <= 3; ++i)
        names << testDomainName(QStringLiteral("lab-%1").arg(i));
    CloneBatch batch(m_session.get(), m_uuid, names, {CloneDiskMode::Linked}, false);
    Pending<CloneBatchReport> report;
    auto cb = report.callback();
    connect(&batch, &CloneBatch::finished, this, [cb](const CloneBatchReport &r) { cb(r); });
    batch.start();
    QTRY_VERIFY_WITH_TIMEOUT(report.ready(), kLibvirtCallMs);
    QVERIFY2(report->failed.isEmpty(), qPrintable(report->text()));
    QCOMPARE(report->made.size(), 3);
    for (const QString &n : names)
        startClone(n);
    for (const QString &n : names) {
        const QString why = bootAndReadMarker(n, true);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }
    for (const QString &n : names) {
        virDomainPtr d = virDomainLookupByName(m_conn, n.toUtf8().constData());
        virDomainDestroy(d);
        virDomainFree(d);
    }
}

void TestClonesQemu::cancelledFullCopyLeavesNoVolume()
{
    const QStringList before = volumes();
    const QString name = testDomainName(QStringLiteral("cancelled"));
    CloneJob job(m_session.get(), {m_uuid, name, {CloneDiskMode::Copy}, false});
    // Cancelled while the copy is under way (the job's next turn): it waits for the copy, then
    // deletes it.
    connect(&job, &CloneJob::stepStarted, this, [&job](CloneJob::Step step, int) {
        if (step == CloneJob::Step::Volume)
            QTimer::singleShot(0, &job, &CloneJob::cancel);
    });
    Pending<bool> cancelled;
    auto cb = cancelled.callback();
    connect(&job, &CloneJob::finished, this,
            [cb](const Result<CloneOutcome> &r, bool c) { cb(!r && c); });
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(cancelled.ready(), kLibvirtCallMs);
    QVERIFY(cancelled.value());
    QCOMPARE(volumes(), before);
    QVERIFY(!virDomainLookupByName(m_conn, name.toUtf8().constData()));
    virResetLastError();
}

void TestClonesQemu::deleteWithStorageRemovesExactlyTheChosenVolume()
{
    const QString full = testDomainName(QStringLiteral("full"));
    // data.qcow2 does not hold the original's name: the copy is named after the clone and disk.
    const QString fullVolume = full + QStringLiteral("-vda.qcow2");
    const QStringList before = volumes();
    QVERIFY2(before.contains(fullVolume), qPrintable(before.join(", ")));
    virDomainPtr d = virDomainLookupByName(m_conn, full.toUtf8().constData());
    QVERIFY(d);
    char uuid[VIR_UUID_STRING_BUFLEN];
    virDomainGetUUIDString(d, uuid);
    virDomainFree(d);

    // The original's image is the backing file of the linked clones: not offered.
    Pending<Result<DeletionPlan>> original;
    Deletion::inspect(m_session.get(), m_uuid, this, original.callback());
    QTRY_VERIFY_WITH_TIMEOUT(original.ready(), kLibvirtCallMs);
    QVERIFY(original->ok());
    QCOMPARE(original->value().disks.size(), 1);
    QCOMPARE(original->value().disks[0].linkedClones.size(), 4);
    QVERIFY(!Deletion::canDelete(original->value().disks[0]));

    Pending<Result<DeletionReport>> done;
    const QTemporaryDir backups; // not in the pool's folder, where it would count as a volume
    Deletion::deleteWithStorage(m_session.get(), QString::fromLatin1(uuid), backups.path(),
                                {{QStringLiteral("%1-pool").arg(m_spec.name), fullVolume}}, this,
                                done.callback());
    QTRY_VERIFY_WITH_TIMEOUT(done.ready(), kLibvirtCallMs);
    QVERIFY2(done->ok(), qPrintable(done->error().text()));
    QCOMPARE(done->value().deleted.size(), 1);
    QStringList expected = before;
    expected.removeAll(fullVolume);
    QCOMPARE(volumes(), expected);
    QVERIFY(!virDomainLookupByName(m_conn, full.toUtf8().constData()));
    virResetLastError();
}

void TestClonesQemu::cleanupTestCase()
{
    if (!m_env.unavailable.isEmpty())
        return;
    m_session.reset();
    removeTestDomains(m_env.uri);
    if (m_pool) {
        virStoragePoolDestroy(m_pool);
        virStoragePoolFree(m_pool);
    }
    if (m_conn)
        virConnectClose(m_conn);
}

QTEST_GUILESS_MAIN(TestClonesQemu)
#include "tst_clonesqemu.moc"
