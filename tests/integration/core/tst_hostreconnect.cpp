// SPDX-License-Identifier: GPL-2.0-or-later
// libvirtd dies during a session with a running guest and comes back: the HostSession reports
// Disconnected with a reason, reconnects by itself, finds the guest still running and keeps
// working (events, statistics, DomainControl). Needs a libvirtd that tests/integration/libvirtd.sh
// started (it is the only one this test may kill); skips otherwise.

#include "guest.h"

#include "core/domain/domainactions.h"
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

class TestHostReconnect : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void initTestCase();
    void reportsTheDroppedConnection();
    void reconnectsByItself();
    void keepsWorkingAfterReconnect();
    void cleanupTestCase();

private:
    Environment m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    GuestSpec m_spec;
    QString m_uuid;
    QList<HostState> m_states;
    QString m_disconnectReason; ///< the first reason given with Disconnected
    int m_retryInSeconds = -1;  ///< when it said it would retry, at that moment
    QList<QList<DomainInfo>> m_listings;
    QList<DomainState> m_domainStates;
    int m_statsSamples = 0;
    bool m_crashed = false;
};

void TestHostReconnect::initTestCase()
{
    m_env = Environment::detect();
    if (!m_env.unavailable.isEmpty())
        QSKIP(qPrintable(m_env.unavailable));
    const ScriptResult owns = runLibvirtdScript(m_env, {QStringLiteral("owns")});
    if (owns.exitCode != 0)
        QSKIP("the running libvirtd was not started by tests/integration/libvirtd.sh; this test "
              "kills and restarts it, which is only ours to do");
    const QString notReady = prepareScratch(m_env, m_dir.path());
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

    m_session = std::make_unique<HostSession>(m_env.uri);
    m_session->setStatsInterval(1000);
    m_session->setReconnectBackoff(250, 1000); // quick, for the test
    connect(m_session.get(), &HostSession::stateChanged, this,
            [this](HostState state, const QString &reason) {
                m_states.append(state);
                if (state == HostState::Disconnected && m_disconnectReason.isEmpty()) {
                    m_disconnectReason = reason;
                    m_retryInSeconds = m_session->reconnectInSeconds();
                }
            });
    connect(m_session.get(), &HostSession::domainsListed, this,
            [this](const QList<DomainInfo> &list) { m_listings.append(list); });
    connect(m_session.get(), &HostSession::domainChanged, this, [this](const DomainInfo &d) {
        if (d.uuid == m_uuid)
            m_domainStates.append(d.state);
    });
    connect(m_session.get(), &HostSession::statsUpdated, this,
            [this](const QList<DomainStats> &list) {
                for (const DomainStats &s : list)
                    m_statsSamples += s.uuid == m_uuid;
            });
    m_session->connectToHost();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), HostState::Connected, kLibvirtCallMs);

    m_spec.name = testDomainName(QStringLiteral("reconnect"));
    m_spec.serialLogPath = m_dir.filePath(QStringLiteral("serial.log"));
    const Booted booted = defineAndBoot(m_session.get(), m_env, m_spec);
    m_uuid = booted.uuid;
    QVERIFY2(booted.error.isEmpty(), qPrintable(booted.error));
}

void TestHostReconnect::reportsTheDroppedConnection()
{
    m_states.clear();
    m_disconnectReason.clear();
    m_listings.clear();
    const ScriptResult crash = runLibvirtdScript(m_env, {QStringLiteral("crash")});
    QVERIFY2(crash.exitCode == 0, qPrintable(crash.output));
    m_crashed = true;
    QTRY_VERIFY_WITH_TIMEOUT(m_states.contains(HostState::Disconnected), kLibvirtCallMs);
    QVERIFY2(!m_disconnectReason.isEmpty(), "Disconnected without a reason");
    qInfo("reason given: %s", qPrintable(m_disconnectReason));
    // It schedules a retry at once. (A session daemon, qemu:///session, is spawned again by
    // that retry, so the session may already be back: no assumption on the current state.)
    QVERIFY(m_retryInSeconds >= 0);
}

void TestHostReconnect::reconnectsByItself()
{
    if (!m_crashed)
        QSKIP("needs reportsTheDroppedConnection");
    const ScriptResult revive = runLibvirtdScript(m_env, {QStringLiteral("revive")});
    QVERIFY2(revive.exitCode == 0, qPrintable(revive.output));
    m_crashed = false;
    QElapsedTimer timer;
    timer.start();
    // No connectToHost() here: the session comes back on its own.
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), HostState::Connected, kLibvirtCallMs);
    qInfo("connected again %lld ms after libvirtd answered", timer.elapsed());
    QVERIFY(m_session->stateReason().isEmpty());
    QCOMPARE(m_session->reconnectInSeconds(), -1);
    // The new listing still has the guest, running: QEMU did not die with libvirtd.
    QTRY_VERIFY_WITH_TIMEOUT(!m_listings.isEmpty(), kLibvirtCallMs);
    const QList<DomainInfo> &list = m_listings.last();
    const auto it = std::find_if(list.cbegin(), list.cend(),
                                 [this](const DomainInfo &d) { return d.uuid == m_uuid; });
    QVERIFY(it != list.cend());
    QCOMPARE(it->state, DomainState::Running);
    QCOMPARE(it->name, m_spec.name);
}

void TestHostReconnect::keepsWorkingAfterReconnect()
{
    if (m_session->state() != HostState::Connected)
        QSKIP("needs reconnectsByItself");
    // Statistics flow again.
    m_statsSamples = 0;
    QTRY_VERIFY_WITH_TIMEOUT(m_statsSamples >= 2, kLibvirtCallMs);
    // Requests work on the new connection.
    Pending<Result<int>> set;
    DomainControl::setVcpus(m_session.get(), m_uuid, 2, DomainControl::Live, this, set.callback());
    QTRY_VERIFY_WITH_TIMEOUT(set.ready(), kLibvirtCallMs);
    QVERIFY2(set->ok(), qPrintable(set->error().text()));
    QCOMPARE(set->value(), 2);
    // Lifecycle events arrive again: the guest powers itself off after the session asked.
    m_domainStates.clear();
    DomainActions::performAction(m_session.get(), {m_uuid}, DomainAction::Shutdown);
    const SerialLog serial(m_spec.serialLogPath);
    QTRY_VERIFY2_WITH_TIMEOUT(m_domainStates.contains(DomainState::Shutoff),
                              qPrintable(serial.tail()), kLibvirtCallMs);
}

void TestHostReconnect::cleanupTestCase()
{
    if (m_crashed) // a failed step must not leave the machine without its daemon
        runLibvirtdScript(m_env, {QStringLiteral("revive")});
    m_session.reset();
    if (!m_env.uri.isEmpty() && m_env.unavailable.isEmpty())
        removeTestDomains(m_env.uri);
}

QTEST_GUILESS_MAIN(TestHostReconnect)
#include "tst_hostreconnect.moc"
