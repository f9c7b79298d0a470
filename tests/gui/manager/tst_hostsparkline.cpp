// SPDX-License-Identifier: GPL-2.0-or-later
// A host's row draws its CPU sparkline (issue 19, #6), as a domain's row does: the model keeps
// the host's CPU history, and the manager's delegate paints it beside the percentage.
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/manager/domainfilterproxy.h"
#include "ui/manager/mainwindow.h"

#include <QAbstractItemDelegate>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Vireo;

class TestHostSparkline : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private:
    /// Paints the CPU cell of the row as the view does and counts the pixels of the chart's
    /// area (left of the percentage, above the baseline) that are not the background. The
    /// newest sample is drawn at the chart's right end.
    static int chartInk(QTreeView *view, const QModelIndex &cell)
    {
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.rect = QRect(0, 0, 160, 24);
        option.widget = view;
        option.state &= ~QStyle::State_Selected;
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        const QColor background = view->palette().color(QPalette::Base);
        image.fill(background);
        {
            QPainter painter(&image);
            view->itemDelegateForColumn(cell.column())->paint(&painter, option, cell);
        }
        int ink = 0;
        for (int y = 0; y < option.rect.height() - 5; ++y)
            for (int x = 0; x < option.rect.width() - 50; ++x)
                ink += image.pixelColor(x, y) != background;
        return ink;
    }

    static HostStats sample(qint64 ms, double percent)
    {
        HostStats s;
        s.timestampMs = ms;
        s.cpuPercent = percent;
        return s;
    }

private Q_SLOTS:
    void theHostRowHasAHistoryAndDrawsIt()
    {
        DomainTreeModel model;
        HostSession busy(QStringLiteral("test:///default"));
        HostSession idle(QStringLiteral("test:///default"));
        busy.setDisplayName(QStringLiteral("busy"));
        idle.setDisplayName(QStringLiteral("idle"));
        model.addHost(&busy);
        model.addHost(&idle);
        MainWindow window(&model);
        window.show();
        QTreeView *view = window.view();
        auto cpuCell = [&](HostSession *s) {
            return window.proxy()->mapFromSource(
                model.indexOf(s).siblingAtColumn(DomainTreeModel::CpuColumn));
        };

        // The host's own figures, as its worker reports them each tick (the test driver's
        // counters stand still, so it reports no CPU use of its own).
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const double load[] = {20, 45, 80, 60, 95};
        qint64 ms = 1000;
        for (double percent : load)
            Q_EMIT busy.hostStatsUpdated(sample(ms += 2000, percent));
        QCOMPARE(changed.size(), 5); // each tick repaints the row
        // A tick without a figure (the first one after a connect) adds nothing.
        Q_EMIT busy.hostStatsUpdated(sample(ms += 2000, -1));

        const QByteArray history =
            cpuCell(&busy).data(DomainTreeModel::CpuHistoryRole).toByteArray();
        QCOMPARE(history, QByteArray("\x14\x2d\x50\x3c\x5f"));
        QVERIFY(cpuCell(&idle).data(DomainTreeModel::CpuHistoryRole).toByteArray().isEmpty());

        // The delegate draws the history of the busy host, and nothing but the baseline for the
        // host without one.
        const int busyInk = chartInk(view, cpuCell(&busy));
        const int idleInk = chartInk(view, cpuCell(&idle));
        QCOMPARE(idleInk, 0);
        QVERIFY2(busyInk > 100, qPrintable(QString::number(busyInk)));

        // It keeps the last HistoryLength samples, like a domain's.
        for (int i = 0; i < DomainTreeModel::HistoryLength + 5; ++i)
            Q_EMIT busy.hostStatsUpdated(sample(ms += 2000, 10));
        QCOMPARE(cpuCell(&busy).data(DomainTreeModel::CpuHistoryRole).toByteArray(),
                 QByteArray(DomainTreeModel::HistoryLength, '\x0a'));
    }
};

QTEST_MAIN(TestHostSparkline)
#include "tst_hostsparkline.moc"
