// SPDX-License-Identifier: GPL-2.0-or-later
// "Use software emulation instead" (issue 10): a start that fails with a KVM error offers it, in
// any window's Run and in the wizard's Finish; taking it leaves the domain of type qemu and
// running. libvirt's test driver starts anything, so DomainActions::setKvmStartFailureForTesting
// makes a kvm domain's start fail as a host without usable KVM does (qemu domains still start).
#include "core/create/hostcapabilities.h"
#include "core/domain/domainactions.h"
#include "core/session/capabilitiesxml.h"
#include "core/session/hostsession.h"
#include "core/session/kvmdecision.h"
#include "core/session/processsetup.h"
#include "resources.h"
#include "ui/common/domainactionset.h"
#include "ui/common/messagelog.h"
#include "ui/common/softwareemulationoffer.h"
#include "ui/wizard/newvmwizard.h"
#include "ui/wizard/wizardsourcepage.h"

#include "tests/support/demohost.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vireo;
using Id = DomainActionSet::Id;

namespace {
const char kKvmError[] = "internal error: process exited while connecting to monitor: Could not "
                         "access KVM kernel module: Permission denied";
const char kOtherError[] =
    "Cannot access storage file '/var/lib/libvirt/images/gone.qcow2': No such file or directory";

QString kvmDomainXml(const QString &name)
{
    return QStringLiteral("<domain type='kvm'><name>%1</name><memory unit='MiB'>64</memory>"
                          "<vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os>"
                          "<features><acpi/></features><cpu mode='host-passthrough'/>"
                          "</domain>")
        .arg(name);
}

QByteArray fakeIso()
{
    QByteArray data(16 * 2048, '\0');
    QByteArray pvd(2048, '\0');
    pvd[0] = 1;
    pvd.replace(1, 5, "CD001");
    pvd[6] = 1;
    pvd.replace(8, 32, QByteArray("LINUX").leftJustified(32, ' '));
    pvd.replace(40, 32, QByteArray("Debian 11.5.0 amd64 n").leftJustified(32, ' '));
    QByteArray end(2048, '\0');
    end[0] = char(255);
    end.replace(1, 5, "CD001");
    return data + pvd + end;
}

/// The offer shown on `window`, once it is there.
QMessageBox *offerOn(QWidget *window)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            box =
                window->findChild<QMessageBox *>(QLatin1String(SoftwareEmulationOffer::ObjectName));
            return box && box->isVisible();
        },
        10000);
    return shown ? box : nullptr;
}

QAbstractButton *useButton(QMessageBox *box)
{
    return box->findChild<QPushButton *>(QStringLiteral("useSoftwareEmulation"));
}

bool logged(const QString &text)
{
    for (const QString &line : MessageLog::instance()->texts())
        if (line.contains(text))
            return true;
    return false;
}
} // namespace

class TestSoftwareEmulation : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    QString m_iso;
    std::unique_ptr<HostSession> m_session;

    /// The domain's XML as libvirt has it now (empty when it has none).
    QString xmlOf(const QString &uuidOrName)
    {
        QString out;
        bool got = false;
        QObject ctx;
        DomainActions::fetchDomainXml(m_session.get(), uuidOrName, {}, &ctx,
                                      [&](Result<QString> r) {
                                          got = true;
                                          if (r)
                                              out = r.value();
                                      });
        return QTest::qWaitFor([&] { return got; }, 10000) ? out : QString();
    }
    static bool runsAsQemu(const QString &xml)
    {
        return xml.startsWith(QLatin1String("<domain type='qemu' id='"));
    }

    QString define(const QString &name)
    {
        QString uuid;
        QObject ctx;
        DomainActions::defineXml(m_session.get(), kvmDomainXml(name), &ctx, [&](Result<QString> r) {
            uuid = r ? r.value() : QStringLiteral("-");
        });
        return QTest::qWaitFor([&] { return !uuid.isEmpty(); }, 10000) ? uuid : QString();
    }

    /// A window with Run on the domain, as the details and console windows have.
    std::unique_ptr<QWidget> runWindow(const QString &uuid, DomainActionSet **set)
    {
        auto window = std::make_unique<QWidget>();
        window->show();
        *set = new DomainActionSet(window.get());
        (*set)->followDomain(m_session.get(), uuid);
        if (!QTest::qWaitFor([&] { return (*set)->action(Id::Run)->isEnabled(); }, 10000))
            qWarning("Run is not enabled on the domain");
        return window;
    }

    /// A QEMU host whose libvirt offers kvm and qemu for x86_64, as the wizard sees it.
    static HostCapabilities qemuHost()
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
        in.cpuFlag = QStringLiteral("vmx");
        in.device = KvmInputs::Device::Accessible;
        in.kvmOffered = true;
        in.qemuOffered = true;
        caps.kvm = decideKvm(in); // usable, so the wizard chooses kvm: the start then fails
        return caps;
    }

    /// Walks the wizard to Finish with an ISO, a new volume and virt type kvm.
    void walkToFinish(NewVmWizard *w, const QString &name)
    {
        QTRY_VERIFY(w->capabilities());
        w->useCapabilities(qemuHost());
        auto *arch = w->findChild<QComboBox *>(QStringLiteral("arch"));
        arch->setCurrentIndex(arch->findText(QStringLiteral("x86_64")));
        auto *type = w->findChild<QComboBox *>(QStringLiteral("virtType"));
        type->setCurrentIndex(type->findData(QStringLiteral("kvm")));
        QCOMPARE(w->sourcePage()->domainType(), QStringLiteral("kvm"));
        w->findChild<QLineEdit *>(QStringLiteral("isoPath"))->setText(m_iso);
        QTRY_VERIFY(w->button(QWizard::NextButton)->isEnabled());
        w->next();
        w->next();
        QTRY_VERIFY(w->button(QWizard::NextButton)->isEnabled());
        w->next();
        QCOMPARE(w->currentId(), int(NewVmWizard::StoragePage));
        w->findChild<QDoubleSpinBox *>(QStringLiteral("diskSize"))->setValue(1);
        QTRY_VERIFY(w->button(QWizard::NextButton)->isEnabled());
        w->next();
        QCOMPARE(w->currentId(), int(NewVmWizard::FinishPage));
        auto *nameEdit = w->findChild<QLineEdit *>(QStringLiteral("name"));
        nameEdit->clear();
        QTest::keyClicks(nameEdit, name);
        QTRY_VERIFY(w->button(QWizard::FinishButton)->isEnabled());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VireoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_softwareemulationoffer"));
        QFile iso(m_dir.filePath(QStringLiteral("debian-11.iso")));
        QVERIFY(iso.open(QIODevice::WriteOnly));
        iso.write(fakeIso());
        m_iso = iso.fileName();
    }

    void init()
    {
        m_session = VireoTest::connectedDemoHost(m_dir);
        QVERIFY(m_session);
        MessageLog::instance()->clear();
        DomainActions::setKvmStartFailureForTesting(QString::fromLatin1(kKvmError));
    }

    void cleanup()
    {
        DomainActions::setKvmStartFailureForTesting({});
        m_session.reset();
    }

    void runThatFailsWithKvmOffersSoftwareEmulation()
    {
        const QString uuid = define(QStringLiteral("needskvm"));
        QVERIFY(uuid.size() > 1);
        DomainActionSet *set = nullptr;
        auto window = runWindow(uuid, &set);
        set->action(Id::Run)->trigger();
        QMessageBox *box = offerOn(window.get());
        QVERIFY2(box, "no software emulation offer after a KVM failure");
        QVERIFY(box->text().contains(QLatin1String("needskvm")));
        QVERIFY(box->detailedText().contains(QLatin1String("Could not access KVM")));
        QVERIFY(xmlOf(uuid).startsWith(QLatin1String("<domain type='kvm'>"))); // nothing yet
        QVERIFY(useButton(box));
        useButton(box)->click();
        QTRY_VERIFY_WITH_TIMEOUT(runsAsQemu(xmlOf(uuid)), 10000);
        QVERIFY2(!xmlOf(uuid).contains(QLatin1String("host-passthrough")), "TCG cannot do it");
        QTRY_VERIFY(logged(QStringLiteral("'needskvm' now runs with software emulation")));
    }

    void cancellingTheOfferChangesNothing()
    {
        const QString uuid = define(QStringLiteral("staykvm"));
        DomainActionSet *set = nullptr;
        auto window = runWindow(uuid, &set);
        set->action(Id::Run)->trigger();
        QMessageBox *box = offerOn(window.get());
        QVERIFY(box);
        QPointer<QMessageBox> gone(box);
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!gone);
        const QString xml = xmlOf(uuid);
        QVERIFY2(xml.startsWith(QLatin1String("<domain type='kvm'>")), qPrintable(xml));
    }

    void otherFailuresOfferNothing()
    {
        DomainActions::setKvmStartFailureForTesting(QString::fromLatin1(kOtherError));
        const QString uuid = define(QStringLiteral("nodisk"));
        DomainActionSet *set = nullptr;
        auto window = runWindow(uuid, &set);
        set->action(Id::Run)->trigger();
        // The failure is said in the log; by then an offer would have been opened too.
        QTRY_VERIFY_WITH_TIMEOUT(logged(QStringLiteral("No such file or directory")), 10000);
        QCoreApplication::processEvents();
        QVERIFY(
            !window->findChild<QMessageBox *>(QLatin1String(SoftwareEmulationOffer::ObjectName)));
        QVERIFY(xmlOf(uuid).startsWith(QLatin1String("<domain type='kvm'>")));
    }

    void wizardFinishOffersSoftwareEmulation()
    {
        std::unique_ptr<NewVmWizard> w(new NewVmWizard({m_session.get()}, m_session.get()));
        w->show();
        walkToFinish(w.get(), QStringLiteral("firstvm"));
        QSignalSpy done(w.get(), &NewVmWizard::creationFinished);
        w->button(QWizard::FinishButton)->click();
        QMessageBox *box = offerOn(w.get());
        QVERIFY2(box, "the wizard did not offer software emulation");
        QVERIFY(done.isEmpty()); // it waits for the answer, the domain defined meanwhile
        QVERIFY(xmlOf(QStringLiteral("firstvm")).startsWith(QLatin1String("<domain type='kvm'")));
        useButton(box)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 10000);
        const auto outcome = done.first().first().value<CreationOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.text()));
        QVERIFY(outcome.softwareEmulation);
        QVERIFY(outcome.text().contains(QLatin1String("software emulation")));
        QVERIFY(runsAsQemu(xmlOf(QStringLiteral("firstvm"))));
        QVERIFY(logged(QStringLiteral("Created 'firstvm'")));
        QVERIFY(logged(QStringLiteral("runs with software emulation")));
        QTRY_VERIFY(!w->isVisible()); // done: the wizard closes as after any creation
    }

    void wizardCancelUndoesTheCreation()
    {
        std::unique_ptr<NewVmWizard> w(new NewVmWizard({m_session.get()}, m_session.get()));
        w->show();
        walkToFinish(w.get(), QStringLiteral("notnow"));
        QSignalSpy done(w.get(), &NewVmWizard::creationFinished);
        w->button(QWizard::FinishButton)->click();
        QMessageBox *box = offerOn(w.get());
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 10000);
        const auto outcome = done.first().first().value<CreationOutcome>();
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.failedStep, CreationStep::Start);
        QVERIFY2(outcome.text().contains(QLatin1String("Could not access KVM")),
                 qPrintable(outcome.text()));
        QVERIFY2(outcome.text().contains(QLatin1String("undefined")), qPrintable(outcome.text()));
        QVERIFY(xmlOf(QStringLiteral("notnow")).isEmpty()); // no half state
        QVERIFY(w->isVisible()); // the user reads what happened and may try again
    }

    void wizardClosedWhileAskingUndoesTheCreation()
    {
        std::unique_ptr<NewVmWizard> w(new NewVmWizard({m_session.get()}, m_session.get()));
        w->show();
        walkToFinish(w.get(), QStringLiteral("abandoned"));
        w->button(QWizard::FinishButton)->click();
        QVERIFY(offerOn(w.get()));
        QVERIFY(!xmlOf(QStringLiteral("abandoned")).isEmpty());
        w.reset(); // the application quits with the question open
        QTRY_VERIFY_WITH_TIMEOUT(xmlOf(QStringLiteral("abandoned")).isEmpty(), 10000);
    }
};

QTEST_MAIN(TestSoftwareEmulation)
#include "tst_softwareemulationoffer.moc"
