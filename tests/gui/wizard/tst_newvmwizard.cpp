// SPDX-License-Identifier: GPL-2.0-or-later
// NewVmWizard on the offscreen platform against the demo host (libvirt's test driver): walk
// every install path to a created domain; bad input blocks Next with a message; a real failure
// at each creation step (volume creation, define, start) leaves no domain and no volume behind.

#include "core/create/hostcapabilities.h"
#include "core/create/vmcreator.h"
#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "core/storage/storage.h"
#include "ui/common/messagelog.h"
#include "ui/wizard/newvmwizard.h"
#include "ui/wizard/wizardcpumemorypage.h"
#include "ui/wizard/wizardfinishpage.h"
#include "ui/wizard/wizardospage.h"
#include "ui/wizard/wizardsourcepage.h"
#include "ui/wizard/wizardstoragepage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vireo;

static QByteArray fakeIso(const QByteArray &volumeId)
{
    QByteArray data(16 * 2048, '\0');
    QByteArray pvd(2048, '\0');
    pvd[0] = 1;
    pvd.replace(1, 5, "CD001");
    pvd[6] = 1;
    pvd.replace(8, 32, QByteArray("LINUX").leftJustified(32, ' '));
    pvd.replace(40, 32, volumeId.leftJustified(32, ' ', true));
    QByteArray end(2048, '\0');
    end[0] = char(255);
    end.replace(1, 5, "CD001");
    return data + pvd + end;
}

class TestNewVmWizard : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<HostSession> m_host;
    QTemporaryDir m_dir;
    QString m_iso, m_kernel, m_initrd, m_disk;

    static QString fixtureUri()
    {
        return QStringLiteral("test://") + qEnvironmentVariable("VIREO_SOURCE_DIR", VIREO_SOURCE) +
               QStringLiteral("/resources/demo/demo-host.xml");
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return f.fileName();
    }

    std::unique_ptr<NewVmWizard> open()
    {
        auto w = std::make_unique<NewVmWizard>(QList<HostSession *>{m_host.get()}, m_host.get());
        w->show();
        return w;
    }

    template<typename T>
    static T *child(NewVmWizard *w, const char *name)
    {
        T *c = w->findChild<T *>(QLatin1String(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }

    static bool nextEnabled(NewVmWizard *w)
    {
        QAbstractButton *b =
            w->button(w->currentId() == NewVmWizard::FinishPage ? QWizard::FinishButton
                                                                : QWizard::NextButton);
        return b->isEnabled() && b->isVisible();
    }

    static QString pageError(QWizardPage *page)
    {
        auto *l = page->findChild<QLabel *>(QStringLiteral("errorLabel"));
        return l && !l->isHidden() ? l->text() : QString();
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

    QStringList volumes()
    {
        QStringList out;
        bool got = false;
        Storage::listVolumes(m_host.get(), QStringLiteral("default"), this,
                             [&](Result<QList<StorageVolumeInfo>> r) {
                                 got = true;
                                 if (r)
                                     for (const auto &v : r.value())
                                         out << v.name;
                             });
        [&] { QTRY_VERIFY(got); }();
        return out;
    }

    /// Walks from step 1 to step 5 with an ISO and a new qcow2 volume, named `name`.
    void walkIsoToFinish(NewVmWizard *w, const QString &name)
    {
        QTRY_VERIFY(w->capabilities());
        child<QLineEdit>(w, "isoPath")->setText(m_iso);
        QTRY_VERIFY(nextEnabled(w));
        w->next();
        QCOMPARE(w->currentId(), int(NewVmWizard::OsPage));
        w->next();
        QCOMPARE(w->currentId(), int(NewVmWizard::CpuMemoryPage));
        QVERIFY(nextEnabled(w));
        w->next();
        QCOMPARE(w->currentId(), int(NewVmWizard::StoragePage));
        child<QDoubleSpinBox>(w, "diskSize")->setValue(2);
        QTRY_VERIFY(nextEnabled(w));
        w->next();
        QCOMPARE(w->currentId(), int(NewVmWizard::FinishPage));
        auto *nameEdit = child<QLineEdit>(w, "name");
        nameEdit->clear();
        QTest::keyClicks(nameEdit, name);
        QTRY_VERIFY(nextEnabled(w));
    }

    static bool logged(const QString &text, bool error)
    {
        for (const LogEntry &e : MessageLog::instance()->entries())
            if (e.text.contains(text) && e.isError() == error)
                return true;
        return false;
    }

    CreationOutcome finish(NewVmWizard *w)
    {
        QSignalSpy done(w, &NewVmWizard::creationFinished);
        w->button(QWizard::FinishButton)->click();
        if (done.isEmpty())
            done.wait(10000);
        return done.isEmpty() ? CreationOutcome{} : done.first().first().value<CreationOutcome>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VireoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_newvmwizard"));
        QSettings().clear();
        m_iso = writeFile("debian-11.iso", fakeIso("Debian 11.5.0 amd64 n"));
        m_kernel = writeFile("vmlinuz", "kernel");
        m_initrd = writeFile("initrd.gz", "initrd");
        m_disk = writeFile("existing.qcow2", "disk");
        LibvirtEventLoop::start();
        m_host = std::make_unique<HostSession>(fixtureUri());
        m_host->setStatsInterval(0);
        m_host->connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(m_host->state(), HostState::Connected, 10000);
    }

    void cleanupTestCase()
    {
        m_host.reset();
        LibvirtEventLoop::stop();
    }

    void isoPathDetectsOsAndCreates()
    {
        auto w = open();
        QTRY_VERIFY(w->capabilities());
        // The virt type says why (the test driver here), and the host's limits are shown.
        QVERIFY(!child<QLabel>(w.get(), "virtWhy")->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(w->osDb(), 20000);
        child<QLineEdit>(w.get(), "isoPath")->setText(m_iso);
        QTRY_VERIFY(nextEnabled(w.get()));
        w->next();
        QCOMPARE(w->osPage()->selectedOs() ? w->osPage()->selectedOs()->id : QString(),
                 QStringLiteral("http://debian.org/debian/11"));
        QVERIFY(child<QLabel>(w.get(), "detectedLabel")->text().contains("Debian 11"));
        w->next();
        // Debian's recommendation, and a maximum above the current vCPU count.
        QVERIFY(w->cpuMemoryPage()->memoryMiB() >= 1024);
        QVERIFY(w->cpuMemoryPage()->maxVcpus() > w->cpuMemoryPage()->vcpus());
        QVERIFY(child<QLabel>(w.get(), "cpuLimits")->text().contains("16 CPUs"));
        w->next();
        QVERIFY(child<QLabel>(w.get(), "poolFree")->text().contains("free"));
        child<QDoubleSpinBox>(w.get(), "diskSize")->setValue(4);
        w->next();
        QCOMPARE(child<QLineEdit>(w.get(), "name")->text(), QStringLiteral("debian11"));
        const QString xml = child<QPlainTextEdit>(w.get(), "xmlPreview")->toPlainText();
        QVERIFY2(xml.contains("<source network=\"default\"/>"), qPrintable(xml));
        QVERIFY(xml.contains("debian-11.iso"));
        QVERIFY(xml.contains("http://debian.org/debian/11"));

        QSignalSpy created(w.get(), &NewVmWizard::domainCreated);
        QSignalSpy console(w.get(), &NewVmWizard::consoleRequested);
        QVERIFY(child<QCheckBox>(w.get(), "openConsole")->isChecked()); // virt-manager's way
        const CreationOutcome out = finish(w.get());
        QVERIFY2(out.ok, qPrintable(out.text()));
        QCOMPARE(created.size(), 1);
        // Issue 19, #14: the new machine's console opens after Finish.
        QCOMPARE(console.size(), 1);
        QCOMPARE(console.first().at(1).toString(), out.uuid);
        QVERIFY(caps().hasDomainNamed("debian11"));
        QVERIFY(volumes().contains("debian11.qcow2"));
        QVERIFY(w->isHidden()); // closed after success
        // The shared message log has it (issue 19, #11).
        QVERIFY(logged(QStringLiteral("Created 'debian11' on"), false));
    }

    void walkEachPath_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("name");
        QTest::newRow("import") << "methodImport"
                                << "imported";
        QTest::newRow("kernel") << "methodKernel"
                                << "kernelboot";
        QTest::newRow("pxe") << "methodPxe"
                             << "pxeboot";
        QTest::newRow("manual") << "methodManual"
                                << "manual";
    }

    void walkEachPath()
    {
        QFETCH(QString, method);
        QFETCH(QString, name);
        auto w = open();
        QTRY_VERIFY(w->capabilities());
        child<QRadioButton>(w.get(), method.toLatin1())->setChecked(true);
        if (method == QLatin1String("methodImport")) {
            QVERIFY(!nextEnabled(w.get()));
            child<QLineEdit>(w.get(), "importPath")->setText(m_disk);
        } else if (method == QLatin1String("methodKernel")) {
            QVERIFY(!nextEnabled(w.get()));
            child<QLineEdit>(w.get(), "kernelPath")->setText(m_kernel);
            child<QLineEdit>(w.get(), "initrdPath")->setText(m_initrd);
            child<QLineEdit>(w.get(), "kernelArgs")->setText("console=ttyS0 <&>");
        }
        QTRY_VERIFY2(nextEnabled(w.get()), qPrintable(pageError(w->sourcePage())));
        w->next();
        QTRY_VERIFY(nextEnabled(w.get()));
        w->next();
        QTRY_VERIFY(nextEnabled(w.get()));
        w->next();
        if (method == QLatin1String("methodImport")) {
            // The imported image is the disk: no storage step.
            QCOMPARE(w->currentId(), int(NewVmWizard::FinishPage));
        } else {
            QCOMPARE(w->currentId(), int(NewVmWizard::StoragePage));
            if (method == QLatin1String("methodManual"))
                child<QRadioButton>(w.get(), "diskNone")->setChecked(true);
            else
                child<QDoubleSpinBox>(w.get(), "diskSize")->setValue(1);
            QTRY_VERIFY2(nextEnabled(w.get()), qPrintable(pageError(w->storagePage())));
            w->next();
        }
        QCOMPARE(w->currentId(), int(NewVmWizard::FinishPage));
        auto *nameEdit = child<QLineEdit>(w.get(), "name");
        nameEdit->setText(name);
        const QString xml = child<QPlainTextEdit>(w.get(), "xmlPreview")->toPlainText();
        if (method == QLatin1String("methodKernel"))
            QVERIFY2(xml.contains("console=ttyS0 &lt;&amp;&gt;"), qPrintable(xml));
        if (method == QLatin1String("methodPxe"))
            QVERIFY(xml.contains("<boot dev=\"network\"/>"));
        if (method == QLatin1String("methodImport"))
            QVERIFY(xml.contains(m_disk));
        QTRY_VERIFY2(nextEnabled(w.get()), qPrintable(pageError(w->finishPage())));
        const CreationOutcome out = finish(w.get());
        QVERIFY2(out.ok, qPrintable(out.text()));
        QVERIFY(caps().hasDomainNamed(name));
    }

    void badInputBlocksNext()
    {
        VolumeCreation orphan(m_host.get(), "default", "orphan.qcow2", "qcow2", 1ull << 30);
        QSignalSpy made(&orphan, &VolumeCreation::finished);
        orphan.start();
        QVERIFY(made.wait());
        auto w = open();
        QTRY_VERIFY(w->capabilities());
        // Step 1: an ISO that does not exist (checked off the GUI thread, so it takes a moment).
        child<QLineEdit>(w.get(), "isoPath")->setText(m_dir.filePath("missing.iso"));
        QVERIFY(!nextEnabled(w.get()));
        QTRY_VERIFY2(pageError(w->sourcePage()).contains("does not exist"),
                     qPrintable(pageError(w->sourcePage())));
        QVERIFY(!nextEnabled(w.get()));
        child<QLineEdit>(w.get(), "isoPath")->setText("relative.iso");
        QVERIFY(pageError(w->sourcePage()).contains("absolute"));
        QVERIFY(!nextEnabled(w.get()));
        child<QLineEdit>(w.get(), "isoPath")->setText(m_iso);
        QTRY_VERIFY(nextEnabled(w.get()));
        QVERIFY(pageError(w->sourcePage()).isEmpty());
        w->next();
        w->next();
        // Step 3: maximum below current, topology that does not add up, memory beyond the host.
        auto *vcpus = child<QSpinBox>(w.get(), "vcpus");
        auto *maxVcpus = child<QSpinBox>(w.get(), "maxVcpus");
        vcpus->setValue(4);
        maxVcpus->setValue(2);
        QVERIFY(!nextEnabled(w.get()));
        QVERIFY(pageError(w->cpuMemoryPage()).contains("maximum vCPUs"));
        maxVcpus->setValue(6);
        QVERIFY(nextEnabled(w.get()));
        child<QCheckBox>(w.get(), "manualTopology")->setChecked(true);
        QVERIFY(nextEnabled(w.get())); // 1 socket x 6 cores x 1 thread
        child<QSpinBox>(w.get(), "threads")->setValue(2);
        QVERIFY(!nextEnabled(w.get()));
        QVERIFY(pageError(w->cpuMemoryPage()).contains("must equal the maximum vCPUs"));
        child<QSpinBox>(w.get(), "cores")->setValue(3);
        QVERIFY(nextEnabled(w.get()));
        child<QSpinBox>(w.get(), "maxMemory")->setValue(200 * 1024); // the host has 64 GiB
        QVERIFY(!nextEnabled(w.get()));
        QVERIFY(pageError(w->cpuMemoryPage()).contains("host has only"));
        child<QSpinBox>(w.get(), "maxMemory")->setValue(4096);
        child<QSpinBox>(w.get(), "memory")->setValue(8192);
        QVERIFY(!nextEnabled(w.get()));
        QVERIFY(pageError(w->cpuMemoryPage()).contains("maximum memory"));
        child<QSpinBox>(w.get(), "memory")->setValue(2048);
        QVERIFY(nextEnabled(w.get()));
        w->next();
        // Step 4: a raw disk larger than the pool's free space (64 GiB), a missing file.
        QTRY_VERIFY(w->poolsLoaded());
        child<QRadioButton>(w.get(), "formatRaw")->setChecked(true);
        child<QDoubleSpinBox>(w.get(), "diskSize")->setValue(100);
        QVERIFY(!nextEnabled(w.get()));
        QVERIFY2(pageError(w->storagePage()).contains("free"),
                 qPrintable(pageError(w->storagePage())));
        child<QRadioButton>(w.get(), "formatQcow2")->setChecked(true);
        QVERIFY(nextEnabled(w.get())); // qcow2 grows: a note, not a block
        child<QRadioButton>(w.get(), "diskExisting")->setChecked(true);
        QVERIFY(!nextEnabled(w.get()));
        child<QLineEdit>(w.get(), "existingPath")->setText(m_dir.filePath("nope.qcow2"));
        QTRY_VERIFY(pageError(w->storagePage()).contains("does not exist"));
        child<QRadioButton>(w.get(), "diskNew")->setChecked(true);
        child<QDoubleSpinBox>(w.get(), "diskSize")->setValue(1);
        w->next();
        // Step 5: names.
        auto *name = child<QLineEdit>(w.get(), "name");
        name->setText("web-frontend");
        QVERIFY(!nextEnabled(w.get()));
        QVERIFY(pageError(w->finishPage()).contains("already exists"));
        name->setText("has space");
        QVERIFY(pageError(w->finishPage()).contains("may only contain"));
        name->setText(QString(70, 'x'));
        QVERIFY(pageError(w->finishPage()).contains("too long"));
        name->clear();
        QVERIFY(pageError(w->finishPage()).contains("needs a name"));
        QVERIFY(!nextEnabled(w.get()));
        // A volume of that name is already in the pool (and no domain has the name).
        name->setText("orphan");
        QTRY_VERIFY2(pageError(w->finishPage()).contains("already has a volume"),
                     qPrintable(w->finishPage()->problem() + "|" + w->plan().volumeName + "|" +
                                QString::number(w->plan().createVolume)));
        name->setText("fine-name");
        QVERIFY(nextEnabled(w.get()));
        // Listening on all addresses warns and offers a password, masked in the preview.
        auto *listen = child<QComboBox>(w.get(), "listen");
        QVERIFY(child<QLabel>(w.get(), "listenWarning")->isHidden());
        listen->setCurrentIndex(listen->findData("0.0.0.0"));
        QVERIFY(!child<QLabel>(w.get(), "listenWarning")->isHidden());
        QVERIFY(child<QLineEdit>(w.get(), "vncPassword")->isVisible());
        child<QLineEdit>(w.get(), "vncPassword")->setText("s3cr&t");
        const QString xml = child<QPlainTextEdit>(w.get(), "xmlPreview")->toPlainText();
        QVERIFY(xml.contains("0.0.0.0"));
        QVERIFY(!xml.contains("s3cr"));
        QVERIFY(xml.contains("passwd=\"********\""));
        QCOMPARE(w->plan().spec.vncPassword, QStringLiteral("s3cr&t"));
        QVERIFY(nextEnabled(w.get()));
        // Nothing was created by walking the pages.
        QVERIFY(!caps().hasDomainNamed("fine-name"));
        QVERIFY(!volumes().contains("fine-name.qcow2"));
    }

    void typedZeroVcpusIsSaid()
    {
        auto w = open();
        QTRY_VERIFY(w->capabilities());
        child<QLineEdit>(w.get(), "isoPath")->setText(m_iso);
        QTRY_VERIFY(nextEnabled(w.get()));
        w->next();
        w->next();
        QCOMPARE(w->currentId(), int(NewVmWizard::CpuMemoryPage));
        auto *vcpus = child<QSpinBox>(w.get(), "vcpus");
        const int before = vcpus->value();
        vcpus->setFocus();
        vcpus->selectAll();
        QTest::keyClicks(vcpus, "0");
        QTest::keyClick(vcpus, Qt::Key_Return);
        auto *warning = child<QLabel>(w.get(), "warningLabel");
        QTRY_VERIFY2(
            warning->text().contains(
                QStringLiteral("0 is not possible here (1 to 4096); it stays at %1").arg(before)),
            qPrintable(warning->text()));
        QVERIFY(!warning->isHidden());
        QCOMPARE(vcpus->value(), before);
        // The next change clears it.
        vcpus->setValue(before + 1);
        QVERIFY(!warning->text().contains("not possible"));
    }

    void nameProblemShowsOnce()
    {
        // A bad name is said once on the Finish page: not also in place of the XML preview.
        auto w = open();
        walkIsoToFinish(w.get(), "fine");
        child<QLineEdit>(w.get(), "name")->setText("has space");
        const QString problem = w->finishPage()->problem();
        QVERIFY(problem.contains("may only contain"));
        int shown = 0;
        for (QLabel *l : w->finishPage()->findChildren<QLabel *>())
            if (l->isVisible() && l->text().contains(problem))
                ++shown;
        const QString preview = child<QPlainTextEdit>(w.get(), "xmlPreview")->toPlainText();
        QVERIFY2(!preview.contains(problem), qPrintable(preview));
        QCOMPARE(shown, 1);
        QVERIFY(preview.contains("once the problem below is solved"));
    }

    void virtInstallLineBesideTheXml()
    {
        // Issue 17: the same domain as a virt-install command, from the same spec, following
        // the fields (its equality with the XML is proven by tst_wizardvirtinstall on a host).
        auto w = open();
        walkIsoToFinish(w.get(), "fine");
        auto *line = child<QPlainTextEdit>(w.get(), "virtInstallPreview");
        const QString text = line->toPlainText();
        QVERIFY2(text.startsWith("virt-install --connect "), qPrintable(text));
        QVERIFY(text.contains(" --name fine "));
        QVERIFY(text.contains(",device=cdrom,"));
        QVERIFY(text.contains("--graphics vnc,listen="));
        child<QLineEdit>(w.get(), "name")->setText("lesson-2");
        QTRY_VERIFY(line->toPlainText().contains(" --name lesson-2 "));
        // No line for a spec with a problem (the page says what it is).
        child<QLineEdit>(w.get(), "name")->setText("has space");
        QTRY_VERIFY(line->toPlainText().isEmpty());
    }

    void everyFieldHasAName()
    {
        // What a screen reader says for each field, on every page and panel (shown or not): Qt
        // names a field after its label only when both share a parent, and the path fields and
        // the network choice sit in rows of their own.
        auto w = open();
        QStringList nameless;
        for (QWidget *field : w->findChildren<QWidget *>()) {
            if (!qobject_cast<QLineEdit *>(field) && !qobject_cast<QComboBox *>(field) &&
                !qobject_cast<QAbstractSpinBox *>(field) && !qobject_cast<QAbstractButton *>(field))
                continue;
            if (field->parentWidget() && qobject_cast<QAbstractSpinBox *>(field->parentWidget()))
                continue; // a spin box's own line edit
            if (field->objectName().startsWith(QLatin1String("qt_")))
                continue; // Qt's own parts (the wizard's button box names itself)
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(field);
            if (a && a->text(QAccessible::Name).trimmed().isEmpty())
                nameless << QStringLiteral("%1 '%2'").arg(field->metaObject()->className(),
                                                          field->objectName());
        }
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1String(", "))));
    }

    void failureAtVolumeCreationLeavesNothing()
    {
        auto w = open();
        walkIsoToFinish(w.get(), "failvol");
        // The pool changes after the wizard looked: the volume name is taken now.
        VolumeCreation other(m_host.get(), "default", "failvol.qcow2", "qcow2", 1ull << 30);
        QSignalSpy made(&other, &VolumeCreation::finished);
        other.start();
        QVERIFY(made.wait());
        const CreationOutcome out = finish(w.get());
        QVERIFY(!out.ok);
        QCOMPARE(out.failedStep, CreationStep::CreateVolume);
        QVERIFY(w->isVisible()); // stays open with the reason
        QVERIFY2(pageError(w->finishPage()).contains("Creating the disk volume"),
                 qPrintable(pageError(w->finishPage())));
        QVERIFY(!caps().hasDomainNamed("failvol"));
        QVERIFY(volumes().contains("failvol.qcow2")); // the other one, untouched
        QVERIFY(logged(QStringLiteral("Could not create 'failvol' on"), true));
    }

    void failureAtDefineLeavesNothing()
    {
        auto w = open();
        walkIsoToFinish(w.get(), "faildef");
        // Another client defines a domain of that name after the wizard looked.
        bool defined = false;
        DomainActions::defineXml(
            m_host.get(),
            "<domain type='test'><name>faildef</name><memory unit='MiB'>64</memory>"
            "<vcpu>1</vcpu><os><type arch='i686'>hvm</type></os></domain>",
            this, [&](Result<QString> r) { defined = r.ok(); });
        QTRY_VERIFY(defined);
        const CreationOutcome out = finish(w.get());
        QVERIFY(!out.ok);
        QCOMPARE(out.failedStep, CreationStep::Define);
        QVERIFY2(pageError(w->finishPage()).contains("Defining the virtual machine"),
                 qPrintable(pageError(w->finishPage())));
        QVERIFY(pageError(w->finishPage()).contains("faildef.qcow2' was deleted"));
        QVERIFY(!volumes().contains("faildef.qcow2"));
    }

    void failureAtStartLeavesNothing()
    {
        auto w = open();
        walkIsoToFinish(w.get(), "failstart");
        // Someone starts the new domain between define and start: the wizard's start fails.
        connect(w.get(), &NewVmWizard::creationStepFinished, this, [this](CreationStep step) {
            if (step == CreationStep::Define)
                DomainActions::performAction(m_host.get(), {QStringLiteral("failstart")},
                                             DomainAction::Start);
        });
        const CreationOutcome out = finish(w.get());
        QVERIFY(!out.ok);
        QCOMPARE(out.failedStep, CreationStep::Start);
        QVERIFY2(pageError(w->finishPage()).contains("Starting the virtual machine"),
                 qPrintable(pageError(w->finishPage())));
        QVERIFY(!caps().hasDomainNamed("failstart"));
        QVERIFY(!volumes().contains("failstart.qcow2"));
        // After the failure the user can try again; this time it works.
        disconnect(w.get(), &NewVmWizard::creationStepFinished, this, nullptr);
        QTRY_VERIFY(nextEnabled(w.get()));
        const CreationOutcome again = finish(w.get());
        QVERIFY2(again.ok, qPrintable(again.text()));
        QVERIFY(caps().hasDomainNamed("failstart"));
    }

    void cancelDuringCreationRollsBack()
    {
        auto w = open();
        walkIsoToFinish(w.get(), "cancelme");
        QSignalSpy done(w.get(), &NewVmWizard::creationFinished);
        w->button(QWizard::FinishButton)->click();
        QVERIFY(w->isCreating());
        QVERIFY(!w->button(QWizard::FinishButton)->isEnabled());
        w->button(QWizard::CancelButton)->click(); // asks the creator to stop and undo
        QVERIFY(w->isVisible());
        QTRY_VERIFY(!done.isEmpty());
        const auto out = done.first().first().value<CreationOutcome>();
        QVERIFY(out.cancelled);
        QVERIFY(w->isVisible()); // says what was undone; a second Cancel closes
        QVERIFY2(pageError(w->finishPage()).contains("cancelled"),
                 qPrintable(pageError(w->finishPage())));
        QVERIFY(!caps().hasDomainNamed("cancelme"));
        QVERIFY(!volumes().contains("cancelme.qcow2"));
        w->button(QWizard::CancelButton)->click();
        QVERIFY(!w->isVisible());
    }

    void destroyedMidCreationStillRollsBack()
    {
        auto w = open();
        walkIsoToFinish(w.get(), "orphaned");
        w->button(QWizard::FinishButton)->click();
        QVERIFY(w->isCreating());
        w.reset(); // the application quits with the wizard open
        // The creator finishes its rollback on its own: nothing is left once it is done.
        QTRY_VERIFY(m_host->findChildren<VmCreator *>().isEmpty());
        QVERIFY(!caps().hasDomainNamed("orphaned"));
        QVERIFY(!volumes().contains("orphaned.qcow2"));
    }

    void openConsoleIsTheUsersChoiceAndRemembered()
    {
        {
            auto w = open();
            walkIsoToFinish(w.get(), "noconsole");
            auto *box = child<QCheckBox>(w.get(), "openConsole");
            QVERIFY(box->isChecked() && box->isEnabled());
            // Nothing starts: nothing to open.
            child<QCheckBox>(w.get(), "startAfter")->setChecked(false);
            QVERIFY(!box->isEnabled());
            child<QCheckBox>(w.get(), "startAfter")->setChecked(true);
            QVERIFY(box->isEnabled());
            box->setChecked(false);
            QSignalSpy console(w.get(), &NewVmWizard::consoleRequested);
            const CreationOutcome out = finish(w.get());
            QVERIFY2(out.ok, qPrintable(out.text()));
            QVERIFY(console.isEmpty());
        }
        // The next wizard remembers the choice.
        auto again = open();
        QVERIFY(!child<QCheckBox>(again.get(), "openConsole")->isChecked());
        child<QCheckBox>(again.get(), "openConsole")->setChecked(true);
    }

    void customizeBeforeInstallDefinesWithoutStarting()
    {
        auto w = open();
        walkIsoToFinish(w.get(), "custom");
        child<QCheckBox>(w.get(), "customize")->setChecked(true);
        QVERIFY(!child<QCheckBox>(w.get(), "startAfter")->isEnabled());
        QSignalSpy customize(w.get(), &NewVmWizard::customizeRequested);
        QSignalSpy console(w.get(), &NewVmWizard::consoleRequested);
        QVERIFY(!child<QCheckBox>(w.get(), "openConsole")->isEnabled());
        const CreationOutcome out = finish(w.get());
        QVERIFY2(out.ok, qPrintable(out.text()));
        QCOMPARE(customize.size(), 1);
        QVERIFY(console.isEmpty()); // the details open instead
        QCOMPARE(customize.first().at(1).toString(), out.uuid);
        bool got = false;
        bool running = true;
        DomainActions::fetchDomainXml(m_host.get(), out.uuid, {}, this, [&](Result<QString> r) {
            got = true;
            running = r && r.value().contains(QRegularExpression("<domain[^>]* id='"));
        });
        QTRY_VERIFY(got);
        QVERIFY(!running); // defined, not started
    }
};

int main(int argc, char **argv)
{
    Vireo::prepareProcess(); // before the application object exists
    QApplication app(argc, argv);
    TestNewVmWizard test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_newvmwizard.moc"
