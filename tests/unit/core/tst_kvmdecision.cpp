// SPDX-License-Identifier: GPL-2.0-or-later
// The one KVM decision: usable only when the CPU has vmx or svm, the user QEMU runs as can open
// /dev/kvm, and libvirt offers kvm. Rows for each way a host can fall short.
#include "core/session/kvmdecision.h"

#include <QTest>

using namespace Vireo;

using V = KvmDecision::Verdict;
using C = KvmDecision::Check;
using D = KvmInputs::Device;

Q_DECLARE_METATYPE(KvmInputs)

class TestKvmDecision : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<KvmInputs>("in");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<int>("cpu");
        QTest::addColumn<int>("device");
        QTest::addColumn<int>("offer");
        QTest::addColumn<bool>("reprobes");
        QTest::addColumn<QString>("summary"); // a part of it
        QTest::addColumn<QString>("fix");     // a part of it; empty: no fix

        auto qemu = [](QString flag, D device, bool offered) {
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
        // Issue 10's fresh machine: no svm, /dev/kvm root:root 0600, libvirt offers kvm anyway.
        QTest::newRow("no vmx/svm, /dev/kvm root-only, kvm offered")
            << qemu("", D::DeniedToQemu, true) << int(V::NotUsable) << int(C::Failed)
            << int(C::Failed) << int(C::Met) << true << "neither vmx nor svm"
            << "chmod 660 /dev/kvm";
        QTest::newRow("Intel host, all three hold")
            << qemu("vmx", D::Accessible, true) << int(V::Usable) << int(C::Met) << int(C::Met)
            << int(C::Met) << false << "near native speed"
            << "";
        QTest::newRow("svm but no /dev/kvm (module not loaded)")
            << qemu("svm", D::Missing, false) << int(V::NotUsable) << int(C::Met) << int(C::Failed)
            << int(C::Failed) << false << "/dev/kvm does not exist"
            << "modprobe";
        QTest::newRow("vmx, root can open /dev/kvm but QEMU's user cannot")
            << qemu("vmx", D::DeniedToQemu, true) << int(V::NotUsable) << int(C::Met)
            << int(C::Failed) << int(C::Met) << true << "libvirt-qemu (uid 999, gid 994) cannot"
            << "usermod -aG kvm libvirt-qemu";
        QTest::newRow("QEMU's user cannot, but libvirtd does not see /dev/kvm either")
            << qemu("vmx", D::DeniedToQemu, false) << int(V::NotUsable) << int(C::Met)
            << int(C::Failed) << int(C::Failed) << false << "cannot open /dev/kvm"
            << "chmod 660 /dev/kvm";
        KvmInputs session = qemu("vmx", D::Denied, false);
        session.session = true;
        session.qemuUser = QStringLiteral("ann (you)");
        session.qemuUserName = QStringLiteral("ann");
        QTest::newRow("qemu:///session, user not in the kvm group")
            << session << int(V::NotUsable) << int(C::Met) << int(C::Failed) << int(C::Failed)
            << false << "ann (you) cannot open /dev/kvm"
            << "log in again";
        KvmInputs refused = qemu("vmx", D::Accessible, false);
        refused.kvmRefusal = QStringLiteral(
            "the accel 'kvm' is not supported by '/usr/bin/qemu-system-x86_64' on this host");
        QTest::newRow("only libvirt's offer is missing")
            << refused << int(V::NotUsable) << int(C::Met) << int(C::Met) << int(C::Failed) << false
            << "the accel 'kvm' is not supported"
            << "";
        KvmInputs remote = qemu("vmx", D::Unknown, true);
        remote.local = false;
        QTest::newRow("remote host: vmx in its capabilities, /dev/kvm not checkable")
            << remote << int(V::UsableUnverified) << int(C::Met) << int(C::Unknown) << int(C::Met)
            << false << "cannot be checked from here"
            << "";
        KvmInputs remoteNoFlag = remote;
        remoteNoFlag.cpuFlag.clear();
        QTest::newRow("remote host: no vmx/svm even expanded from its model")
            << remoteNoFlag << int(V::NotUsable) << int(C::Failed) << int(C::Unknown) << int(C::Met)
            << false << "neither vmx nor svm"
            << "nested virtualization";
        KvmInputs remoteUnknown = remoteNoFlag;
        remoteUnknown.cpuKnown = false;
        QTest::newRow("remote host: CPU unknown, kvm offered")
            << remoteUnknown << int(V::UsableUnverified) << int(C::Unknown) << int(C::Unknown)
            << int(C::Met) << false << "KVM: libvirt offers it"
            << "";
        KvmInputs test;
        test.driver = KvmInputs::Driver::Test;
        test.cpuFlag = QStringLiteral("vmx"); // this machine's CPU does not matter to it
        QTest::newRow("the test driver")
            << test << int(V::NotApplicable) << int(C::Unknown) << int(C::Unknown)
            << int(C::Unknown) << false << "libvirt's test driver"
            << "";
        KvmInputs lxc;
        lxc.driver = KvmInputs::Driver::Other;
        lxc.driverName = QStringLiteral("lxc");
        QTest::newRow("LXC") << lxc << int(V::NotApplicable) << int(C::Unknown) << int(C::Unknown)
                             << int(C::Unknown) << false << "lxc driver"
                             << "";
    }
    void decide()
    {
        QFETCH(KvmInputs, in);
        QFETCH(QString, summary);
        QFETCH(QString, fix);
        const KvmDecision k = decideKvm(in);
        QTEST(int(k.verdict), "verdict");
        QTEST(int(k.cpu), "cpu");
        QTEST(int(k.device), "device");
        QTEST(int(k.offer), "offer");
        QTEST(k.reprobesEveryCall, "reprobes");
        QVERIFY2(k.summary.contains(summary), qPrintable(k.summary));
        QVERIFY(!k.summary.contains(QLatin1Char('\n'))); // one line for the wizard's hint
        if (fix.isEmpty())
            QVERIFY2(k.fix.isEmpty(), qPrintable(k.fix));
        else
            QVERIFY2(k.fix.contains(fix), qPrintable(k.fix));
        QCOMPARE(k.usable(), k.verdict == V::Usable || k.verdict == V::UsableUnverified);
        // Slow state: say why, and name the user.
        QCOMPARE(k.slowWarning.isEmpty(), !k.reprobesEveryCall);
        if (k.reprobesEveryCall)
            QVERIFY(k.slowWarning.contains(QLatin1String("on every call")));
    }

    void access_data()
    {
        QTest::addColumn<uint>("fileUid");
        QTest::addColumn<uint>("fileGid");
        QTest::addColumn<uint>("mode");
        QTest::addColumn<uint>("uid");
        QTest::addColumn<uint>("gid");
        QTest::addColumn<QList<uint>>("groups");
        QTest::addColumn<bool>("allowed");
        const uint kvm = 995;
        // This machine: libvirt-qemu 999:994 is in kvm (995), the device is root:root 0600.
        QTest::newRow("root:root 0600, QEMU's user")
            << 0u << 0u << 0600u << 999u << 994u << QList<uint>{994, kvm} << false;
        QTest::newRow("root:root 0600, root")
            << 0u << 0u << 0600u << 0u << 0u << QList<uint>{} << true;
        QTest::newRow("root:kvm 0660, in kvm")
            << 0u << kvm << 0660u << 999u << 994u << QList<uint>{994, kvm} << true;
        QTest::newRow("root:kvm 0660, kvm is the primary group")
            << 0u << kvm << 0660u << 64055u << kvm << QList<uint>{} << true;
        QTest::newRow("root:kvm 0660, not in kvm")
            << 0u << kvm << 0660u << 1000u << 1000u << QList<uint>{1000, 27} << false;
        QTest::newRow("root:kvm 0640: read is not enough")
            << 0u << kvm << 0640u << 999u << 994u << QList<uint>{kvm} << false;
        QTest::newRow("0666: everyone")
            << 0u << kvm << 0666u << 1000u << 1000u << QList<uint>{} << true;
        QTest::newRow("owner bits apply to the owner (0066)")
            << 999u << kvm << 0066u << 999u << kvm << QList<uint>{kvm} << false;
        QTest::newRow("group bits apply to the group (0606)")
            << 0u << kvm << 0606u << 999u << 994u << QList<uint>{kvm} << false;
    }
    void access()
    {
        QFETCH(uint, fileUid);
        QFETCH(uint, fileGid);
        QFETCH(uint, mode);
        QFETCH(uint, uid);
        QFETCH(uint, gid);
        QFETCH(QList<uint>, groups);
        QTEST(allowsReadWrite(FileOwnership{fileUid, fileGid, mode}, UserIds{uid, gid, groups}),
              "allowed");
    }

    void cpuFlags_data()
    {
        QTest::addColumn<QString>("cpuinfo");
        QTest::addColumn<QString>("flag");
        QTest::newRow("intel") << "processor\t: 0\nflags\t\t: fpu vme vmx sse2\n"
                               << "vmx";
        QTest::newRow("amd") << "flags\t\t: fpu svm lm\n"
                             << "svm";
        QTest::newRow("none (this machine)") << "flags\t\t: fpu sse2 hypervisor\n"
                                             << "";
        QTest::newRow("substring is not a flag") << "flags\t\t: vmxnet svmx\n"
                                                 << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void cpuFlags()
    {
        QFETCH(QString, cpuinfo);
        QTEST(cpuVirtualizationFlag(cpuinfo), "flag");
    }
};

QTEST_GUILESS_MAIN(TestKvmDecision)
#include "tst_kvmdecision.moc"
