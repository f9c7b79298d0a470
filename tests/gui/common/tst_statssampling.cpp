// SPDX-License-Identifier: GPL-2.0-or-later
// Edit > Preferences > Polling, which statistics are sampled (issue 16, as virt-manager's "Poll"
// options): the hosts follow the dialog at once, the list's CPU column and the charts say a kind
// is off, and turning it on again brings it back. (Which libvirt groups the worker then asks
// for is tst_statsrecord's; the demo host's test driver reports no CPU time or I/O counters.)
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/application.h"
#include "ui/commandline.h"
#include "ui/common/preferences.h"
#include "ui/common/preferencesdialog.h"
#include "ui/details/domainperformancepage.h"
#include "ui/details/domainwindow.h"
#include "ui/manager/hostsummarywindow.h"
#include "widgets/perfchart.h"

#include <QApplication>
#include <QCheckBox>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Vireo;

namespace {
const QString kWeb = QStringLiteral("9c1db738-6d35-5022-9639-dce24fd4c37b"); // running

// The next tick's sample of the web-frontend domain (the one after any tick under way).
std::optional<DomainStats> nextSample(HostSession *s)
{
    QSignalSpy spy(s, &HostSession::statsUpdated);
    for (int ticks = 0; ticks < 2; ++ticks)
        if (!spy.wait(5000))
            return std::nullopt;
    for (const DomainStats &d : spy.last().first().value<QList<DomainStats>>())
        if (d.uuid == kWeb)
            return d;
    return std::nullopt;
}
} // namespace

class TestStatsSampling : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VireoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_statssampling"));
        QSettings().clear();
    }

    void hostsFollowAtOnceAndTheViewsSayOff()
    {
        auto options = CommandLine::parse(
            {QStringLiteral("vireo"), QStringLiteral("--connect"), QStringLiteral("demo"),
             QStringLiteral("--stats-interval"), QStringLiteral("200")});
        QVERIFY(options);
        Application app;
        app.start(*options);
        HostSession *demo = app.session(QStringLiteral("demo"));
        QVERIFY(demo);
        QTRY_VERIFY(app.model()->findDomain(demo, QStringLiteral("web-frontend")).has_value());

        // The worker is asked for what is sampled (tst_statsrecord checks which groups that
        // is): the demo host's test driver reports no CPU time or I/O counters, so here the
        // session's choice and what the views say are checked.
        QCOMPARE(demo->statsSampling(), StatsSampling{});
        app.openDomainEditor(demo, kWeb);
        DomainWindow *details = DomainWindow::find(demo, kWeb);
        QVERIFY(details);
        DomainPerformancePage *perf = details->performancePage();
        QVERIFY(perf && perf->cpuChart()->isSampled() && perf->diskChart()->isSampled());
        HostSummaryWindow *summary = HostSummaryWindow::showFor(demo);
        QVERIFY(summary->cpuChart()->isSampled());

        // The dialog turns each kind off, and the host follows at once.
        PreferencesDialog dialog;
        const char *names[] = {"sampleCpu", "sampleMemory", "sampleDisk", "sampleNetwork"};
        for (const char *name : names) {
            auto *check = dialog.findChild<QCheckBox *>(QLatin1String(name));
            QVERIFY2(check, name);
            QVERIFY(check->isChecked());
            QVERIFY(check->accessibleName().startsWith(QStringLiteral("Sample ")));
            check->setChecked(false);
        }
        QCOMPARE(demo->statsSampling(), (StatsSampling{false, false, false, false}));

        // The list and the charts say so.
        const QModelIndex host =
            app.model()->indexOf(demo).siblingAtColumn(DomainTreeModel::CpuColumn);
        const QModelIndex web = app.model()->indexOf(demo, kWeb, DomainTreeModel::CpuColumn);
        QCOMPARE(host.data().toString(), QStringLiteral("Off"));
        QCOMPARE(web.data().toString(), QStringLiteral("Off"));
        QVERIFY(web.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not sampled")));
        for (PerfChart *chart :
             {perf->cpuChart(), perf->memoryChart(), perf->diskChart(), perf->networkChart(),
              summary->cpuChart(), summary->memoryChart()}) {
            QVERIFY(!chart->isSampled());
            QVERIFY2(chart->shownTitle().endsWith(QStringLiteral(" (off)")),
                     qPrintable(chart->shownTitle()));
            QVERIFY(chart->points(0).isEmpty());
        }

        // CPU back on: read again, and shown again.
        dialog.findChild<QCheckBox *>(QStringLiteral("sampleCpu"))->setChecked(true);
        QVERIFY(demo->statsSampling().cpu);
        QVERIFY(perf->cpuChart()->isSampled() && !perf->diskChart()->isSampled());
        QVERIFY(nextSample(demo)); // the tick goes on
        QVERIFY(web.data().toString() != QStringLiteral("Off"));
        QVERIFY(host.data().toString() != QStringLiteral("Off"));
        QVERIFY(!perf->cpuChart()->shownTitle().endsWith(QStringLiteral(" (off)")));

        // Kept: the next start samples as chosen.
        QCOMPARE(Preferences::instance()->statsSampling(),
                 (StatsSampling{true, false, false, false}));
        summary->close();
        details->close();
    }
};

QTEST_MAIN(TestStatsSampling)
#include "tst_statssampling.moc"
