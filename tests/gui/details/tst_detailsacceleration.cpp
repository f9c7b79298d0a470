// SPDX-License-Identifier: GPL-2.0-or-later
// The details window's Overview says the host's one KVM decision for this domain (issue 10):
// the test driver's own words on the demo host; for a kvm domain on a host where KVM is not
// usable, that starting it will fail, with the switch to software emulation, which leaves it
// qemu and running. The decisions of a QEMU host come from decideKvm, which the test driver
// cannot give.
#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"
#include "core/session/kvmdecision.h"
#include "core/session/processsetup.h"
#include "resources.h"
#include "ui/details/domaincontext.h"
#include "ui/details/domainoverviewpage.h"
#include "ui/details/domainwindow.h"

#include "tests/support/demodetails.h"
#include "tests/support/demohost.h"

#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vireo;

namespace {
const QString kWin = QStringLiteral("7a640993-3395-57fc-b2be-2c94023cca41"); // shut off

KvmDecision qemuHost(bool kvmUsable)
{
    KvmInputs in;
    in.cpuFlag = kvmUsable ? QStringLiteral("vmx") : QString();
    in.device = kvmUsable ? KvmInputs::Device::Accessible : KvmInputs::Device::Missing;
    in.kvmOffered = true;
    in.qemuOffered = true;
    return decideKvm(in);
}
} // namespace

class TestDetailsAcceleration : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    QPointer<DomainWindow> m_window;

    QString xmlOf(const QString &uuid)
    {
        QString out;
        bool got = false;
        QObject ctx;
        DomainActions::fetchDomainXml(m_session.get(), uuid, {}, &ctx, [&](Result<QString> r) {
            got = true;
            out = r ? r.value() : QString();
        });
        return QTest::qWaitFor([&] { return got; }, 10000) ? out : QString();
    }

    QString define(const QString &type, const QString &name)
    {
        QString uuid;
        QObject ctx;
        DomainActions::defineXml(
            m_session.get(),
            QStringLiteral("<domain type='%1'><name>%2</name><memory unit='MiB'>64</memory>"
                           "<os><type arch='x86_64'>hvm</type></os></domain>")
                .arg(type, name),
            &ctx, [&](Result<QString> r) { uuid = r ? r.value() : QStringLiteral("-"); });
        return QTest::qWaitFor([&] { return !uuid.isEmpty(); }, 10000) ? uuid : QString();
    }

    DomainOverviewPage *open(const QString &uuid)
    {
        m_window = VireoTest::openDetails(m_session.get(), uuid);
        return m_window ? m_window->overviewPage() : nullptr;
    }

    static QString acceleration(DomainOverviewPage *page)
    {
        return page->fieldText(QStringLiteral("Acceleration"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_session = VireoTest::connectedDemoHost(m_dir);
        QVERIFY(m_session);
    }

    void cleanup()
    {
        delete m_window.data();
        m_session.reset();
    }

    void theDemoHostSaysItsOwnDecision()
    {
        DomainOverviewPage *page = open(kWin);
        QVERIFY(page);
        // The host's decision, fetched when the page opens: the test driver's words.
        QTRY_VERIFY2(acceleration(page).contains(QLatin1String("test driver")),
                     qPrintable(acceleration(page)));
        QVERIFY(acceleration(page).startsWith(QLatin1String("test")));
        QVERIFY(page->softwareEmulationButton()->isHidden());
    }

    void kvmOnAHostWithoutKvmSaysItWillFailAndOffersTheSwitch()
    {
        const QString uuid = define(QStringLiteral("kvm"), QStringLiteral("wantskvm"));
        QVERIFY(uuid.size() > 1);
        DomainOverviewPage *page = open(uuid);
        QVERIFY(page);
        const KvmDecision none = qemuHost(false);
        page->setKvmDecision(none);
        QVERIFY2(acceleration(page).contains(QLatin1String("starting it will fail")),
                 qPrintable(acceleration(page)));
        QVERIFY(acceleration(page).contains(none.summary)); // the decision's own reason
        QVERIFY(!page->softwareEmulationButton()->isHidden());
        QVERIFY(!page->softwareEmulationButton()->accessibleName().isEmpty());

        page->softwareEmulationButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(xmlOf(uuid).startsWith(QLatin1String("<domain type='qemu' id=")),
                                 10000);
        // The page follows: now software emulation, for the reason the decision gives.
        QTRY_COMPARE(acceleration(page),
                     QStringLiteral("Software emulation (QEMU TCG): %1").arg(none.summary));
        QTRY_VERIFY(page->softwareEmulationButton()->isHidden());
    }

    void kvmWhereKvmIsUsableIsHardware()
    {
        const QString uuid = define(QStringLiteral("kvm"), QStringLiteral("fast"));
        DomainOverviewPage *page = open(uuid);
        QVERIFY(page);
        page->setKvmDecision(qemuHost(true));
        QCOMPARE(acceleration(page), QStringLiteral("KVM (hardware virtualization)"));
        QVERIFY(page->softwareEmulationButton()->isHidden());
    }

    void qemuSaysWhy()
    {
        const QString uuid = define(QStringLiteral("qemu"), QStringLiteral("slow"));
        DomainOverviewPage *page = open(uuid);
        QVERIFY(page);
        page->setKvmDecision(qemuHost(false));
        QCOMPARE(acceleration(page),
                 QStringLiteral("Software emulation (QEMU TCG): %1").arg(qemuHost(false).summary));
        page->setKvmDecision(qemuHost(true));
        QVERIFY2(acceleration(page).contains(QLatin1String("KVM is usable on this host")),
                 qPrintable(acceleration(page)));
        QVERIFY(page->softwareEmulationButton()->isHidden());
    }
};

QTEST_MAIN(TestDetailsAcceleration)
#include "tst_detailsacceleration.moc"
