// SPDX-License-Identifier: GPL-2.0-or-later
// VmCreator and Storage on libvirt's test driver: a creation that works leaves a defined (and
// running) domain and its volume; a real failure at each step (volume creation, define, start) or
// a cancel leaves no domain and no new volume behind, and says which step failed and why.

#include "core/create/hostcapabilities.h"
#include "core/create/vmcreator.h"
#include "core/domain/domainactions.h"
#include "core/session/capabilitiesxml.h"
#include "core/session/hostsession.h"
#include "core/storage/storage.h"
#include "wizardtesthelpers.h"

#include <QtTest>

using namespace Vireo;

static const QString kPool = QStringLiteral("default-pool");
static constexpr quint64 GiB = 1024ull * 1024 * 1024;

class TestVmCreator : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<HostSession> m_host;

    VmCreationPlan plan(const QString &name, const QString &format = QStringLiteral("qcow2"),
                        quint64 size = 2 * GiB)
    {
        VmCreationPlan p;
        p.spec.name = name;
        p.spec.domainType = QStringLiteral("test");
        p.spec.arch = QStringLiteral("i686");
        p.spec.install = InstallMethod::KernelBoot;
        p.spec.kernelPath = QStringLiteral("/boot/vmlinuz");
        p.spec.diskPath.clear();
        p.createVolume = true;
        p.pool = kPool;
        p.volumeName = name + (format == QLatin1String("raw") ? QStringLiteral(".img")
                                                              : QStringLiteral(".qcow2"));
        p.volumeFormat = format;
        p.volumeCapacityBytes = size;
        return p;
    }

    CreationOutcome run(VmCreator &creator, const VmCreationPlan &p)
    {
        QSignalSpy done(&creator, &VmCreator::finished);
        creator.create(p);
        if (done.isEmpty())
            done.wait(10000);
        if (done.isEmpty())
            return {};
        return done.first().first().value<CreationOutcome>();
    }

    QList<StorageVolumeInfo> volumes()
    {
        QList<StorageVolumeInfo> out;
        bool got = false;
        Storage::listVolumes(m_host.get(), kPool, this, [&](Result<QList<StorageVolumeInfo>> r) {
            got = true;
            if (r)
                out = r.value();
        });
        [&] { QTRY_VERIFY(got); }();
        return out;
    }

    bool hasVolume(const QString &name)
    {
        for (const StorageVolumeInfo &v : volumes())
            if (v.name == name)
                return true;
        return false;
    }

    HostCapabilities caps()
    {
        HostCapabilities out;
        bool got = false;
        HostCapabilitiesQuery::fetch(m_host.get(), this, [&](Result<HostCapabilities> r) {
            got = true;
            if (r)
                out = r.value();
        });
        [&] { QTRY_VERIFY(got); }();
        return out;
    }

    bool defineOther(const QString &name)
    {
        const QString xml = QStringLiteral("<domain type='test'><name>%1</name>"
                                           "<memory unit='MiB'>64</memory><vcpu>1</vcpu>"
                                           "<os><type arch='i686'>hvm</type></os></domain>")
                                .arg(name);
        bool ok = false, got = false;
        DomainActions::defineXml(m_host.get(), xml, this, [&](Result<QString> r) {
            got = true;
            ok = r.ok();
        });
        [&] { QTRY_VERIFY(got); }();
        return ok;
    }

    bool createVolume(const QString &name, quint64 size)
    {
        VolumeCreation vc(m_host.get(), kPool, name, QStringLiteral("qcow2"), size);
        bool got = false, ok = false;
        connect(&vc, &VolumeCreation::finished, this,
                [&](const Result<StorageVolumeInfo> &r, bool) {
                    got = true;
                    ok = r.ok();
                });
        vc.start();
        [&] { QTRY_VERIFY(got); }();
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_host = Test::connectHost(QStringLiteral("test:///default"));
        QCOMPARE(m_host->state(), HostState::Connected);
    }

    void cleanupTestCase()
    {
        m_host.reset();
        LibvirtEventLoop::stop();
    }

    void capabilities()
    {
        const HostCapabilities c = caps();
        QCOMPARE(c.hostArch, QStringLiteral("i686"));
        QVERIFY(c.architectures().contains("i686"));
        QString why;
        QCOMPARE(c.preferredDomainType("i686", &why), QStringLiteral("test"));
        QVERIFY(!why.isEmpty());
        QVERIFY(c.maxVcpusFor("test", "i686") > 0);
        QVERIFY(c.hasDomainNamed("test"));
        QVERIFY(c.memoryKiB > 0);
        // The test driver has no memory statistics: the node figure is the only one.
        QCOMPARE(c.memoryKiB, 3145728ull);
        QCOMPARE(c.numaMemoryKiB, c.memoryKiB);
        QVERIFY(c.memoryNote.isEmpty());
        QCOMPARE(c.kvm.verdict, KvmDecision::Verdict::NotApplicable);
        bool hasDefault = false;
        for (const HostNetworkChoice &n : c.networks)
            hasDefault |= n.name == QLatin1String("default");
        QVERIFY(hasDefault);
    }

    void preferredDomainType_data()
    {
        // The default virt type and its one-line hint follow the KVM decision, never libvirt's
        // offer alone (libvirt offers kvm whenever /dev/kvm exists).
        QTest::addColumn<QString>("fixture"); // capabilities XML from libvirt 9.0 / QEMU 7.2
        QTest::addColumn<int>("verdict");     // KvmDecision::Verdict
        QTest::addColumn<QString>("arch");
        QTest::addColumn<QString>("picked"); // what the user switched to; empty: the default
        QTest::addColumn<QString>("type");   // the default
        QTest::addColumn<QString>("hint");   // in the hint of `picked` (or of the default)
        using V = KvmDecision::Verdict;
        const QString offered = QStringLiteral("caps-qemu-9.0-kvm-offered.xml");
        QTest::newRow("KVM usable") << offered << int(V::Usable) << "x86_64"
                                    << ""
                                    << "kvm"
                                    << "near native speed";
        QTest::newRow("KVM offered but not usable: qemu, with the reason")
            << offered << int(V::NotUsable) << "x86_64"
            << ""
            << "qemu"
            << "neither vmx nor svm";
        QTest::newRow("switched to QEMU on a KVM host: the hint follows")
            << offered << int(V::Usable) << "x86_64"
            << "qemu"
            << "kvm"
            << "many times slower";
        QTest::newRow("switched to KVM where it is not usable")
            << offered << int(V::NotUsable) << "x86_64"
            << "kvm"
            << "qemu"
            << "would not start";
        QTest::newRow("another architecture") << offered << int(V::Usable) << "i686"
                                              << ""
                                              << "kvm"
                                              << "near native speed";
        QTest::newRow("libvirt does not offer kvm at all")
            << QStringLiteral("caps-qemu-9.0-no-kvm.xml") << int(V::NotUsable) << "x86_64"
            << ""
            << "qemu"
            << "neither vmx nor svm";
        QTest::newRow("the test driver says only that")
            << QStringLiteral("caps-test-default.xml") << int(V::NotApplicable) << "i686"
            << ""
            << "test"
            << "libvirt's test driver";
    }
    void preferredDomainType()
    {
        QFETCH(QString, fixture);
        QFETCH(int, verdict);
        QFETCH(QString, arch);
        QFETCH(QString, picked);
        QFETCH(QString, type);
        QFETCH(QString, hint);
        QFile f(QFINDTESTDATA(QStringLiteral("../core/data/") + fixture));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Result<Capabilities> parsed = parseCapabilitiesXml(QString::fromUtf8(f.readAll()));
        QVERIFY(parsed.ok());
        HostCapabilities c;
        c.setCapabilities(parsed.value());
        KvmInputs in;
        if (KvmDecision::Verdict(verdict) == KvmDecision::Verdict::NotApplicable) {
            in.driver = KvmInputs::Driver::Test;
        } else {
            const bool usable = KvmDecision::Verdict(verdict) == KvmDecision::Verdict::Usable;
            in.cpuFlag = usable ? QStringLiteral("svm") : QString();
            in.device = KvmInputs::Device::Accessible;
            in.kvmOffered = parsed->guests.first().domainTypes.contains(QStringLiteral("kvm"));
            in.qemuOffered = true;
        }
        c.kvm = decideKvm(in);
        QCOMPARE(int(c.kvm.verdict), verdict);
        QString why;
        QCOMPARE(c.preferredDomainType(arch, &why), type);
        const QString shown = picked.isEmpty() ? why : c.domainTypeHint(picked, arch);
        QVERIFY2(shown.contains(hint), qPrintable(shown));
        QCOMPARE(c.architectures().first(), parsed->hostArch);
    }

    void crossArchitectureIsEmulated()
    {
        HostCapabilities c;
        c.setCapabilities(parseCapabilitiesXml(
                              QStringLiteral("<capabilities><host><cpu><arch>x86_64</arch></cpu>"
                                             "</host><guest><os_type>hvm</os_type><arch "
                                             "name='aarch64'><domain type='qemu'/></arch></guest>"
                                             "</capabilities>"))
                              .value());
        QString why;
        QCOMPARE(c.preferredDomainType("aarch64", &why), QStringLiteral("qemu"));
        QVERIFY2(why.contains("not this host's architecture"), qPrintable(why));
        QCOMPARE(c.preferredDomainType("s390x", &why), QString());
        QVERIFY(why.contains("cannot run"));
    }

    void pools()
    {
        bool got = false;
        QList<StoragePoolInfo> list;
        Storage::listPools(m_host.get(), this, [&](Result<QList<StoragePoolInfo>> r) {
            got = true;
            QVERIFY2(r.ok(), qPrintable(r.error().text()));
            list = r.value();
        });
        QTRY_VERIFY(got);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().name, kPool);
        QVERIFY(list.first().active);
        QVERIFY(list.first().availableBytes > 0);
    }

    void createAndStartQcow2()
    {
        VmCreator creator(m_host.get());
        QSignalSpy steps(&creator, &VmCreator::stepStarted);
        const CreationOutcome out = run(creator, plan("ok-qcow2"));
        QVERIFY2(out.ok, qPrintable(out.text()));
        QVERIFY(!out.uuid.isEmpty());
        QCOMPARE(steps.size(), 3); // volume, define, start
        QVERIFY(hasVolume("ok-qcow2.qcow2"));
        QVERIFY(caps().hasDomainNamed("ok-qcow2"));
        for (const StorageVolumeInfo &v : volumes())
            if (v.name == QLatin1String("ok-qcow2.qcow2")) {
                QCOMPARE(v.capacityBytes, 2 * GiB);
                QCOMPARE(v.format, QStringLiteral("qcow2"));
            }
    }

    void createRawWithAutostartNoStart()
    {
        VmCreator creator(m_host.get());
        QSignalSpy progress(&creator, &VmCreator::volumeProgress);
        VmCreationPlan p = plan("ok-raw", "raw", 3 * GiB);
        p.autostart = true;
        p.startAfter = false;
        const CreationOutcome out = run(creator, p);
        QVERIFY2(out.ok, qPrintable(out.text()));
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().first().toInt(), 100);
        for (const StorageVolumeInfo &v : volumes())
            if (v.name == QLatin1String("ok-raw.img")) {
                QCOMPARE(v.capacityBytes, 3 * GiB);
                QCOMPARE(v.allocationBytes, 3 * GiB); // raw: allocated in full
            }
        QVERIFY(hasVolume("ok-raw.img"));
    }

    void failAtVolumeCreation_existingName()
    {
        // The pool changed after the wizard checked it: the volume name is now taken.
        QVERIFY(createVolume("taken.qcow2", GiB));
        VmCreator creator(m_host.get());
        const CreationOutcome out = run(creator, plan("taken"));
        QVERIFY(!out.ok);
        QCOMPARE(out.failedStep, CreationStep::CreateVolume);
        QVERIFY2(out.text().contains("Creating the disk volume"), qPrintable(out.text()));
        QVERIFY(!caps().hasDomainNamed("taken"));
        QVERIFY(hasVolume("taken.qcow2")); // someone else's volume is never deleted
    }

    void failAtVolumeCreation_noSpace()
    {
        VmCreator creator(m_host.get());
        const CreationOutcome out = run(creator, plan("huge", "raw", 1000 * GiB));
        QVERIFY(!out.ok);
        QCOMPARE(out.failedStep, CreationStep::CreateVolume);
        QVERIFY2(out.error.message.contains("space"), qPrintable(out.text()));
        QVERIFY(!hasVolume("huge.img"));
        QVERIFY(!caps().hasDomainNamed("huge"));
    }

    void failAtDefine()
    {
        // Another client defined a domain with this name after the wizard checked it.
        QVERIFY(defineOther("clash"));
        VmCreator creator(m_host.get());
        const CreationOutcome out = run(creator, plan("clash"));
        QVERIFY(!out.ok);
        QCOMPARE(out.failedStep, CreationStep::Define);
        QVERIFY2(out.undone.join(' ').contains("clash.qcow2"), qPrintable(out.text()));
        QVERIFY(out.leftBehind.isEmpty());
        QVERIFY(!hasVolume("clash.qcow2"));
        QVERIFY(caps().hasDomainNamed("clash")); // the other domain stays
    }

    void failAtStart()
    {
        VmCreator creator(m_host.get());
        // Someone starts the new domain between define and start: our start then fails for real.
        connect(&creator, &VmCreator::stepFinished, this, [this, &creator](CreationStep step) {
            Q_UNUSED(creator)
            if (step == CreationStep::Define)
                DomainActions::performAction(m_host.get(), {QStringLiteral("racy")},
                                             DomainAction::Start);
        });
        const CreationOutcome out = run(creator, plan("racy"));
        QVERIFY(!out.ok);
        QCOMPARE(out.failedStep, CreationStep::Start);
        QVERIFY2(out.text().contains("Starting the virtual machine"), qPrintable(out.text()));
        QVERIFY2(out.leftBehind.isEmpty(), qPrintable(out.text()));
        QCOMPARE(out.undone.size(), 2);
        QVERIFY(!caps().hasDomainNamed("racy"));
        QVERIFY(!hasVolume("racy.qcow2"));
    }

    void cancelDuringVolume()
    {
        VmCreator creator(m_host.get());
        bool asked = false;
        connect(&creator, &VmCreator::volumeProgress, this, [&](int) {
            if (!asked) {
                asked = true;
                creator.cancel();
            }
        });
        const CreationOutcome out = run(creator, plan("cancelled", "raw", 4 * GiB));
        QVERIFY(!out.ok);
        QVERIFY(out.cancelled);
        QCOMPARE(out.failedStep, CreationStep::CreateVolume);
        QVERIFY(!hasVolume("cancelled.img"));
        QVERIFY(!caps().hasDomainNamed("cancelled"));
    }

    void volumeXmlEscapes()
    {
        const QString xml = Storage::volumeXml("a&<b>.img", "raw", 10, 10);
        QVERIFY(xml.contains("a&amp;&lt;b&gt;.img"));
        QVERIFY(Test::flattenXml(xml).contains("volume/target/format@type=raw"));
    }
};

VIREO_TEST_MAIN_NO_GLIB(TestVmCreator, QCoreApplication)
#include "tst_vmcreator.moc"
