// SPDX-License-Identifier: GPL-2.0-or-later
// "Use software emulation instead": which errors are KVM errors, and the kvm -> qemu rewrite.
#include "core/domain/domainxml.h"
#include "core/domain/softwareemulation.h"
#include "core/session/domaincapabilitiesxml.h"

#include <QFile>
#include <QTest>

using namespace Vireo;

class TestSoftwareEmulation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifier_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("kvm");
        // What a start or define said on the fresh machine of issue 10 and on this one.
        QTest::newRow("/dev/kvm root-only")
            << "internal error: process exited while connecting to monitor: Could not access KVM "
               "kernel module: Permission denied\nqemu-system-x86_64: -accel kvm: failed to "
               "initialize kvm: Permission denied"
            << true;
        QTest::newRow("KVM on a CPU without vmx/svm")
            << "internal error: qemu unexpectedly closed the monitor: qemu-system-x86_64: "
               "error: failed to set MSR 0x10a to 0x0"
            << true;
        QTest::newRow("libvirt: domain requires KVM")
            << "unsupported configuration: Domain requires KVM, but it is not available. Check "
               "that virtualization is enabled in the host BIOS, and host configuration is setup "
               "to load the kvm modules."
            << true;
        QTest::newRow("define on a libvirtd without /dev/kvm")
            << "unsupported configuration: Emulator '/usr/bin/qemu-system-x86_64' does not "
               "support virt type 'kvm'"
            << true;
        QTest::newRow("domain capabilities without /dev/kvm")
            << "invalid argument: the accel 'kvm' is not supported by "
               "'/usr/bin/qemu-system-x86_64' on this host"
            << true;
        QTest::newRow("no accelerator")
            << "qemu-system-x86_64: -machine accel=kvm: No accelerator found" << true;
        QTest::newRow("KVM_CREATE_VM")
            << "ioctl(KVM_CREATE_VM) failed: 12 Cannot allocate memory" << true;
        // Not KVM errors, though some name kvm.
        QTest::newRow("a path with kvm in it")
            << "Cannot access storage file '/var/lib/kvm/images/a.qcow2': No such file or "
               "directory"
            << false;
        QTest::newRow("libvirt's /dev/kvm namespace setup (software emulation fails alike)")
            << "Unable to move /run/libvirt/qemu/1-x.kvm mount to /dev/kvm: Invalid argument"
            << false;
        QTest::newRow("inactive network") << "Requested operation is not valid: network "
                                             "'default' is not active"
                                          << false;
        QTest::newRow("empty") << "" << false;
    }
    void classifier()
    {
        QFETCH(QString, message);
        QTEST(isKvmError(message), "kvm");
        QTEST(isKvmError(Error{QStringLiteral("Start domain 'a'"), message, 1}), "kvm");
    }

    void rewrite_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<bool>("useTcgCaps"); // the qemu domain capabilities of QEMU 7.2
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        const QString head = QStringLiteral("<domain type='kvm'><name>a</name><uuid>u</uuid>"
                                            "<vcpu>2</vcpu><os><type arch='x86_64'>hvm</type>"
                                            "</os>");
        const QString tail =
            QStringLiteral("<devices><graphics type='vnc' passwd='secret'/></devices></domain>");
        QTest::newRow("host-passthrough with topology and cache")
            << head +
                   "<cpu mode='host-passthrough' check='none' migratable='on'>"
                   "<topology sockets='1' dies='1' cores='2' threads='1'/>"
                   "<cache mode='passthrough'/><feature policy='disable' name='vmx'/></cpu>" +
                   tail
            << false << QStringList{"<domain type=\"qemu\">", "cores=\"2\"", "passwd=\"secret\""}
            << QStringList{"host-passthrough", "migratable", "cache", "feature", "kvm"};
        QTest::newRow("host-passthrough alone: no <cpu> left")
            << head + "<cpu mode='host-passthrough'/>" + tail << false
            << QStringList{"<domain type=\"qemu\">"} << QStringList{"<cpu"};
        QTest::newRow("host-model stays (TCG has it)")
            << head + "<cpu mode='host-model' check='partial'/>" + tail << true
            << QStringList{"mode=\"host-model\"", "<domain type=\"qemu\">"} << QStringList{"kvm"};
        QTest::newRow("TCG's capabilities refuse host-passthrough")
            << head + "<cpu mode='host-passthrough'/>" + tail << true
            << QStringList{"<domain type=\"qemu\">"} << QStringList{"host-passthrough"};
        QTest::newRow("custom model stays")
            << head + "<cpu mode='custom' match='exact'><model>qemu64</model></cpu>" + tail << true
            << QStringList{"<model>qemu64</model>"} << QStringList{};
        QTest::newRow("KVM-only features go, others stay")
            << head +
                   "<features><acpi/><kvm><hidden state='on'/></kvm><ioapic driver='kvm'/>"
                   "</features>" +
                   tail
            << false << QStringList{"<acpi/>", "<features>"} << QStringList{"hidden", "ioapic"};
        QTest::newRow("ioapic driver qemu stays")
            << head + "<features><ioapic driver='qemu'/></features>" + tail << false
            << QStringList{"<ioapic driver=\"qemu\"/>"} << QStringList{};
    }
    void rewrite()
    {
        QFETCH(QString, xml);
        QFETCH(bool, useTcgCaps);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        std::optional<DomainCapabilities> tcg;
        if (useTcgCaps) {
            QFile f(QFINDTESTDATA("../core/data/domcaps-qemu-9.0-tcg.xml"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            tcg = parseDomainCapabilitiesXml(QString::fromUtf8(f.readAll())).value();
        }
        const Result<QString> out = rewriteForSoftwareEmulation(xml, tcg ? &*tcg : nullptr);
        QVERIFY2(out.ok(), qPrintable(out.error().text()));
        for (const QString &p : present)
            QVERIFY2(out->contains(p), qPrintable(out.value()));
        for (const QString &a : absent)
            QVERIFY2(!out->contains(a), qPrintable(out.value()));
        const Result<DomainDescription> d = parseDomainXml(out.value());
        QVERIFY(d.ok());
        QCOMPARE(d->hypervisor, QStringLiteral("qemu"));
        QCOMPARE(d->uuid, QStringLiteral("u"));
    }

    void refusesWhatIsNotKvm()
    {
        QVERIFY(!rewriteForSoftwareEmulation(
                     QStringLiteral("<domain type='qemu'><name>a</name></domain>"))
                     .ok());
        QVERIFY(!rewriteForSoftwareEmulation(QStringLiteral("<network/>")).ok());
        QVERIFY(!rewriteForSoftwareEmulation(QStringLiteral("<domain type='kvm'>")).ok());
    }
};

QTEST_GUILESS_MAIN(TestSoftwareEmulation)
#include "tst_softwareemulation.moc"
