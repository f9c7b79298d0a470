// SPDX-License-Identifier: GPL-2.0-or-later
// One set of domain actions for every window (issue 19, #9 and #4): the manager, the details
// window and the console window share Run, Pause, Shut Down with its menu and Delete, with the
// same texts and shortcuts; the details and console windows have virt-manager's toolbar and a
// menu bar; Quit (Ctrl+Q) quits from every window, also with the manager hidden.
#include "../manager/accessibility.h"
#include "core/domain/domainactions.h"
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"
#include "ui/application.h"
#include "ui/common/domainactionset.h"
#include "ui/common/domainwindowchrome.h"
#include "ui/common/windowroutes.h"
#include "ui/console/consolewindow.h"
#include "ui/details/domaincontext.h"
#include "ui/details/domainwindow.h"
#include "ui/manager/mainwindow.h"

#include "tests/support/demohost.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace Vireo;
using Id = DomainActionSet::Id;

namespace {
const QString kWeb = QStringLiteral("9c1db738-6d35-5022-9639-dce24fd4c37b"); // running
const QString kWin = QStringLiteral("7a640993-3395-57fc-b2be-2c94023cca41"); // shut off

QStringList menuTitles(QMenuBar *bar)
{
    QStringList out;
    for (QAction *a : bar->actions())
        out << a->text().remove(QLatin1Char('&'));
    return out;
}

QStringList toolBarTexts(QToolBar *bar)
{
    QStringList out;
    for (QAction *a : bar->actions()) {
        if (a->isSeparator())
            continue;
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            out << button->text().remove(QLatin1Char('&'));
    }
    return out;
}

QMenu *menuNamed(QMenuBar *bar, const QString &title)
{
    for (QAction *a : bar->actions())
        if (a->text().remove(QLatin1Char('&')) == title)
            return a->menu();
    return nullptr;
}
} // namespace

class TestDomainActions : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    int m_quits = 0;
    QStringList m_confirmTitles;

    DomainState stateOf(const QString &uuid)
    {
        DomainState out = DomainState::NoState;
        bool got = false;
        QObject ctx;
        DomainActions::fetchDomainXml(m_session.get(), uuid, {}, &ctx, [&](Result<QString> r) {
            got = true;
            if (r)
                out = r.value().contains(QLatin1String(" id='")) ? DomainState::Running
                                                                 : DomainState::Shutoff;
        });
        return QTest::qWaitFor([&] { return got; }, 5000) ? out : DomainState::NoState;
    }

    /// Waits until the window's action set knows its domain in this state.
    static bool targetIn(DomainActionSet *set, DomainState state)
    {
        return QTest::qWaitFor(
            [&] {
                return set->targets().size() == 1 && set->targets().first().info.state == state;
            },
            10000);
    }

    static void pressCtrlQ(QWidget *window)
    {
        window->activateWindow();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VireoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_domainactionset"));
        WindowRoutes::setQuitHandler([this] { ++m_quits; });
    }

    void init()
    {
        m_session = VireoTest::connectedDemoHost(m_dir);
        QVERIFY(m_session);
        m_quits = 0;
        m_confirmTitles.clear();
    }

    void cleanup()
    {
        QList<QPointer<QWidget>> windows;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (qobject_cast<DomainWindow *>(w) || qobject_cast<ConsoleWindow *>(w))
                windows << w;
        qDeleteAll(windows);
        m_session.reset();
    }

    void detailsWindowHasTheToolbarAndMenus()
    {
        DomainWindow *w = DomainWindow::showFor(m_session.get(), kWeb);
        DomainWindowChrome *chrome = w->chrome();
        QVERIFY(chrome);
        QCOMPARE(toolBarTexts(chrome->toolBar()),
                 (QStringList{QStringLiteral("Run"), QStringLiteral("Pause"),
                              QStringLiteral("Shut Down"), QStringLiteral("Console"),
                              QStringLiteral("Details")}));
        QCOMPARE(menuTitles(chrome->menuBar()),
                 (QStringList{QStringLiteral("File"), QStringLiteral("Virtual Machine"),
                              QStringLiteral("View")}));
        // The Shut Down button's menu: virt-manager's order.
        auto *shutdown =
            chrome->toolBar()->findChild<QToolButton *>(QStringLiteral("shutdownButton"));
        QVERIFY(shutdown && shutdown->menu());
        QStringList entries;
        for (QAction *a : shutdown->menu()->actions())
            if (!a->isSeparator())
                entries << a->text().remove(QLatin1Char('&'));
        QCOMPARE(entries, (QStringList{QStringLiteral("Reboot"), QStringLiteral("Shut Down"),
                                       QStringLiteral("Force Reset…"), QStringLiteral("Force Off…"),
                                       QStringLiteral("Save")}));
        QVERIFY(menuNamed(chrome->menuBar(), QStringLiteral("File"))
                    ->actions()
                    .contains(chrome->quitAction()));
        // Running: Pause and Shut Down apply, Run does not.
        QVERIFY(targetIn(chrome->actions(), DomainState::Running));
        QVERIFY(!chrome->actions()->action(Id::Run)->isEnabled());
        QVERIFY(chrome->actions()->action(Id::Pause)->isEnabled());
        QVERIFY(chrome->actions()->action(Id::Shutdown)->isEnabled());
        QVERIFY(chrome->detailsAction()->isChecked());
        const QStringList unnamed = unnamedControls(w);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    }

    void theShortcutsAreTheManagersOwn()
    {
        DomainTreeModel model;
        MainWindow manager(&model);
        DomainWindow *details = DomainWindow::showFor(m_session.get(), kWeb);
        auto *console = new ConsoleWindow(m_session.get(), kWeb);
        const std::pair<MainWindow::Action, Id> pairs[] = {
            {MainWindow::Action::Start, Id::Run},
            {MainWindow::Action::Pause, Id::Pause},
            {MainWindow::Action::Shutdown, Id::Shutdown},
            {MainWindow::Action::ForceOff, Id::ForceOff},
            {MainWindow::Action::Delete, Id::Delete},
        };
        for (DomainWindowChrome *chrome : {details->chrome(), console->chrome()}) {
            for (const auto &[mine, theirs] : pairs) {
                QCOMPARE(chrome->actions()->action(theirs)->text(), manager.action(mine)->text());
                QCOMPARE(chrome->actions()->action(theirs)->shortcut(),
                         manager.action(mine)->shortcut());
            }
            QCOMPARE(chrome->quitAction()->shortcut(),
                     manager.action(MainWindow::Action::Quit)->shortcut());
            QCOMPARE(chrome->quitAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        }
        delete console;
    }

    void detailsToolbarPausesAndRunsTheGuest()
    {
        DomainWindow *w = DomainWindow::showFor(m_session.get(), kWeb);
        DomainActionSet *set = w->chrome()->actions();
        QVERIFY(targetIn(set, DomainState::Running));
        set->action(Id::Pause)->trigger();
        QVERIFY(targetIn(set, DomainState::Paused));
        QVERIFY(set->action(Id::Run)->isEnabled()); // Run resumes
        set->action(Id::Run)->trigger();
        QVERIFY(targetIn(set, DomainState::Running));
    }

    void forceOffFromTheDetailsWindowAsksFirst()
    {
        DomainWindow *w = DomainWindow::showFor(m_session.get(), kWeb);
        DomainActionSet *set = w->chrome()->actions();
        bool answer = false;
        set->setConfirmHandler([&](const QString &title, const QString &) {
            m_confirmTitles << title;
            return answer;
        });
        QVERIFY(targetIn(set, DomainState::Running));
        set->action(Id::ForceOff)->trigger();
        QCOMPARE(m_confirmTitles, QStringList{QStringLiteral("Force Off")});
        QTest::qWait(200);
        QCOMPARE(set->targets().first().info.state, DomainState::Running);
        answer = true;
        set->action(Id::ForceOff)->trigger();
        QVERIFY(targetIn(set, DomainState::Shutoff));
        QCOMPARE(stateOf(kWeb), DomainState::Shutoff);
    }

    void consoleWindowRunsAShutOffGuestOpenedByName()
    {
        auto *w = new ConsoleWindow(m_session.get(), QStringLiteral("win11-desktop"));
        w->show();
        DomainActionSet *set = w->chrome()->actions();
        QVERIFY(targetIn(set, DomainState::Shutoff));
        QCOMPARE(set->targets().first().info.uuid, kWin);
        QVERIFY(w->chrome()->consoleAction()->isChecked());
        QCOMPARE(toolBarTexts(w->chrome()->toolBar()).mid(0, 3),
                 (QStringList{QStringLiteral("Run"), QStringLiteral("Pause"),
                              QStringLiteral("Shut Down")}));
        QVERIFY(set->action(Id::Run)->isEnabled());
        QVERIFY(!set->action(Id::Pause)->isEnabled());
        for (QWidget *part :
             {static_cast<QWidget *>(w->chrome()->toolBar()), w->chrome()->shutdownNotice()}) {
            const QStringList unnamed = unnamedControls(part);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
        }
        set->action(Id::Run)->trigger();
        QVERIFY(targetIn(set, DomainState::Running));
        QCOMPARE(stateOf(kWin), DomainState::Running);
    }

    void consoleAndDetailsSwitch()
    {
        QList<QPair<QString, QString>> routed;
        WindowRoutes::set({{},
                           [&](HostSession *, const QString &uuid) {
                               routed << qMakePair(QStringLiteral("details"), uuid);
                           },
                           [&](HostSession *, const QString &uuid) {
                               routed << qMakePair(QStringLiteral("console"), uuid);
                           }});
        // A details window with a console page switches pages.
        DomainWindow *details = DomainWindow::showFor(m_session.get(), kWeb);
        details->addPage(QStringLiteral("Console"), new QWidget);
        details->chrome()->consoleAction()->trigger();
        QCOMPARE(details->currentPageTitle(), QStringLiteral("Console"));
        QVERIFY(details->chrome()->consoleAction()->isChecked());
        details->chrome()->detailsAction()->trigger();
        QCOMPARE(details->currentPageTitle(), QStringLiteral("Overview"));
        // The console window opens the details window beside it.
        auto *console = new ConsoleWindow(m_session.get(), kWeb);
        QVERIFY(console->chrome()->detailsAction()->isEnabled());
        console->chrome()->detailsAction()->trigger();
        QCOMPARE(routed, (QList<QPair<QString, QString>>{{QStringLiteral("details"), kWeb}}));
        QVERIFY(console->chrome()->consoleAction()->isChecked());
        WindowRoutes::set({});
        delete console;
    }

    void ctrlQQuitsFromTheDetailsWindow()
    {
        DomainWindow *w = DomainWindow::showFor(m_session.get(), kWeb);
        pressCtrlQ(w);
        QCOMPARE(m_quits, 1);
    }

    void ctrlQQuitsFromTheConsoleWindow()
    {
        auto *w = new ConsoleWindow(m_session.get(), kWeb);
        w->show();
        pressCtrlQ(w);
        QCOMPARE(m_quits, 1);
        delete w;
    }

    void ctrlQInTheManagerQuitsTheApplication()
    {
        DomainTreeModel model;
        MainWindow manager(&model);
        manager.show();
        DomainWindow::showFor(m_session.get(), kWeb);
        pressCtrlQ(&manager);
        QCOMPARE(m_quits, 1); // not only the manager closing
    }

    void quitWorksWithTheManagerHidden()
    {
        QSettings().clear();
        auto options = CommandLine::parse(
            {QStringLiteral("vireo"), QStringLiteral("--connect"), QStringLiteral("demo"),
             QStringLiteral("--show-domain-console"), QStringLiteral("db-primary")});
        QVERIFY(options.ok());
        Application app;
        app.start(*options);
        ConsoleWindow *console = nullptr;
        QTRY_VERIFY([&] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if ((console = qobject_cast<ConsoleWindow *>(top)) && console->isVisible())
                    return true;
            return false;
        }());
        QVERIFY(!app.mainWindow()->isVisible());
        pressCtrlQ(console);
        QCOMPARE(m_quits, 1);
        // View Manager brings the hidden manager up.
        QVERIFY(console->chrome()->managerAction()->isEnabled());
        console->chrome()->managerAction()->trigger();
        QVERIFY(app.mainWindow()->isVisible());
        delete console;
    }
};

QTEST_MAIN(TestDomainActions)
#include "tst_domainactionset.moc"
