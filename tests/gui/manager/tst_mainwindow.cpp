// SPDX-License-Identifier: GPL-2.0-or-later
// The manager window on the demo fixture: listing, actions reaching libvirt, confirmations,
// enabled states, the filter, and accessible names.
#include "accessibility.h"
#include "core/domain/domainactions.h"
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"
#include "ui/common/deletedialog.h"
#include "ui/common/messagelog.h"
#include "ui/manager/domainfilterproxy.h"
#include "ui/manager/mainwindow.h"

#include "../../support/demomanager.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Vireo;
using A = MainWindow::Action;

class TestMainWindow : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<VireoTest::DemoManager> m_manager;
    DomainTreeModel *m_model = nullptr;
    HostSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    QStringList m_confirmTitles;
    bool m_answer = false;

    QModelIndex hostIndex() const { return m_window->proxy()->index(0, 0); }
    int visibleDomains() const { return m_window->proxy()->rowCount(hostIndex()); }
    QModelIndex proxyRow(const QString &name) const { return m_manager->row(name); }
    void select(const QStringList &names)
    {
        QVERIFY2(m_manager->select(names), qPrintable(names.join(QLatin1Char(' '))));
    }
    /// Whether a line of the message list (the shared log) contains the text.
    bool listed(const QString &text) const
    {
        for (int i = 0; i < m_window->messageList()->count(); ++i)
            if (m_window->messageList()->item(i)->text().contains(text))
                return true;
        return false;
    }
    DomainState stateOf(const QString &name) const
    {
        return DomainState(proxyRow(name).data(DomainTreeModel::DomainStateRole).toInt());
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        ++n;
        MessageLog::instance()->clear();
        m_manager = VireoTest::DemoManager::open(m_dir);
        QVERIFY(m_manager);
        m_model = m_manager->model.get();
        m_session = m_manager->session.get();
        m_window = m_manager->window.get();
        m_window->setBackupDir(m_dir.filePath(QStringLiteral("backups%1").arg(n)));
        m_confirmTitles.clear();
        m_window->setConfirmHandler([this](const QString &title, const QString &) {
            m_confirmTitles.append(title);
            return m_answer;
        });
    }
    void cleanup() { m_manager.reset(); }

    void listsTheFixtureDomainsExpandedAndSorted()
    {
        QVERIFY(m_window->view()->isExpanded(hostIndex()));
        QCOMPARE(m_window->proxy()->index(0, 0, hostIndex()).data().toString(),
                 QStringLiteral("build-agent"));
        QCOMPARE(proxyRow(QStringLiteral("db-primary"))
                     .siblingAtColumn(DomainTreeModel::StateColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Running"));
        QVERIFY(!proxyRow(QStringLiteral("db-primary"))
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
    }

    void actionsAreEnabledOnlyWhereTheyApply()
    {
        select({QStringLiteral("win11-desktop")});
        QVERIFY(m_window->action(A::Start)->isEnabled());
        QVERIFY(!m_window->action(A::Pause)->isEnabled());
        QVERIFY(!m_window->action(A::ForceOff)->isEnabled());
        QVERIFY(!m_window->action(A::Shutdown)->isEnabled());
        QVERIFY(m_window->action(A::Delete)->isEnabled());
        select({QStringLiteral("db-primary")});
        QVERIFY(!m_window->action(A::Start)->isEnabled());
        QVERIFY(m_window->action(A::Pause)->isEnabled());
        QVERIFY(m_window->action(A::ForceOff)->isEnabled());
        QVERIFY(m_window->action(A::Save)->isEnabled());
        QVERIFY(!m_window->action(A::Resume)->isEnabled());
        select({QStringLiteral("build-agent")});
        QVERIFY(m_window->action(A::Resume)->isEnabled());
        QVERIFY(m_window->action(A::Start)->isEnabled()); // Run resumes, as in virt-manager
        QVERIFY(m_window->action(A::ViewXml)->isEnabled());
        select({QStringLiteral("build-agent"), QStringLiteral("db-primary")});
        QVERIFY(!m_window->action(A::ViewXml)->isEnabled());
    }

    void startReachesLibvirt()
    {
        select({QStringLiteral("win11-desktop")});
        m_window->action(A::Start)->trigger();
        QTRY_COMPARE(stateOf(QStringLiteral("win11-desktop")), DomainState::Running);
        QVERIFY(m_confirmTitles.isEmpty()); // starting is not destructive
    }

    void bulkPauseReachesEverySelectedDomain()
    {
        select({QStringLiteral("web-frontend"), QStringLiteral("db-primary"),
                QStringLiteral("win11-desktop")});
        m_window->action(A::Pause)->trigger();
        QTRY_COMPARE(stateOf(QStringLiteral("web-frontend")), DomainState::Paused);
        QTRY_COMPARE(stateOf(QStringLiteral("db-primary")), DomainState::Paused);
        QCOMPARE(stateOf(QStringLiteral("win11-desktop")), DomainState::Shutoff);
    }

    void forceOffAsksFirstAndCancelChangesNothing()
    {
        select({QStringLiteral("web-frontend")});
        m_answer = false;
        m_window->action(A::ForceOff)->trigger();
        QCOMPARE(m_confirmTitles, QStringList{QStringLiteral("Force Off")});
        QTest::qWait(300);
        QCOMPARE(stateOf(QStringLiteral("web-frontend")), DomainState::Running);
        m_answer = true;
        m_window->action(A::ForceOff)->trigger();
        QTRY_COMPARE(stateOf(QStringLiteral("web-frontend")), DomainState::Shutoff);
    }

    void forceResetAsksFirst()
    {
        select({QStringLiteral("db-primary")});
        m_answer = false;
        m_window->action(A::Reset)->trigger();
        QCOMPARE(m_confirmTitles, QStringList{QStringLiteral("Force Reset")});
    }

    void deleteAsksKeepsBackupAndRemovesRow()
    {
        select({QStringLiteral("mail-relay")});
        // The Delete dialog asks, and lists the disks (issue 12).
        QTest::keyClick(m_window->view(), Qt::Key_Delete);
        DeleteDialog *ask = nullptr;
        QTRY_VERIFY((ask = m_window->findChild<DeleteDialog *>()) && ask->isVisible());
        QTRY_VERIFY(ask->isLoaded());
        ask->cancelButton()->click();
        QTest::qWait(200);
        QCOMPARE(visibleDomains(), 9);
        m_window->action(A::Delete)->trigger();
        QTRY_VERIFY((ask = m_window->findChild<DeleteDialog *>()) && ask->isVisible());
        QTRY_VERIFY(ask->isLoaded());
        QCOMPARE(ask->diskBoxes().size(), 1);
        ask->diskBoxes().first()->setChecked(false); // this test keeps the disk
        ask->deleteButton()->click();
        QTRY_COMPARE(visibleDomains(), 8);
        QVERIFY(!proxyRow(QStringLiteral("mail-relay")).isValid());
        const QStringList backups =
            QDir(m_window->backupDir()).entryList({QStringLiteral("mail-relay-*.xml")});
        QCOMPARE(backups.size(), 1);
        QTRY_VERIFY(listed(backups.first()));
    }

    void failuresAppearInTheMessageArea()
    {
        // Pausing twice: libvirt refuses the second, and the window says so without blocking.
        select({QStringLiteral("ci-runner-01")});
        DomainActions::performAction(
            m_session,
            {proxyRow(QStringLiteral("ci-runner-01")).data(DomainTreeModel::UuidRole).toString()},
            DomainAction::Pause);
        DomainActions::performAction(
            m_session,
            {proxyRow(QStringLiteral("ci-runner-01")).data(DomainTreeModel::UuidRole).toString()},
            DomainAction::Pause);
        QTRY_VERIFY(listed(QStringLiteral("Pause domain 'ci-runner-01'")));
    }

    void filterByTextAndState()
    {
        QTest::keyClicks(m_window->filterEdit(), QStringLiteral("ci-"));
        QTRY_COMPARE(visibleDomains(), 2);
        m_window->filterEdit()->clear();
        QTRY_COMPARE(visibleDomains(), 9);
        m_window->stateFilterBox()->setCurrentIndex(3); // Paused
        QCOMPARE(visibleDomains(), 2);
        m_window->stateFilterBox()->setCurrentIndex(4); // Shut off
        QCOMPARE(visibleDomains(), 3);
        QTest::keyClicks(m_window->filterEdit(), QStringLiteral("WIN"));
        QTRY_COMPARE(visibleDomains(), 1);
    }

    void aDisconnectedHostsDomainsAreUnknownAndOfferNothing()
    {
        // Issue 19, #7: after a disconnect the rows stay (a reconnect updates them in place),
        // but greyed, their state unknown, and nothing opens a window on what was last seen.
        select({QStringLiteral("db-primary")});
        QVERIFY(m_window->action(A::Open)->isEnabled());
        QSignalSpy opened(m_window, &MainWindow::openDomainRequested);
        m_session->disconnectFromHost();
        QTRY_COMPARE(m_session->state(), HostState::Disconnected);
        QCOMPARE(visibleDomains(), 9);
        const QModelIndex db = proxyRow(QStringLiteral("db-primary"));
        QCOMPARE(db.siblingAtColumn(DomainTreeModel::StateColumn).data().toString(),
                 QStringLiteral("Unknown"));
        QVERIFY(db.data(DomainTreeModel::StaleRole).toBool());
        QCOMPARE(DomainState(db.data(DomainTreeModel::DomainStateRole).toInt()),
                 DomainState::NoState);
        const QString tip =
            db.siblingAtColumn(DomainTreeModel::StateColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("When last seen it was Running")), qPrintable(tip));
        QVERIFY(!(db.flags() & Qt::ItemIsEnabled)); // greyed
        QVERIFY(!(db.flags() & Qt::ItemIsSelectable));
        QVERIFY(m_window->selectedDomains().isEmpty()); // the selection let go of it
        QTRY_VERIFY(!m_window->action(A::Open)->isEnabled());
        for (A a : {A::Start, A::Pause, A::Shutdown, A::ForceOff, A::Delete, A::ViewXml})
            QVERIFY(!m_window->action(a)->isEnabled());
        // Neither Open, nor Enter or a double-click on the row, opens a window.
        m_window->view()->selectionModel()->select(db, QItemSelectionModel::Select |
                                                           QItemSelectionModel::Rows);
        m_window->action(A::Open)->trigger();
        Q_EMIT m_window->view()->activated(db);
        QCOMPARE(opened.size(), 0);
        // A state filter does not take the last seen state for the present one.
        m_window->stateFilterBox()->setCurrentIndex(2); // Running
        QCOMPARE(visibleDomains(), 0);
        m_window->stateFilterBox()->setCurrentIndex(0);
        QCOMPARE(visibleDomains(), 9);

        m_session->connectToHost();
        QTRY_COMPARE(proxyRow(QStringLiteral("db-primary"))
                         .siblingAtColumn(DomainTreeModel::StateColumn)
                         .data()
                         .toString(),
                     QStringLiteral("Running"));
        QVERIFY(proxyRow(QStringLiteral("db-primary")).flags() & Qt::ItemIsEnabled);
        select({QStringLiteral("db-primary")});
        QVERIFY(m_window->action(A::Open)->isEnabled());
        m_window->action(A::Open)->trigger();
        QCOMPARE(opened.size(), 1);
    }

    void aSlowConnectionIsSaidInTheStatusBar()
    {
        // Issue 10: a libvirtd that accepts and then does not answer (as while it probes QEMU
        // for the first time). The host's row says so after SlowConnectMs; the status bar says
        // it too, for as long as it lasts, and not after.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray socketPath = QFile::encodeName(dir.filePath(QStringLiteral("sock")));
        const int daemon = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(daemon >= 0);
        sockaddr_un addr = {};
        addr.sun_family = AF_UNIX;
        QVERIFY(size_t(socketPath.size()) < sizeof addr.sun_path);
        memcpy(addr.sun_path, socketPath.constData(), size_t(socketPath.size()));
        QCOMPARE(::bind(daemon, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
        QCOMPARE(::listen(daemon, 4), 0); // never accepts
        HostSession slow(QStringLiteral("qemu+unix:///system?socket=") +
                         QString::fromLocal8Bit(socketPath));
        slow.setDisplayName(QStringLiteral("Slow host"));
        slow.setReconnectBackoff(60000, 60000);
        m_model->addHost(&slow);
        QLabel *note = m_window->connectingNote();
        QVERIFY(note->text().isEmpty());
        slow.connectToHost();
        QTRY_VERIFY_WITH_TIMEOUT(slow.isSlowToConnect(), 15000);
        QTRY_COMPARE(note->text(),
                     QStringLiteral("Connecting to Slow host: libvirt is still examining the "
                                    "hypervisor; the first time can take a minute."));
        QVERIFY(!note->accessibleName().isEmpty());
        // The log's passing lines cover it only while they show.
        m_window->showMessage(QStringLiteral("something else happened"));
        QVERIFY(!note->isVisible());
        m_window->statusBar()->clearMessage(); // as when the line's time is up
        QVERIFY(note->isVisible());

        ::close(daemon); // the daemon hangs up: no longer connecting
        QTRY_COMPARE_WITH_TIMEOUT(slow.state(), HostState::Disconnected, 15000);
        QTRY_VERIFY(note->text().isEmpty());
        m_model->removeHost(&slow);
    }

    void defineFromXmlFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.xml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<domain type='test'><name>from-file</name><memory unit='MiB'>128</memory>"
                "<vcpu>1</vcpu><os><type>hvm</type></os></domain>");
        f.close();
        m_window->setXmlFileChooser([path] { return path; });
        m_window->view()->setCurrentIndex(hostIndex());
        QCoreApplication::processEvents();
        m_window->action(A::DefineXml)->trigger();
        QTRY_VERIFY(proxyRow(QStringLiteral("from-file")).isValid());
    }

    void defineFromBadFileSaysWhyAndChangesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.xml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<domain type='test'><name>half");
        f.close();
        m_window->setXmlFileChooser([path] { return path; });
        m_window->view()->setCurrentIndex(hostIndex());
        QCoreApplication::processEvents();
        m_window->action(A::DefineXml)->trigger();
        QTRY_VERIFY(listed(path));
        QCOMPARE(visibleDomains(), 9);
    }

    // Issue 19, #15: plain words, and a count that does not push the Show menu around.
    void theCountSaysDomainsAndKeepsItsWidth()
    {
        auto *count = m_window->findChild<QLabel *>(QStringLiteral("domainCount"));
        QVERIFY(count);
        QTRY_COMPARE(count->text(), QStringLiteral("9 domains"));
        const int width = count->width();
        const int showX = m_window->stateFilterBox()->mapTo(m_window, QPoint()).x();
        QTest::keyClicks(m_window->filterEdit(), QStringLiteral("ci-"));
        QTRY_COMPARE(count->text(), QStringLiteral("2 of 9 domains"));
        QCOMPARE(count->width(), width);
        QCOMPARE(m_window->stateFilterBox()->mapTo(m_window, QPoint()).x(), showX);
        QCOMPARE(MainWindow::countText(1, 1), QStringLiteral("1 domain"));
        QCOMPARE(MainWindow::countText(0, 1), QStringLiteral("0 of 1 domain"));
        QCOMPARE(MainWindow::countText(12345, 12345), QStringLiteral("12345 domains"));
    }

    void addConnectionIsUnderConnection()
    {
        QMenu *file = nullptr, *connection = nullptr;
        for (QAction *a : m_window->menuBar()->actions()) {
            if (a->text() == QLatin1String("&File"))
                file = a->menu();
            if (a->text() == QLatin1String("&Connection"))
                connection = a->menu();
        }
        QVERIFY(file && connection);
        QAction *add = m_window->action(A::AddConnection);
        QVERIFY(connection->actions().contains(add));
        QVERIFY(!file->actions().contains(add));
    }

    void everyControlHasAnAccessibleName()
    {
        const QStringList unnamed = unnamedControls(m_window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
