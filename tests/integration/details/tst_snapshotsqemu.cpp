// SPDX-License-Identifier: GPL-2.0-or-later
// Snapshots on a real libvirtd and QEMU: the tiny guest with a qcow2 data disk writes marker A,
// takes an internal snapshot with memory, writes marker B and is paused; the revert brings it back
// running, it reads A from its disk and its serial shell answers. A disk-only snapshot puts its
// overlay beside the disk while the guest keeps running (and writing to it), and libvirt 9.0's
// refusal to revert to it comes before any call. Needs tests/integration/setup.sh; skips without.

#include "guest.h"

#include "core/domain/domainactions.h"
#include "core/domain/domainconfig.h"
#include "core/domain/snapshots.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vireo;
using namespace Vireo::Integration;

class TestSnapshotsQemu : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void initTestCase();
    void internalWithMemoryAndRevert();
    void diskOnlyOverlayBesideTheDisk();
    void cleanupTestCase();

private:
    QList<SnapshotInfo> list();
    DomainState state();
    int statusLines() const
    {
        return int(SerialLog(m_spec.serialLogPath).text().count(QLatin1String("VIREO-STATUS")));
    }
    QString marker() const
    {
        return SerialLog(m_spec.serialLogPath).lastValue(QStringLiteral("VIREO-MARKER vda="));
    }
    /// Types `line` into the guest's serial shell; empty on success, else why not.
    QString type(const QString &line) const
    {
        return typeOnSerialConsole(m_env.uri, m_spec.name, line);
    }

    Environment m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    GuestSpec m_spec;
    QString m_uuid;
    QString m_disk;
    virConnectPtr m_conn = nullptr;
    virStoragePoolPtr m_pool = nullptr;
};

QList<SnapshotInfo> TestSnapshotsQemu::list()
{
    Pending<Result<Snapshots::SnapshotList>> r;
    Snapshots::list(m_session.get(), m_uuid, this, r.callback());
    if (!QTest::qWaitFor([&] { return r.ready(); }, kLibvirtCallMs) || !r->ok())
        return {};
    return r->value().snapshots;
}

DomainState TestSnapshotsQemu::state()
{
    Pending<Result<DomainInfo>> r;
    DomainConfig::fetchDomainInfo(m_session.get(), m_uuid, this, r.callback());
    if (!QTest::qWaitFor([&] { return r.ready(); }, kLibvirtCallMs) || !r->ok())
        return DomainState::NoState;
    return r->value().state;
}

void TestSnapshotsQemu::initTestCase()
{
    m_env = Environment::detect();
    if (!m_env.unavailable.isEmpty())
        QSKIP(qPrintable(m_env.unavailable));
    QStandardPaths::setTestModeEnabled(true); // thumbnails go to a test folder
    const QString notReady = prepareScratch(m_env, m_dir.path());
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    m_spec = testGuestSpec(QStringLiteral("snapshots"), m_dir.path());

    // The qcow2 disk through libvirt's storage API, in a transient pool on the scratch folder.
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
    m_disk = QString::fromUtf8(path);
    free(path);
    virStorageVolFree(vol);
    m_spec.dataDiskPath = m_disk;
    m_spec.dataDiskFormat = QStringLiteral("qcow2");

    const QString xml = guestXml(m_env, m_spec);
    QString error;
    m_session = connectedSession(m_env.uri, &error);
    QVERIFY2(m_session, qPrintable(error));
    Pending<Result<QString>> defined;
    DomainActions::defineXml(m_session.get(), xml, this, defined.callback());
    QTRY_VERIFY_WITH_TIMEOUT(defined.ready(), kLibvirtCallMs);
    QVERIFY2(defined->ok(), qPrintable(defined->error().text()));
    m_uuid = defined->value();
    DomainActions::performAction(m_session.get(), {m_uuid}, DomainAction::Start);
    QTRY_VERIFY_WITH_TIMEOUT(SerialLog(m_spec.serialLogPath).lastStatus().isValid(), 120000);
    // Its serial shell reads what the tests type from here on.
    QTRY_VERIFY_WITH_TIMEOUT(
        SerialLog(m_spec.serialLogPath).contains(QStringLiteral("vireo-guest# ")), 30000);
}

void TestSnapshotsQemu::internalWithMemoryAndRevert()
{
    const SerialLog serial(m_spec.serialLogPath);
    QString typed = type(QStringLiteral("vireo-mark A"));
    QVERIFY2(typed.isEmpty(), qPrintable(typed));
    QTRY_VERIFY2_WITH_TIMEOUT(marker() == QLatin1String("A"), qPrintable(serial.tail()), 30000);

    Pending<Result<QString>> taken;
    Snapshots::create(m_session.get(), m_uuid,
                      {QStringLiteral("it-a"), QStringLiteral("running"), SnapshotMode::Internal},
                      this, taken.callback());
    QTRY_VERIFY_WITH_TIMEOUT(taken.ready(), kLibvirtCallMs);
    QVERIFY2(taken->ok(), qPrintable(taken->error().text()));
    const auto all = list();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].kind, SnapshotKind::FullSystem);
    QCOMPARE(all[0].state, SnapshotState::Running);
    QVERIFY(all[0].current);
    // QEMU's screen, kept as the thumbnail (a PPM from QEMU).
    QVERIFY2(QFileInfo(all[0].thumbnail).size() > 0, qPrintable(all[0].thumbnail));

    // B after the snapshot, then paused; the snapshot brings it back running, with A on its disk.
    typed = type(QStringLiteral("vireo-mark B"));
    QVERIFY2(typed.isEmpty(), qPrintable(typed));
    QTRY_VERIFY2_WITH_TIMEOUT(marker() == QLatin1String("B"), qPrintable(serial.tail()), 30000);
    QSignalSpy acted(m_session.get(), &HostSession::actionFinished);
    DomainActions::performAction(m_session.get(), {m_uuid}, DomainAction::Pause);
    QVERIFY(acted.wait(kLibvirtCallMs));
    QCOMPARE(state(), DomainState::Paused);
    Pending<Status> reverted;
    Snapshots::revert(m_session.get(), m_uuid, QStringLiteral("it-a"), std::nullopt, this,
                      reverted.callback());
    QTRY_VERIFY_WITH_TIMEOUT(reverted.ready(), kLibvirtCallMs);
    QVERIFY2(reverted->ok(), qPrintable(reverted->error().text()));
    QCOMPARE(state(), DomainState::Running);
    const int before = statusLines();
    QTRY_VERIFY_WITH_TIMEOUT(statusLines() > before, 30000);
    // The guest's memory and disk are the snapshot's: asked on its serial shell, it reads A.
    const QString readPrefix = QStringLiteral("VIREO-READ vda=");
    const int reads = serial.countLines(readPrefix);
    typed = type(QStringLiteral("vireo-read"));
    QVERIFY2(typed.isEmpty(), qPrintable(typed));
    QTRY_VERIFY2_WITH_TIMEOUT(serial.countLines(readPrefix) > reads, qPrintable(serial.tail()),
                              30000);
    QCOMPARE(serial.lastValue(readPrefix), QStringLiteral("A"));
}

void TestSnapshotsQemu::diskOnlyOverlayBesideTheDisk()
{
    Pending<Result<QString>> taken;
    Snapshots::create(m_session.get(), m_uuid,
                      {QStringLiteral("it-b"), QString(), SnapshotMode::DiskOnly}, this,
                      taken.callback());
    QTRY_VERIFY_WITH_TIMEOUT(taken.ready(), kLibvirtCallMs);
    QVERIFY2(taken->ok(), qPrintable(taken->error().text()));
    const QString overlay = overlayPathFor(m_disk, QStringLiteral("it-b"));
    QVERIFY2(QFile::exists(overlay), qPrintable(overlay));
    QCOMPARE(state(), DomainState::Running);
    const int before = statusLines();
    QTRY_VERIFY_WITH_TIMEOUT(statusLines() > before, 30000);
    // It goes on writing, now to the overlay.
    const QString typed = type(QStringLiteral("vireo-mark C"));
    QVERIFY2(typed.isEmpty(), qPrintable(typed));
    QTRY_VERIFY_WITH_TIMEOUT(marker() == QLatin1String("C"), 30000);
    QVERIFY(QFileInfo(overlay).size() > 0);
    const auto all = list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[1].name, QStringLiteral("it-b"));
    QCOMPARE(all[1].kind, SnapshotKind::ExternalDisks);
    QCOMPARE(all[1].overlays, QStringList{overlay});

    // libvirt 9.0 cannot revert to it: refused in words, before libvirt is asked.
    Pending<Status> reverted;
    Snapshots::revert(m_session.get(), m_uuid, QStringLiteral("it-b"), std::nullopt, this,
                      reverted.callback());
    QTRY_VERIFY_WITH_TIMEOUT(reverted.ready(), kLibvirtCallMs);
    QVERIFY(!reverted->ok());
    QVERIFY2(reverted->error().message.contains(QLatin1String("9.7.0")),
             qPrintable(reverted->error().text()));

    // Its metadata only: libvirt forgets it, the overlay stays.
    Pending<Status> removed;
    Snapshots::remove(m_session.get(), m_uuid, QStringLiteral("it-b"),
                      Snapshots::DeleteScope::MetadataOnly, this, removed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(removed.ready(), kLibvirtCallMs);
    QVERIFY2(removed->ok(), qPrintable(removed->error().text()));
    QCOMPARE(list().size(), 1);
    QVERIFY(QFile::exists(overlay));
}

void TestSnapshotsQemu::cleanupTestCase()
{
    m_session.reset();
    if (!m_env.unavailable.isEmpty())
        return;
    removeTestDomains(m_env.uri); // destroys, and undefines with the snapshots' metadata
    if (m_pool) {
        virStoragePoolDestroy(m_pool); // transient: gone, the files stay in the scratch folder
        virStoragePoolFree(m_pool);
    }
    if (m_conn)
        virConnectClose(m_conn);
}

QTEST_GUILESS_MAIN(TestSnapshotsQemu)
#include "tst_snapshotsqemu.moc"
