// SPDX-License-Identifier: GPL-2.0-or-later
// The domain details window on libvirt's test driver (a private copy of the demo host): the pages
// show what the domain reports, slider moves reach libvirt with the right flags, failures revert
// the slider with the message, charts receive samples, XML edits are validated.
#include "core/domain/domainactions.h"
#include "core/domain/domaincontrol.h"
#include "core/domain/domainxml.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"
#include "ui/common/domainactionset.h"
#include "ui/details/domainbootpage.h"
#include "ui/details/domaincontext.h"
#include "ui/details/domaincpupage.h"
#include "ui/details/domaindevicespage.h"
#include "ui/details/domainmemorypage.h"
#include "ui/details/domainoverviewpage.h"
#include "ui/details/domainperformancepage.h"
#include "ui/details/domainwindow.h"
#include "ui/details/domainxmlpage.h"
#include "widgets/perfchart.h"
#include "widgets/resourceslider.h"

#include "tests/support/demodetails.h"
#include "tests/support/demohost.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>
#include <optional>

using namespace Vireo;
using namespace VireoTest;

// Every control a user can reach by keyboard has a name for assistive technology (its own, a
// label's buddy, or a button's text).
static QStringList unnamedControls(QWidget *root)
{
    QSet<const QWidget *> buddied;
    for (QLabel *l : root->findChildren<QLabel *>()) {
        if (l->buddy())
            buddied.insert(l->buddy());
    }
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool control =
            qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSlider *>(w) ||
            qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w) ||
            qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractButton *>(w);
        if (!control || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue; // a spin box's own line edit
        if (!w->accessibleName().isEmpty() || buddied.contains(w))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().isEmpty())
            continue;
        out.append(QStringLiteral("%1 (%2)").arg(
            QString::fromLatin1(w->metaObject()->className()),
            w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className())
                              : QString()));
    }
    return out;
}

class TestDomainWindow : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    QPointer<DomainWindow> m_window;

    // Reads something through core, on the worker, and waits for the answer.

    DomainControl::VcpuCounts vcpus(const QString &uuid)
    {
        auto r = ask<Result<DomainControl::VcpuCounts>>([&](QObject *ctx, auto done) {
            DomainControl::fetchVcpuCounts(m_session.get(), uuid, ctx, done);
        });
        return r && r->ok() ? r->value() : DomainControl::VcpuCounts{};
    }

    DomainDescription xml(const QString &uuid, bool inactive)
    {
        auto r = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::fetchDomainXml(m_session.get(), uuid, {.inactive = inactive}, ctx, done);
        });
        if (!r || !r->ok())
            return {};
        auto parsed = parseDomainXml(r->value());
        return parsed ? parsed.value() : DomainDescription{};
    }

    DomainWindow *open(const QString &uuid)
    {
        m_window = openDetails(m_session.get(), uuid);
        return m_window;
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

    void oneWindowPerDomain()
    {
        DomainWindow *w = open(kWeb);
        QVERIFY(w);
        QCOMPARE(DomainWindow::showFor(m_session.get(), kWeb), w);
        QCOMPARE(DomainWindow::showFor(m_session.get(), kWeb.toUpper()), w);
        QCOMPARE(DomainWindow::find(m_session.get(), kWeb), w);
        QCOMPARE(w->pageTitles(),
                 QStringList({QStringLiteral("Overview"), QStringLiteral("Performance"),
                              QStringLiteral("CPUs"), QStringLiteral("Memory"),
                              QStringLiteral("Boot options"), QStringLiteral("Devices"),
                              QStringLiteral("Snapshots"), QStringLiteral("XML")}));
        auto *extra = new QLabel(QStringLiteral("console"));
        w->addPage(QStringLiteral("Console"), extra);
        QVERIFY(w->showPage(QStringLiteral("Console")));
        QCOMPARE(w->currentPage(), extra);
        QVERIFY(w->windowTitle().contains(QLatin1String("web-frontend")));
        delete w;
        QVERIFY(!DomainWindow::find(m_session.get(), kWeb));
    }

    void everyControlIsNamed()
    {
        DomainWindow *w = open(kWeb);
        QVERIFY(w);
        QTRY_VERIFY(w->devicesPage()->tree()->topLevelItemCount() > 0);
        const QStringList unnamed = unnamedControls(w);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        // The check itself sees an unnamed field.
        QWidget probe;
        new QLineEdit(&probe);
        QCOMPARE(unnamedControls(&probe).size(), 1);
    }

    void windowGoesWithTheSession()
    {
        DomainWindow *w = open(kWeb);
        QVERIFY(w);
        QPointer<DomainWindow> guard(w);
        ResourceSlider *slider = w->cpuPage()->slider();
        QTRY_COMPARE(slider->maximum(), 4);
        slider->setApplyDelay(50);
        QTest::keyClick(slider->slider(), Qt::Key_Right); // an apply waiting on its timer
        m_session.reset();
        QVERIFY(!w->cpuPage());
        QTRY_VERIFY(guard.isNull()); // closed and deleted, with the slider's pending timer
    }

    void cpuPageShowsReportedCounts()
    {
        DomainWindow *w = open(kWeb);
        QVERIFY(w);
        ResourceSlider *slider = w->cpuPage()->slider();
        QTRY_COMPARE(slider->maximum(), 4);
        QCOMPARE(slider->minimum(), 1);
        QCOMPARE(slider->reportedValue(), 2);
        QCOMPARE(slider->value(), 2);
        QVERIFY(w->cpuPage()->reportedLabel()->text().contains(QLatin1String("2 of at most 4")));
        // The maximum is changed only while shut off.
        QVERIFY(!w->cpuPage()->maximumBox()->isEnabled());
        QVERIFY(!w->cpuPage()->applyMaximumButton()->isEnabled());
    }

    void cpuKeyboardHotAddsLiveOnly()
    {
        DomainWindow *w = open(kWeb);
        QVERIFY(w);
        ResourceSlider *slider = w->cpuPage()->slider();
        QTRY_COMPARE(slider->maximum(), 4);
        slider->setApplyDelay(10);
        QVERIFY(!w->cpuPage()->alsoAfterRestart()->isChecked());
        QTest::keyClick(slider->slider(), Qt::Key_Right);
        QTRY_VERIFY(!slider->isPending() && slider->reportedValue() == 3);
        const auto counts = vcpus(kWeb);
        QCOMPARE(counts.liveCurrent, 3);   // AFFECT_LIVE
        QCOMPARE(counts.configCurrent, 2); // not AFFECT_CONFIG
        QCOMPARE(slider->value(), 3);
        QVERIFY(slider->errorText().isEmpty());
    }

    void cpuAlsoAfterRestartChangesTheDefinition()
    {
        DomainWindow *w = open(kWeb);
        QVERIFY(w);
        ResourceSlider *slider = w->cpuPage()->slider();
        QTRY_COMPARE(slider->maximum(), 4);
        slider->setApplyDelay(10);
        w->cpuPage()->alsoAfterRestart()->setChecked(true);
        slider->setValueFromUser(4);
        QTRY_VERIFY(!slider->isPending() && slider->reportedValue() == 4);
        const auto counts = vcpus(kWeb);
        QCOMPARE(counts.liveCurrent, 4);
        QCOMPARE(counts.configCurrent, 4); // AFFECT_LIVE | AFFECT_CONFIG
        // Lowering live works on this driver; the count shown is the reported one.
        slider->setValueFromUser(1);
        QTRY_VERIFY(!slider->isPending() && slider->reportedValue() == 1);
        QCOMPARE(vcpus(kWeb).liveCurrent, 1);
    }

    void cpuRefusedChangeRevertsWithTheReason()
    {
        DomainWindow *w = open(kWeb);
        QVERIFY(w);
        ResourceSlider *slider = w->cpuPage()->slider();
        QTRY_COMPARE(slider->maximum(), 4);
        slider->setApplyDelay(10);
        // Force a request above the domain's maximum: libvirt refuses it.
        slider->setRange(1, 6);
        slider->setValueFromUser(6);
        QTRY_VERIFY(!slider->errorText().isEmpty());
        QVERIFY(!slider->isPending());
        QCOMPARE(slider->value(), 2);
        QVERIFY2(slider->errorText().contains(QLatin1String("more than the maximum of 4")),
                 qPrintable(slider->errorText()));
        QVERIFY2(slider->errorText().contains(QLatin1String("exceeds maximum")),
                 qPrintable(slider->errorText())); // libvirt's own words are kept
        QCOMPARE(vcpus(kWeb).liveCurrent, 2);
        QTRY_COMPARE(slider->maximum(), 4); // the page re-reads the real range
    }

    void cpuTypedZeroIsSaidNotSilentlyChanged()
    {
        DomainWindow *w = open(kWeb);
        QVERIFY(w);
        ResourceSlider *slider = w->cpuPage()->slider();
        QTRY_COMPARE(slider->maximum(), 4);
        slider->setApplyDelay(10);
        QSpinBox *spin = slider->spinBox();
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("0"));
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_VERIFY2(slider->errorText().contains(QLatin1String(
                         "0 vCPUs is below the minimum of 1 vCPU; it stays at 2 vCPUs")),
                     qPrintable(slider->errorText()));
        QCOMPARE(slider->value(), 2);
        QVERIFY(!slider->isPending());
        QCOMPARE(vcpus(kWeb).liveCurrent, 2); // nothing was sent

        // The maximum of a shut-off domain says so too.
        DomainWindow *off = open(kWin);
        QVERIFY(off);
        QSpinBox *maximum = off->cpuPage()->maximumBox();
        QTRY_VERIFY(maximum->isEnabled());
        QTRY_COMPARE(maximum->value(), 4);
        maximum->setFocus();
        maximum->selectAll();
        QTest::keyClicks(maximum, QStringLiteral("0"));
        QTest::keyClick(maximum, Qt::Key_Return);
        QTRY_VERIFY2(off->cpuPage()->maximumStatus()->text().contains(
                         QLatin1String("Maximum vCPUs: 0 is not possible (1 to 4096); it stays "
                                       "at 4.")),
                     qPrintable(off->cpuPage()->maximumStatus()->text()));
        QCOMPARE(maximum->value(), 4);
        delete off;
    }

    void cpuShutOffDomainChangesTheDefinitionAndMaximum()
    {
        DomainWindow *w = open(kWin);
        QVERIFY(w);
        DomainCpuPage *page = w->cpuPage();
        QTRY_COMPARE(page->slider()->maximum(), 4);
        QCOMPARE(page->slider()->reportedValue(), 4);
        QVERIFY(!page->alsoAfterRestart()->isEnabled());
        QVERIFY(page->maximumBox()->isEnabled());
        page->slider()->setApplyDelay(10);
        page->slider()->setValueFromUser(2);
        QTRY_VERIFY(!page->slider()->isPending() && page->slider()->reportedValue() == 2);
        QCOMPARE(vcpus(kWin).configCurrent, 2);
        page->maximumBox()->setValue(8);
        page->applyMaximumButton()->click();
        QTRY_COMPARE(vcpus(kWin).configMaximum, 8);
        QTRY_COMPARE(page->slider()->maximum(), 8);
        QCOMPARE(vcpus(kWin).configCurrent, 2);

        // A topology: the maximum follows sockets × cores × threads.
        page->manualTopology()->setChecked(true);
        QVERIFY(page->socketsBox()->isEnabled());
        QVERIFY(!page->maximumBox()->isEnabled());
        page->socketsBox()->setValue(1);
        page->coresBox()->setValue(3);
        page->threadsBox()->setValue(2);
        QCOMPARE(page->maximumBox()->value(), 6);
        page->applyMaximumButton()->click();
        QTRY_COMPARE(xml(kWin, true).cores, 3);
        const DomainDescription d = xml(kWin, true);
        QCOMPARE(d.sockets, 1);
        QCOMPARE(d.threads, 2);
        QCOMPARE(d.vcpuMaximum, 6);
        QTRY_COMPARE(page->slider()->maximum(), 6);
        QVERIFY2(page->maximumStatus()->text().isEmpty(),
                 qPrintable(page->maximumStatus()->text()));
    }

    void cpuMaximumAndTopologyOnlyWhileShutOff()
    {
        DomainWindow *w = open(kWeb);
        QVERIFY(w);
        DomainCpuPage *page = w->cpuPage();
        QTRY_COMPARE(page->slider()->maximum(), 4);
        QVERIFY(!page->manualTopology()->isEnabled());
        QVERIFY(!page->socketsBox()->isEnabled());
        QVERIFY(!page->maximumBox()->isEnabled());
    }

    void memoryPageShowsTargetAndActual()
    {
        DomainWindow *w = open(kWeb);
        QVERIFY(w);
        DomainMemoryPage *page = w->memoryPage();
        ResourceSlider *slider = page->slider();
        QTRY_COMPARE(slider->maximum(), 4096);
        QCOMPARE(slider->minimum(), DomainMemoryPage::safeMinimumMiB(4096));
        QCOMPARE(slider->minimum(), 512);
        QCOMPARE(slider->reportedValue(), 2048);
        QCOMPARE(page->targetLabel()->text(), QStringLiteral("2 GiB"));
        QTRY_COMPARE(page->actualKiB(), 2048 * 1024); // from the balloon statistics
        QCOMPARE(page->actualLabel()->text(), QStringLiteral("2 GiB"));
        QVERIFY(!page->maximumBox()->isEnabled());
        // The page asked for balloon statistics.
        QTRY_COMPARE(xml(kWeb, false).balloonStatsPeriod, DomainMemoryPage::statsPeriodSeconds);
    }

    void memoryPageShowsTheTargetOnce()
    {
        // The target is the big figure; the slider beside it has its exact value in the spin box
        // and no second "2 GiB" of its own.
        DomainWindow *w = open(kWeb);
        QVERIFY(w);
        DomainMemoryPage *page = w->memoryPage();
        w->showPage(QStringLiteral("Memory"));
        QTRY_COMPARE(page->slider()->reportedValue(), 2048);
        QCOMPARE(page->targetLabel()->text(), QStringLiteral("2 GiB"));
        QStringList shown;
        for (QLabel *l : page->findChildren<QLabel *>())
            if (l->isVisible() && l != page->actualLabel() && l->text() == u"2 GiB")
                shown << l->accessibleName();
        QCOMPARE(shown, QStringList{page->targetLabel()->accessibleName()});
    }

    void memoryKeyboardMovesTheBalloonLive()
    {
        DomainWindow *w = open(kWeb);
        QVERIFY(w);
        DomainMemoryPage *page = w->memoryPage();
        ResourceSlider *slider = page->slider();
        QTRY_COMPARE(slider->maximum(), 4096);
        slider->setApplyDelay(10);
        QTest::keyClick(slider->slider(), Qt::Key_PageDown); // 512 MiB less
        QTRY_VERIFY(!slider->isPending() && slider->reportedValue() == 1536);
        QCOMPARE(w->context()->balloonTargetKiB(), 1536 * 1024);
        QCOMPARE(xml(kWeb, false).currentMemoryKiB, 1536ull * 1024); // live
        QCOMPARE(xml(kWeb, true).currentMemoryKiB, 2048ull * 1024);  // definition untouched
        QTRY_COMPARE(page->actualKiB(), 1536 * 1024);
        QCOMPARE(page->targetLabel()->text(), QStringLiteral("1.5 GiB"));
        QVERIFY(!page->guestSeemsWithoutDriver());

        page->alsoAfterRestart()->setChecked(true);
        slider->setValueFromUser(1024);
        QTRY_VERIFY2(!slider->isPending() && slider->reportedValue() == 1024,
                     qPrintable(slider->errorText()));
        QCOMPARE(xml(kWeb, true).currentMemoryKiB, 1024ull * 1024); // AFFECT_CONFIG too
    }

    void memoryRefusedChangeReverts()
    {
        DomainWindow *w = open(kWeb);
        QVERIFY(w);
        ResourceSlider *slider = w->memoryPage()->slider();
        QTRY_COMPARE(slider->maximum(), 4096);
        slider->setApplyDelay(10);
        slider->setRange(512, 8192);
        slider->setValueFromUser(8000); // above the maximum memory
        QTRY_VERIFY(!slider->errorText().isEmpty());
        QCOMPARE(slider->value(), 2048);
        QCOMPARE(w->context()->balloonTargetKiB(), 2048 * 1024);
        QCOMPARE(xml(kWeb, false).currentMemoryKiB, 2048ull * 1024);
    }

    void memoryShutOffChangesDefinitionAndMaximum()
    {
        DomainWindow *w = open(kWin);
        QVERIFY(w);
        DomainMemoryPage *page = w->memoryPage();
        QTRY_COMPARE(page->slider()->maximum(), 8192);
        QVERIFY(page->maximumBox()->isEnabled());
        QCOMPARE(page->actualLabel()->text(), QStringLiteral("not running"));
        page->maximumBox()->setValue(4096);
        page->applyMaximumButton()->click();
        QTRY_COMPARE(page->slider()->maximum(), 4096);
        QCOMPARE(xml(kWin, true).memoryKiB, 4096ull * 1024);
        page->slider()->setApplyDelay(10);
        page->slider()->setValueFromUser(3000);
        QTRY_VERIFY(!page->slider()->isPending() && page->slider()->reportedValue() == 3000);
        QCOMPARE(xml(kWin, true).currentMemoryKiB, 3000ull * 1024);
    }

    void performanceChartsReceiveTheHostTick()
    {
        DomainWindow *w = open(kWeb);
        QVERIFY(w);
        DomainPerformancePage *perf = w->performancePage();
        m_session->setStatsInterval(100);
        // The test driver reports state only; the memory chart's target series still moves.
        QTRY_VERIFY(perf->memoryChart()->points(1).size() >= 2);
        QCOMPARE(perf->memoryChart()->lastValue(1), 2048.0);
        m_session->setStatsInterval(0);

        // A QEMU-like sample reaches every chart in its unit.
        DomainStats s;
        s.uuid = kWeb;
        s.state = DomainState::Running;
        s.timestampMs = QDateTime::currentMSecsSinceEpoch() + 10000;
        s.cpuPercent = 42;
        s.balloonCurrentKiB = 1024 * 1024;
        s.blockReadRate = 2048;
        s.blockWriteRate = 1024;
        s.netRxRate = 512;
        s.netTxRate = 0;
        Q_EMIT m_session->statsUpdated({s});
        QCOMPARE(perf->cpuChart()->lastValue(0), 42.0);
        QCOMPARE(perf->memoryChart()->lastValue(0), 1024.0);
        QCOMPARE(perf->diskChart()->lastValue(0), 2.0);
        QCOMPARE(perf->diskChart()->lastValue(1), 1.0);
        QCOMPARE(perf->networkChart()->lastValue(0), 0.5);
        QCOMPARE(perf->networkChart()->lastValue(1), 0.0);
        // Another domain's sample is not ours.
        s.uuid = kWin;
        s.timestampMs += 2000;
        s.cpuPercent = 99;
        Q_EMIT m_session->statsUpdated({s});
        QCOMPARE(perf->cpuChart()->lastValue(0), 42.0);
    }

    void overviewShowsAndEditsTitleAndDescription()
    {
        DomainWindow *w = open(kWeb);
        QVERIFY(w);
        DomainOverviewPage *o = w->overviewPage();
        QTRY_COMPARE(o->fieldText(QStringLiteral("Name")), QStringLiteral("web-frontend"));
        QCOMPARE(o->fieldText(QStringLiteral("UUID")), kWeb);
        QCOMPARE(o->fieldText(QStringLiteral("State")), QStringLiteral("Running"));
        QCOMPARE(o->fieldText(QStringLiteral("Hypervisor")), QStringLiteral("test"));
        QCOMPARE(o->fieldText(QStringLiteral("Firmware")), QStringLiteral("BIOS"));
        QCOMPARE(o->descriptionEdit()->toPlainText(),
                 QStringLiteral("Nginx and the public web site"));
        QVERIFY(!o->applyButton()->isEnabled());
        o->titleEdit()->setFocus();
        QTest::keyClicks(o->titleEdit(), QStringLiteral("Public web"));
        QVERIFY(o->applyButton()->isEnabled());
        o->descriptionEdit()->setPlainText(QStringLiteral("Nginx\nsecond line"));
        o->applyButton()->click();
        QTRY_VERIFY(!o->applyButton()->isEnabled());
        QTRY_COMPARE(xml(kWeb, false).title, QStringLiteral("Public web"));
        QCOMPARE(xml(kWeb, true).title, QStringLiteral("Public web"));
        QCOMPARE(xml(kWeb, true).description, QStringLiteral("Nginx\nsecond line"));
        QVERIFY(o->statusLabel()->text().isEmpty());
    }

    void overviewAutostart()
    {
        DomainWindow *w = open(kWin);
        QVERIFY(w);
        QCheckBox *box = w->overviewPage()->autostartBox();
        QTRY_VERIFY(box->isEnabled());
        QVERIFY(!box->isChecked());
        box->click();
        QTRY_VERIFY(w->context()->info().autostart);
        QTRY_VERIFY(w->bootPage()->autostartBox()->isChecked());
    }

    void xmlInvalidEditChangesNothing()
    {
        DomainWindow *w = open(kWin);
        QVERIFY(w);
        DomainXmlPage *page = w->xmlPage();
        QTRY_VERIFY(page->editor()->toPlainText().contains(QLatin1String("win11-desktop")));
        const QString original = page->editor()->toPlainText();

        // Not well-formed: caught before libvirt.
        page->editor()->setPlainText(original.left(original.size() / 2));
        QVERIFY(page->applyButton()->isEnabled());
        page->applyButton()->click();
        QVERIFY(page->statusLabel()->text().contains(QLatin1String("line")));

        // A changed UUID would define a second domain: refused.
        QString otherUuid = original;
        otherUuid.replace(kWin, QStringLiteral("11111111-2222-3333-4444-555555555555"));
        page->editor()->setPlainText(otherUuid);
        page->applyButton()->click();
        QVERIFY(page->statusLabel()->text().contains(QLatin1String("must stay")));

        // Well-formed but invalid for libvirt: its error, nothing changed.
        QString invalid = original;
        invalid.replace(QStringLiteral("<vcpu placement='static'>4</vcpu>"),
                        QStringLiteral("<vcpu placement='static'>many</vcpu>"));
        QVERIFY(invalid != original);
        page->editor()->setPlainText(invalid);
        page->applyButton()->click();
        QTRY_VERIFY(page->statusLabel()->text().contains(QLatin1String("Not applied")));
        QCOMPARE(xml(kWin, true).vcpuMaximum, 4);
        QVERIFY(page->isEdited()); // the text stays for the user to fix
    }

    void xmlValidEditIsApplied()
    {
        DomainWindow *w = open(kWin);
        QVERIFY(w);
        DomainXmlPage *page = w->xmlPage();
        QTRY_VERIFY(page->editor()->toPlainText().contains(QLatin1String("win11-desktop")));
        QString edited = page->editor()->toPlainText();
        edited.replace(QRegularExpression(QStringLiteral("<memory unit='KiB'>\\d+</memory>")),
                       QStringLiteral("<memory unit='KiB'>6291456</memory>"));
        edited.replace(
            QRegularExpression(QStringLiteral("<currentMemory unit='KiB'>\\d+</currentMemory>")),
            QStringLiteral("<currentMemory unit='KiB'>6291456</currentMemory>"));
        page->editor()->setPlainText(edited);
        QSignalSpy applied(page, &DomainXmlPage::applied);
        page->applyButton()->click();
        QVERIFY2(applied.wait(10000), qPrintable(page->statusLabel()->text()));
        QCOMPARE(xml(kWin, true).memoryKiB, 6291456ull);
        QVERIFY(!page->isEdited());
        QTRY_COMPARE(w->memoryPage()->slider()->maximum(), 6144);
    }

    void bootOptionsApply()
    {
        DomainWindow *w = open(kWin);
        QVERIFY(w);
        DomainBootPage *boot = w->bootPage();
        QTRY_COMPARE(boot->editedOptions().bootDevices, QStringList{QStringLiteral("hd")});
        // Network first, then the disk; direct kernel boot.
        QListWidget *list = boot->deviceList();
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == u"network")
                list->item(i)->setCheckState(Qt::Checked);
        }
        const BootOptions edited = boot->editedOptions();
        QCOMPARE(edited.bootDevices,
                 QStringList({QStringLiteral("hd"), QStringLiteral("network")}));
        BootOptions wanted;
        wanted.bootDevices = {QStringLiteral("network"), QStringLiteral("hd")};
        wanted.kernel = QStringLiteral("/boot/vmlinuz");
        wanted.cmdline = QStringLiteral("console=ttyS0");
        boot->showOptions(wanted);
        boot->kernelEdit()->setFocus();
        QTest::keyClick(boot->kernelEdit(), Qt::Key_End);
        QTest::keyClicks(boot->kernelEdit(), QStringLiteral("-6.1"));
        QVERIFY(boot->applyButton()->isEnabled());
        boot->applyButton()->click();
        QTRY_VERIFY(!boot->applyButton()->isEnabled());
        QTRY_COMPARE(xml(kWin, true).boot.kernel, QStringLiteral("/boot/vmlinuz-6.1"));
        const DomainDescription d = xml(kWin, true);
        QCOMPARE(d.boot.bootDevices, wanted.bootDevices);
        QCOMPARE(d.boot.cmdline, QStringLiteral("console=ttyS0"));

        // An initrd without a kernel is refused before anything changes.
        BootOptions bad;
        bad.initrd = QStringLiteral("/boot/initrd.img");
        boot->showOptions(bad);
        QTest::keyClicks(boot->cmdlineEdit(), QStringLiteral("quiet"));
        boot->applyButton()->click();
        QTRY_VERIFY(boot->statusLabel()->text().contains(QLatin1String("kernel")));
        QCOMPARE(xml(kWin, true).boot.kernel, QStringLiteral("/boot/vmlinuz-6.1"));
    }

    void bootMenuIsAnOption()
    {
        DomainWindow *w = open(kWin);
        QVERIFY(w);
        DomainBootPage *boot = w->bootPage();
        QTRY_COMPARE(boot->editedOptions().bootDevices, QStringList{QStringLiteral("hd")});
        QVERIFY(!boot->bootMenuBox()->isChecked());
        QVERIFY(!boot->applyButton()->isEnabled());
        boot->bootMenuBox()->click();
        QVERIFY(boot->applyButton()->isEnabled());
        boot->applyButton()->click();
        QTRY_VERIFY(xml(kWin, true).boot.bootMenu);
        auto raw = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::fetchDomainXml(m_session.get(), kWin, {.inactive = true}, ctx, done);
        });
        QVERIFY(raw && raw->ok());
        QVERIFY2(raw->value().contains(QLatin1String("<bootmenu enable='yes'/>")),
                 qPrintable(raw->value()));
        QTRY_VERIFY(!boot->applyButton()->isEnabled());
        QTRY_VERIFY(boot->bootMenuBox()->isChecked()); // read back from the definition

        // And off again: the element goes.
        boot->bootMenuBox()->click();
        boot->applyButton()->click();
        QTRY_VERIFY(!xml(kWin, true).boot.bootMenu);
        QCOMPARE(xml(kWin, true).boot.bootDevices, QStringList{QStringLiteral("hd")});
    }

    void bootMenuKeepsItsTimeout()
    {
        const QString withMenu = QStringLiteral(
            "<domain type='test'><name>menu-guest</name><memory unit='MiB'>64</memory>"
            "<vcpu>1</vcpu><os><type arch='x86_64'>hvm</type><boot dev='hd'/>"
            "<bootmenu enable='yes' timeout='3000'/></os></domain>");
        auto uuid = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::defineXml(m_session.get(), withMenu, ctx, done);
        });
        QVERIFY(uuid && uuid->ok());
        DomainWindow *w = open(uuid->value());
        QVERIFY(w);
        DomainBootPage *boot = w->bootPage();
        QTRY_VERIFY(boot->bootMenuBox()->isChecked());
        // Another change on the page leaves the menu and its timeout as they were.
        BootOptions edited = boot->editedOptions();
        edited.bootDevices = {QStringLiteral("cdrom"), QStringLiteral("hd")};
        boot->showOptions(edited);
        QTest::keyClicks(boot->cmdlineEdit(), QStringLiteral("x"));
        boot->kernelEdit()->setText(QStringLiteral("/boot/vmlinuz"));
        boot->applyButton()->click();
        QTRY_COMPARE(xml(uuid->value(), true).boot.bootDevices.value(0), QStringLiteral("cdrom"));
        auto raw = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::fetchDomainXml(m_session.get(), uuid->value(), {.inactive = true}, ctx,
                                          done);
        });
        QVERIFY(raw && raw->ok());
        QVERIFY2(raw->value().contains(QLatin1String("<bootmenu enable='yes' timeout='3000'/>")),
                 qPrintable(raw->value()));
    }

    void bootPageShowsTheFirmware()
    {
        DomainWindow *w = open(kWin);
        QVERIFY(w);
        QTRY_COMPARE(w->bootPage()->firmwareLabel()->text(), QStringLiteral("BIOS"));
        delete w;
        // A UEFI guest: its loader is named.
        const QString uefi = QStringLiteral(
            "<domain type='test'><name>uefi-guest</name><memory unit='MiB'>64</memory>"
            "<vcpu>1</vcpu><os><type arch='x86_64'>hvm</type>"
            "<loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE.fd</loader>"
            "</os></domain>");
        auto uuid = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::defineXml(m_session.get(), uefi, ctx, done);
        });
        QVERIFY2(uuid && uuid->ok(), uuid ? qPrintable(uuid->error().text()) : "no answer");
        DomainWindow *u = open(uuid->value());
        QVERIFY(u);
        QTRY_COMPARE(u->bootPage()->firmwareLabel()->text(),
                     QStringLiteral("UEFI (/usr/share/OVMF/OVMF_CODE.fd)"));
        QVERIFY(!u->bootPage()->firmwareLabel()->accessibleName().isEmpty());
    }

    void devicesPageListsTheDevices()
    {
        DomainWindow *w = open(kWeb);
        QVERIFY(w);
        QTreeWidget *tree = w->devicesPage()->tree();
        QTRY_VERIFY(tree->topLevelItemCount() >= 5);
        QStringList titles;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            titles << tree->topLevelItem(i)->text(0);
        QVERIFY2(titles.contains(QStringLiteral("Disk vda")), qPrintable(titles.join(u',')));
        QVERIFY(titles.contains(QStringLiteral("NIC 52:54:00:00:00:01")));
        QVERIFY(titles.contains(QStringLiteral("Display VNC")));
        QVERIFY(titles.contains(QStringLiteral("Video VGA")));
        QVERIFY(titles.contains(QStringLiteral("Memory balloon")));
        QTreeWidgetItem *disk = tree->topLevelItem(int(titles.indexOf(QStringLiteral("Disk vda"))));
        QStringList props;
        for (int i = 0; i < disk->childCount(); ++i)
            props << disk->child(i)->text(0) + u'=' + disk->child(i)->text(1);
        QVERIFY(
            props.contains(QStringLiteral("Source=/var/lib/libvirt/images/web-frontend.qcow2")));
        QVERIFY(props.contains(QStringLiteral("Bus=virtio")));
        QVERIFY(props.contains(QStringLiteral("Format=qcow2")));
    }

    void devicesPageSpeaksOneStyle()
    {
        // Devices the parser knows by XML name only get the same words as the rest: sentence
        // case, acronyms as written.
        const QString xml = QStringLiteral(
            "<domain type='test'><name>devices-words</name><memory unit='MiB'>64</memory>"
            "<vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os><devices>"
            "<controller type='usb' index='0' model='qemu-xhci' ports='15'/>"
            "<controller type='virtio-serial' index='0'/>"
            "<input type='tablet' bus='usb'/>"
            "<rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>"
            "</devices></domain>");
        auto uuid = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::defineXml(m_session.get(), xml, ctx, done);
        });
        QVERIFY(uuid && uuid->ok());
        DomainWindow *w = open(uuid->value());
        QVERIFY(w);
        QTreeWidget *tree = w->devicesPage()->tree();
        QTRY_VERIFY(tree->topLevelItemCount() >= 4);
        QStringList titles, labels;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *dev = tree->topLevelItem(i);
            titles << dev->text(0);
            for (int j = 0; j < dev->childCount(); ++j)
                labels << dev->child(j)->text(0);
        }
        const QString all = titles.join(u'|');
        QVERIFY2(titles.contains(QStringLiteral("USB controller")), qPrintable(all));
        QVERIFY2(titles.contains(QStringLiteral("Virtio serial controller")), qPrintable(all));
        QVERIFY2(titles.contains(QStringLiteral("Tablet input")), qPrintable(all));
        QVERIFY2(titles.contains(QStringLiteral("Virtio random number generator")),
                 qPrintable(all));
        for (const QString &l : std::as_const(labels))
            QVERIFY2(!l.isEmpty() && !l.at(0).isLower(), qPrintable(labels.join(u'|')));
        QVERIFY2(labels.contains(QStringLiteral("Model")), qPrintable(labels.join(u'|')));
        QVERIFY2(labels.contains(QStringLiteral("Index")), qPrintable(labels.join(u'|')));
        QVERIFY2(labels.contains(QStringLiteral("Bus")), qPrintable(labels.join(u'|')));
    }

    void removedDomainIsSaidAndPagesDisabled()
    {
        DomainWindow *w = open(kWin);
        QVERIFY(w);
        QVERIFY(w->problemBanner()->isHidden());
        bool deleted = false;
        QObject ctx;
        DomainActions::deleteDomain(
            m_session.get(), kWin, m_dir.filePath(QStringLiteral("backups")), &ctx,
            [&deleted](Result<DomainActions::DomainBackup> r) { deleted = r.ok(); });
        QTRY_VERIFY(deleted);
        QTRY_VERIFY(!w->problemBanner()->isHidden());
        QVERIFY2(w->problemBanner()->text().contains(QLatin1String("no longer exists")),
                 qPrintable(w->problemBanner()->text()));
        QVERIFY(w->context()->removed());
        // The pages stay readable but can no longer change anything.
        QVERIFY(!w->cpuPage()->slider()->isEnabled());
    }
};

QTEST_MAIN(TestDomainWindow)
#include "tst_domainwindow.moc"
