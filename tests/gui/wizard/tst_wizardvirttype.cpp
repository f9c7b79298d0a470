// SPDX-License-Identifier: GPL-2.0-or-later
// The wizard's line under its virtualization type follows the type the user picks (issue 10,
// issue 19 #1): the KVM decision's words for KVM, and for QEMU what software emulation means
// here, never "this host offers hardware virtualization" after the user chose QEMU. The host is
// test:///default; its answer is replaced by a QEMU host's capabilities (a fixture) with a KVM
// decision from decideKvm, which the test driver cannot give.
#include "core/create/hostcapabilities.h"
#include "core/session/capabilitiesxml.h"
#include "core/session/hostsession.h"
#include "core/session/kvmdecision.h"
#include "core/session/processsetup.h"
#include "ui/wizard/newvmwizard.h"
#include "ui/wizard/wizardsourcepage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QTest>

using namespace Vireo;

class TestWizardVirtType : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private:
    std::unique_ptr<HostSession> m_session;

    /// A QEMU host whose libvirt offers kvm and qemu for x86_64; KVM usable or not.
    static HostCapabilities qemuHost(bool kvmUsable)
    {
        QFile f(QStringLiteral(VIREO_SOURCE "/tests/unit/core/data/caps-qemu-9.0-kvm-offered.xml"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const Result<Capabilities> parsed = parseCapabilitiesXml(QString::fromUtf8(f.readAll()));
        HostCapabilities caps;
        if (!parsed)
            return caps;
        caps.uri = QStringLiteral("qemu:///system");
        caps.setCapabilities(parsed.value());
        caps.hostCpus = 4;
        caps.memoryKiB = 8 * 1024 * 1024;
        KvmInputs in;
        in.cpuFlag = kvmUsable ? QStringLiteral("vmx") : QString();
        in.device = kvmUsable ? KvmInputs::Device::Accessible : KvmInputs::Device::Missing;
        in.kvmOffered = true;
        in.qemuOffered = true;
        caps.kvm = decideKvm(in);
        return caps;
    }

    static void choose(QComboBox *box, const QString &type)
    {
        const int i = box->findData(type);
        QVERIFY2(i >= 0, qPrintable(type));
        box->setCurrentIndex(i);
    }

private Q_SLOTS:
    void init()
    {
        m_session = std::make_unique<HostSession>(QStringLiteral("test:///default"));
        m_session->setStatsInterval(0);
        m_session->connectToHost();
        QTRY_COMPARE(m_session->state(), HostState::Connected);
    }
    void cleanup() { m_session.reset(); }

    void theHintFollowsTheChosenType_data()
    {
        QTest::addColumn<bool>("kvmUsable");
        QTest::newRow("KVM usable") << true;
        QTest::newRow("KVM not usable") << false;
    }
    void theHintFollowsTheChosenType()
    {
        QFETCH(bool, kvmUsable);
        const HostCapabilities caps = qemuHost(kvmUsable);
        QVERIFY(caps.domainTypes(QStringLiteral("x86_64")).contains(QStringLiteral("kvm")));
        std::unique_ptr<NewVmWizard> w(new NewVmWizard({m_session.get()}, m_session.get()));
        QTRY_VERIFY(w->capabilities()); // the test driver's own answer first
        w->useCapabilities(caps);
        auto *box = w->findChild<QComboBox *>(QStringLiteral("virtType"));
        auto *why = w->findChild<QLabel *>(QStringLiteral("virtWhy"));
        // The host's own architecture (the test driver's i686 may still be chosen).
        auto *archBox = w->findChild<QComboBox *>(QStringLiteral("arch"));
        archBox->setCurrentIndex(archBox->findText(QStringLiteral("x86_64")));
        const QString arch = w->sourcePage()->arch();
        QCOMPARE(arch, QStringLiteral("x86_64"));

        // The default follows the decision, and its line is the decision's.
        QCOMPARE(w->sourcePage()->domainType(),
                 kvmUsable ? QStringLiteral("kvm") : QStringLiteral("qemu"));
        QCOMPARE(why->text(), caps.domainTypeHint(w->sourcePage()->domainType(), arch));

        choose(box, QStringLiteral("qemu"));
        QCOMPARE(why->text(), caps.domainTypeHint(QStringLiteral("qemu"), arch));
        QVERIFY2(!why->text().contains(QLatin1String("near native")), qPrintable(why->text()));
        QVERIFY2(why->text().contains(QLatin1String("slow")), qPrintable(why->text()));

        choose(box, QStringLiteral("kvm"));
        QCOMPARE(why->text(), caps.domainTypeHint(QStringLiteral("kvm"), arch));
        if (!kvmUsable)
            QVERIFY2(why->text().contains(QLatin1String("would not start")),
                     qPrintable(why->text()));
        else
            QCOMPARE(why->text(), caps.kvm.summary);
    }
};

QTEST_MAIN(TestWizardVirtType)
#include "tst_wizardvirttype.moc"
