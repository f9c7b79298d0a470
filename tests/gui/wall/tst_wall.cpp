// SPDX-License-Identifier: GPL-2.0-or-later
// The classroom wall on the demo host (libvirt's test driver, whose virDomainScreenshot sends
// its one PNG): which guests it shows, what each tile says to a screen reader, which thumbnails
// it reads and how often, the keyboard, and the bulk actions on its selection.
#include "core/domain/domainactions.h"
#include "core/domain/snapshots.h"
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "core/session/libvirteventloop.h"
#include "core/session/processsetup.h"
#include "tests/support/demohost.h"
#include "ui/common/windowroutes.h"
#include "ui/manager/clonedialog.h"
#include "ui/manager/mainwindow.h"
#include "ui/wall/thumbnailscheduler.h"
#include "ui/wall/wallmodel.h"
#include "ui/wall/wallrevert.h"
#include "ui/wall/wallwindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using VireoTest::kWeb;
using VireoTest::kWin;

class TestWall : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_host;
    std::unique_ptr<DomainTreeModel> m_tree;
    qint64 m_now = 0; // the wall's clock in the tests, ms

    std::unique_ptr<WallWindow> makeWall()
    {
        auto wall = std::make_unique<WallWindow>(m_tree.get(), [this] { return m_now; });
        wall->setHosts({m_host.get()});
        return wall;
    }
    int rowOf(WallWindow &wall, const QString &uuid)
    {
        return wall.model()->rowOfKey(WallModel::keyOf(m_host.get(), uuid));
    }
    QString stateOf(WallWindow &wall, const QString &uuid)
    {
        return wall.model()->infoAt(rowOf(wall, uuid)).stateText();
    }

private Q_SLOTS:
    void initTestCase() { LibvirtEventLoop::start(); }
    void init()
    {
        // The model follows the host from before it connects, as the manager's does.
        m_host = std::make_unique<HostSession>(VireoTest::demoHostUri(m_dir));
        m_host->setStatsInterval(0);
        m_tree = std::make_unique<DomainTreeModel>();
        m_tree->addHost(m_host.get());
        m_host->connectToHost();
        QTRY_COMPARE(m_tree->domainCount(), 9);
        m_now = 0;
    }
    void cleanup()
    {
        m_tree.reset();
        m_host.reset();
        WindowRoutes::set({});
    }

    void schedulerReadsOnlyVisibleTilesAtMostEveryTwoSeconds()
    {
        qint64 now = 10'000;
        ThumbnailScheduler s([&now] { return now; });
        QCOMPARE(s.intervalMs(), 2000);
        s.setVisible({"a", "b"});
        QCOMPARE(s.takeDue(), QStringList({"a", "b"}));
        QVERIFY(s.inFlight("a"));
        QCOMPARE(s.takeDue(), QStringList()); // both in flight
        s.finished("a");
        now += 1999;
        QCOMPARE(s.takeDue(), QStringList()); // not yet 2 s since a's read began
        now += 1;
        QCOMPARE(s.takeDue(), QStringList({"a"})); // b is still in flight
        s.finished("a");
        s.finished("b");
        now += 5000;
        s.setVisible({"b", "c"}); // a scrolled away
        QCOMPARE(s.takeDue(), QStringList({"b", "c"}));
        s.finished("b");
        s.finished("c");
        now += 5000;
        s.setActive(false); // hidden or minimised
        QCOMPARE(s.takeDue(), QStringList());
        s.setActive(true);
        QCOMPARE(s.takeDue(), QStringList({"b", "c"}));
        QCOMPARE(s.startedCount("a"), 2);
        QCOMPARE(s.startedCount("b"), 3);
        s.remove("b");
        QCOMPARE(s.startedCount("b"), 0);
    }

    void showsTheRunningGuestsWithAccessibleNames()
    {
        auto wall = makeWall();
        // web-frontend, db-primary, ci-runner-01/02 run; build-agent and mail-relay are paused.
        QCOMPARE(wall->model()->rowCount(), 6);
        QCOMPARE(rowOf(*wall, kWin), -1); // shut off: not on the wall
        const QModelIndex web = wall->model()->index(rowOf(*wall, kWeb));
        QCOMPARE(web.data().toString(), QStringLiteral("web-frontend"));
        QCOMPARE(web.data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("web-frontend, Running"));
        // The CPU comes from the session's statistics tick (the test driver reports no CPU
        // time, so the tick's signal is sent here as the worker would).
        DomainStats stats;
        stats.uuid = kWeb;
        stats.state = DomainState::Running;
        stats.cpuPercent = 37.4;
        Q_EMIT m_host->statsUpdated({stats});
        QCOMPARE(web.data(WallModel::CpuPercentRole).toDouble(), 37.4);
        QCOMPARE(web.data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("web-frontend, Running, CPU 37 %"));
        QCOMPARE(web.data(WallModel::StateTextRole).toString(),
                 QStringLiteral("Running · CPU 37 %"));
        QVERIFY(wall->statusLabel()->text().contains(QLatin1String("6")));
    }

    void thumbnailsComeFromTheDriverOnlyForVisibleTiles()
    {
        auto wall = makeWall();
        wall->resize(320, 300); // room for about one tile
        QSignalSpy requested(wall.get(), &WallWindow::thumbnailRequested);
        QSignalSpy finished(wall.get(), &WallWindow::thumbnailFinished);
        // Hidden: nothing is read.
        wall->scheduleThumbnails();
        QCOMPARE(requested.count(), 0);
        wall->show();
        QVERIFY(QTest::qWaitForWindowExposed(wall.get()));
        const QSet<QString> visible = wall->visibleKeys();
        QVERIFY(!visible.isEmpty());
        QVERIFY(visible.size() < wall->model()->rowCount());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= visible.size(), 10000);
        QSet<QString> asked;
        for (const auto &args : requested)
            asked.insert(args.at(0).toString());
        QCOMPARE(asked, visible);
        // The test driver sends a PNG: the tile holds it, scaled to the tile (or, on a libvirt
        // whose test driver cannot, says why).
        const QString key = *visible.begin();
        const QModelIndex tile = wall->model()->index(wall->model()->rowOfKey(key));
        const QImage thumb = tile.data(WallModel::ThumbnailRole).value<QImage>();
        qInfo("the test driver's screenshot: %s",
              finished.first().at(1).toBool()
                  ? "a PNG"
                  : qPrintable(tile.data(WallModel::ReasonRole).toString()));
        if (finished.first().at(1).toBool()) {
            QVERIFY(!thumb.isNull());
            QVERIFY(thumb.width() <= 256 && thumb.height() <= 160);
            QVERIFY(tile.data(WallModel::ReasonRole).toString().isEmpty());
        } else {
            QVERIFY(thumb.isNull());
            QVERIFY(
                tile.data(WallModel::ReasonRole).toString().startsWith(QLatin1String("No screen")));
        }
        // Within 2 s of the wall's clock nothing is read again, then each visible tile once.
        const int before = int(requested.count());
        m_now += 1999;
        wall->scheduleThumbnails();
        QCOMPARE(requested.count(), before);
        m_now += 1;
        wall->scheduleThumbnails();
        QCOMPARE(requested.count(), before + visible.size());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2 * visible.size(), 10000);
        // Minimised: nothing more.
        wall->showMinimized();
        m_now += 5000;
        wall->scheduleThumbnails();
        QCOMPARE(requested.count(), before + visible.size());
    }

    void keyboardSelectsAndEnterOpensTheConsole()
    {
        QList<QString> opened;
        WindowRoutes::Routes routes;
        routes.showConsole = [&opened](HostSession *, const QString &uuid) { opened.append(uuid); };
        WindowRoutes::set(routes);
        auto wall = makeWall();
        wall->show();
        QVERIFY(QTest::qWaitForWindowExposed(wall.get()));
        QListView *view = wall->view();
        view->setFocus();
        QCOMPARE(view->currentIndex().row(), 0);
        QTest::keyClick(view, Qt::Key_Space);
        QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Space, Qt::ControlModifier);
        QCOMPARE(wall->selectedRows(), QList<int>({0, 1}));
        QVERIFY(wall->statusLabel()->text().contains(QLatin1String("2 of 6")));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(opened, QList<QString>({wall->model()->infoAt(1).uuid}));
        // A plain click opens too; Ctrl+click only selects.
        const QRect third = view->visualRect(wall->model()->index(2));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, third.center());
        QCOMPARE(opened.size(), 1);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, third.center());
        QCOMPARE(opened.last(), wall->model()->infoAt(2).uuid);
    }

    void bulkShutDownAndStartKeepTheTiles()
    {
        auto wall = makeWall();
        const QString db = m_tree->findDomain(m_host.get(), QStringLiteral("db-primary"))->uuid;
        auto *sel = wall->view()->selectionModel();
        sel->select(wall->model()->index(rowOf(*wall, kWeb)), QItemSelectionModel::Select);
        sel->select(wall->model()->index(rowOf(*wall, db)), QItemSelectionModel::Select);
        QVERIFY(wall->shutdownAction()->isEnabled());
        QVERIFY(!wall->startAction()->isEnabled());
        wall->shutdownAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(*wall, kWeb).startsWith(QLatin1String("Shut off")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(*wall, db).startsWith(QLatin1String("Shut off")), 10000);
        QCOMPARE(wall->model()->rowCount(), 6); // stopped guests stay, to be started again
        const QModelIndex web = wall->model()->index(rowOf(*wall, kWeb));
        QVERIFY(web.data(WallModel::ThumbnailRole).value<QImage>().isNull());
        QCOMPARE(web.data(WallModel::ReasonRole).toString(), QStringLiteral("Not running"));
        QTRY_VERIFY(wall->startAction()->isEnabled());
        wall->startAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(*wall, kWeb).startsWith(QLatin1String("Running")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(*wall, db).startsWith(QLatin1String("Running")), 10000);
    }

    void revertByNameSkipsTheGuestsWithoutIt()
    {
        auto made = VireoTest::ask<Result<QString>>([&](QObject *c, auto done) {
            Snapshots::create(m_host.get(), kWeb, SnapshotRequest{QStringLiteral("lesson-1")}, c,
                              done);
        });
        QVERIFY(made && *made);
        auto wall = makeWall();
        wall->show();
        const QString db = m_tree->findDomain(m_host.get(), QStringLiteral("db-primary"))->uuid;
        auto *sel = wall->view()->selectionModel();
        sel->select(wall->model()->index(rowOf(*wall, kWeb)), QItemSelectionModel::Select);
        sel->select(wall->model()->index(rowOf(*wall, db)), QItemSelectionModel::Select);
        // Paused now, so that the revert (to a running snapshot) shows.
        DomainActions::performAction(m_host.get(), {kWeb}, DomainAction::Pause);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(*wall, kWeb).startsWith(QLatin1String("Paused")), 10000);
        wall->revertAction()->trigger();
        WallRevertDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = wall->findChild<WallRevertDialog *>()), 10000);
        QCOMPARE(dialog->nameBox()->currentText(), QStringLiteral("lesson-1"));
        QVERIFY(dialog->skippedLabel()->text().contains(QLatin1String("db-primary")));
        QVERIFY(!dialog->skippedLabel()->text().contains(QLatin1String("web-frontend")));
        QCOMPARE(dialog->plan().keys, QStringList({WallModel::keyOf(m_host.get(), kWeb)}));
        // A name nobody has reverts nothing.
        dialog->nameBox()->setEditText(QStringLiteral("nope"));
        QVERIFY(!dialog->revertButton()->isEnabled());
        dialog->nameBox()->setEditText(QStringLiteral("lesson-1"));
        QVERIFY(dialog->revertButton()->isEnabled());
        dialog->revertButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(*wall, kWeb).startsWith(QLatin1String("Running")), 10000);
        QVERIFY(stateOf(*wall, db).startsWith(QLatin1String("Running")));
        QVERIFY(wall->statusBar()->currentMessage().contains(QLatin1String("db-primary")));
    }

    void planListsLackingAndFailedGuests()
    {
        SnapshotInfo a;
        a.name = QStringLiteral("base");
        a.state = SnapshotState::Running;
        Snapshots::SnapshotList withIt;
        withIt.snapshots = {a};
        withIt.libvirtVersion = 9'000'000;
        QList<GuestSnapshots> guests{
            {QStringLiteral("k1"), QStringLiteral("lab-1"), withIt},
            {QStringLiteral("k2"), QStringLiteral("lab-2"), Snapshots::SnapshotList{}},
            {QStringLiteral("k3"), QStringLiteral("lab-3"),
             Error{QStringLiteral("List"), QStringLiteral("gone")}},
        };
        const RevertPlan plan = RevertPlan::make(guests, QStringLiteral("base"));
        QCOMPARE(plan.keys, QStringList({QStringLiteral("k1")}));
        QCOMPARE(plan.lacking, QStringList({QStringLiteral("lab-2")}));
        QCOMPARE(plan.blocked.size(), 1);
        QVERIFY(plan.blocked.first().startsWith(QLatin1String("lab-3: ")));
        QCOMPARE(RevertPlan::names(guests), QStringList({QStringLiteral("base")}));
    }

    void managerOpensTheWallAndItsCloneDialog()
    {
        MainWindow window(m_tree.get());
        window.show();
        window.selectHost(m_host.get());
        QAction *open = window.action(MainWindow::Action::ClassroomWall);
        QVERIFY(open);
        open->trigger();
        WallWindow *wall = window.classroomWall();
        QVERIFY(wall);
        QCOMPARE(wall->model()->hosts(), QList<HostSession *>({m_host.get()}));
        QCOMPARE(wall->model()->rowCount(), 6);
        QVERIFY(!wall->cloneAction()->isEnabled());
        wall->view()->selectionModel()->select(wall->model()->index(rowOf(*wall, kWeb)),
                                               QItemSelectionModel::Select);
        QVERIFY(wall->cloneAction()->isEnabled());
        wall->cloneAction()->trigger();
        auto *clone = wall->findChild<CloneDialog *>();
        QVERIFY(clone);
        QCOMPARE(clone->mode(), CloneDialog::Mode::Many);
        clone->cancelButton()->click();
        wall->close();
    }
};

QTEST_MAIN(TestWall)
#include "tst_wall.moc"
