// SPDX-License-Identifier: GPL-2.0-or-later
// The virtualization check: its items come from the KVM decision's inputs and its headline is the
// decision itself, so the two never contradict; a real run on the test driver.
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "core/session/virtcheck.h"

#include <QTest>

using namespace Vireo;

using L = VirtCheckItem::Level;
using D = KvmInputs::Device;

Q_DECLARE_METATYPE(KvmInputs)

class TestVirtCheck : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }
private Q_SLOTS:
    void modules()
    {
        QCOMPARE(
            loadedKvmModules(QStringLiteral("kvm_intel 1 0 - Live\nkvm 2 1 kvm_intel, Live\n")),
            QStringLiteral("kvm_intel, kvm"));
        QCOMPARE(loadedKvmModules(QStringLiteral("ext4 1 0 - Live\nkvmfoo 1 0\n")), QString());
    }

    void headlineFollowsTheItems_data()
    {
        QTest::addColumn<KvmInputs>("in");
        QTest::addColumn<QString>("headline");   // a part of it
        QTest::addColumn<QStringList>("levels"); // one letter per item: O W P U
        auto local = [](QString flag, D device, bool offered) {
            KvmInputs in;
            in.cpuFlag = flag;
            in.device = device;
            in.kvmOffered = offered;
            in.qemuOffered = true;
            in.qemuUser = QStringLiteral("libvirt-qemu (uid 999, gid 994)");
            in.qemuUserName = QStringLiteral("libvirt-qemu");
            in.deviceMode = QStringLiteral("root:root 0600");
            return in;
        };
        // Issue 19 item 1: a CPU without vmx/svm, /dev/kvm root-only, libvirt offering kvm.
        // Before, the headline said "Guests on this host run with KVM acceleration".
        QTest::newRow("issue 19: no vmx/svm, kvm offered")
            << local("", D::DeniedToQemu, true) << "neither vmx nor svm"
            << QStringList{"P", "O", "P", "W"};
        QTest::newRow("all three hold") << local("vmx", D::Accessible, true) << "near native"
                                        << QStringList{"O", "O", "O", "O"};
        QTest::newRow("root can open /dev/kvm, QEMU's user cannot")
            << local("svm", D::DeniedToQemu, true) << "Every action on this host is slow"
            << QStringList{"O", "O", "P", "W"};
        QTest::newRow("no /dev/kvm, qemu only")
            << local("vmx", D::Missing, false) << "/dev/kvm does not exist"
            << QStringList{"O", "O", "P", "W"};
        QTest::newRow("/dev/kvm opens, CPU has no extensions")
            << local("", D::Accessible, false) << "neither vmx nor svm"
            << QStringList{"P", "O", "W", "W"};
        KvmInputs remote = local("vmx", D::Unknown, true);
        remote.local = false;
        QTest::newRow("remote: no module item, /dev/kvm unknown")
            << remote << "cannot be checked from here" << QStringList{"O", "U", "O"};
        KvmInputs test;
        test.driver = KvmInputs::Driver::Test;
        QTest::newRow("the demo host (test driver) says only that")
            << test << "libvirt's test driver" << QStringList{"O"};
    }
    void headlineFollowsTheItems()
    {
        QFETCH(KvmInputs, in);
        QFETCH(QString, headline);
        QFETCH(QStringList, levels);
        const VirtCheck check =
            describeVirtCheck(in, KvmModuleState{QStringLiteral("kvm_amd 1 0\nkvm 2 1\n"), true});
        QVERIFY2(check.verdict.contains(headline), qPrintable(check.verdict));
        QStringList got;
        for (const VirtCheckItem &i : check.items) {
            QVERIFY(!i.title.isEmpty());
            QVERIFY(!i.finding.isEmpty());
            QVERIFY(!i.explanation.isEmpty());
            got << QString(QLatin1Char("OWPU"[int(i.level)]));
        }
        QCOMPARE(got, levels);
        // Never a headline of KVM acceleration beside a red item, nor "no KVM" with all green.
        const bool anyProblem = levels.contains(QStringLiteral("P"));
        QCOMPARE(check.kvm.usable(), !anyProblem && in.driver == KvmInputs::Driver::Qemu);
        if (!check.kvm.usable())
            QVERIFY(!check.verdict.contains(QLatin1String("near native")));
        if (in.driver != KvmInputs::Driver::Qemu) {
            for (const VirtCheckItem &i : check.items)
                QVERIFY(!i.finding.contains(QLatin1String("vmx")));
        }
        if (check.kvm.reprobesEveryCall) {
            const VirtCheckItem &dev = check.items[2];
            QVERIFY(dev.explanation.contains(QLatin1String("on every call")));
            QVERIFY(dev.explanation.contains(QLatin1String("kvm group")));
            QVERIFY(dev.explanation.contains(QLatin1String("chmod 660 /dev/kvm")));
            QVERIFY(dev.explanation.contains(QLatin1String("udev")));
        }
    }

    void runsOnTheTestDriver()
    {
        HostSession s(QStringLiteral("test:///default"));
        s.connectToHost();
        QTRY_COMPARE(s.state(), HostState::Connected);
        QObject ctx;
        bool done = false;
        VirtCheck check;
        runVirtCheck(&s, &ctx, [&](Result<VirtCheck> r) {
            QVERIFY2(r.ok(), qPrintable(r.error().text()));
            check = r.value();
            done = true;
        });
        QTRY_VERIFY(done);
        // Issue 19 item 12: the test driver's check describes the test driver, not this machine.
        QCOMPARE(check.items.size(), 1);
        QCOMPARE(check.kvm.verdict, KvmDecision::Verdict::NotApplicable);
        QVERIFY(check.verdict.contains(QLatin1String("test driver")));
        QVERIFY(!check.items[0].finding.contains(QLatin1String("vmx")));
    }

    void decisionAloneOnTheTestDriver()
    {
        HostSession s(QStringLiteral("test:///default"));
        s.connectToHost();
        QTRY_COMPARE(s.state(), HostState::Connected);
        QObject ctx;
        std::optional<Result<KvmDecision>> got;
        fetchKvmDecision(&s, &ctx, [&](Result<KvmDecision> r) { got.emplace(std::move(r)); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QCOMPARE(got->value().verdict, KvmDecision::Verdict::NotApplicable);
        QVERIFY(!got->value().usable());
    }

    void disconnectedHostIsAnError()
    {
        HostSession s(QStringLiteral("test:///default"));
        QObject ctx;
        bool done = false;
        runVirtCheck(&s, &ctx, [&](Result<VirtCheck> r) {
            QVERIFY(!r.ok());
            done = true;
        });
        QTRY_VERIFY(done);
    }
};

QTEST_GUILESS_MAIN(TestVirtCheck)
#include "tst_virtcheck.moc"
