// The virtualization check: its parsers, and a real run on the test driver.
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "core/session/virtcheck.h"

#include <QTest>

using namespace Vireo;

class TestVirtCheck : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }
private Q_SLOTS:
    void cpuFlags_data()
    {
        QTest::addColumn<QString>("cpuinfo");
        QTest::addColumn<QString>("flag");
        QTest::newRow("intel") << "processor\t: 0\nflags\t\t: fpu vme vmx sse2\n"
                               << "vmx";
        QTest::newRow("amd") << "flags\t\t: fpu svm lm\n"
                             << "svm";
        QTest::newRow("none") << "flags\t\t: fpu sse2 hypervisor\n"
                              << "";
        QTest::newRow("substring is not a flag") << "flags\t\t: vmxnet svmx\n"
                                                 << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void cpuFlags()
    {
        QFETCH(QString, cpuinfo);
        QFETCH(QString, flag);
        QCOMPARE(cpuVirtualizationFlag(cpuinfo), flag);
    }

    void modules()
    {
        QCOMPARE(
            loadedKvmModules(QStringLiteral("kvm_intel 1 0 - Live\nkvm 2 1 kvm_intel, Live\n")),
            QStringLiteral("kvm_intel, kvm"));
        QCOMPARE(loadedKvmModules(QStringLiteral("ext4 1 0 - Live\nkvmfoo 1 0\n")), QString());
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
        // test:///default is local: CPU flags, the module, /dev/kvm and libvirt's offer.
        QCOMPARE(check.items.size(), 4);
        for (const VirtCheckItem &i : check.items) {
            QVERIFY(!i.title.isEmpty());
            QVERIFY(!i.finding.isEmpty());
            QVERIFY(!i.explanation.isEmpty());
        }
        QVERIFY(!check.verdict.isEmpty());
        // This machine's own answer, read independently.
        QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
        QVERIFY(cpuinfo.open(QIODevice::ReadOnly));
        const bool hasExt = !cpuVirtualizationFlag(QString::fromUtf8(cpuinfo.readAll())).isEmpty();
        QCOMPARE(check.items[0].level == VirtCheckItem::Level::Ok, hasExt);
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
