// SPDX-License-Identifier: GPL-2.0-or-later
// One memory figure for a host everywhere (issue 19, #8): the manager's host row, the connection
// details (its text, its tooltip and the scale of its chart) and the wizard's limits give the
// figure that bounds guests (chooseHostMemory), written one way ("64 GiB"); where libvirt's NUMA
// figure differs, a tooltip says which is which.
#include "core/common/hostmemory.h"
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"
#include "ui/manager/hostsummarywindow.h"
#include "ui/wizard/newvmwizard.h"
#include "ui/wizard/wizardcpumemorypage.h"
#include "widgets/perfchart.h"

#include <QChart>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace Vireo;

class TestHostMemoryFigure : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;

    static double chartTopGiB(PerfChart *chart)
    {
        const auto axes = chart->chart()->axes(Qt::Vertical);
        auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
        return axis ? axis->max() : -1;
    }

private Q_SLOTS:
    void everyWindowGivesTheSameFigure()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("host.xml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(demoHostFixture()); // <memory>67108864</memory>: 64 GiB
        f.close();
        HostSession s(QStringLiteral("test://") + path);
        s.setStatsInterval(0);
        DomainTreeModel model;
        model.addHost(&s);
        QSignalSpy info(&s, &HostSession::hostInfoChanged);
        s.connectToHost();
        QTRY_COMPARE(s.state(), HostState::Connected);
        QTRY_VERIFY(!info.isEmpty());
        // The worker filled HostInfo from readHostMemory: the test driver has no memory
        // statistics, so the node figure is the one, and there is nothing to explain.
        QCOMPARE(s.hostInfo().memoryKiB, 67108864ull);
        QCOMPARE(s.hostInfo().numaMemoryKiB, 67108864ull);
        QVERIFY(s.hostInfo().memoryNote.isEmpty());
        QCOMPARE(s.hostInfo().cpuArch, QStringLiteral("i686")); // from the capabilities parser
        QVERIFY(!s.hostInfo().remote);

        // The list.
        const QModelIndex memory = model.indexOf(&s).siblingAtColumn(DomainTreeModel::MemoryColumn);
        QCOMPARE(memory.data().toString(), QStringLiteral("64 GiB"));
        QCOMPARE(memory.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Guests can get up to 64 GiB."));

        // The connection details, and their chart's scale.
        QPointer<HostSummaryWindow> details = HostSummaryWindow::showFor(&s);
        auto *line = details->findChild<QLabel *>(QStringLiteral("memory"));
        QVERIFY(line);
        QVERIFY2(line->text().startsWith(QLatin1String("64 GiB")), qPrintable(line->text()));
        QVERIFY(line->toolTip().isEmpty());
        QCOMPARE(chartTopGiB(details->memoryChart()), 64.0);

        // The wizard: its host line and its memory limit.
        QPointer<NewVmWizard> wizard = NewVmWizard::showFor({&s}, &s);
        QTRY_VERIFY(wizard->capabilities());
        QCOMPARE(wizard->capabilities()->memoryKiB, s.hostInfo().memoryKiB);
        wizard->cpuMemoryPage()->initializePage(); // as when the user reaches the step
        auto *limits = wizard->findChild<QLabel *>(QStringLiteral("memoryLimits"));
        auto *host = wizard->findChild<QLabel *>(QStringLiteral("hostStatus"));
        QTRY_VERIFY(limits->text().startsWith(QLatin1String("Host: 64 GiB memory")));
        QVERIFY2(host->text().contains(QLatin1String("64 GiB memory")), qPrintable(host->text()));

        // A host whose NUMA cells add up to less than its kernel manages (this machine's
        // figures): the details give the bound, scale the chart to it, and say which is which.
        HostInfo numa = s.hostInfo();
        NodeMemoryStats meminfo;
        meminfo.totalKiB = 24684084;
        meminfo.freeKiB = 20000000;
        const HostMemory chosen = chooseHostMemory(6908108, 5000000, meminfo);
        numa.memoryKiB = chosen.totalKiB;
        numa.freeMemoryKiB = chosen.availableKiB;
        numa.numaMemoryKiB = chosen.numaKiB;
        numa.memoryNote = chosen.note;
        Q_EMIT s.hostInfoChanged(numa);
        QVERIFY2(line->text().startsWith(QLatin1String("23.5 GiB")), qPrintable(line->text()));
        QVERIFY2(line->toolTip().contains(QLatin1String("NUMA cells add up to 6.6 GiB")),
                 qPrintable(line->toolTip()));
        QCOMPARE(chartTopGiB(details->memoryChart()), 24684084 / (1024.0 * 1024.0));
        delete wizard.data();
        delete details.data();
    }
};

QTEST_MAIN(TestHostMemoryFigure)
#include "tst_hostmemoryfigure.moc"
