// SPDX-License-Identifier: GPL-2.0-or-later
// Issue 18, fifty hosts in one window: View > Flat List (every host's domains in one list with a
// Host column; the filter, sorting and bulk actions across hosts; kept in the settings) and the
// labels users give hosts (Set Label…, shown in the host row, the Host column and the connection
// details' title; an empty label falls back to the host's own name), on two test-driver hosts.
#include "accessibility.h"
#include "core/session/domaintreemodel.h"
#include "core/session/flatdomainproxy.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"
#include "tests/support/demohost.h"
#include "ui/manager/domainfilterproxy.h"
#include "ui/manager/hostlabeldialog.h"
#include "ui/manager/hostsummarywindow.h"
#include "ui/manager/mainwindow.h"
#include "ui/manager/migratedialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Vireo;
using namespace VireoTest;
using A = MainWindow::Action;

static const QString kLabA = QStringLiteral("Test driver: lab-a");
static const QString kLabB = QStringLiteral("Test driver: lab-b");

class TestFlatList : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    DomainTreeModel *m_model = nullptr;
    HostSession *m_a = nullptr;
    HostSession *m_b = nullptr;
    MainWindow *m_window = nullptr;

    HostSession *host(const QString &file)
    {
        // The fixture's file names the host ("Test driver: lab-a"); one folder per test, so
        // each test starts from the fixture's states.
        static int n = 0;
        QDir().mkpath(m_dir.filePath(QString::number(++n)));
        QFile f(m_dir.filePath(QStringLiteral("%1/%2.xml").arg(n).arg(file)));
        if (!f.open(QIODevice::WriteOnly))
            return nullptr;
        f.write(demoHostFixture());
        auto *s = new HostSession(QStringLiteral("test://") + f.fileName());
        s->setStatsInterval(0);
        return s;
    }
    DomainFilterProxy *proxy() const { return m_window->proxy(); }
    QString cell(int row, int column) const
    {
        return proxy()->index(row, column).data().toString();
    }
    /// The flat rows of a domain name, as (host column, row).
    QList<QPair<QString, int>> rowsNamed(const QString &name) const
    {
        QList<QPair<QString, int>> out;
        for (int r = 0; r < proxy()->rowCount(); ++r)
            if (cell(r, DomainTreeModel::NameColumn) == name)
                out.append({cell(r, FlatDomainProxy::HostColumn), r});
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VireoTestFlatList"));
    }

    void init()
    {
        QSettings().clear();
        m_model = new DomainTreeModel;
        m_a = host(QStringLiteral("lab-a"));
        m_b = host(QStringLiteral("lab-b"));
        QVERIFY(m_a && m_b);
        m_model->addHost(m_a);
        m_model->addHost(m_b);
        m_window = new MainWindow(m_model);
        m_window->show();
        m_a->connectToHost();
        m_b->connectToHost();
        QTRY_COMPARE(m_model->domainCount(), 18);
        QTRY_COMPARE(m_a->state(), HostState::Connected);
        QTRY_COMPARE(m_b->state(), HostState::Connected);
    }
    void cleanup()
    {
        delete m_window;
        delete m_a;
        delete m_b;
        delete m_model;
    }

    void flatListHasAHostColumnAndSortsAcrossHosts()
    {
        QVERIFY(!m_window->isFlatList());
        QCOMPARE(proxy()->rowCount(), 2); // the hosts
        m_window->action(A::FlatList)->trigger();
        QVERIFY(m_window->isFlatList());
        QCOMPARE(proxy()->rowCount(), 18);
        QCOMPARE(proxy()->headerData(FlatDomainProxy::HostColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Host"));
        // Shown right after the name.
        QCOMPARE(m_window->view()->header()->visualIndex(FlatDomainProxy::HostColumn), 1);
        QVERIFY(!m_window->view()->rootIsDecorated());
        // One web-frontend from each host, each named by its host.
        const auto web = rowsNamed(QStringLiteral("web-frontend"));
        QCOMPARE(web.size(), 2);
        QCOMPARE(QSet<QString>({web[0].first, web[1].first}), QSet<QString>({kLabA, kLabB}));
        // Sorted by name across hosts: both build-agents first.
        QCOMPARE(cell(0, 0), QStringLiteral("build-agent"));
        QCOMPARE(cell(1, 0), QStringLiteral("build-agent"));
        QCOMPARE(cell(17, 0), QStringLiteral("win11-desktop"));
        // By host, descending: lab-b's nine, then lab-a's.
        m_window->view()->sortByColumn(FlatDomainProxy::HostColumn, Qt::DescendingOrder);
        for (int r = 0; r < 18; ++r)
            QCOMPARE(cell(r, FlatDomainProxy::HostColumn), r < 9 ? kLabB : kLabA);
        // By state: one order over both hosts' rows, each state's rows from both hosts.
        m_window->view()->sortByColumn(DomainTreeModel::StateColumn, Qt::AscendingOrder);
        auto stateAt = [this](int r) {
            return proxy()->index(r, 0).data(DomainTreeModel::DomainStateRole).toInt();
        };
        QSet<QString> firstState;
        for (int r = 0; r < 18; ++r) {
            if (r + 1 < 18)
                QVERIFY(stateAt(r) <= stateAt(r + 1));
            if (stateAt(r) == stateAt(0))
                firstState.insert(cell(r, FlatDomainProxy::HostColumn));
        }
        QCOMPARE(firstState, QSet<QString>({kLabA, kLabB}));
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("domainCount"))->text(),
                 QStringLiteral("18 domains"));
        // Back to the tree: hosts with their domains under them.
        m_window->action(A::FlatList)->trigger();
        QVERIFY(!m_window->isFlatList());
        QCOMPARE(proxy()->rowCount(), 2);
        QCOMPARE(proxy()->rowCount(proxy()->index(0, 0)), 9);
        QVERIFY(m_window->view()->isExpanded(proxy()->index(0, 0)));
    }

    void filterWorksAcrossHosts()
    {
        m_window->setFlatList(true);
        m_window->filterEdit()->setText(QStringLiteral("ci-runner"));
        QTest::keyClick(m_window->filterEdit(), Qt::Key_Return);
        QCOMPARE(proxy()->rowCount(), 4);
        QSet<QString> hosts;
        for (int r = 0; r < 4; ++r) {
            QVERIFY(cell(r, 0).startsWith(QLatin1String("ci-runner")));
            hosts.insert(cell(r, FlatDomainProxy::HostColumn));
        }
        QCOMPARE(hosts, QSet<QString>({kLabA, kLabB}));
        QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("domainCount"))->text(),
                     QStringLiteral("4 of 18 domains"));
        // The state filter too: the running domains of each host.
        m_window->filterEdit()->clear();
        QTest::keyClick(m_window->filterEdit(), Qt::Key_Return);
        QComboBox *state = m_window->stateFilterBox();
        state->setCurrentIndex(state->findData(int(DomainFilterProxy::StateFilter::Running)));
        QVERIFY(proxy()->rowCount() >= 2);
        QSet<QString> running;
        for (int r = 0; r < proxy()->rowCount(); ++r)
            running.insert(cell(r, FlatDomainProxy::HostColumn));
        QCOMPARE(running, QSet<QString>({kLabA, kLabB}));
    }

    void bulkActionOnASelectionAcrossHostsReachesBoth()
    {
        m_window->setFlatList(true);
        const auto win = rowsNamed(QStringLiteral("win11-desktop"));
        QCOMPARE(win.size(), 2);
        QCOMPARE(m_model->domain(m_a, kWin)->state, DomainState::Shutoff);
        QCOMPARE(m_model->domain(m_b, kWin)->state, DomainState::Shutoff);
        auto *selection = m_window->view()->selectionModel();
        for (const auto &[hostName, row] : win)
            selection->select(proxy()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(m_window->selectedDomains().size(), 2);
        QCOMPARE(QSet<HostSession *>(
                     {m_window->selectedDomains()[0].first, m_window->selectedDomains()[1].first}),
                 QSet<HostSession *>({m_a, m_b}));
        QTRY_VERIFY(m_window->action(A::Start)->isEnabled());
        m_window->action(A::Start)->trigger();
        // Each host's worker started its own copy.
        QTRY_COMPARE(m_model->domain(m_a, kWin)->state, DomainState::Running);
        QTRY_COMPARE(m_model->domain(m_b, kWin)->state, DomainState::Running);
        QCOMPARE(m_model->domain(m_a, kWeb)->state, DomainState::Running); // untouched
    }

    void flatListIsKeptInTheSettings()
    {
        QVERIFY(!QSettings().value(QStringLiteral("manager/flatList")).toBool());
        m_window->action(A::FlatList)->trigger();
        QVERIFY(QSettings().value(QStringLiteral("manager/flatList")).toBool());
        MainWindow again(m_model);
        QVERIFY(again.isFlatList());
        QVERIFY(again.action(A::FlatList)->isChecked());
        QCOMPARE(again.proxy()->rowCount(), 18);
        m_window->action(A::FlatList)->trigger();
        QVERIFY(!QSettings().value(QStringLiteral("manager/flatList")).toBool());
    }

    void flatListIsInTheViewMenuWithAShortcut()
    {
        QAction *flat = m_window->action(A::FlatList);
        QCOMPARE(flat->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        bool inView = false;
        for (QAction *menu : m_window->menuBar()->actions())
            if (menu->menu() && menu->text() == QLatin1String("Vie&w"))
                inView = menu->menu()->actions().contains(flat);
        QVERIFY(inView);
        m_window->setFlatList(true);
        QCOMPARE(m_window->view()->accessibleName(), QStringLiteral("Domains of all hosts"));
    }

    void aLabelNamesTheHostEverywhereAndEmptyFallsBack()
    {
        m_window->selectHost(m_a);
        QTRY_VERIFY(m_window->action(A::SetLabel)->isEnabled());
        m_window->action(A::SetLabel)->trigger();
        auto *dialog = m_window->findChild<HostLabelDialog *>();
        QVERIFY(dialog);
        QVERIFY(!dialog->isModal());
        QCOMPARE(unnamedControls(dialog), QStringList());
        QCOMPARE(dialog->labelEdit()->placeholderText(), kLabA);
        dialog->labelEdit()->setText(QStringLiteral("  Rack 4,   lab B "));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(m_a->label(), QStringLiteral("Rack 4, lab B"));
        QCOMPARE(m_a->displayName(), QStringLiteral("Rack 4, lab B"));
        // The host's row.
        QCOMPARE(m_model->indexOf(m_a).data().toString(), QStringLiteral("Rack 4, lab B"));
        // The flat list's Host column, and it follows a new label.
        m_window->setFlatList(true);
        QCOMPARE(rowsNamed(QStringLiteral("web-frontend")).size(), 2);
        QSet<QString> hosts;
        for (const auto &[h, row] : rowsNamed(QStringLiteral("web-frontend")))
            hosts.insert(h);
        QCOMPARE(hosts, QSet<QString>({QStringLiteral("Rack 4, lab B"), kLabB}));
        m_b->setLabel(QStringLiteral("Spare"));
        hosts.clear();
        for (const auto &[h, row] : rowsNamed(QStringLiteral("web-frontend")))
            hosts.insert(h);
        QCOMPARE(hosts, QSet<QString>({QStringLiteral("Rack 4, lab B"), QStringLiteral("Spare")}));
        // The connection details: its title and its label field, which sets it too.
        auto *summary = new HostSummaryWindow(m_a);
        QVERIFY(summary->windowTitle().startsWith(QStringLiteral("Rack 4, lab B")));
        QCOMPARE(summary->labelEdit()->text(), QStringLiteral("Rack 4, lab B"));
        summary->labelEdit()->setText(QString());
        Q_EMIT summary->labelEdit()->editingFinished();
        // Empty: the host's own name again, everywhere.
        QCOMPARE(m_a->label(), QString());
        QCOMPARE(m_a->displayName(), kLabA);
        QVERIFY(summary->windowTitle().startsWith(kLabA));
        QCOMPARE(m_model->indexOf(m_a).data().toString(), kLabA);
        hosts.clear();
        for (const auto &[h, row] : rowsNamed(QStringLiteral("web-frontend")))
            hosts.insert(h);
        QCOMPARE(hosts, QSet<QString>({kLabA, QStringLiteral("Spare")}));
        delete summary;
    }

    void cancelKeepsTheLabel()
    {
        m_a->setLabel(QStringLiteral("Old"));
        HostLabelDialog *dialog = m_window->editHostLabel(m_a);
        QCOMPARE(dialog->labelEdit()->text(), QStringLiteral("Old"));
        dialog->labelEdit()->setText(QStringLiteral("New"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(m_a->label(), QStringLiteral("Old"));
    }

    void setLabelIsOnTheHostsContextMenuAndTheConnectionMenu()
    {
        bool inConnection = false;
        for (QAction *menu : m_window->menuBar()->actions())
            if (menu->menu() && menu->text() == QLatin1String("&Connection"))
                inConnection = menu->menu()->actions().contains(m_window->action(A::SetLabel));
        QVERIFY(inConnection);
        // In the flat list, a domain's row offers its host's label.
        m_window->setFlatList(true);
        m_window->view()->setCurrentIndex(proxy()->index(0, 0));
        QCOMPARE(m_window->currentHost(), m_model->hostAt(proxy()->toTree(proxy()->index(0, 0))));
        QTRY_VERIFY(m_window->action(A::SetLabel)->isEnabled());
    }

    // Dragging in the flat list: a domain dropped on a row of a domain of another host opens the
    // Migrate dialog for that host (and only opens it); its own host's rows take no drop. With
    // two domains selected the drag carries the one under the pointer, as in the tree. The
    // events go to the view's viewport, where the window's drop handler is.
    void dropOnAnotherHostsDomainOpensMigrate()
    {
        m_window->resize(1000, 700);
        m_window->setFlatList(true);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTreeView *view = m_window->view();
        auto rowOn = [&](const QString &name, const QString &hostName) {
            for (const auto &[h, r] : rowsNamed(name))
                if (h == hostName)
                    return r;
            return -1;
        };
        const int webA = rowOn(QStringLiteral("web-frontend"), kLabA);
        const int buildA = rowOn(QStringLiteral("build-agent"), kLabA);
        const int dbB = rowOn(QStringLiteral("db-primary"), kLabB);
        QVERIFY(webA >= 0 && buildA >= 0 && dbB >= 0);
        QItemSelectionModel *selection = view->selectionModel();
        selection->select(proxy()->index(webA, 0),
                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selection->select(proxy()->index(buildA, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(m_window->selectedDomains().size(), 2);

        // Grabbed by its Host cell: the row's domain, on its host.
        std::unique_ptr<QMimeData> mime(
            m_window->migrationDragData(proxy()->index(webA, FlatDomainProxy::HostColumn)));
        QVERIFY(mime);
        QCOMPARE(QString::fromUtf8(mime->data(QStringLiteral("application/x-vireo-domain"))),
                 m_a->uri() + u'\n' + kWeb);

        auto send = [&](QEvent::Type type, int row, int column) {
            view->scrollTo(proxy()->index(row, column));
            const QPoint at = view->visualRect(proxy()->index(row, column)).center();
            if (type == QEvent::Drop) {
                QDropEvent e(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton,
                             Qt::NoModifier);
                QApplication::sendEvent(view->viewport(), &e);
                return e.isAccepted();
            }
            QDragMoveEvent e(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier, type);
            QApplication::sendEvent(view->viewport(), &e);
            return e.isAccepted();
        };
        auto dialogs = [&] { return m_window->findChildren<MigrateDialog *>(); };

        // Its own host's rows: refused, no dialog.
        QVERIFY(!send(QEvent::DragEnter, buildA, 0));
        QVERIFY(!send(QEvent::DragMove, webA, FlatDomainProxy::HostColumn));
        QVERIFY(!send(QEvent::Drop, buildA, 0));
        QCoreApplication::processEvents();
        QVERIFY(dialogs().isEmpty());

        // A row of the other host, on any of its cells: the dialog, B chosen, for web-frontend.
        QVERIFY(send(QEvent::DragEnter, dbB, 0));
        QVERIFY(send(QEvent::DragMove, dbB, FlatDomainProxy::HostColumn));
        QVERIFY(send(QEvent::Drop, dbB, DomainTreeModel::StateColumn));
        QTRY_COMPARE(dialogs().size(), 1);
        MigrateDialog *dialog = dialogs().first();
        QCOMPARE(dialog->destination(), m_b);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Migrate web-frontend"));
        // Nothing moved: the dialog waits for the user's Start.
        QVERIFY(!dialog->cancelButton()->isVisible());
        QVERIFY(m_model->indexOf(m_a, kWeb).isValid());
        QCOMPARE(rowOn(QStringLiteral("web-frontend"), kLabA), webA);
    }
};

QTEST_MAIN(TestFlatList)
#include "tst_flatlist.moc"
