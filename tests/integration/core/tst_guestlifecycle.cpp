// SPDX-License-Identifier: GPL-2.0-or-later
// A real guest through Vireo's core: define, start, lifecycle events, statistics (and only the
// kinds sampled), shutdown, force off, delete. Needs a libvirtd with QEMU
// (tests/integration/setup.sh); skips without one.

#include "guest.h"

#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vireo;
using namespace Vireo::Integration;

class TestGuestLifecycle : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void initTestCase();
    void defineAndStart();
    void statistics();
    void statisticsOnlyAsSampled();
    void shutdownFromGuest();
    void forceOff();
    void deleteDomain();
    void cleanupTestCase();

private:
    bool sawState(DomainState state) const { return m_states.contains(state); }

    Environment m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    GuestSpec m_spec;
    QString m_uuid;
    QList<DomainState> m_states; ///< every state domainChanged reported for m_uuid, in order
    DomainStats m_first;         ///< first statistics sample of m_uuid
    DomainStats m_latest;        ///< latest one
    int m_samples = 0;
    HostInfo m_hostInfo;
    QStringList m_failures;
};

void TestGuestLifecycle::initTestCase()
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
            m_states.append(d.state);
    });
    connect(m_session.get(), &HostSession::statsUpdated, this,
            [this](const QList<DomainStats> &list) {
                for (const DomainStats &s : list) {
                    if (s.uuid != m_uuid)
                        continue;
                    if (m_samples++ == 0)
                        m_first = s;
                    m_latest = s;
                }
            });
    connect(m_session.get(), &HostSession::hostInfoChanged, this,
            [this](const HostInfo &info) { m_hostInfo = info; });
    connect(m_session.get(), &HostSession::operationFailed, this,
            [this](const Error &e) { m_failures.append(e.text()); });
    m_session->connectToHost();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), HostState::Connected, kLibvirtCallMs);
    QCOMPARE(m_hostInfo.driver, QStringLiteral("QEMU"));
}

void TestGuestLifecycle::defineAndStart()
{
    m_spec.name = testDomainName(QStringLiteral("lifecycle"));
    m_spec.serialLogPath = m_dir.filePath(QStringLiteral("serial.log"));

    QSignalSpy changed(m_session.get(), &HostSession::domainChanged);
    Pending<Result<QString>> defined;
    DomainActions::defineXml(m_session.get(), guestXml(m_env, m_spec), this, defined.callback());
    QTRY_VERIFY_WITH_TIMEOUT(defined.ready(), kLibvirtCallMs);
    QVERIFY2(defined->ok(), qPrintable(defined->error().text()));
    m_uuid = defined->value();
    QCOMPARE(m_uuid.size(), 36);
    // The new domain is announced, shut off.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.cbegin(), changed.cend(),
                                         [this](const QList<QVariant> &args) {
                                             const auto d = args.at(0).value<DomainInfo>();
                                             return d.uuid == m_uuid && d.name == m_spec.name &&
                                                    d.state == DomainState::Shutoff &&
                                                    d.maxVcpus == 4 && d.vcpus == 1 &&
                                                    d.maxMemoryKiB == 512 * 1024;
                                         }),
                             kLibvirtCallMs);

    QSignalSpy finished(m_session.get(), &HostSession::actionFinished);
    m_states.clear();
    DomainActions::performAction(m_session.get(), {m_uuid}, DomainAction::Start);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !m_failures.isEmpty(), kLibvirtCallMs);
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join('\n')));
    QCOMPARE(finished.first().at(0).toString(), m_uuid);
    QCOMPARE(finished.first().at(1).value<DomainAction>(), DomainAction::Start);
    QTRY_VERIFY_WITH_TIMEOUT(sawState(DomainState::Running), kLibvirtCallMs);

    // The guest really boots: its init reports on the serial port.
    const SerialLog serial(m_spec.serialLogPath);
    QTRY_VERIFY2_WITH_TIMEOUT(serial.lastStatus().isValid(), qPrintable(serial.tail()), 120000);
    QCOMPARE(serial.lastStatus().cpusOnline, 1);
}

void TestGuestLifecycle::statistics()
{
    if (m_uuid.isEmpty())
        QSKIP("needs the guest of defineAndStart");
    m_samples = 0;
    // Two samples at least, the guest's CPU time growing between them.
    QTRY_VERIFY_WITH_TIMEOUT(m_samples >= 2 && m_latest.cpuTimeNs > m_first.cpuTimeNs,
                             kLibvirtCallMs);
    QVERIFY(m_first.cpuTimeNs > 0);
    QCOMPARE(m_latest.state, DomainState::Running);
    QVERIFY2(m_latest.cpuPercent >= 0 && m_latest.cpuPercent <= 100,
             qPrintable(QString::number(m_latest.cpuPercent)));
    QCOMPARE(m_latest.vcpuCurrent, 1);
    QCOMPARE(m_latest.vcpuMaximum, 4);
    QCOMPARE(m_latest.balloonCurrentKiB, qint64(512 * 1024));
    QCOMPARE(m_latest.balloonMaximumKiB, qint64(512 * 1024));
    QVERIFY(m_latest.balloonRssKiB > 0);
    // The balloon driver's own figures arrive with its statistics period (2 s).
    QTRY_VERIFY_WITH_TIMEOUT(m_latest.balloonAvailableKiB > 0, kLibvirtCallMs);
    QVERIFY(m_latest.balloonAvailableKiB <= 512 * 1024);
    qInfo("cpu time %lld ns -> %lld ns, %.1f %% CPU, balloon %lld KiB, available %lld KiB",
          m_first.cpuTimeNs, m_latest.cpuTimeNs, m_latest.cpuPercent, m_latest.balloonCurrentKiB,
          m_latest.balloonAvailableKiB);
}

void TestGuestLifecycle::statisticsOnlyAsSampled()
{
    if (m_uuid.isEmpty())
        QSKIP("needs the guest of defineAndStart");
    // Edit > Preferences > Polling with only memory on: QEMU has the rest, but it is not asked.
    m_session->setStatsSampling({.cpu = false, .memory = true, .disk = false, .network = false});
    QSignalSpy ticks(m_session.get(), &HostSession::statsUpdated);
    QTRY_VERIFY_WITH_TIMEOUT(ticks.size() >= 2, kLibvirtCallMs); // past any tick under way
    m_samples = 0;
    QTRY_VERIFY_WITH_TIMEOUT(m_samples >= 1, kLibvirtCallMs);
    const DomainStats some = m_latest;
    m_session->setStatsSampling({});
    QCOMPARE(some.cpuTimeNs, qint64(-1));
    QCOMPARE(some.cpuPercent, -1.0);
    QCOMPARE(some.blockReadBytes, qint64(-1));
    QCOMPARE(some.netRxBytes, qint64(-1));
    QCOMPARE(some.balloonCurrentKiB, qint64(512 * 1024));
    QCOMPARE(some.vcpuCurrent, 1); // always read
    // All on again: CPU time comes back (the tiny guest has no disk to read).
    m_samples = 0;
    QTRY_VERIFY_WITH_TIMEOUT(m_samples >= 2 && m_latest.cpuTimeNs > 0, kLibvirtCallMs);
}

void TestGuestLifecycle::shutdownFromGuest()
{
    if (m_uuid.isEmpty())
        QSKIP("needs the guest of defineAndStart");
    m_states.clear();
    DomainActions::performAction(m_session.get(), {m_uuid}, DomainAction::Shutdown);
    // The guest powers itself off on the ACPI power button; only a lifecycle event can tell the
    // session, well after the call returned.
    const SerialLog serial(m_spec.serialLogPath);
    QTRY_VERIFY2_WITH_TIMEOUT(sawState(DomainState::Shutoff),
                              qPrintable(m_failures.join('\n') + '\n' + serial.tail()),
                              kLibvirtCallMs);
    QVERIFY(m_failures.isEmpty());
    QVERIFY(serial.contains(QStringLiteral("VIREO-POWEROFF")));
}

void TestGuestLifecycle::forceOff()
{
    if (m_uuid.isEmpty())
        QSKIP("needs the guest of defineAndStart");
    m_states.clear();
    DomainActions::performAction(m_session.get(), {m_uuid}, DomainAction::Start);
    QTRY_VERIFY_WITH_TIMEOUT(sawState(DomainState::Running), kLibvirtCallMs);
    m_states.clear();
    QSignalSpy finished(m_session.get(), &HostSession::actionFinished);
    DomainActions::performAction(m_session.get(), {m_uuid}, DomainAction::ForceOff);
    QTRY_VERIFY_WITH_TIMEOUT(sawState(DomainState::Shutoff), kLibvirtCallMs);
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join('\n')));
    QCOMPARE(finished.first().at(1).value<DomainAction>(), DomainAction::ForceOff);
    // A domain that is off cannot be forced off again: the failure names the operation.
    DomainActions::performAction(m_session.get(), {m_uuid}, DomainAction::ForceOff);
    QTRY_VERIFY_WITH_TIMEOUT(!m_failures.isEmpty(), kLibvirtCallMs);
    QVERIFY2(m_failures.first().contains(m_spec.name), qPrintable(m_failures.first()));
    m_failures.clear();
}

void TestGuestLifecycle::deleteDomain()
{
    if (m_uuid.isEmpty())
        QSKIP("needs the guest of defineAndStart");
    QSignalSpy removed(m_session.get(), &HostSession::domainRemoved);
    Pending<Result<DomainActions::DomainBackup>> deleted;
    DomainActions::deleteDomain(m_session.get(), m_uuid, m_dir.filePath(QStringLiteral("backup")),
                                this, deleted.callback());
    QTRY_VERIFY_WITH_TIMEOUT(deleted.ready(), kLibvirtCallMs);
    QVERIFY2(deleted->ok(), qPrintable(deleted->error().text()));
    QTRY_VERIFY_WITH_TIMEOUT(!removed.isEmpty(), kLibvirtCallMs);
    QCOMPARE(removed.first().at(0).toString(), m_uuid);
    QFile backup(deleted->value().path);
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QVERIFY(backup.readAll().contains(m_spec.name.toUtf8()));
    // Gone from the host, not only from the session's view.
    QVERIFY(!removeTestDomains(m_env.uri).contains(m_spec.name));
}

void TestGuestLifecycle::cleanupTestCase()
{
    m_session.reset();
    if (!m_env.uri.isEmpty() && m_env.unavailable.isEmpty())
        removeTestDomains(m_env.uri);
}

QTEST_GUILESS_MAIN(TestGuestLifecycle)
#include "tst_guestlifecycle.moc"
