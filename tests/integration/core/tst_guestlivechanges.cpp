// SPDX-License-Identifier: GPL-2.0-or-later
// Live changes to a real running guest through DomainControl: hot-add vCPUs (the guest onlines
// them), balloon memory down and up (the balloon's actual follows), bad values refused.
// Needs a libvirtd with QEMU (tests/integration/setup.sh); skips without one.

#include "guest.h"

#include "core/domain/domaincontrol.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vireo;
using namespace Vireo::Integration;

class TestGuestLiveChanges : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void initTestCase();
    void init() { m_timer.start(); }
    void cleanup() { qInfo("took %lld ms", m_timer.elapsed()); }
    void hotAddVcpus();
    void refuseBadVcpuCounts();
    void balloonDown();
    void balloonUp();
    void refuseMemoryAboveMaximum();
    void cleanupTestCase();

private:
    Result<DomainControl::VcpuCounts> vcpuCounts();
    Result<DomainControl::MemoryStats> memoryStats();

    Environment m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    GuestSpec m_spec;
    QString m_uuid;
    DomainInfo m_info;    ///< what domainChanged last said about the guest
    DomainStats m_latest; ///< its latest statistics sample
    QElapsedTimer m_timer;
};

Result<DomainControl::VcpuCounts> TestGuestLiveChanges::vcpuCounts()
{
    Pending<Result<DomainControl::VcpuCounts>> counts;
    DomainControl::fetchVcpuCounts(m_session.get(), m_uuid, this, counts.callback());
    if (!QTest::qWaitFor([&] { return counts.ready(); }, kLibvirtCallMs))
        return Error{QStringLiteral("fetchVcpuCounts"), QStringLiteral("no answer"), 0};
    return counts.value();
}

Result<DomainControl::MemoryStats> TestGuestLiveChanges::memoryStats()
{
    Pending<Result<DomainControl::MemoryStats>> stats;
    DomainControl::fetchMemoryStats(m_session.get(), m_uuid, this, stats.callback());
    if (!QTest::qWaitFor([&] { return stats.ready(); }, kLibvirtCallMs))
        return Error{QStringLiteral("fetchMemoryStats"), QStringLiteral("no answer"), 0};
    return stats.value();
}

void TestGuestLiveChanges::initTestCase()
{
    m_env = Environment::detect();
    if (!m_env.unavailable.isEmpty())
        QSKIP(qPrintable(m_env.unavailable));
    const QString notReady = prepareScratch(m_env, m_dir.path());
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

    m_session = std::make_unique<HostSession>(m_env.uri);
    m_session->setStatsInterval(1000);
    connect(m_session.get(), &HostSession::domainChanged, this, [this](const DomainInfo &d) {
        if (d.uuid == m_uuid)
            m_info = d;
    });
    connect(m_session.get(), &HostSession::statsUpdated, this,
            [this](const QList<DomainStats> &list) {
                for (const DomainStats &s : list) {
                    if (s.uuid == m_uuid)
                        m_latest = s;
                }
            });
    m_session->connectToHost();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), HostState::Connected, kLibvirtCallMs);

    m_spec.name = testDomainName(QStringLiteral("livechanges"));
    m_spec.serialLogPath = m_dir.filePath(QStringLiteral("serial.log"));
    m_spec.memoryMiB = 512;
    m_spec.maxVcpus = 4;
    m_spec.vcpus = 1;
    // Statistics off in the XML: balloonDown() turns them on through DomainControl.
    m_spec.balloonStatsPeriod = 0;
    const Booted booted = defineAndBoot(m_session.get(), m_env, m_spec);
    m_uuid = booted.uuid;
    QVERIFY2(booted.error.isEmpty(), qPrintable(booted.error));
    QCOMPARE(SerialLog(m_spec.serialLogPath).lastStatus().cpusOnline, 1);
}

void TestGuestLiveChanges::hotAddVcpus()
{
    const auto before = vcpuCounts();
    QVERIFY2(before.ok(), qPrintable(before.error().text()));
    QCOMPARE(before->liveCurrent, 1);
    QCOMPARE(before->liveMaximum, 4);

    Pending<Result<int>> set;
    DomainControl::setVcpus(m_session.get(), m_uuid, 3, DomainControl::Live, this, set.callback());
    QTRY_VERIFY_WITH_TIMEOUT(set.ready(), kLibvirtCallMs);
    QVERIFY2(set->ok(), qPrintable(set->error().text()));
    QCOMPARE(set->value(), 3);

    // The domain reports 3 everywhere: the change notice, the counts, the statistics.
    QTRY_COMPARE_WITH_TIMEOUT(m_info.vcpus, 3, kLibvirtCallMs);
    const auto after = vcpuCounts();
    QVERIFY2(after.ok(), qPrintable(after.error().text()));
    QCOMPARE(after->liveCurrent, 3);
    QCOMPARE(after->configCurrent, 1); // a live change only
    QTRY_COMPARE_WITH_TIMEOUT(m_latest.vcpuCurrent, 3, kLibvirtCallMs);

    // And the guest's kernel has them online.
    const SerialLog serial(m_spec.serialLogPath);
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY2_WITH_TIMEOUT(serial.lastStatus().cpusOnline == 3, qPrintable(serial.tail()),
                              kLibvirtCallMs);
    qInfo("the guest reported 3 CPUs online %lld ms after setVcpus returned", timer.elapsed());
}

void TestGuestLiveChanges::refuseBadVcpuCounts()
{
    Pending<Result<int>> zero;
    DomainControl::setVcpus(m_session.get(), m_uuid, 0, DomainControl::Live, this, zero.callback());
    QTRY_VERIFY_WITH_TIMEOUT(zero.ready(), kLibvirtCallMs);
    QVERIFY(!zero->ok());
    QVERIFY2(zero->error().operation.contains(m_spec.name), qPrintable(zero->error().text()));

    Pending<Result<int>> tooMany;
    DomainControl::setVcpus(m_session.get(), m_uuid, 5, DomainControl::Live, this,
                            tooMany.callback());
    QTRY_VERIFY_WITH_TIMEOUT(tooMany.ready(), kLibvirtCallMs);
    QVERIFY(!tooMany->ok());
    QVERIFY(!tooMany->error().message.isEmpty());
    qInfo("refused: %s", qPrintable(tooMany->error().text()));

    // Nothing changed.
    const auto counts = vcpuCounts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->liveCurrent, 3);
}

void TestGuestLiveChanges::balloonDown()
{
    Pending<Status> period;
    DomainControl::setMemoryStatsPeriod(m_session.get(), m_uuid, 2, DomainControl::Live, this,
                                        period.callback());
    QTRY_VERIFY_WITH_TIMEOUT(period.ready(), kLibvirtCallMs);
    QVERIFY2(period->ok(), qPrintable(period->error().text()));

    const SerialLog serial(m_spec.serialLogPath);
    const qint64 guestBefore = serial.lastStatus().memTotalKiB;
    QVERIFY(guestBefore > 300 * 1024);

    Pending<Result<quint64>> set;
    QElapsedTimer timer;
    timer.start();
    DomainControl::setMemory(m_session.get(), m_uuid, 300 * 1024, DomainControl::Live, this,
                             set.callback());
    QTRY_VERIFY_WITH_TIMEOUT(set.ready(), kLibvirtCallMs);
    QVERIFY2(set->ok(), qPrintable(set->error().text()));
    QCOMPARE(set->value(), quint64(300 * 1024));

    // The balloon's actual follows as the guest gives the memory back.
    QTRY_COMPARE_WITH_TIMEOUT(m_latest.balloonCurrentKiB, qint64(300 * 1024), kLibvirtCallMs);
    qInfo("balloon actual reached 300 MiB %lld ms after setMemory", timer.elapsed());
    const auto stats = memoryStats();
    QVERIFY2(stats.ok(), qPrintable(stats.error().text()));
    QCOMPARE(stats->actualKiB, qint64(300 * 1024));
    // The guest's driver reports its statistics now that a period is set.
    QTRY_VERIFY_WITH_TIMEOUT(memoryStats().ok() && memoryStats().value().availableKiB > 0,
                             kLibvirtCallMs);
    // The session's DomainInfo (the tree's memory column) follows the balloon-change event.
    QTRY_COMPARE_WITH_TIMEOUT(m_info.memoryKiB, quint64(300 * 1024), 10000);
    // Inside, the kernel sees less memory.
    QTRY_VERIFY2_WITH_TIMEOUT(serial.lastStatus().memTotalKiB <= 300 * 1024,
                              qPrintable(serial.tail()), kLibvirtCallMs);
}

void TestGuestLiveChanges::balloonUp()
{
    Pending<Result<quint64>> set;
    DomainControl::setMemory(m_session.get(), m_uuid, 512 * 1024, DomainControl::Live, this,
                             set.callback());
    QTRY_VERIFY_WITH_TIMEOUT(set.ready(), kLibvirtCallMs);
    QVERIFY2(set->ok(), qPrintable(set->error().text()));
    QTRY_COMPARE_WITH_TIMEOUT(m_latest.balloonCurrentKiB, qint64(512 * 1024), kLibvirtCallMs);
    const SerialLog serial(m_spec.serialLogPath);
    QTRY_VERIFY2_WITH_TIMEOUT(serial.lastStatus().memTotalKiB > 300 * 1024,
                              qPrintable(serial.tail()), kLibvirtCallMs);
}

void TestGuestLiveChanges::refuseMemoryAboveMaximum()
{
    Pending<Result<quint64>> set;
    DomainControl::setMemory(m_session.get(), m_uuid, 1024 * 1024, DomainControl::Live, this,
                             set.callback());
    QTRY_VERIFY_WITH_TIMEOUT(set.ready(), kLibvirtCallMs);
    QVERIFY(!set->ok());
    QVERIFY2(set->error().operation.contains(QStringLiteral("1024 MiB")),
             qPrintable(set->error().text()));
    const auto stats = memoryStats();
    QVERIFY(stats.ok());
    QCOMPARE(stats->actualKiB, qint64(512 * 1024));
}

void TestGuestLiveChanges::cleanupTestCase()
{
    m_session.reset();
    if (!m_env.uri.isEmpty() && m_env.unavailable.isEmpty())
        removeTestDomains(m_env.uri);
}

QTEST_GUILESS_MAIN(TestGuestLiveChanges)
#include "tst_guestlivechanges.moc"
