// SPDX-License-Identifier: GPL-2.0-or-later
// The Application: command line, first-run connections, persistence, the host summary.
#include "accessibility.h"
#include "core/session/connectionstore.h"
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "core/session/virtcheck.h"
#include "resources.h"
#include "ui/application.h"
#include "ui/common/hostauthprompter.h"
#include "ui/common/messagelog.h"
#include "ui/console/consolepage.h"
#include "ui/console/consolewindow.h"
#include "ui/details/domainwindow.h"
#include "ui/manager/addconnectiondialog.h"
#include "ui/manager/hostsummarywindow.h"
#include "ui/manager/mainwindow.h"
#include "ui/problemwindow.h"
#include "ui/wizard/newvmwizard.h"
#include "vnc/vncconsole.h"
#include "widgets/perfchart.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;

static ProblemWindow *visibleProblemWindow()
{
    for (QWidget *top : QApplication::topLevelWidgets())
        if (auto *p = qobject_cast<ProblemWindow *>(top); p && p->isVisible())
            return p;
    return nullptr;
}

static ConsoleWindow *visibleConsoleWindow()
{
    for (QWidget *top : QApplication::topLevelWidgets())
        if (auto *c = qobject_cast<ConsoleWindow *>(top); c && c->isVisible())
            return c;
    return nullptr;
}

class TestApplication : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VireoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_application"));
        // First runs here find no local libvirtd unless a test says otherwise.
        Application::setFirstRunLocalUri(QString());
    }
    void cleanup() { Application::setFirstRunLocalUri(QString()); }
    void init() { QSettings().clear(); }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("ok");
        QTest::newRow("none") << QStringList{} << true;
        QTest::newRow("connect twice")
            << QStringList{"-c", "qemu:///system", "--connect", "demo"} << true;
        QTest::newRow("console") << QStringList{"--connect", "demo", "--show-domain-console", "web"}
                                 << true;
        QTest::newRow("stats") << QStringList{"--stats-interval", "1000"} << true;
        QTest::newRow("stats off") << QStringList{"--stats-interval", "0"} << true;
        QTest::newRow("stats bad") << QStringList{"--stats-interval", "5"} << false;
        QTest::newRow("unknown") << QStringList{"--frobnicate"} << false;
        QTest::newRow("positional") << QStringList{"web"} << false;
        QTest::newRow("connect without uri") << QStringList{"--connect"} << false;
    }
    void commandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, ok);
        args.prepend(QStringLiteral("vireo"));
        const auto r = CommandLine::parse(args);
        QCOMPARE(r.ok(), ok);
        if (!ok)
            QVERIFY(!r.error().message.isEmpty());
    }

    void commandLineValues()
    {
        const auto r = CommandLine::parse(
            {QStringLiteral("vireo"), QStringLiteral("-c"), QStringLiteral("qemu:///system"),
             QStringLiteral("-c"), QStringLiteral("demo"), QStringLiteral("--show-domain-editor"),
             QStringLiteral("db")});
        QVERIFY(r.ok());
        QCOMPARE(r->connectUris,
                 (QStringList{QStringLiteral("qemu:///system"), QStringLiteral("demo")}));
        QCOMPARE(r->showDomainEditor, QStringLiteral("db"));
        QVERIFY(r->showsSingleWindow());
    }

    // Issue 19, #13: a first run connects the real host that answers, and adds no demo host.
    void firstRunConnectsTheLocalHostAndNoDemo()
    {
        Application::setFirstRunLocalUri(QStringLiteral("test:///default"));
        {
            Application app;
            app.start(CommandLine{});
            QVERIFY(app.mainWindow()->isVisible());
            QCOMPARE(app.sessions().size(), 1);
            HostSession *local = app.sessions().first();
            QCOMPARE(local->uri(), QStringLiteral("test:///default"));
            QTRY_COMPARE(local->state(), HostState::Connected);
            QVERIFY(!app.session(QStringLiteral("demo")));
            QTRY_VERIFY(app.mainWindow()->emptyHint()->isHidden());
        }
        QSettings s;
        QVERIFY(s.value(QStringLiteral("connectionsInitialized")).toBool());
        QCOMPARE(s.value(QStringLiteral("connections/size")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("connections/1/uri")).toString(),
                 QStringLiteral("test:///default"));
    }

    void firstRunWithoutAHostOffersTheDemoOnlyWhenAsked()
    {
        Application app;
        app.start(CommandLine{});
        QVERIFY(app.sessions().isEmpty());
        QTRY_VERIFY(app.mainWindow()->emptyHint()->isVisible());
        auto *demoButton =
            app.mainWindow()->emptyHint()->findChild<QPushButton *>(QStringLiteral("showDemo"));
        QVERIFY(demoButton);
        demoButton->click();
        HostSession *demo = app.session(QStringLiteral("demo"));
        QVERIFY(demo);
        QCOMPARE(demo->displayName(), QStringLiteral("Demo (simulated, no real VMs)"));
        QTRY_COMPARE(app.model()->rowCount(app.model()->indexOf(demo)), 9);
        QTRY_VERIFY(app.mainWindow()->emptyHint()->isHidden());
        QCOMPARE(QSettings().value(QStringLiteral("connections/1/uri")).toString(),
                 QStringLiteral("demo"));
    }

    void theDemoHostIsLabelledAsSimulatedEverywhere()
    {
        auto options = CommandLine::parse(
            {QStringLiteral("vireo"), QStringLiteral("--connect"), QStringLiteral("demo")});
        Application app;
        app.start(*options);
        HostSession *demo = app.session(QStringLiteral("demo"));
        QVERIFY(demo);
        const QString label = QStringLiteral("Demo (simulated, no real VMs)");
        QCOMPARE(app.model()->indexOf(demo).data().toString(), label); // the tree
        QTRY_VERIFY(app.model()->findDomain(demo, QStringLiteral("web-frontend")).has_value());
        const QString uuid = app.model()->findDomain(demo, QStringLiteral("web-frontend"))->uuid;
        app.openDomainEditor(demo, uuid);
        DomainWindow *details = DomainWindow::find(demo, uuid);
        QVERIFY(details);
        QTRY_VERIFY(details->windowTitle().contains(label)); // the details window
        details->close();
        app.openHostSummary(demo);
        HostSummaryWindow *summary = HostSummaryWindow::showFor(demo);
        QVERIFY(summary->windowTitle().contains(label)); // the connection details
        summary->close();
    }

    void addedConnectionsPersistAndRemovalForgets()
    {
        {
            Application app;
            app.start(CommandLine{});
            app.addConnection(QStringLiteral("test:///default"), false, true);
        }
        {
            Application app;
            app.start(CommandLine{});
            HostSession *t = app.session(QStringLiteral("test:///default"));
            QVERIFY(t);
            QVERIFY(!app.autoconnect(t));
            QCOMPARE(t->state(), HostState::Disconnected);
            app.removeConnection(t);
        }
        Application app;
        app.start(CommandLine{});
        QVERIFY(!app.session(QStringLiteral("test:///default")));
    }

    void hostLabelsAreKeptWithTheConnection()
    {
        const QString uri = QStringLiteral("test:///default");
        {
            Application app;
            app.start(CommandLine{});
            HostSession *t = app.addConnection(uri, false, true);
            t->setLabel(QStringLiteral("Bench rack"));
            QCOMPARE(
                QSettings()
                    .value(QStringLiteral("connections/%1/label")
                               .arg(QSettings().value(QStringLiteral("connections/size")).toInt()))
                    .toString(),
                QStringLiteral("Bench rack"));
        }
        {
            Application app;
            app.start(CommandLine{});
            HostSession *t = app.session(uri);
            QVERIFY(t);
            QCOMPARE(t->label(), QStringLiteral("Bench rack"));
            QCOMPARE(t->displayName(), QStringLiteral("Bench rack"));
            t->setLabel({}); // its own name again, and so after a restart
        }
        Application app;
        app.start(CommandLine{});
        QCOMPARE(app.session(uri)->label(), QString());
        QCOMPARE(app.session(uri)->displayName(), QStringLiteral("Test driver"));
    }

    void everyHostCanAskForCredentials()
    {
        // Also a host of a --show-* window, where no manager watches it: here no window at all.
        Application app;
        HostSession *s = app.addConnection(QStringLiteral("test:///default"), false, false);
        QVERIFY(s);
        QVERIFY(s->findChild<HostAuthPrompter *>(QString(), Qt::FindDirectChildrenOnly));
    }

    void statisticsIntervalFromTheViewMenuIsKept()
    {
        const auto demoOnly = *CommandLine::parse(
            {QStringLiteral("vireo"), QStringLiteral("--connect"), QStringLiteral("demo")});
        {
            Application app;
            app.start(demoOnly);
            QCOMPARE(app.statsInterval(), 2000);
            QAction *off = nullptr;
            for (QAction *a : app.mainWindow()->findChildren<QAction *>())
                if (a->isCheckable() && a->data().toInt() == 0 &&
                    a->text() == QLatin1String("&Off"))
                    off = a;
            QVERIFY(off);
            off->trigger();
            QCOMPARE(app.statsInterval(), 0);
            QVERIFY(off->isChecked());
            HostSession *demo = app.sessions().first();
            QCOMPARE(demo->statsInterval(), 0);
        }
        Application app;
        app.start(demoOnly);
        QCOMPARE(app.statsInterval(), 0);
        QCOMPARE(app.sessions().first()->statsInterval(), 0);
    }

    void hostSummaryShowsInfoAndCheck()
    {
        auto options =
            CommandLine::parse({QStringLiteral("vireo"), QStringLiteral("--connect"),
                                QStringLiteral("demo"), QStringLiteral("--show-host-summary")});
        QVERIFY(options.ok());
        Application app;
        app.start(*options);
        QVERIFY(!app.mainWindow()->isVisible()); // a --show-* option shows just that window
        HostSummaryWindow *w = nullptr;
        QTRY_VERIFY((w = qApp->findChild<HostSummaryWindow *>()) || [&] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if ((w = qobject_cast<HostSummaryWindow *>(top)))
                    return true;
            return false;
        }());
        QSignalSpy done(w, &HostSummaryWindow::checkFinished);
        QTRY_VERIFY(!w->checkItems().isEmpty());
        QTRY_COMPARE(w->findChild<QLabel *>(QStringLiteral("cpu"))
                         ->text()
                         .contains(QLatin1String("16 logical")),
                     true);
        w->close();
    }

    // Issue 19, #15: Connection details closes with a button and with Esc.
    void connectionDetailsCloseWithButtonAndEsc()
    {
        auto options = CommandLine::parse(
            {QStringLiteral("vireo"), QStringLiteral("--connect"), QStringLiteral("demo")});
        Application app;
        app.start(*options);
        HostSession *demo = app.session(QStringLiteral("demo"));
        QPointer<HostSummaryWindow> w = HostSummaryWindow::showFor(demo);
        QVERIFY(w->closeButton() && w->closeButton()->isVisible());
        w->closeButton()->click();
        QTRY_VERIFY(!w); // closed and gone
        w = HostSummaryWindow::showFor(demo);
        QVERIFY(w->isVisible());
        w->activateWindow();
        QApplication::setActiveWindow(w);
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTest::keyClick(w, Qt::Key_Escape);
        QTRY_VERIFY(!w);
    }

    void addingAnExistingConnectionSelectsIt()
    {
        auto options = CommandLine::parse({QStringLiteral("vireo"), QStringLiteral("--connect"),
                                           QStringLiteral("demo"), QStringLiteral("--connect"),
                                           QStringLiteral("test:///default")});
        Application app;
        app.start(*options);
        HostSession *local = app.session(QStringLiteral("test:///default"));
        QVERIFY(local);
        app.openAddConnection();
        AddConnectionDialog *dialog = app.mainWindow()->findChild<AddConnectionDialog *>();
        QVERIFY(dialog);
        dialog->hypervisorBox()->setCurrentIndex(
            dialog->hypervisorBox()->findData(int(ConnectionSpec::Hypervisor::Test)));
        QCOMPARE(dialog->connectButton()->text(), QStringLiteral("&Show It"));
        const int before = app.sessions().size();
        dialog->connectButton()->click();
        QCOMPARE(app.sessions().size(), before);
        QCOMPARE(app.mainWindow()->currentHost(), local);
        QVERIFY(
            MessageLog::instance()->texts().last().contains(QLatin1String("already in the list")));
    }

    void showDomainEditorOpensTheDetailsWithAConsolePage()
    {
        auto options = CommandLine::parse(
            {QStringLiteral("vireo"), QStringLiteral("-c"), QStringLiteral("demo"),
             QStringLiteral("--show-domain-editor"), QStringLiteral("web-frontend")});
        Application app;
        app.start(*options);
        HostSession *demo = app.session(QStringLiteral("demo"));
        QVERIFY(demo);
        QTRY_VERIFY(app.model()->findDomain(demo, QStringLiteral("web-frontend")).has_value());
        const QString uuid = app.model()->findDomain(demo, QStringLiteral("web-frontend"))->uuid;
        QTRY_VERIFY(DomainWindow::find(demo, uuid));
        DomainWindow *w = DomainWindow::find(demo, uuid);
        QVERIFY(w->isVisible());
        QVERIFY(w->pageTitles().contains(QStringLiteral("Console")));
        QCOMPARE(w->pageTitles().count(QStringLiteral("Console")), 1);
        // Opening it again from the manager raises the same window, no second console page.
        app.openDomainEditor(demo, uuid);
        QCOMPARE(DomainWindow::find(demo, uuid), w);
        QCOMPARE(w->pageTitles().count(QStringLiteral("Console")), 1);
        w->close();
    }

    void showDomainConsoleOpensOnlyTheConsole()
    {
        auto options = CommandLine::parse(
            {QStringLiteral("vireo"), QStringLiteral("--connect"), QStringLiteral("demo"),
             QStringLiteral("--show-domain-console"), QStringLiteral("db-primary")});
        Application app;
        app.start(*options);
        ConsoleWindow *console = nullptr;
        QTRY_VERIFY((console = visibleConsoleWindow()));
        QVERIFY(!app.mainWindow()->isVisible());
        console->close();
    }

    // A second Application in the same process (after the first is gone) shows a running
    // guest's console as the first did: nothing the first left behind makes it "not running".
    void aSecondApplicationShowsARunningGuestsConsole()
    {
        for (int round = 1; round <= 2; ++round) {
            QSettings().clear();
            auto options = CommandLine::parse(
                {QStringLiteral("vireo"), QStringLiteral("--connect"), QStringLiteral("demo"),
                 QStringLiteral("--show-domain-console"), QStringLiteral("db-primary")});
            auto app = std::make_unique<Application>();
            app->start(*options);
            ConsoleWindow *console = nullptr;
            QTRY_VERIFY((console = visibleConsoleWindow()));
            // Running on the test driver, which has no displays: "not available", never "not
            // running".
            QTRY_COMPARE_WITH_TIMEOUT(console->page()->console()->statusTitle(),
                                      QStringLiteral("The console is not available"), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(console->windowTitle().contains(QLatin1String("Running")),
                                     10000);
            const QPointer<ConsoleWindow> closing(console);
            console->close();
            QTRY_VERIFY(!closing);
            app.reset();
        }
    }

    void unknownDomainIsReported()
    {
        auto options = CommandLine::parse(
            {QStringLiteral("vireo"), QStringLiteral("--connect"), QStringLiteral("demo"),
             QStringLiteral("--show-domain-editor"), QStringLiteral("no-such-vm")});
        Application app;
        QSignalSpy failed(&app, &Application::requestFailed);
        app.start(*options);
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(QLatin1String("no-such-vm")));
    }

    // Issue 19, #14: after Finish the new machine's window opens on its console.
    void wizardsConsoleRequestOpensTheConsole()
    {
        auto options = CommandLine::parse(
            {QStringLiteral("vireo"), QStringLiteral("--connect"), QStringLiteral("demo")});
        Application app;
        app.start(*options);
        HostSession *demo = app.session(QStringLiteral("demo"));
        // A domain the model still knows as shut off, as a new one may be when Finish reports.
        QTRY_VERIFY(app.model()->findDomain(demo, QStringLiteral("win11-desktop")).has_value());
        const QString uuid = app.model()->findDomain(demo, QStringLiteral("win11-desktop"))->uuid;
        app.openCreator(demo);
        NewVmWizard *wizard = nullptr;
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *w = qobject_cast<NewVmWizard *>(top))
                wizard = w;
        if (!wizard)
            wizard = app.mainWindow()->findChild<NewVmWizard *>();
        QVERIFY(wizard);
        Q_EMIT wizard->consoleRequested(demo, uuid);
        DomainWindow *w = DomainWindow::find(demo, uuid);
        QVERIFY(w && w->isVisible());
        QCOMPARE(w->currentPageTitle(), QStringLiteral("Console"));
        w->close();
        wizard->close();
    }

    // Issue 19, #2: started from a launcher there is no stderr to read. The problem is said in
    // a window, and closing it ends Vireo with a failure status.
    void unknownDomainIsSaidInAWindowAndClosingItExitsNonZero()
    {
        auto options = CommandLine::parse(
            {QStringLiteral("vireo"), QStringLiteral("--connect"), QStringLiteral("demo"),
             QStringLiteral("--show-domain-console"), QStringLiteral("nosuchvm")});
        Application app;
        QList<int> exits;
        app.setExitHandler([&exits](int status) { exits << status; });
        app.start(*options);
        ProblemWindow *problem = nullptr;
        QTRY_VERIFY((problem = visibleProblemWindow()));
        QCOMPARE(problem->kind(), ProblemWindow::Kind::NotFound);
        QVERIFY2(problem->heading().contains(QLatin1String("'nosuchvm'")),
                 qPrintable(problem->heading()));
        QVERIFY2(problem->text().contains(QLatin1String("'web-frontend'")),
                 qPrintable(problem->text())); // the names there are, so a typo shows
        QVERIFY(problem->retryButton()->isHidden());
        QVERIFY(!app.mainWindow()->isVisible());
        const QStringList unnamed = unnamedControls(problem);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
        QVERIFY(exits.isEmpty()); // it waits for the user
        problem->closeButton()->click();
        QCOMPARE(exits, QList<int>{1});
    }

    void unknownDomainOfTheEditorAndEscClose()
    {
        auto options = CommandLine::parse(
            {QStringLiteral("vireo"), QStringLiteral("--connect"), QStringLiteral("demo"),
             QStringLiteral("--show-domain-editor"), QStringLiteral("nosuchvm")});
        Application app;
        QList<int> exits;
        app.setExitHandler([&exits](int status) { exits << status; });
        app.start(*options);
        ProblemWindow *problem = nullptr;
        QTRY_VERIFY((problem = visibleProblemWindow()));
        QTest::keyClick(problem, Qt::Key_Escape);
        QCOMPARE(exits, QList<int>{1});
    }

    void unreachableHostSaysWhyAndRetries()
    {
        // A fixture that is not there yet: the host cannot be reached, and says why.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("late.xml"));
        auto options = CommandLine::parse(
            {QStringLiteral("vireo"), QStringLiteral("--connect"), QStringLiteral("test://") + path,
             QStringLiteral("--show-domain-editor"), QStringLiteral("web-frontend")});
        Application app;
        QList<int> exits;
        app.setExitHandler([&exits](int status) { exits << status; });
        app.start(*options);
        HostSession *host = app.sessions().last();
        host->setReconnectBackoff(60000, 60000); // only Retry tries again in this test
        ProblemWindow *problem = nullptr;
        QTRY_VERIFY((problem = visibleProblemWindow()) &&
                    problem->kind() == ProblemWindow::Kind::Unreachable);
        QVERIFY2(problem->text().contains(path), qPrintable(problem->text()));
        QVERIFY(problem->retryButton()->isVisible());
        // The host appears; Retry reaches it, the window goes and the details open.
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(demoHostFixture());
        f.close();
        problem->retryButton()->click();
        QTRY_VERIFY(app.model()->findDomain(host, QStringLiteral("web-frontend")).has_value());
        const QString uuid = app.model()->findDomain(host, QStringLiteral("web-frontend"))->uuid;
        QTRY_VERIFY(DomainWindow::find(host, uuid));
        QTRY_VERIFY(!visibleProblemWindow());
        QVERIFY(exits.isEmpty());
        DomainWindow::find(host, uuid)->close();
    }

    void retriesOfAnUnreachableHostSayItOnce()
    {
        auto options =
            CommandLine::parse({QStringLiteral("vireo"), QStringLiteral("--connect"),
                                QStringLiteral("test:///nonexistent/vireo-no-such-host.xml"),
                                QStringLiteral("--show-domain-console"), QStringLiteral("web1")});
        Application app;
        app.setExitHandler([](int) {});
        QSignalSpy failed(&app, &Application::requestFailed);
        app.start(*options);
        HostSession *host = app.sessions().last();
        host->setReconnectBackoff(20, 40);
        QSignalSpy states(host, &HostSession::stateChanged);
        QTRY_VERIFY(states.count() >= 8); // several automatic retries, all failing alike
        QCOMPARE(failed.count(), 1);      // one line on stderr, not one per retry
        ProblemWindow *problem = visibleProblemWindow();
        QVERIFY(problem);
        QCOMPARE(problem->kind(), ProblemWindow::Kind::Unreachable); // no flicker to "Connecting"
        host->disconnectFromHost();
    }

    void unreachableHostClosedExitsNonZero()
    {
        auto options =
            CommandLine::parse({QStringLiteral("vireo"), QStringLiteral("--connect"),
                                QStringLiteral("test:///nonexistent/vireo-no-such-host.xml"),
                                QStringLiteral("--show-host-summary")});
        Application app;
        QList<int> exits;
        app.setExitHandler([&exits](int status) { exits << status; });
        app.start(*options);
        ProblemWindow *problem = nullptr;
        QTRY_VERIFY((problem = visibleProblemWindow()) &&
                    problem->kind() == ProblemWindow::Kind::Unreachable);
        problem->close();
        QCOMPARE(exits, QList<int>{1});
    }

    void noConnectionAtAllIsSaidInAWindow()
    {
        QSettings settings;
        ConnectionStore::save(settings, {});
        auto options =
            CommandLine::parse({QStringLiteral("vireo"), QStringLiteral("--show-domain-creator")});
        Application app;
        QList<int> exits;
        app.setExitHandler([&exits](int status) { exits << status; });
        app.start(*options);
        ProblemWindow *problem = visibleProblemWindow();
        QVERIFY(problem);
        QVERIFY(problem->heading().contains(QLatin1String("No connection")));
        problem->closeButton()->click();
        QCOMPARE(exits, QList<int>{1});
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
