// SPDX-License-Identifier: GPL-2.0-or-later
// The command log proven, not asserted: each operation is done by Vireo on guest A, the command
// the log recorded for it is run with virsh on guest B (defined identically), and the two guests'
// XML or state are compared. The test runs virsh and virt-install; the product never does.

#include "guest.h"

#include "core/commandlog/commandlog.h"
#include "core/create/virtinstall.h"
#include "core/domain/domainactions.h"
#include "core/domain/domaincontrol.h"
#include "core/domain/domainxml.h"
#include "core/domain/snapshots.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "core/storage/storage.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using namespace Vireo::Integration;

class TestCommandEquivalence : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void initTestCase();
    void volCreateAs();
    void defineBoth();
    void setvcpusConfig();
    void setmemConfig();
    void snapshotCreateAs();
    void snapshotRevert();
    void start();
    void setvcpusLive();
    void setmemLive();
    void shutdown();
    void destroy();
    void virtInstallPrintXml();
    void cleanupTestCase();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
    };
    Run virsh(const QStringList &args) const
    {
        QProcess p;
        p.start(QStringLiteral("virsh"), QStringList{QStringLiteral("-c"), m_env.uri} + args);
        Run r;
        if (!p.waitForFinished(kLibvirtCallMs))
            return r;
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return r;
    }
    /// The last entry the log recorded whose first command starts with this virsh verb on
    /// `target`, once it is there.
    std::optional<CommandLogEntry> recorded(const QString &verb, const QString &target) const
    {
        std::optional<CommandLogEntry> found;
        (void)QTest::qWaitFor(
            [&] {
                for (const CommandLogEntry &e : CommandLog::instance()->entries())
                    if (e.domain == target && !e.equivalent.commands.isEmpty() &&
                        e.equivalent.commands.first().arguments.value(0) == verb)
                        found = e;
                return found.has_value();
            },
            kLibvirtCallMs);
        return found;
    }
    /// Runs the entry's virsh commands with A's names replaced by B's; an error message or empty.
    QString replay(const CommandLogEntry &e) const
    {
        if (!e.succeeded)
            return QStringLiteral("Vireo's operation failed: ") + e.error;
        for (const ShellCommand &c : e.equivalent.commands) {
            if (c.program != QLatin1String("virsh"))
                return QStringLiteral("not a virsh command: ") + c.program;
            QStringList args = c.arguments;
            for (QString &a : args) {
                if (a == m_nameA)
                    a = m_nameB;
                else if (a == m_volA)
                    a = m_volB;
            }
            const Run r = virsh(args);
            if (r.exitCode != 0)
                return QStringLiteral("virsh %1: %2").arg(args.join(' '), r.out);
        }
        return {};
    }
    DomainDescription xmlOf(const QString &name, bool inactive) const
    {
        QStringList args{QStringLiteral("dumpxml"), name};
        if (inactive)
            args << QStringLiteral("--inactive");
        const Result<DomainDescription> d = parseDomainXml(virsh(args).out);
        return d ? d.value() : DomainDescription{};
    }
    QString stateOf(const QString &name) const
    {
        return virsh({QStringLiteral("domstate"), name}).out.trimmed();
    }
    template<typename T, typename Call>
    std::optional<T> ask(Call call)
    {
        std::optional<T> out;
        QObject context;
        call(&context, [&out](T v) { out.emplace(std::move(v)); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, kLibvirtCallMs))
            return std::nullopt;
        return out;
    }
    QString uuidA() const { return m_uuidA; }

    Environment m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    QString m_nameA, m_nameB, m_pool, m_volA, m_volB, m_uuidA;
    GuestSpec m_specA, m_specB;
};

void TestCommandEquivalence::initTestCase()
{
    m_env = Environment::detect();
    if (!m_env.unavailable.isEmpty())
        QSKIP(qPrintable(m_env.unavailable));
    if (QStandardPaths::findExecutable(QStringLiteral("virsh")).isEmpty())
        QSKIP("virsh is not installed (libvirt-clients)");
    const QString notReady = prepareScratch(m_env, m_dir.path());
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    QString error;
    m_session = connectedSession(m_env.uri, &error);
    QVERIFY2(m_session, qPrintable(error));
    m_specA = testGuestSpec(QStringLiteral("cmdlog-a"), m_dir.path());
    m_specB = testGuestSpec(QStringLiteral("cmdlog-b"), m_dir.path());
    // Each its own serial log (QEMU holds the file while the guest runs).
    m_specA.serialLogPath = m_dir.filePath(QStringLiteral("serial-a.log"));
    m_specB.serialLogPath = m_dir.filePath(QStringLiteral("serial-b.log"));
    m_nameA = m_specA.name;
    m_nameB = m_specB.name;
    m_volA = m_nameA + QStringLiteral(".qcow2");
    m_volB = m_nameB + QStringLiteral(".qcow2");
    // A transient dir pool of the test's own in its scratch folder: gone with the test.
    m_pool = testDomainName(QStringLiteral("cmdlog-pool"));
    const Run made = virsh({QStringLiteral("pool-create-as"), m_pool, QStringLiteral("dir"),
                            QStringLiteral("--target"), m_dir.path()});
    QVERIFY2(made.exitCode == 0, qPrintable(made.out));
}

void TestCommandEquivalence::volCreateAs()
{
    auto *creation = new VolumeCreation(m_session.get(), m_pool, m_volA, QStringLiteral("qcow2"),
                                        64ull * 1024 * 1024, this);
    QSignalSpy done(creation, &VolumeCreation::finished);
    creation->start();
    QVERIFY(done.wait(kLibvirtCallMs));
    const auto entry = recorded(QStringLiteral("vol-create-as"), m_pool);
    QVERIFY(entry);
    qInfo("%s", qPrintable(entry->lines().join('\n')));
    const QString why = replay(*entry);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    // The same volume: format, capacity, and nothing allocated beyond qcow2's metadata.
    auto volXml = [this](const QString &vol) {
        return virsh({QStringLiteral("vol-dumpxml"), vol, QStringLiteral("--pool"), m_pool}).out;
    };
    const QString a = volXml(m_volA), b = volXml(m_volB);
    for (const QString &x : {a, b}) {
        QVERIFY2(x.contains(QStringLiteral("<format type='qcow2'/>")), qPrintable(x));
        QVERIFY2(x.contains(QStringLiteral("<capacity unit='bytes'>67108864</capacity>")),
                 qPrintable(x));
    }
    auto allocation = [](const QString &x) {
        const int i = x.indexOf(QStringLiteral("<allocation unit='bytes'>"));
        return x.mid(i + 25, x.indexOf('<', i + 25) - i - 25).toLongLong();
    };
    QVERIFY2(allocation(a) < 4 * 1024 * 1024 && allocation(b) < 4 * 1024 * 1024, qPrintable(a + b));
}

void TestCommandEquivalence::defineBoth()
{
    // Identical but for the name, the serial log and the data disk (each its own volume).
    m_specA.dataDiskPath = m_dir.filePath(m_volA);
    m_specB.dataDiskPath = m_dir.filePath(m_volB);
    auto uuid = ask<Result<QString>>([&](QObject *ctx, auto done) {
        DomainActions::defineXml(m_session.get(), guestXml(m_env, m_specA), ctx, done);
    });
    QVERIFY(uuid && uuid->ok());
    m_uuidA = uuid->value();
    const auto entry = recorded(QStringLiteral("define"), m_nameA);
    QVERIFY(entry);
    QCOMPARE(entry->equivalent.files.size(), 1);
    // define FILE.xml of B's own XML (the file holds A's).
    QFile f(m_dir.filePath(QStringLiteral("b.xml")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(guestXml(m_env, m_specB).toUtf8());
    f.close();
    const Run r = virsh({QStringLiteral("define"), f.fileName()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
}

void TestCommandEquivalence::setvcpusConfig()
{
    auto r = ask<Result<int>>([&](QObject *ctx, auto done) {
        DomainControl::setVcpus(m_session.get(), m_uuidA, 3, DomainControl::Config, ctx, done);
    });
    QVERIFY(r && r->ok());
    const auto entry = recorded(QStringLiteral("setvcpus"), m_nameA);
    QVERIFY(entry);
    const QString why = replay(*entry);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(xmlOf(m_nameB, true).vcpuCurrent, 3);
    QCOMPARE(xmlOf(m_nameB, true).vcpuCurrent, xmlOf(m_nameA, true).vcpuCurrent);
    QCOMPARE(xmlOf(m_nameB, true).vcpuMaximum, xmlOf(m_nameA, true).vcpuMaximum);
}

void TestCommandEquivalence::setmemConfig()
{
    auto r = ask<Result<quint64>>([&](QObject *ctx, auto done) {
        DomainControl::setMemory(m_session.get(), m_uuidA, 400 * 1024, DomainControl::Config, ctx,
                                 done);
    });
    QVERIFY(r && r->ok());
    const auto entry = recorded(QStringLiteral("setmem"), m_nameA);
    QVERIFY(entry);
    const QString why = replay(*entry);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(xmlOf(m_nameB, true).currentMemoryKiB, quint64(400 * 1024));
    QCOMPARE(xmlOf(m_nameB, true).currentMemoryKiB, xmlOf(m_nameA, true).currentMemoryKiB);
}

void TestCommandEquivalence::snapshotCreateAs()
{
    // Of the shut-off guests: an internal snapshot of the qcow2 data disk.
    auto r = ask<Result<QString>>([&](QObject *ctx, auto done) {
        Snapshots::create(m_session.get(), m_uuidA,
                          SnapshotRequest{QStringLiteral("lesson"), QStringLiteral("before"),
                                          SnapshotMode::Internal, false},
                          ctx, done);
    });
    QVERIFY2(r && r->ok(), r ? qPrintable(r->error().text()) : "no answer");
    const auto entry = recorded(QStringLiteral("snapshot-create-as"), m_nameA);
    QVERIFY(entry);
    const QString why = replay(*entry);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    auto snapshotOf = [this](const QString &dom) {
        QString x = virsh({QStringLiteral("snapshot-dumpxml"), dom, QStringLiteral("lesson")}).out;
        // What must agree: the state it holds, its description, the disks' snapshot kinds.
        QStringList facts;
        for (const QString &tag :
             {QStringLiteral("<state>"), QStringLiteral("<description>"),
              QStringLiteral("snapshot='internal'"), QStringLiteral("snapshot='external'")})
            facts << QString::number(x.count(tag));
        const int s = x.indexOf(QStringLiteral("<state>"));
        facts << x.mid(s, x.indexOf(QStringLiteral("</state>")) - s);
        return facts;
    };
    QCOMPARE(snapshotOf(m_nameB), snapshotOf(m_nameA));
    QVERIFY(snapshotOf(m_nameA).last().contains(QStringLiteral("shutoff")));
}

void TestCommandEquivalence::snapshotRevert()
{
    // Change both the same way after the snapshot, then revert each: both back to 3 vCPUs.
    for (const QString &n : {m_nameA, m_nameB})
        QCOMPARE(
            virsh({QStringLiteral("setvcpus"), n, QStringLiteral("2"), QStringLiteral("--config")})
                .exitCode,
            0);
    auto r = ask<Status>([&](QObject *ctx, auto done) {
        Snapshots::revert(m_session.get(), m_uuidA, QStringLiteral("lesson"), std::nullopt, ctx,
                          done);
    });
    QVERIFY2(r && r->ok(), r ? qPrintable(r->error().text()) : "no answer");
    const auto entry = recorded(QStringLiteral("snapshot-revert"), m_nameA);
    QVERIFY(entry);
    const QString why = replay(*entry);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(xmlOf(m_nameA, true).vcpuCurrent, 3);
    QCOMPARE(xmlOf(m_nameB, true).vcpuCurrent, 3);
    QCOMPARE(stateOf(m_nameB), stateOf(m_nameA));
}

void TestCommandEquivalence::start()
{
    DomainActions::performAction(m_session.get(), {m_uuidA}, DomainAction::Start);
    const auto entry = recorded(QStringLiteral("start"), m_nameA);
    QVERIFY(entry);
    const QString why = replay(*entry);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(stateOf(m_nameA), QStringLiteral("running"));
    QCOMPARE(stateOf(m_nameB), QStringLiteral("running"));
    // Both boot to their first status line (needed by the live changes that follow).
    const SerialLog a(m_specA.serialLogPath), b(m_specB.serialLogPath);
    QTRY_VERIFY_WITH_TIMEOUT(a.lastStatus().isValid() && b.lastStatus().isValid(), kLibvirtCallMs);
}

void TestCommandEquivalence::setvcpusLive()
{
    auto r = ask<Result<int>>([&](QObject *ctx, auto done) {
        DomainControl::setVcpus(m_session.get(), m_uuidA, 4, DomainControl::Live, ctx, done);
    });
    QVERIFY2(r && r->ok(), r ? qPrintable(r->error().text()) : "no answer");
    const auto entry = recorded(QStringLiteral("setvcpus"), m_nameA);
    QVERIFY(entry);
    QVERIFY(entry->equivalent.commands.first().arguments.contains(QStringLiteral("--live")));
    const QString why = replay(*entry);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(xmlOf(m_nameA, false).vcpuCurrent, 4);
    QCOMPARE(xmlOf(m_nameB, false).vcpuCurrent, 4);
    // --live left both definitions alone.
    QCOMPARE(xmlOf(m_nameB, true).vcpuCurrent, xmlOf(m_nameA, true).vcpuCurrent);
    // And each guest sees four CPUs online.
    const SerialLog a(m_specA.serialLogPath), b(m_specB.serialLogPath);
    QTRY_VERIFY_WITH_TIMEOUT(a.lastStatus().cpusOnline == 4 && b.lastStatus().cpusOnline == 4,
                             kLibvirtCallMs);
}

void TestCommandEquivalence::setmemLive()
{
    // The definition says 400 MiB since setmemConfig; the guests run with it. Down to 300 MiB.
    auto r = ask<Result<quint64>>([&](QObject *ctx, auto done) {
        DomainControl::setMemory(m_session.get(), m_uuidA, 300 * 1024, DomainControl::Live, ctx,
                                 done);
    });
    QVERIFY2(r && r->ok(), r ? qPrintable(r->error().text()) : "no answer");
    const auto entry = recorded(QStringLiteral("setmem"), m_nameA);
    QVERIFY(entry);
    const QString why = replay(*entry);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    // The balloon target in the live XML, and what the guests' kernels see, converge alike.
    QTRY_COMPARE_WITH_TIMEOUT(xmlOf(m_nameA, false).currentMemoryKiB, quint64(300 * 1024),
                              kLibvirtCallMs);
    QTRY_COMPARE_WITH_TIMEOUT(xmlOf(m_nameB, false).currentMemoryKiB, quint64(300 * 1024),
                              kLibvirtCallMs);
    const SerialLog a(m_specA.serialLogPath), b(m_specB.serialLogPath);
    QTRY_VERIFY_WITH_TIMEOUT(a.lastStatus().memTotalKiB <= 300 * 1024 &&
                                 b.lastStatus().memTotalKiB <= 300 * 1024,
                             kLibvirtCallMs);
}

void TestCommandEquivalence::shutdown()
{
    DomainActions::performAction(m_session.get(), {m_uuidA}, DomainAction::Shutdown);
    const auto entry = recorded(QStringLiteral("shutdown"), m_nameA);
    QVERIFY(entry);
    const QString why = replay(*entry);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_nameA), QStringLiteral("shut off"), kLibvirtCallMs);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_nameB), QStringLiteral("shut off"), kLibvirtCallMs);
}

void TestCommandEquivalence::destroy()
{
    for (const QString &n : {m_nameA, m_nameB})
        QCOMPARE(virsh({QStringLiteral("start"), n}).exitCode, 0);
    DomainActions::performAction(m_session.get(), {m_uuidA}, DomainAction::ForceOff);
    const auto entry = recorded(QStringLiteral("destroy"), m_nameA);
    QVERIFY(entry);
    const QString why = replay(*entry);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(stateOf(m_nameA), QStringLiteral("shut off"));
    QCOMPARE(stateOf(m_nameB), QStringLiteral("shut off"));
    // Destroyed, not shut down: libvirt says why.
    const QString reasonA =
        virsh({QStringLiteral("domstate"), m_nameA, QStringLiteral("--reason")}).out;
    const QString reasonB =
        virsh({QStringLiteral("domstate"), m_nameB, QStringLiteral("--reason")}).out;
    QVERIFY2(reasonA.contains(QStringLiteral("destroyed")), qPrintable(reasonA));
    QCOMPARE(reasonB.trimmed(), reasonA.trimmed());
}

void TestCommandEquivalence::virtInstallPrintXml()
{
    if (QStandardPaths::findExecutable(QStringLiteral("virt-install")).isEmpty())
        QSKIP("virt-install is not installed (Debian package virtinst)");
    DomainSpec spec;
    spec.name = testDomainName(QStringLiteral("cmdlog-vi"));
    spec.domainType = QStringLiteral("qemu");
    spec.install = InstallMethod::ImportDisk;
    // A disk no guest uses (virt-install checks that).
    const Run vol =
        virsh({QStringLiteral("vol-create-as"), m_pool, QStringLiteral("vi.qcow2"),
               QStringLiteral("16M"), QStringLiteral("--format"), QStringLiteral("qcow2")});
    QVERIFY2(vol.exitCode == 0, qPrintable(vol.out));
    spec.diskPath = m_dir.filePath(QStringLiteral("vi.qcow2"));
    spec.diskBus = QStringLiteral("virtio");
    spec.memoryMiB = 256;
    spec.maxMemoryMiB = 512;
    spec.vcpus = 1;
    spec.maxVcpus = 2;
    spec.network = NetworkKind::None;
    spec.graphics = true;
    spec.vncListen = QStringLiteral("127.0.0.1");
    const Result<QString> built = DomainXmlBuilder::build(spec);
    QVERIFY(built);
    QProcess p;
    const QStringList args = VirtInstall::arguments(spec, {m_env.uri, 0, true});
    p.start(QStringLiteral("virt-install"), args);
    QVERIFY(p.waitForFinished(kLibvirtCallMs));
    const QString printed = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(p.exitCode() == 0, qPrintable(args.join(' ') + '\n' + p.readAllStandardError()));
    const Result<DomainDescription> theirs = parseDomainXml(printed);
    const Result<DomainDescription> ours = parseDomainXml(built.value());
    QVERIFY2(theirs, qPrintable(printed));
    QVERIFY(ours);
    // Every field the wizard sets, read by the one domain XML parser.
    QCOMPARE(theirs->name, ours->name);
    QCOMPARE(theirs->hypervisor, ours->hypervisor);
    QCOMPARE(theirs->arch, ours->arch);
    QCOMPARE(theirs->osType, ours->osType);
    QCOMPARE(theirs->memoryKiB, ours->memoryKiB);
    QCOMPARE(theirs->currentMemoryKiB, ours->currentMemoryKiB);
    QCOMPARE(theirs->vcpuMaximum, ours->vcpuMaximum);
    QCOMPARE(theirs->vcpuCurrent, ours->vcpuCurrent);
    QCOMPARE(theirs->disks.size(), ours->disks.size());
    for (int i = 0; i < ours->disks.size(); ++i) {
        QCOMPARE(theirs->disks[i].sourcePath, ours->disks[i].sourcePath);
        QCOMPARE(theirs->disks[i].device, ours->disks[i].device);
        QCOMPARE(theirs->disks[i].format, ours->disks[i].format);
        QCOMPARE(theirs->disks[i].target, ours->disks[i].target);
    }
    QCOMPARE(theirs->interfaces.size(), ours->interfaces.size());
    QCOMPARE(theirs->graphics.size(), ours->graphics.size());
    QCOMPARE(theirs->graphics.first().type, ours->graphics.first().type);
    QCOMPARE(theirs->graphics.first().address, ours->graphics.first().address);
    QCOMPARE(theirs->boot.bootDevices, ours->boot.bootDevices);
    QCOMPARE(theirs->firmware, ours->firmware);
}

void TestCommandEquivalence::cleanupTestCase()
{
    if (!m_env.unavailable.isEmpty())
        return;
    removeTestDomains(m_env.uri);
    virsh({QStringLiteral("pool-destroy"), m_pool});
}

QTEST_GUILESS_MAIN(TestCommandEquivalence)
#include "tst_commandequivalence.moc"
