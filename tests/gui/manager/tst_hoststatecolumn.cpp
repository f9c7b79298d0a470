// SPDX-License-Identifier: GPL-2.0-or-later
// The host rows' state ("Connected · 4 of 9 running") shows whole in the list at its default
// width, in Chinese too ("已连接 · 9 台中 4 台在运行" is wider than a fixed 150 px; issue 16).
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/common/translations.h"
#include "ui/manager/mainwindow.h"

#include "tests/support/demohost.h"

#include <QHeaderView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Vireo;

class TestHostStateColumn : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void stateTextFitsItsColumnInChinese()
    {
        QCOMPARE(installTranslations(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QTemporaryDir dir;
        const QString uri = VireoTest::demoHostUri(dir);
        QVERIFY(!uri.isEmpty());
        auto session = std::make_unique<HostSession>(uri);
        session->setStatsInterval(0);
        DomainTreeModel model;
        model.addHost(session.get()); // before it connects, as the application does
        session->connectToHost();
        MainWindow window(&model);
        window.show();
        QTreeView *view = window.view();
        const QModelIndex host =
            model.indexOf(session.get()).siblingAtColumn(DomainTreeModel::StateColumn);
        QTRY_COMPARE(model.rowCount(model.indexOf(session.get())), 9);
        const QString text = host.data().toString();
        QVERIFY2(text.startsWith(QStringLiteral("已连接")), qPrintable(text));
        // What the item view needs for the text: its width plus the cell's margins (3 px a
        // side in the common styles, 4 in Fusion's focus frame); elided otherwise.
        const int needed = view->fontMetrics().horizontalAdvance(text) + 2 * 4;
        QVERIFY2(view->columnWidth(DomainTreeModel::StateColumn) >= needed,
                 qPrintable(QStringLiteral("%1 px for '%2', which needs %3 px")
                                .arg(view->columnWidth(DomainTreeModel::StateColumn))
                                .arg(text)
                                .arg(needed)));
    }
};

QTEST_MAIN(TestHostStateColumn)
#include "tst_hoststatecolumn.moc"
