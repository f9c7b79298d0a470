// SPDX-License-Identifier: GPL-2.0-or-later
// Migration between two real libvirt hosts on this machine through Vireo's core: host A is the
// tier's libvirtd, host B the one of second-host.sh (its own namespace, folders and host UUID, on
// 127.0.0.1 over TCP). Skips without B. Live (the guest's shell keeps its state and its status
// lines go on), offline, with storage copy, cancelled (still running on A), and refused before it
// starts (a network B lacks); switched to post-copy while it runs (the guest's shell keeps its
// state on B). Each also leaves its virsh line in the command log (migrate with the options
// asked for, domjobabort, migrate-postcopy).
#include "guest.h"
#include "twohosts.h"

#include "core/commandlog/commandlog.h"
#include "core/migration/migration.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"

#include <libvirt/libvirt.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using namespace Vireo::Integration;

namespace {

/// The command log's last entry for domain `name` whose command is this virsh verb.
std::optional<CommandLogEntry> logged(const QString &verb, const QString &name)
{
    std::optional<CommandLogEntry> found;
    for (const CommandLogEntry &e : CommandLog::instance()->entries())
        if (e.domain == name && !e.equivalent.commands.isEmpty() &&
            e.equivalent.commands.first().arguments.value(0) == verb)
            found = e;
    return found;
}

bool runsOn(const QString &uri, const QString &name)
{
    virConnectPtr c = virConnectOpen(uri.toUtf8().constData());
    if (!c)
        return false;
    bool running = false;
    if (virDomainPtr d = virDomainLookupByName(c, name.toUtf8().constData())) {
        running = virDomainIsActive(d) == 1;
        virDomainFree(d);
    }
    virConnectClose(c);
    return running;
}

bool definedOn(const QString &uri, const QString &name)
{
    virConnectPtr c = virConnectOpen(uri.toUtf8().constData());
    if (!c)
        return false;
    virDomainPtr d = virDomainLookupByName(c, name.toUtf8().constData());
    if (d)
        virDomainFree(d);
    virConnectClose(c);
    return d != nullptr;
}

} // namespace

class TestLiveMigration : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void initTestCase();
    void liveKeepsTheGuestsState();
    void cancelLeavesItOnA();
    void postCopyKeepsTheGuestsState();
    void offline();
    void withStorageCopy();
    void missingNetworkFailsBeforeStart();
    void cleanupTestCase();

private:
    /// testGuestSpec's, with a serial log of its own: the guests of this test run side by side
    /// (virtlogd refuses a second writer of one file).
    GuestSpec spec(const QString &purpose) const
    {
        GuestSpec s = testGuestSpec(purpose, m_dir.path(), 256);
        s.serialLogPath = m_dir.filePath(purpose + QStringLiteral(".log"));
        return s;
    }
    TwoHosts m_hosts;
    QTemporaryDir m_dir;
    QString m_network; ///< the network defined on A only
};

void TestLiveMigration::initTestCase()
{
    bool skip = false;
    const QString notReady = m_hosts.setUp(m_dir.path(), &skip);
    if (skip)
        QSKIP(qPrintable(notReady));
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
}

void TestLiveMigration::liveKeepsTheGuestsState()
{
    const GuestSpec spec = this->spec(QStringLiteral("migrate-live"));
    const Booted booted = defineAndBoot(m_hosts.a.get(), m_hosts.env, spec);
    QVERIFY2(booted.error.isEmpty(), qPrintable(booted.error));
    SerialLog log(spec.serialLogPath);
    // The shell's state: a variable set before the move must still be there after it.
    QCOMPARE(typeOnSerialConsole(m_hosts.env.uri, spec.name, QStringLiteral("export MIG=kept42")),
             QString());
    QSignalSpy removedFromA(m_hosts.a.get(), &HostSession::domainRemoved);
    QSignalSpy changedOnB(m_hosts.b.get(), &HostSession::domainChanged);
    const Ended e = runMigration(m_hosts.a.get(), m_hosts.b.get(), booted.uuid, liveRequestToB());
    QVERIFY(e.status.has_value());
    QVERIFY2(e.status->ok(), qPrintable(e.status->error().text()));
    qInfo("live migration: %lld ms, downtime %lld ms, %lld bytes; %d progress reports",
          e.completed.elapsedMs, e.completed.downtimeMs, e.completed.dataProcessed,
          e.progressReports);
    QVERIFY(runsOn(m_hosts.uriB, spec.name));
    QVERIFY(!definedOn(m_hosts.env.uri, spec.name));
    // The command log: the line for what Vireo asked libvirt for.
    const auto line = logged(QStringLiteral("migrate"), spec.name);
    QVERIFY(line && line->succeeded);
    QCOMPARE(line->lines(),
             QStringList(QStringLiteral("virsh -c %1 migrate %2 %3 --live --persistent "
                                        "--undefinesource --migrateuri tcp://127.0.0.1")
                             .arg(shellQuote(m_hosts.env.uri), spec.name, m_hosts.uriB)));
    // The row moves: A's session drops it on its events, B's lists it running.
    QTRY_VERIFY_WITH_TIMEOUT(removedFromA.count() > 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const auto &args : changedOnB)
                if (args.at(0).value<DomainInfo>().uuid == booted.uuid &&
                    args.at(0).value<DomainInfo>().state == DomainState::Running)
                    return true;
            return false;
        }(),
        30000);
    const int before = log.countLines(QStringLiteral("VIREO-STATUS"));
    QTRY_VERIFY_WITH_TIMEOUT(log.countLines(QStringLiteral("VIREO-STATUS")) >= before + 2, 30000);
    QCOMPARE(
        typeOnSerialConsole(m_hosts.uriB, spec.name,
                            QStringLiteral("echo VIREO-MIG=$MIG up=$(cut -d. -f1 /proc/uptime)")),
        QString());
    QTRY_COMPARE_WITH_TIMEOUT(log.lastValue(QStringLiteral("VIREO-MIG=")).section(u' ', 0, 0),
                              QStringLiteral("kept42"), 20000);
}

void TestLiveMigration::cancelLeavesItOnA()
{
    const GuestSpec spec = this->spec(QStringLiteral("migrate-cancel"));
    const Booted booted = defineAndBoot(m_hosts.a.get(), m_hosts.env, spec);
    QVERIFY2(booted.error.isEmpty(), qPrintable(booted.error));
    MigrationRequest r = liveRequestToB();
    r.bandwidthMiBs = 1; // slow enough to be caught running
    // B's QEMU would start by truncating the serial log A's guest writes (one path, one file
    // system): the destination XML gives B a log of its own, as a user would for a disk path.
    Pending<Result<MigrationSource>> s;
    Migration::readSource(m_hosts.a.get(), booted.uuid, this, s.callback());
    QTRY_VERIFY_WITH_TIMEOUT(s.ready(), 30000);
    QVERIFY(s->ok());
    r.destinationXml = QString(s->value().xml)
                           .replace(spec.serialLogPath, spec.serialLogPath + QStringLiteral(".b"));
    QVERIFY(r.destinationXml != s->value().xml);
    bool asked = false;
    const Ended e = runMigration(m_hosts.a.get(), m_hosts.b.get(), booted.uuid, r,
                                 [&](MigrationJob &job, const MigrationProgress &) {
                                     if (!asked) {
                                         asked = true;
                                         job.cancel();
                                     }
                                 });
    QVERIFY(e.status.has_value());
    QVERIFY2(asked, qPrintable(e.status->ok() ? QStringLiteral("it ended before a progress report")
                                              : e.status->error().text()));
    QVERIFY(!e.status->ok());
    QVERIFY(e.cancelled);
    qInfo("cancelled: %s", qPrintable(e.status->error().text()));
    // Logged: the abort, and the migration that failed by it (with the file of its XML).
    const auto abort = logged(QStringLiteral("domjobabort"), spec.name);
    QVERIFY(abort && abort->succeeded);
    const auto moved = logged(QStringLiteral("migrate"), spec.name);
    QVERIFY(moved && !moved->succeeded);
    QVERIFY2(moved->lines().value(0).endsWith(
                 QStringLiteral("--xml %1-destination.xml --bandwidth 1").arg(spec.name)),
             qPrintable(moved->lines().value(0)));
    QCOMPARE(moved->equivalent.files.value(0).name, spec.name + QStringLiteral("-destination.xml"));
    QVERIFY(runsOn(m_hosts.env.uri, spec.name));
    QVERIFY(!runsOn(m_hosts.uriB, spec.name));
    SerialLog log(spec.serialLogPath);
    const int before = log.countLines(QStringLiteral("VIREO-STATUS"));
    QTRY_VERIFY_WITH_TIMEOUT(log.countLines(QStringLiteral("VIREO-STATUS")) > before, 20000);
}

void TestLiveMigration::postCopyKeepsTheGuestsState()
{
    const GuestSpec spec = this->spec(QStringLiteral("migrate-postcopy"));
    const Booted booted = defineAndBoot(m_hosts.a.get(), m_hosts.env, spec);
    QVERIFY2(booted.error.isEmpty(), qPrintable(booted.error));
    SerialLog log(spec.serialLogPath);
    QCOMPARE(typeOnSerialConsole(m_hosts.env.uri, spec.name, QStringLiteral("export MIG=post7")),
             QString());
    // A workload that dirties memory (random bytes into the initramfs, again and again) and a
    // bandwidth limit keep the pre-copy phase going long enough to switch.
    // (Two short lines: the serial shell's echo of a line wider than its 80 columns wraps.)
    QCOMPARE(typeOnSerialConsole(
                 m_hosts.env.uri, spec.name,
                 QStringLiteral("D(){ dd if=/dev/urandom of=/tmp/d bs=1M count=24 2>/dev/null;}")),
             QString());
    QCOMPARE(
        typeOnSerialConsole(m_hosts.env.uri, spec.name, QStringLiteral("(while :;do D;done)&")),
        QString());
    MigrationRequest r = liveRequestToB();
    r.allowPostCopy = true; // VIR_MIGRATE_POSTCOPY: the switch may be asked for
    r.bandwidthMiBs = 4;
    QSignalSpy failed(m_hosts.a.get(), &HostSession::operationFailed);
    bool switched = false, sawPostCopy = false;
    // The switch seen by the hosts too: A's copy paused behind it, B's running in post-copy.
    QString postCopyEvents;
    QObject watching; // the connections end with this case
    for (HostSession *h : {m_hosts.a.get(), m_hosts.b.get()})
        connect(h, &HostSession::domainChanged, &watching, [&, h](const DomainInfo &d) {
            if (d.name != spec.name)
                return;
            if ((d.state == DomainState::Paused && d.stateReason == VIR_DOMAIN_PAUSED_POSTCOPY) ||
                (d.state == DomainState::Running && d.stateReason == VIR_DOMAIN_RUNNING_POSTCOPY))
                postCopyEvents +=
                    h == m_hosts.a.get() ? QStringLiteral("A ") : QStringLiteral("B ");
        });
    const Ended e = runMigration(m_hosts.a.get(), m_hosts.b.get(), booted.uuid, r,
                                 [&](MigrationJob &job, const MigrationProgress &p) {
                                     sawPostCopy |= p.postCopy;
                                     if (!switched && p.dataProcessed > 0) {
                                         switched = true;
                                         job.switchToPostCopy(); // virDomainMigrateStartPostCopy
                                     }
                                 });
    for (const auto &args : failed)
        qWarning("%s", qPrintable(args.at(0).value<Error>().text()));
    QVERIFY(e.status.has_value());
    // QEMU runs unprivileged and needs userfaultfd: setup.sh sets vm.unprivileged_userfaultfd=1
    // for the tier. Where it could not, QEMU refuses post-copy, and the user reads why in words
    // (the product's sentence, with QEMU's after it); that is this machine, not Vireo: skip.
    QFile uffd(QStringLiteral("/proc/sys/vm/unprivileged_userfaultfd"));
    const bool uffdClosed = uffd.open(QIODevice::ReadOnly) && uffd.readAll().trimmed() == "0";
    if (!e.status->ok() && uffdClosed &&
        e.status->error().text().contains(QStringLiteral("Postcopy is not supported"))) {
        QVERIFY2(e.status->error().message.startsWith(
                     QStringLiteral("QEMU cannot do post-copy migration on these hosts")),
                 qPrintable(e.status->error().text()));
        QSKIP(qPrintable(QStringLiteral("vm.unprivileged_userfaultfd is 0 (setup.sh could not set "
                                        "it): QEMU refuses post-copy: %1")
                             .arg(e.status->error().text())));
    }
    QVERIFY2(e.status->ok(), qPrintable(e.status->error().text()));
    QVERIFY2(switched, "the migration ended before its first progress report");
    QVERIFY2(failed.isEmpty(), "the switch to post-copy was refused");
    const auto post = logged(QStringLiteral("migrate-postcopy"), spec.name);
    QVERIFY(post && post->succeeded);
    QVERIFY(logged(QStringLiteral("migrate"), spec.name)
                ->lines()
                .value(0)
                .contains(QStringLiteral(" --postcopy ")));
    qInfo("post-copy migration: %lld ms, downtime %lld ms, %lld bytes; post-copy seen in "
          "progress: %s, in the hosts' events: %s",
          e.completed.elapsedMs, e.completed.downtimeMs, e.completed.dataProcessed,
          sawPostCopy ? "yes" : "no", postCopyEvents.isEmpty() ? "no" : qPrintable(postCopyEvents));
    QVERIFY2(sawPostCopy || !postCopyEvents.isEmpty(),
             "the migration ended without entering post-copy");
    QVERIFY(runsOn(m_hosts.uriB, spec.name));
    QVERIFY(!definedOn(m_hosts.env.uri, spec.name));
    const int before = log.countLines(QStringLiteral("VIREO-STATUS"));
    QTRY_VERIFY_WITH_TIMEOUT(log.countLines(QStringLiteral("VIREO-STATUS")) >= before + 2, 30000);
    QCOMPARE(typeOnSerialConsole(m_hosts.uriB, spec.name, QStringLiteral("echo VIREO-MIG=$MIG")),
             QString());
    QTRY_COMPARE_WITH_TIMEOUT(log.lastValue(QStringLiteral("VIREO-MIG=")).section(u' ', 0, 0),
                              QStringLiteral("post7"), 20000);
}

void TestLiveMigration::offline()
{
    const GuestSpec spec = this->spec(QStringLiteral("migrate-offline"));
    virConnectPtr c = virConnectOpen(m_hosts.env.uri.toUtf8().constData());
    QVERIFY(c);
    virDomainPtr d = virDomainDefineXML(c, guestXml(m_hosts.env, spec).toUtf8().constData());
    QVERIFY(d);
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(d, uuid);
    virDomainFree(d);
    virConnectClose(c);
    MigrationRequest r;
    r.live = false;
    r.persistOnDestination = true;
    r.undefineSource = true;
    const Ended e = runMigration(m_hosts.a.get(), m_hosts.b.get(), QString::fromLatin1(uuid), r);
    QVERIFY(e.status.has_value());
    QVERIFY2(e.status->ok(), qPrintable(e.status->error().text()));
    QVERIFY(definedOn(m_hosts.uriB, spec.name));
    QVERIFY(!runsOn(m_hosts.uriB, spec.name));
    QVERIFY(!definedOn(m_hosts.env.uri, spec.name));
    const auto line = logged(QStringLiteral("migrate"), spec.name);
    QVERIFY(line && line->succeeded);
    QVERIFY2(line->lines().value(0).endsWith(
                 m_hosts.uriB + QStringLiteral(" --offline --persistent --undefinesource")),
             qPrintable(line->lines().value(0)));
}

void TestLiveMigration::withStorageCopy()
{
    // /var/lib/libvirt/images is each host's own (B's namespace has its own folder there): the
    // disk is not shared, B needs a pool there to receive the copy.
    const QString images = QStringLiteral("/var/lib/libvirt/images");
    QDir().mkpath(images);
    virConnectPtr cb = virConnectOpen(m_hosts.uriB.toUtf8().constData());
    QVERIFY(cb);
    const QByteArray poolXml = QStringLiteral("<pool type='dir'><name>vireo-it-images</name>"
                                              "<target><path>%1</path></target></pool>")
                                   .arg(images)
                                   .toUtf8();
    virStoragePoolPtr pool = virStoragePoolLookupByName(cb, "vireo-it-images");
    if (!pool)
        pool = virStoragePoolDefineXML(cb, poolXml.constData(), 0);
    QVERIFY(pool);
    if (virStoragePoolIsActive(pool) != 1)
        QCOMPARE(virStoragePoolCreate(pool, 0), 0);
    virStoragePoolFree(pool);
    virConnectClose(cb);

    GuestSpec spec = this->spec(QStringLiteral("migrate-storage"));
    spec.dataDiskPath = images + QStringLiteral("/%1.raw").arg(spec.name);
    spec.dataDiskFormat = QStringLiteral("raw");
    {
        QFile disk(spec.dataDiskPath);
        QVERIFY(disk.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(disk.resize(16 * 1024 * 1024));
    }
    const Booted booted = defineAndBoot(m_hosts.a.get(), m_hosts.env, spec);
    QVERIFY2(booted.error.isEmpty(), qPrintable(booted.error));
    QCOMPARE(typeOnSerialConsole(m_hosts.env.uri, spec.name, QStringLiteral("vireo-mark moved")),
             QString());
    SerialLog log(spec.serialLogPath);
    QTRY_COMPARE_WITH_TIMEOUT(log.lastValue(QStringLiteral("VIREO-MARKER vda=")),
                              QStringLiteral("moved"), 20000);
    MigrationRequest r = liveRequestToB();
    r.copyStorage = true;
    // The check before Start agrees: B has the pool.
    Pending<Result<MigrationSource>> s;
    Migration::readSource(m_hosts.a.get(), booted.uuid, this, s.callback());
    QTRY_VERIFY_WITH_TIMEOUT(s.ready(), 30000);
    QVERIFY(s->ok());
    Pending<Result<MigrationTarget>> t;
    Migration::readTarget(m_hosts.b.get(), s->value().description.arch, this, t.callback());
    QTRY_VERIFY_WITH_TIMEOUT(t.ready(), 30000);
    QVERIFY(t->ok());
    const MigrationCheck check = checkMigration(s->value(), t->value(), r);
    QVERIFY2(check.ok(), qPrintable(check.problems.join(u'\n')));

    const Ended e = runMigration(m_hosts.a.get(), m_hosts.b.get(), booted.uuid, r);
    QVERIFY(e.status.has_value());
    QVERIFY2(e.status->ok(), qPrintable(e.status->error().text()));
    qInfo("with storage copy: %lld ms, downtime %lld ms", e.completed.elapsedMs,
          e.completed.downtimeMs);
    QVERIFY(runsOn(m_hosts.uriB, spec.name));
    // The guest reads its marker from the copy on B.
    QCOMPARE(typeOnSerialConsole(m_hosts.uriB, spec.name, QStringLiteral("vireo-read")), QString());
    QTRY_COMPARE_WITH_TIMEOUT(log.lastValue(QStringLiteral("VIREO-READ vda=")),
                              QStringLiteral("moved"), 20000);
}

void TestLiveMigration::missingNetworkFailsBeforeStart()
{
    m_network = testDomainName(QStringLiteral("net"));
    virConnectPtr c = virConnectOpen(m_hosts.env.uri.toUtf8().constData());
    QVERIFY(c);
    const QByteArray netXml =
        QStringLiteral("<network><name>%1</name><bridge name='vit%2'/></network>")
            .arg(m_network)
            .arg(QCoreApplication::applicationPid() % 100000)
            .toUtf8();
    virNetworkPtr net = virNetworkCreateXML(c, netXml.constData());
    QVERIFY(net);
    virNetworkFree(net);
    virConnectClose(c);
    GuestSpec spec = this->spec(QStringLiteral("migrate-nonet"));
    spec.networkName = m_network;
    const Booted booted = defineAndBoot(m_hosts.a.get(), m_hosts.env, spec);
    QVERIFY2(booted.error.isEmpty(), qPrintable(booted.error));
    Pending<Result<MigrationSource>> s;
    Migration::readSource(m_hosts.a.get(), booted.uuid, this, s.callback());
    QTRY_VERIFY_WITH_TIMEOUT(s.ready(), 30000);
    QVERIFY(s->ok());
    Pending<Result<MigrationTarget>> t;
    Migration::readTarget(m_hosts.b.get(), s->value().description.arch, this, t.callback());
    QTRY_VERIFY_WITH_TIMEOUT(t.ready(), 30000);
    QVERIFY(t->ok());
    const MigrationCheck check = checkMigration(s->value(), t->value(), liveRequestToB());
    QVERIFY(!check.ok());
    qInfo("refused: %s", qPrintable(check.problems.join(u' ')));
    QVERIFY(check.problems.join(u' ').contains(QStringLiteral("no network '%1'").arg(m_network)));
    QVERIFY(runsOn(m_hosts.env.uri, spec.name));
}

void TestLiveMigration::cleanupTestCase()
{
    if (m_hosts.uriB.isEmpty() || !m_hosts.a)
        return;
    m_hosts.tearDown();
    if (!m_network.isEmpty())
        if (virConnectPtr c = virConnectOpen(m_hosts.env.uri.toUtf8().constData())) {
            if (virNetworkPtr n = virNetworkLookupByName(c, m_network.toUtf8().constData())) {
                virNetworkDestroy(n);
                virNetworkFree(n);
            }
            virConnectClose(c);
        }
    QFile::remove(QStringLiteral("/var/lib/libvirt/images/%1.raw")
                      .arg(testDomainName(QStringLiteral("migrate-storage"))));
}

QTEST_GUILESS_MAIN(TestLiveMigration)
#include "tst_livemigration.moc"
