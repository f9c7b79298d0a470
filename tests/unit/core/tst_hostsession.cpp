// SPDX-License-Identifier: GPL-2.0-or-later
// HostSession on libvirt's test driver: listing, events, lifecycle, statistics, errors, reconnect.
#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include <sys/stat.h>

using namespace Vireo;

class TestHostSession : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;

    // A private copy of the demo fixture: every test gets a fresh test-driver host.
    QString fixtureUri()
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("host%1.xml").arg(++n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(demoHostFixture());
        return QStringLiteral("test://") + path;
    }

    static QList<DomainInfo> connectAndList(HostSession &s)
    {
        QSignalSpy listed(&s, &HostSession::domainsListed);
        s.connectToHost();
        if (!listed.wait(10000))
            return {};
        return listed.first().first().value<QList<DomainInfo>>();
    }

    static DomainInfo byName(const QList<DomainInfo> &list, const QString &name)
    {
        for (const DomainInfo &d : list)
            if (d.name == name)
                return d;
        return {};
    }

    // Waits for a domainChanged of that UUID satisfying pred.
    template<typename Pred>
    static bool waitChanged(HostSession &s, const QString &uuid, Pred pred, int ms = 5000)
    {
        bool seen = false;
        QObject ctx;
        QObject::connect(&s, &HostSession::domainChanged, &ctx, [&](const DomainInfo &d) {
            if (d.uuid == uuid && pred(d))
                seen = true;
        });
        return QTest::qWaitFor([&] { return seen; }, ms);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void listsFixtureDomainsWithStateMemoryAndVcpus()
    {
        HostSession s(fixtureUri());
        QSignalSpy state(&s, &HostSession::stateChanged);
        const QList<DomainInfo> list = connectAndList(s);
        QCOMPARE(list.size(), 9);
        QTRY_COMPARE(s.state(), HostState::Connected);
        const DomainInfo web = byName(list, QStringLiteral("web-frontend"));
        QCOMPARE(web.state, DomainState::Running);
        QCOMPARE(web.vcpus, 2);
        QCOMPARE(web.maxVcpus, 4);
        QCOMPARE(web.memoryKiB, 2048ull * 1024);
        QCOMPARE(web.maxMemoryKiB, 4096ull * 1024);
        QVERIFY(web.persistent);
        QCOMPARE(byName(list, QStringLiteral("build-agent")).state, DomainState::Paused);
        QCOMPARE(byName(list, QStringLiteral("win11-desktop")).state, DomainState::Shutoff);
        QVERIFY(byName(list, QStringLiteral("legacy-erp")).managedSave);
        QVERIFY(!byName(list, QStringLiteral("win11-desktop")).managedSave);
        QVERIFY(!s.hostInfo().libvirtVersion.isEmpty());
        QCOMPARE(s.hostInfo().cpus, 16);
    }

    void theListArrivesWithTheHostConnected()
    {
        // Views enable actions only for domains of connected hosts: a list that arrived while
        // the host still said "Connecting…" left them disabled for a moment (a race that failed
        // tests under load). Each (re)connect's list finds the host connected.
        HostSession s(fixtureUri());
        QList<HostState> statesAtListing;
        QObject ctx;
        connect(&s, &HostSession::domainsListed, &ctx, [&] { statesAtListing.append(s.state()); });
        s.connectToHost();
        QTRY_COMPARE(statesAtListing.size(), 1);
        s.disconnectFromHost();
        QTRY_COMPARE(s.state(), HostState::Disconnected);
        s.connectToHost();
        QTRY_COMPARE(statesAtListing.size(), 2);
        QCOMPARE(statesAtListing, (QList<HostState>{HostState::Connected, HostState::Connected}));
    }

    void startEmitsEventAndActionFinished()
    {
        HostSession s(fixtureUri());
        const auto list = connectAndList(s);
        const DomainInfo win = byName(list, QStringLiteral("win11-desktop"));
        QCOMPARE(win.state, DomainState::Shutoff);
        QSignalSpy finished(&s, &HostSession::actionFinished);
        DomainActions::performAction(&s, {win.uuid}, DomainAction::Start);
        QVERIFY(waitChanged(s, win.uuid,
                            [](const DomainInfo &d) { return d.state == DomainState::Running; }));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).value<DomainAction>(), DomainAction::Start);
    }

    void lifecycleActionsReachLibvirt_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("expected");
        QTest::newRow("force off")
            << "web-frontend" << int(DomainAction::ForceOff) << int(DomainState::Shutoff);
        QTest::newRow("pause") << "db-primary" << int(DomainAction::Pause)
                               << int(DomainState::Paused);
        QTest::newRow("resume") << "build-agent" << int(DomainAction::Resume)
                                << int(DomainState::Running);
        QTest::newRow("shutdown") << "ci-runner-01" << int(DomainAction::Shutdown)
                                  << int(DomainState::Shutoff);
        QTest::newRow("save") << "ci-runner-02" << int(DomainAction::Save)
                              << int(DomainState::Shutoff);
    }
    void lifecycleActionsReachLibvirt()
    {
        QFETCH(QString, domain);
        QFETCH(int, action);
        QFETCH(int, expected);
        HostSession s(fixtureUri());
        const DomainInfo d = byName(connectAndList(s), domain);
        QVERIFY(!d.uuid.isEmpty());
        const bool save = DomainAction(action) == DomainAction::Save;
        DomainActions::performAction(&s, {d.uuid}, DomainAction(action));
        QVERIFY(waitChanged(s, d.uuid, [expected, save](const DomainInfo &i) {
            return int(i.state) == expected && (!save || i.managedSave);
        }));
    }

    void bulkActionRunsOnEveryDomain()
    {
        HostSession s(fixtureUri());
        const auto list = connectAndList(s);
        QStringList uuids;
        for (const DomainInfo &d : list)
            if (d.state == DomainState::Running)
                uuids.append(d.uuid);
        QCOMPARE(uuids.size(), 4);
        QSignalSpy finished(&s, &HostSession::actionFinished);
        DomainActions::performAction(&s, uuids, DomainAction::Pause);
        QTRY_COMPARE(finished.size(), 4);
    }

    void failedActionReportsReadableError()
    {
        HostSession s(fixtureUri());
        const DomainInfo off = byName(connectAndList(s), QStringLiteral("win11-desktop"));
        QSignalSpy failed(&s, &HostSession::operationFailed);
        DomainActions::performAction(&s, {off.uuid},
                                     DomainAction::Pause); // cannot pause a shut-off domain
        QVERIFY(failed.wait(5000));
        const Error e = failed.first().first().value<Error>();
        QVERIFY2(e.operation.contains(QLatin1String("win11-desktop")), qPrintable(e.operation));
        QVERIFY(e.operation.contains(QLatin1String("Pause")));
        QVERIFY(!e.message.isEmpty());
        QVERIFY(e.code != 0);
    }

    void unknownDomainIsAnError()
    {
        HostSession s(fixtureUri());
        connectAndList(s);
        QSignalSpy failed(&s, &HostSession::operationFailed);
        DomainActions::performAction(&s, {QStringLiteral("00000000-0000-0000-0000-000000000000")},
                                     DomainAction::Start);
        QVERIFY(failed.wait(5000));
    }

    void defineAndUndefineFollowTheList()
    {
        HostSession s(fixtureUri());
        const int before = connectAndList(s).size();
        const QString xml = QStringLiteral(
            "<domain type='test'><name>fresh &amp; new</name><memory unit='MiB'>256</memory>"
            "<vcpu>1</vcpu><os><type>hvm</type></os></domain>");
        QString uuid;
        bool done = false;
        QObject ctx;
        QSignalSpy changed(&s, &HostSession::domainChanged);
        DomainActions::defineXml(&s, xml, &ctx, [&](Result<QString> r) {
            QVERIFY2(r.ok(), qPrintable(r.error().text()));
            uuid = r.value();
            done = true;
        });
        QTRY_VERIFY(done);
        // The worker reports the new domain before it answers the request.
        QTRY_VERIFY(!changed.isEmpty());
        const DomainInfo fresh = changed.last().first().value<DomainInfo>();
        QCOMPARE(fresh.uuid, uuid);
        QCOMPARE(fresh.name, QStringLiteral("fresh & new"));
        QCOMPARE(fresh.state, DomainState::Shutoff);

        QTemporaryDir backups;
        QString backup;
        done = false;
        QSignalSpy removed(&s, &HostSession::domainRemoved);
        DomainActions::deleteDomain(&s, uuid, backups.path(), &ctx,
                                    [&](Result<DomainActions::DomainBackup> r) {
                                        QVERIFY2(r.ok(), qPrintable(r.error().text()));
                                        backup = r->path;
                                        done = true;
                                    });
        QTRY_VERIFY(done);
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toString(), uuid);
        QFile f(backup);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray saved = f.readAll();
        QVERIFY(saved.contains("<name>fresh &amp; new</name>"));
        QVERIFY(saved.contains(uuid.toLatin1()));
        Q_UNUSED(before)
    }

    void deleteBackupIsPrivateAndKeepsTheConsolePassword_data()
    {
        QTest::addColumn<QString>("graphics");
        QTest::addColumn<bool>("holdsPassword");
        QTest::newRow("console password")
            << "<graphics type='vnc' port='-1' autoport='yes' passwd='Backup-s3cret'/>" << true;
        QTest::newRow("no password") << "<graphics type='vnc' port='-1' autoport='yes'/>" << false;
        QTest::newRow("no console") << "" << false;
    }
    void deleteBackupIsPrivateAndKeepsTheConsolePassword()
    {
        QFETCH(QString, graphics);
        QFETCH(bool, holdsPassword);
        HostSession s(fixtureUri());
        connectAndList(s);
        QObject ctx;
        std::optional<Result<QString>> defined;
        DomainActions::defineXml(
            &s,
            QStringLiteral("<domain type='test'><name>backed-up</name><memory unit='MiB'>64"
                           "</memory><vcpu>1</vcpu><os><type>hvm</type></os><devices>%1"
                           "</devices></domain>")
                .arg(graphics),
            &ctx, [&](Result<QString> r) { defined = r; });
        QTRY_VERIFY(defined);
        QVERIFY2(defined->ok(), qPrintable(defined->error().text()));

        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("backups"));
        // A folder someone left open to others is closed again.
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(::chmod(QFile::encodeName(dir).constData(), 0755), 0);
        std::optional<Result<DomainActions::DomainBackup>> deleted;
        DomainActions::deleteDomain(&s, defined->value(), dir, &ctx,
                                    [&](Result<DomainActions::DomainBackup> r) { deleted = r; });
        QTRY_VERIFY(deleted);
        QVERIFY2(deleted->ok(), qPrintable(deleted->error().text()));
        const DomainActions::DomainBackup backup = deleted->value();
        QCOMPARE(backup.holdsConsolePassword, holdsPassword);

        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(dir).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0700));
        QCOMPARE(::stat(QFile::encodeName(backup.path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
        QFile f(backup.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray saved = f.readAll();
        QVERIFY(saved.contains("<name>backed-up</name>"));
        // Read with VIR_DOMAIN_XML_SECURE: a restore from it keeps the console password.
        QCOMPARE(saved.contains("passwd='Backup-s3cret'"), holdsPassword);
    }

    void deleteRunningDomainForcesOffFirst()
    {
        HostSession s(fixtureUri());
        const DomainInfo web = byName(connectAndList(s), QStringLiteral("web-frontend"));
        QTemporaryDir backups;
        QObject ctx;
        bool done = false;
        QSignalSpy removed(&s, &HostSession::domainRemoved);
        DomainActions::deleteDomain(&s, web.uuid, backups.path(), &ctx,
                                    [&](Result<DomainActions::DomainBackup> r) {
                                        QVERIFY2(r.ok(), qPrintable(r.error().text()));
                                        done = true;
                                    });
        QTRY_VERIFY(done);
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(QDir(backups.path()).entryList(QDir::Files).size(), 1);
    }

    void deleteWithUnwritableBackupChangesNothing()
    {
        HostSession s(fixtureUri());
        const DomainInfo web = byName(connectAndList(s), QStringLiteral("web-frontend"));
        QObject ctx;
        bool done = false;
        DomainActions::deleteDomain(&s, web.uuid, QStringLiteral("/proc/vireo-cannot-write-here"),
                                    &ctx, [&](Result<DomainActions::DomainBackup> r) {
                                        QVERIFY(!r.ok());
                                        QVERIFY(
                                            r.error().message.contains(QLatin1String("backup")));
                                        done = true;
                                    });
        QTRY_VERIFY(done);
        // Still there, still running.
        QString xml;
        done = false;
        DomainActions::fetchDomainXml(&s, web.uuid, {}, &ctx, [&](Result<QString> r) {
            QVERIFY(r.ok());
            xml = r.value();
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(xml.contains(QLatin1String("web-frontend")));
    }

    void invalidXmlIsRejectedWithMessage()
    {
        HostSession s(fixtureUri());
        connectAndList(s);
        QObject ctx;
        bool done = false;
        DomainActions::defineXml(&s, QStringLiteral("<domain type='test'><name>broken</name>"),
                                 &ctx, [&](Result<QString> r) {
                                     QVERIFY(!r.ok());
                                     QVERIFY(r.error().operation.contains(QLatin1String("Define")));
                                     QVERIFY(!r.error().message.isEmpty());
                                     done = true;
                                 });
        QTRY_VERIFY(done);
    }

    void callbackIsDroppedWhenContextDies()
    {
        HostSession s(fixtureUri());
        const DomainInfo web = byName(connectAndList(s), QStringLiteral("web-frontend"));
        bool called = false;
        auto *ctx = new QObject;
        DomainActions::fetchDomainXml(&s, web.uuid, {}, ctx,
                                      [&](Result<QString>) { called = true; });
        delete ctx;
        // A later request on the same worker proves the first one has been answered.
        QObject ctx2;
        bool second = false;
        DomainActions::fetchDomainXml(&s, web.uuid, {}, &ctx2,
                                      [&](Result<QString>) { second = true; });
        QTRY_VERIFY(second);
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void statisticsArriveEachTick()
    {
        HostSession s(fixtureUri());
        s.setStatsInterval(200);
        connectAndList(s);
        QSignalSpy stats(&s, &HostSession::statsUpdated);
        QVERIFY(stats.wait(5000));
        QVERIFY(stats.wait(5000));
        const auto sample = stats.last().first().value<QList<DomainStats>>();
        // Only active domains are sampled: 4 running + 2 paused.
        QCOMPARE(sample.size(), 6);
        for (const DomainStats &d : sample) {
            QVERIFY(!d.uuid.isEmpty());
            QVERIFY(d.timestampMs > 0);
            QVERIFY(isActive(d.state));
        }
        s.setStatsInterval(0);
        stats.clear();
        QVERIFY(!stats.wait(600));
    }

    void openFailureReportsReasonAndReconnectsWhenHostAppears()
    {
        const QString path = m_dir.filePath(QStringLiteral("appears-later.xml"));
        HostSession s(QStringLiteral("test://") + path);
        s.setReconnectBackoff(100, 400);
        QSignalSpy state(&s, &HostSession::stateChanged);
        QSignalSpy listed(&s, &HostSession::domainsListed);
        s.connectToHost();
        QTRY_VERIFY(s.state() == HostState::Disconnected && !s.stateReason().isEmpty());
        QVERIFY(s.reconnectInSeconds() >= 0);
        // The host "comes back": the next automatic attempt succeeds.
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(demoHostFixture());
        f.close();
        QVERIFY(listed.wait(10000));
        QTRY_COMPARE(s.state(), HostState::Connected);
        QVERIFY(s.stateReason().isEmpty());
        QCOMPARE(listed.first().first().value<QList<DomainInfo>>().size(), 9);
    }

    void userDisconnectStopsRetrying()
    {
        HostSession s(QStringLiteral("test:///nonexistent/vireo-no-such-file.xml"));
        s.setReconnectBackoff(100, 200);
        s.connectToHost();
        QTRY_VERIFY(s.state() == HostState::Disconnected && !s.stateReason().isEmpty());
        s.disconnectFromHost();
        QTRY_COMPARE(s.reconnectInSeconds(), -1);
        QSignalSpy state(&s, &HostSession::stateChanged);
        QVERIFY(!state.wait(700)); // no more attempts
    }

    void requestsWhileDisconnectedFailCleanly()
    {
        HostSession s(fixtureUri());
        QObject ctx;
        bool done = false;
        DomainActions::fetchDomainXml(
            &s, QStringLiteral("web-frontend"), {}, &ctx, [&](Result<QString> r) {
                QVERIFY(!r.ok());
                QVERIFY(r.error().message.contains(QLatin1String("not connected")));
                done = true;
            });
        QTRY_VERIFY(done);
    }

    void destroyingTheSessionClosesItsConnectionAndCallbacks()
    {
        // Earlier tests' workers tear down on their own threads after their sessions went.
        QTRY_COMPARE(HostSession::liveWorkerCount(), 0);
        QCOMPARE(HostSession::openConnectionCount(), 0);
        QCOMPARE(HostSession::callbackRegistrationCount(), 0);

        auto *s = new HostSession(fixtureUri());
        QCOMPARE(HostSession::liveWorkerCount(), 1);
        QCOMPARE(connectAndList(*s).size(), 9);
        QTRY_COMPARE(s->state(), HostState::Connected);
        QCOMPARE(HostSession::openConnectionCount(), 1);
        // Lifecycle, balloon, device added and removed events; the test driver keeps no close
        // callback, but the registration is counted all the same.
        QCOMPARE(HostSession::callbackRegistrationCount(), 5);
        QSignalSpy destroyed(s, &QObject::destroyed);
        delete s;
        QCOMPARE(destroyed.size(), 1);
        QTRY_COMPARE(HostSession::openConnectionCount(), 0);
        QTRY_COMPARE(HostSession::callbackRegistrationCount(), 0);
        QTRY_COMPARE(HostSession::liveWorkerCount(), 0);
    }

    void destroyingASessionRightAfterConnectStillCloses()
    {
        // The close used to be queued to a loop that had already been told to quit.
        QTRY_COMPARE(HostSession::liveWorkerCount(), 0);
        for (int i = 0; i < 5; ++i) {
            auto *s = new HostSession(fixtureUri());
            s->connectToHost();
            delete s;
        }
        QTRY_COMPARE(HostSession::liveWorkerCount(), 0);
        QCOMPARE(HostSession::openConnectionCount(), 0);
        QCOMPARE(HostSession::callbackRegistrationCount(), 0);
    }

    void displayNames()
    {
        QCOMPARE(HostSession(QStringLiteral("qemu:///system")).displayName(),
                 QStringLiteral("QEMU/KVM"));
        QCOMPARE(HostSession(QStringLiteral("qemu:///session")).displayName(),
                 QStringLiteral("QEMU/KVM user session"));
        QCOMPARE(HostSession(QStringLiteral("qemu+ssh://root@h1/system")).displayName(),
                 QStringLiteral("QEMU/KVM on h1 (SSH)"));
        // Fixture hosts are named by their file, so fifty of them can be told apart.
        QCOMPARE(HostSession(QStringLiteral("test:///default")).displayName(),
                 QStringLiteral("Test driver"));
        QCOMPARE(HostSession(QStringLiteral("test:///tmp/fleet/lab-07.xml")).displayName(),
                 QStringLiteral("Test driver: lab-07"));
    }

    void aLabelNamesTheHostAndEmptyFallsBack()
    {
        HostSession s(QStringLiteral("test:///tmp/fleet/lab-07.xml"));
        QSignalSpy changed(&s, &HostSession::labelChanged);
        s.setLabel(QStringLiteral("  rack   4 "));
        QCOMPARE(s.label(), QStringLiteral("rack 4"));
        QCOMPARE(s.displayName(), QStringLiteral("rack 4"));
        QCOMPARE(s.defaultName(), QStringLiteral("Test driver: lab-07"));
        QCOMPARE(changed.size(), 1);
        s.setLabel(QStringLiteral("rack 4")); // the same: no signal
        QCOMPARE(changed.size(), 1);
        s.setLabel(QStringLiteral("   "));
        QCOMPARE(s.label(), QString());
        QCOMPARE(s.displayName(), QStringLiteral("Test driver: lab-07"));
        QCOMPARE(changed.size(), 2);
        // Over a name given by the application (the demo host's) too.
        s.setDisplayName(QStringLiteral("Demo host"));
        s.setLabel(QStringLiteral("mine"));
        QCOMPARE(s.displayName(), QStringLiteral("mine"));
        s.setLabel({});
        QCOMPARE(s.displayName(), QStringLiteral("Demo host"));
    }
};

QTEST_GUILESS_MAIN(TestHostSession)
#include "tst_hostsession.moc"
