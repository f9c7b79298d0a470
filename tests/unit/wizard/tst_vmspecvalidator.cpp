// SPDX-License-Identifier: GPL-2.0-or-later
// The New-VM wizard's field checks without a widget: each row changes one thing in a valid draft
// and says what the step must answer (a problem, a wait, a note, or nothing).

#include "core/create/vmspecvalidator.h"

#include <QTest>

#include <functional>

using namespace Vireo;

using Change = std::function<void(VmDraft &)>;
Q_DECLARE_METATYPE(Change)

namespace {

constexpr quint64 GiB = 1024ull * 1024 * 1024;

enum Step { Source, CpuMemory, StorageStep, Finish };

PathFacts readableFile()
{
    PathFacts f;
    f.exists = f.isFile = f.readable = true;
    return f;
}

/// A local host, an ISO that is there, 2 of 4 vCPUs, 1 of 2 GiB, a new 20 GiB qcow2 volume.
VmDraft validDraft()
{
    VmDraft d;
    DomainSpec &s = d.plan.spec;
    s.name = QStringLiteral("vm1");
    s.domainType = QStringLiteral("kvm");
    s.arch = QStringLiteral("x86_64");
    s.install = InstallMethod::LocalMedia;
    s.mediaPath = QStringLiteral("/iso/debian.iso");
    s.vcpus = 2;
    s.maxVcpus = 4;
    s.memoryMiB = 1024;
    s.maxMemoryMiB = 2048;
    s.hasDisk = true;
    s.network = NetworkKind::VirtualNetwork;
    s.networkSource = QStringLiteral("default");
    d.plan.createVolume = true;
    d.plan.pool = QStringLiteral("default");
    d.plan.volumeName = QStringLiteral("vm1.qcow2");
    d.plan.volumeFormat = QStringLiteral("qcow2");
    d.plan.volumeCapacityBytes = 20 * GiB;
    d.hostSelected = true;
    HostCapabilities caps;
    caps.hostCpus = 8;
    caps.memoryKiB = 16ull * 1024 * 1024;
    caps.freeMemoryKiB = 8ull * 1024 * 1024;
    caps.maxVcpus.insert(QStringLiteral("kvm/x86_64"), 255);
    caps.domainNames = {QStringLiteral("web")};
    d.capabilities = caps;
    d.poolsLoaded = true;
    StoragePoolInfo pool;
    pool.name = QStringLiteral("default");
    pool.active = true;
    pool.capacityBytes = 200 * GiB;
    pool.availableBytes = 100 * GiB;
    d.pools = {pool};
    d.poolVolumes = {QStringLiteral("other.qcow2")};
    d.pathsAreLocal = true;
    d.paths.insert(s.mediaPath, readableFile());
    return d;
}

void useExistingDisk(VmDraft &d, const QString &path)
{
    d.plan.createVolume = false;
    d.plan.spec.hasDisk = true;
    d.plan.spec.diskPath = path;
}

StepCheck run(Step step, const VmDraft &d)
{
    switch (step) {
    case Source:
        return VmSpecValidator::sourceStep(d);
    case CpuMemory:
        return VmSpecValidator::cpuMemoryStep(d);
    case StorageStep:
        return VmSpecValidator::storageStep(d);
    case Finish:
        return VmSpecValidator::finishStep(d);
    }
    return {};
}

} // namespace

class TestVmSpecValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void steps_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("problem"); ///< a part of it; empty: no problem
        QTest::addColumn<bool>("waiting");
        QTest::addColumn<QString>("note"); ///< a part of the notes; empty: none
        auto row = [](const char *name, Step step, Change change, const char *problem,
                      bool waiting = false, const char *note = "") {
            QTest::newRow(name) << int(step) << change << QString::fromUtf8(problem) << waiting
                                << QString::fromUtf8(note);
        };
        const Change none = [](VmDraft &) {};
        auto facts = [](const QString &path, bool exists, bool isFile, bool readable) {
            return [=](VmDraft &d) {
                PathFacts f;
                f.exists = exists;
                f.isFile = isFile;
                f.readable = readable;
                d.paths.insert(path, f);
            };
        };

        // Step 1: host and source.
        row("source: valid", Source, none, "");
        row(
            "source: no host", Source, [](VmDraft &d) { d.hostSelected = false; }, "Choose a host");
        row(
            "source: capabilities pending", Source, [](VmDraft &d) { d.capabilities.reset(); },
            "Waiting for the host's capabilities", true);
        row(
            "source: capabilities failed", Source,
            [](VmDraft &d) {
                d.capabilities.reset();
                d.capabilitiesError = QStringLiteral("Read capabilities: connection lost");
            },
            "connection lost");
        row(
            "source: no architecture", Source, [](VmDraft &d) { d.plan.spec.arch.clear(); },
            "no architecture");
        row(
            "source: no virtualization type", Source,
            [](VmDraft &d) { d.plan.spec.domainType.clear(); }, "cannot run x86_64 guests");
        row(
            "source: ISO empty", Source, [](VmDraft &d) { d.plan.spec.mediaPath.clear(); },
            "Enter the path of the ISO image");
        row(
            "source: ISO relative", Source,
            [](VmDraft &d) { d.plan.spec.mediaPath = QStringLiteral("debian.iso"); },
            "must be absolute");
        row(
            "source: ISO still being checked", Source, [](VmDraft &d) { d.paths.clear(); },
            "Checking the ISO image /iso/debian.iso", true);
        row("source: ISO missing", Source, facts("/iso/debian.iso", false, false, false),
            "ISO image /iso/debian.iso does not exist");
        row("source: ISO is a folder", Source, facts("/iso/debian.iso", true, false, true),
            "is not a file");
        row("source: ISO unreadable", Source, facts("/iso/debian.iso", true, true, false),
            "cannot be read");
        row(
            "source: remote host, nothing checked here", Source,
            [](VmDraft &d) {
                d.pathsAreLocal = false;
                d.paths.clear();
            },
            "");
        row(
            "source: import missing", Source,
            [](VmDraft &d) {
                d.plan.spec.install = InstallMethod::ImportDisk;
                useExistingDisk(d, QStringLiteral("/img/old.qcow2"));
                d.paths.insert(QStringLiteral("/img/old.qcow2"), PathFacts{});
            },
            "disk image /img/old.qcow2 does not exist");
        row(
            "source: kernel empty", Source,
            [](VmDraft &d) { d.plan.spec.install = InstallMethod::KernelBoot; },
            "Enter the path of the kernel");
        row(
            "source: kernel without initrd", Source,
            [](VmDraft &d) {
                d.plan.spec.install = InstallMethod::KernelBoot;
                d.plan.spec.kernelPath = QStringLiteral("/boot/vmlinuz");
                d.paths.insert(QStringLiteral("/boot/vmlinuz"), readableFile());
            },
            "");
        row(
            "source: initrd missing", Source,
            [](VmDraft &d) {
                d.plan.spec.install = InstallMethod::KernelBoot;
                d.plan.spec.kernelPath = QStringLiteral("/boot/vmlinuz");
                d.plan.spec.initrdPath = QStringLiteral("/boot/initrd");
                d.paths.insert(QStringLiteral("/boot/vmlinuz"), readableFile());
                d.paths.insert(QStringLiteral("/boot/initrd"), PathFacts{});
            },
            "initrd /boot/initrd does not exist");
        row(
            "source: network boot needs no path", Source,
            [](VmDraft &d) {
                d.plan.spec.install = InstallMethod::NetworkBoot;
                d.paths.clear();
            },
            "");

        // Step 3: CPUs and memory.
        row("cpu: valid", CpuMemory, none, "");
        row(
            "cpu: maximum below start", CpuMemory, [](VmDraft &d) { d.plan.spec.maxVcpus = 1; },
            "maximum vCPUs (1) cannot be below the vCPUs at start (2)");
        row(
            "cpu: above the hypervisor's maximum", CpuMemory,
            [](VmDraft &d) { d.plan.spec.maxVcpus = 300; }, "allows at most 255 vCPUs");
        row(
            "cpu: topology does not add up", CpuMemory,
            [](VmDraft &d) {
                d.plan.spec.sockets = 1;
                d.plan.spec.cores = 3;
                d.plan.spec.threads = 2;
            },
            "1 sockets × 3 cores × 2 threads make 6 vCPUs; that must equal the maximum vCPUs (4)");
        row(
            "cpu: a topology with a zero in it", CpuMemory,
            [](VmDraft &d) {
                d.plan.spec.sockets = 0;
                d.plan.spec.cores = 2;
                d.plan.spec.threads = 2;
            },
            "Sockets, cores and threads must each be at least 1.");
        row(
            "cpu: topology adds up", CpuMemory,
            [](VmDraft &d) {
                d.plan.spec.sockets = 1;
                d.plan.spec.cores = 2;
                d.plan.spec.threads = 2;
            },
            "");
        row(
            "memory: maximum below start", CpuMemory,
            [](VmDraft &d) { d.plan.spec.maxMemoryMiB = 512; },
            "maximum memory (512 MiB) cannot be below the memory at start (1024 MiB)");
        row(
            "memory: beyond the host", CpuMemory,
            [](VmDraft &d) { d.plan.spec.maxMemoryMiB = 32 * 1024; },
            "host has only 16 GiB of memory");
        row(
            "cpu: more vCPUs than host CPUs is a note", CpuMemory,
            [](VmDraft &d) {
                d.plan.spec.vcpus = 12;
                d.plan.spec.maxVcpus = 12;
            },
            "", false, "run slower");
        row(
            "memory: more than free now is a note", CpuMemory,
            [](VmDraft &d) {
                d.plan.spec.memoryMiB = 10 * 1024;
                d.plan.spec.maxMemoryMiB = 10 * 1024;
            },
            "", false, "only 8 GiB available now");

        // Step 4: storage.
        row("storage: new volume fits", StorageStep, none, "");
        row(
            "storage: pools still loading", StorageStep,
            [](VmDraft &d) {
                d.pools.clear();
                d.poolsLoaded = false;
            },
            "Reading the host's storage pools", true);
        row(
            "storage: no pool", StorageStep, [](VmDraft &d) { d.pools.clear(); },
            "no active storage pool");
        row(
            "storage: raw larger than the pool's free space", StorageStep,
            [](VmDraft &d) {
                d.plan.volumeFormat = QStringLiteral("raw");
                d.plan.volumeCapacityBytes = 150 * GiB;
            },
            "has only 100 GiB free; a raw disk of 150 GiB");
        row(
            "storage: qcow2 larger than free space is a note", StorageStep,
            [](VmDraft &d) { d.plan.volumeCapacityBytes = 150 * GiB; }, "", false,
            "the qcow2 disk can fill it");
        row(
            "storage: existing path empty", StorageStep,
            [](VmDraft &d) { useExistingDisk(d, QString()); }, "Enter the path of the disk image");
        row(
            "storage: existing path relative", StorageStep,
            [](VmDraft &d) { useExistingDisk(d, QStringLiteral("disk.qcow2")); },
            "must be absolute");
        row(
            "storage: existing path being checked", StorageStep,
            [](VmDraft &d) { useExistingDisk(d, QStringLiteral("/img/disk.qcow2")); },
            "Checking the disk image", true);
        row(
            "storage: existing path missing", StorageStep,
            [](VmDraft &d) {
                useExistingDisk(d, QStringLiteral("/img/disk.qcow2"));
                d.paths.insert(QStringLiteral("/img/disk.qcow2"), PathFacts{});
            },
            "does not exist");
        row(
            "storage: a block device is a disk", StorageStep,
            [](VmDraft &d) {
                useExistingDisk(d, QStringLiteral("/dev/sdb"));
                PathFacts f;
                f.exists = true;
                d.paths.insert(QStringLiteral("/dev/sdb"), f);
            },
            "");
        row(
            "storage: no disk", StorageStep,
            [](VmDraft &d) {
                d.plan.createVolume = false;
                d.plan.spec.hasDisk = false;
            },
            "");
        row(
            "storage: an import has no storage step", StorageStep,
            [](VmDraft &d) {
                d.plan.spec.install = InstallMethod::ImportDisk;
                useExistingDisk(d, QStringLiteral("relative.qcow2"));
            },
            "");

        // Step 5: finish.
        row("finish: valid", Finish, none, "");
        row("finish: an earlier step went wrong", Finish,
            facts("/iso/debian.iso", false, false, false),
            "An earlier step needs attention: The ISO image");
        row(
            "finish: an earlier step is waiting", Finish, [](VmDraft &d) { d.paths.clear(); },
            "An earlier step needs attention: Checking", true);
        row(
            "finish: no name", Finish, [](VmDraft &d) { d.plan.spec.name.clear(); },
            "needs a name");
        row(
            "finish: a space in the name", Finish,
            [](VmDraft &d) { d.plan.spec.name = QStringLiteral("has space"); }, "may only contain");
        row(
            "finish: name too long", Finish,
            [](VmDraft &d) { d.plan.spec.name = QString(70, QLatin1Char('x')); }, "too long");
        row(
            "finish: name taken", Finish,
            [](VmDraft &d) { d.plan.spec.name = QStringLiteral("web"); }, "already exists");
        row(
            "finish: volume name taken", Finish,
            [](VmDraft &d) { d.plan.volumeName = QStringLiteral("other.qcow2"); },
            "already has a volume named 'other.qcow2'");
        row(
            "finish: listen address not an address", Finish,
            [](VmDraft &d) { d.plan.spec.vncListen = QStringLiteral("anywhere"); },
            "listen address must be an IP address");
        row(
            "finish: VNC password too long", Finish,
            [](VmDraft &d) { d.plan.spec.vncPassword = QStringLiteral("123456789"); },
            "limited to 8 characters");
        row(
            "finish: a bridge without a name", Finish,
            [](VmDraft &d) {
                d.plan.spec.network = NetworkKind::Bridge;
                d.plan.spec.networkSource.clear();
            },
            "Choose a bridge");
        row(
            "finish: network boot without a network", Finish,
            [](VmDraft &d) {
                d.plan.spec.install = InstallMethod::NetworkBoot;
                d.plan.spec.network = NetworkKind::None;
            },
            "needs a network interface");
        row(
            "finish: no network is fine", Finish,
            [](VmDraft &d) { d.plan.spec.network = NetworkKind::None; }, "");
    }

    void steps()
    {
        QFETCH(int, step);
        QFETCH(Change, change);
        QFETCH(QString, problem);
        QFETCH(bool, waiting);
        QFETCH(QString, note);
        VmDraft d = validDraft();
        change(d);
        const StepCheck c = run(Step(step), d);
        if (problem.isEmpty())
            QVERIFY2(c.ok(), qPrintable(c.problem));
        else
            QVERIFY2(c.problem.contains(problem), qPrintable(c.problem));
        QCOMPARE(c.waiting, waiting);
        if (note.isEmpty())
            QVERIFY2(c.notes.isEmpty(), qPrintable(c.notes.join(u'|')));
        else
            QVERIFY2(c.notes.join(u'|').contains(note), qPrintable(c.notes.join(u'|')));
    }

    void pathsToCheck_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QStringList>("paths"); ///< "path" or "path+iso"
        QTest::newRow("iso") << Change([](VmDraft &) {})
                             << QStringList{QStringLiteral("/iso/debian.iso+iso")};
        QTest::newRow("remote host: none")
            << Change([](VmDraft &d) { d.pathsAreLocal = false; }) << QStringList{};
        QTest::newRow("relative: not yet")
            << Change([](VmDraft &d) { d.plan.spec.mediaPath = QStringLiteral("de"); })
            << QStringList{};
        QTest::newRow("kernel and initrd, existing disk")
            << Change([](VmDraft &d) {
                   d.plan.spec.install = InstallMethod::KernelBoot;
                   d.plan.spec.kernelPath = QStringLiteral("/boot/vmlinuz");
                   d.plan.spec.initrdPath = QStringLiteral("/boot/initrd");
                   useExistingDisk(d, QStringLiteral("/img/disk.raw"));
               })
            << QStringList{QStringLiteral("/boot/vmlinuz"), QStringLiteral("/boot/initrd"),
                           QStringLiteral("/img/disk.raw")};
        QTest::newRow("import: the image only") << Change([](VmDraft &d) {
            d.plan.spec.install = InstallMethod::ImportDisk;
            useExistingDisk(d, QStringLiteral("/img/old.qcow2"));
        }) << QStringList{QStringLiteral("/img/old.qcow2")};
    }

    void pathsToCheck()
    {
        QFETCH(Change, change);
        QFETCH(QStringList, paths);
        VmDraft d = validDraft();
        change(d);
        QStringList got;
        for (const auto &w : VmSpecValidator::pathsToCheck(d))
            got << (w.readIso ? w.path + QStringLiteral("+iso") : w.path);
        QCOMPARE(got, paths);
    }
};

QTEST_GUILESS_MAIN(TestVmSpecValidator)
#include "tst_vmspecvalidator.moc"
