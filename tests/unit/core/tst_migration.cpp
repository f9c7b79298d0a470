// SPDX-License-Identifier: GPL-2.0-or-later
// Migration: the checks before Start (pure, data-driven on parsed XML), what core reads of two
// test-driver hosts for them, and that a migration the host refuses leaves the domain where it was
// and says why (the test driver cannot migrate; real moves are in the integration tier).
#include "core/migration/migration.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"
#include "tests/support/demohost.h"

#include <libvirt/virterror.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using namespace VireoTest;

namespace {

QString domainXml(const QString &extraDevices, const QString &cpu = {},
                  const QString &machine = QStringLiteral("pc"))
{
    return QStringLiteral("<domain type='kvm'><name>web</name>"
                          "<uuid>11111111-2222-3333-4444-555555555555</uuid>"
                          "<memory unit='MiB'>512</memory><vcpu>1</vcpu>"
                          "<os><type arch='x86_64' machine='%1'>hvm</type></os>%2"
                          "<devices>%3</devices></domain>")
        .arg(machine, cpu, extraDevices);
}

MigrationSource source(const QString &xml, DomainState state = DomainState::Running)
{
    MigrationSource s;
    s.uri = QStringLiteral("qemu+tcp://a/system");
    s.driver = QStringLiteral("QEMU");
    s.xml = xml;
    s.description = parseDomainXml(xml).value();
    s.info.uuid = s.description.uuid;
    s.info.name = s.description.name;
    s.info.state = state;
    s.info.persistent = true;
    return s;
}

MigrationTarget target()
{
    MigrationTarget t;
    t.uri = QStringLiteral("qemu+tcp://b/system");
    t.hostname = QStringLiteral("hostb");
    t.driver = QStringLiteral("QEMU");
    GuestCapability g;
    g.osType = QStringLiteral("hvm");
    g.arch = QStringLiteral("x86_64");
    g.domainTypes = {QStringLiteral("qemu"), QStringLiteral("kvm")};
    g.machines = {QStringLiteral("pc"), QStringLiteral("q35")};
    t.capabilities.guests = {g};
    t.networks = {{QStringLiteral("default"), true, {}}, {QStringLiteral("idle"), false, {}}};
    t.pools = {{QStringLiteral("images"), true, QStringLiteral("/var/lib/libvirt/images")}};
    t.cpuModels = {QStringLiteral("Skylake-Client"), QStringLiteral("qemu64")};
    return t;
}

const QString kNicDefault =
    QStringLiteral("<interface type='network'><source network='default'/></interface>");
const QString kDisk = QStringLiteral("<disk type='file' device='disk'><source "
                                     "file='/var/lib/libvirt/images/web.qcow2'/>"
                                     "<target dev='vda'/></disk>");
const QString kDiskElsewhere = QStringLiteral(
    "<disk type='file' device='disk'><source file='/srv/vm/web.qcow2'/><target dev='vdb'/></disk>");

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("live");
        QTest::addColumn<bool>("copyStorage");
        QTest::addColumn<bool>("tunnelled");
        QTest::addColumn<bool>("peerToPeer");
        QTest::addColumn<QString>("says"); ///< empty: no problem at all

        const int run = int(DomainState::Running), off = int(DomainState::Shutoff);
        QTest::newRow("fits") << domainXml(kNicDefault + kDisk) << run << true << false << false
                              << false << QString();
        QTest::newRow("copy into a pool there")
            << domainXml(kDisk) << run << true << true << false << false << QString();
        QTest::newRow("network missing")
            << domainXml(
                   QStringLiteral("<interface type='network'><source network='lab'/></interface>"))
            << run << true << false << false << false << QStringLiteral("no network 'lab'");
        QTest::newRow("network inactive")
            << domainXml(
                   QStringLiteral("<interface type='network'><source network='idle'/></interface>"))
            << run << true << false << false << false
            << QStringLiteral("'idle' on hostb is not active");
        QTest::newRow("pool missing")
            << domainXml(QStringLiteral("<disk type='volume' device='disk'><source pool='fast' "
                                        "volume='web'/><target dev='vda'/></disk>"))
            << run << true << false << false << false << QStringLiteral("no storage pool 'fast'");
        QTest::newRow("copy without a pool for the folder")
            << domainXml(kDiskElsewhere) << run << true << true << false << false
            << QStringLiteral("no active storage pool in /srv/vm");
        QTest::newRow("cpu model missing")
            << domainXml({}, QStringLiteral("<cpu mode='custom'><model>EPYC-Milan</model></cpu>"))
            << run << true << false << false << false << QStringLiteral("CPU model EPYC-Milan");
        QTest::newRow("cpu model known")
            << domainXml({}, QStringLiteral("<cpu mode='custom'><model>qemu64</model></cpu>"))
            << run << true << false << false << false << QString();
        QTest::newRow("machine missing")
            << domainXml({}, {}, QStringLiteral("pc-i440fx-9.9")) << run << true << false << false
            << false << QStringLiteral("no machine type pc-i440fx-9.9");
        QTest::newRow("live but shut off") << domainXml({}) << off << true << false << false
                                           << false << QStringLiteral("is not running");
        QTest::newRow("offline shut off")
            << domainXml({}) << off << false << false << false << false << QString();
        QTest::newRow("offline with storage copy")
            << domainXml(kDisk) << off << false << true << false << false
            << QStringLiteral("cannot copy storage");
        QTest::newRow("tunnelled without p2p") << domainXml({}) << run << true << false << true
                                               << false << QStringLiteral("needs peer-to-peer");
        QTest::newRow("tunnelled p2p")
            << domainXml({}) << run << true << false << true << true << QString();
    }
    void check()
    {
        QFETCH(QString, xml);
        QFETCH(int, state);
        QFETCH(bool, live);
        QFETCH(bool, copyStorage);
        QFETCH(bool, tunnelled);
        QFETCH(bool, peerToPeer);
        QFETCH(QString, says);
        MigrationRequest r;
        r.live = live;
        r.copyStorage = copyStorage;
        r.tunnelled = tunnelled;
        r.peerToPeer = peerToPeer;
        const MigrationCheck c = checkMigration(source(xml, DomainState(state)), target(), r);
        if (says.isEmpty()) {
            QVERIFY2(c.ok(), qPrintable(c.problems.join(u'\n')));
        } else {
            QVERIFY(!c.ok());
            QVERIFY2(c.problems.join(u'\n').contains(says), qPrintable(c.problems.join(u'\n')));
        }
    }

    void capabilitiesMustFit()
    {
        MigrationTarget t = target();
        t.capabilities.guests.first().arch = QStringLiteral("aarch64");
        const MigrationCheck c = checkMigration(source(domainXml({})), t, {});
        QVERIFY(c.problems.join(u'\n').contains(QStringLiteral("architecture x86_64")));
        t = target();
        t.capabilities.guests.first().domainTypes = {QStringLiteral("qemu")};
        QVERIFY(checkMigration(source(domainXml({})), t, {})
                    .problems.join(u'\n')
                    .contains(QStringLiteral("with kvm")));
    }

    void sameHostAndDomainsThere()
    {
        MigrationSource s = source(domainXml({}));
        MigrationTarget t = target();
        t.uri = s.uri;
        QVERIFY(
            checkMigration(s, t, {}).problems.join(u' ').contains(QStringLiteral("source host")));
        t = target();
        DomainInfo there = s.info;
        t.domains = {there};
        QVERIFY(
            checkMigration(s, t, {}).problems.join(u' ').contains(QStringLiteral("already runs")));
        there.uuid = QStringLiteral("99999999-2222-3333-4444-555555555555");
        t.domains = {there};
        QVERIFY(checkMigration(s, t, {}).problems.join(u' ').contains(
            QStringLiteral("another domain")));
        there.state = DomainState::Shutoff;
        there.uuid = s.info.uuid; // its own definition there, shut off: libvirt replaces it
        t.domains = {there};
        QVERIFY(checkMigration(s, t, {}).ok());
    }

    void editedDestinationXml()
    {
        MigrationSource s = source(domainXml(kNicDefault));
        MigrationRequest r;
        // A different network on the destination, named in the edited XML, is what is checked.
        r.destinationXml = domainXml(
            QStringLiteral("<interface type='network'><source network='lab'/></interface>"));
        QVERIFY(
            checkMigration(s, target(), r).problems.join(u' ').contains(QStringLiteral("'lab'")));
        r.destinationXml = QString(r.destinationXml)
                               .replace(QStringLiteral("11111111"), QStringLiteral("22222222"));
        QVERIFY(
            checkMigration(s, target(), r).problems.join(u' ').contains(QStringLiteral("UUID")));
        r.destinationXml = QStringLiteral("<domain");
        QVERIFY(!checkMigration(s, target(), r).ok());
    }

    void postCopyNeedsQemuBothEnds()
    {
        MigrationRequest r;
        r.allowPostCopy = true;
        QVERIFY(checkMigration(source(domainXml({})), target(), r).ok());
        MigrationTarget t = target();
        t.driver = QStringLiteral("Test");
        QVERIFY(checkMigration(source(domainXml({})), t, r)
                    .problems.join(u' ')
                    .contains(QStringLiteral("QEMU on both")));
    }

    // QEMU's refusal of post-copy (userfaultfd closed to it) said in words a person can act on,
    // with QEMU's own after them; other errors stay as they were.
    void postCopyRefusalInWords()
    {
        const Error qemu{QStringLiteral("Migrate domain 'web'"),
                         QStringLiteral("internal error: unable to execute QEMU command "
                                        "'migrate-set-capabilities': Postcopy is not supported: "
                                        "Userfaultfd not available: Operation not permitted"),
                         VIR_ERR_INTERNAL_ERROR};
        const Error said = explainPostCopyRefusal(qemu);
        QCOMPARE(said.operation, qemu.operation);
        QCOMPARE(said.code, qemu.code);
        QVERIFY2(said.message.startsWith(
                     QStringLiteral("QEMU cannot do post-copy migration on these hosts")),
                 qPrintable(said.message));
        QVERIFY(said.message.contains(QStringLiteral("vm.unprivileged_userfaultfd")));
        QVERIFY(said.message.contains(QStringLiteral("Allow switching to post-copy")));
        QVERIFY(said.message.contains(qemu.message));
        const Error other{QStringLiteral("Migrate domain 'web'"),
                          QStringLiteral("operation failed: migration out job: canceled by client"),
                          VIR_ERR_OPERATION_FAILED};
        QCOMPARE(explainPostCopyRefusal(other).message, other.message);
        const Error postCopyFailed{QStringLiteral("Migrate domain 'web'"),
                                   QStringLiteral("post-copy migration failed"), 0};
        QCOMPARE(explainPostCopyRefusal(postCopyFailed).message, postCopyFailed.message);
    }

    // Two demo hosts: core reads what the checks need, and the test driver's refusal is said.
    void readsTwoTestHosts()
    {
        QTemporaryDir dir;
        auto a = connectedDemoHost(dir);
        auto b = connectedDemoHost(dir);
        QVERIFY(a && b);
        auto s = ask<Result<MigrationSource>>(
            [&](QObject *ctx, auto done) { Migration::readSource(a.get(), kWeb, ctx, done); });
        QVERIFY(s && s->ok());
        QCOMPARE(s->value().description.networks(), QStringList{QStringLiteral("default")});
        QCOMPARE(s->value().info.state, DomainState::Running);
        auto t = ask<Result<MigrationTarget>>([&](QObject *ctx, auto done) {
            Migration::readTarget(b.get(), s->value().description.arch, ctx, done);
        });
        QVERIFY(t && t->ok());
        QCOMPARE(t->value().uri, b->uri());
        QVERIFY(!t->value().capabilities.guests.isEmpty());
        QCOMPARE(t->value().networks.size(), 1);
        QCOMPARE(t->value().networks.first().name, QStringLiteral("default"));
        QVERIFY(!t->value().pools.isEmpty());
        QVERIFY(!t->value().domains.isEmpty());
        const MigrationCheck c = checkMigration(s->value(), t->value(), {});
        // The same domain already runs there (a copy of the same fixture), and the driver.
        QVERIFY(c.problems.join(u' ').contains(QStringLiteral("test driver cannot migrate")));
        QVERIFY(c.problems.join(u' ').contains(QStringLiteral("already runs")));
    }

    void refusedMigrationLeavesTheDomain()
    {
        QTemporaryDir dir;
        auto a = connectedDemoHost(dir);
        auto b = connectedDemoHost(dir);
        QVERIFY(a && b);
        QSignalSpy removed(a.get(), &HostSession::domainRemoved);
        MigrationJob job(a.get(), b.get(), kWin, MigrationRequest{false});
        std::optional<Status> st;
        bool cancelled = true;
        connect(&job, &MigrationJob::finished, this, [&](const Status &s, bool c) {
            st = s;
            cancelled = c;
        });
        job.start();
        QVERIFY(job.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(st.has_value(), 10000);
        QVERIFY(!st->ok());
        QVERIFY2(st->error().text().contains(QStringLiteral("win11-desktop")),
                 qPrintable(st->error().text()));
        QVERIFY(!cancelled);
        QVERIFY(!job.isRunning());
        auto again = ask<Result<MigrationSource>>(
            [&](QObject *ctx, auto done) { Migration::readSource(a.get(), kWin, ctx, done); });
        QVERIFY(again && again->ok());
        QCOMPARE(removed.count(), 0);
    }

    void peerToPeerRefusedToo()
    {
        QTemporaryDir dir;
        auto a = connectedDemoHost(dir);
        auto b = connectedDemoHost(dir);
        QVERIFY(a && b);
        MigrationRequest r;
        r.peerToPeer = true;
        MigrationJob job(a.get(), b.get(), kWeb, r);
        std::optional<Status> st;
        connect(&job, &MigrationJob::finished, this, [&](const Status &s) { st = s; });
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(st.has_value(), 10000);
        QVERIFY(!st->ok());
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
