// SPDX-License-Identifier: GPL-2.0-or-later
// The manager's Equivalent Commands dock (issue 17) on the demo host: hidden until View >
// Equivalent Commands, a row after an operation the window performs, copy, and the exported
// script's contents.

#include "accessibility.h"
#include "core/commandlog/commandlog.h"
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"
#include "ui/manager/commandlogdock.h"
#include "ui/manager/domainfilterproxy.h"
#include "ui/manager/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Vireo;
using A = MainWindow::Action;

class TestCommandLogDock : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    DomainTreeModel *m_model = nullptr;
    HostSession *m_session = nullptr;
    MainWindow *m_window = nullptr;

    CommandLogDock *dock() const { return m_window->findChild<CommandLogDock *>(); }
    QAction *viewEntry() const
    {
        for (QAction *menu : m_window->menuBar()->actions())
            if (menu->menu())
                for (QAction *a : menu->menu()->actions())
                    if (a->text() == QStringLiteral("Equivalent &Commands"))
                        return a;
        return nullptr;
    }
    void select(const QString &name)
    {
        const QModelIndex host = m_window->proxy()->index(0, 0);
        for (int r = 0; r < m_window->proxy()->rowCount(host); ++r) {
            const QModelIndex i = m_window->proxy()->index(r, 0, host);
            if (i.data().toString() == name) {
                m_window->view()->selectionModel()->select(i, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
                m_window->view()->selectionModel()->setCurrentIndex(i,
                                                                    QItemSelectionModel::NoUpdate);
            }
        }
        QCoreApplication::processEvents();
    }
    /// Runs win11-desktop (shut off in the fixture) through the window's own Run action.
    void startWin11()
    {
        select(QStringLiteral("win11-desktop"));
        QVERIFY(m_window->action(A::Start)->isEnabled());
        m_window->action(A::Start)->trigger();
        QTRY_COMPARE(dock()->list()->topLevelItemCount(), 1);
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("dock%1.xml").arg(++n));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(demoHostFixture());
        f.close();
        CommandLog::instance()->clear();
        m_model = new DomainTreeModel;
        m_session = new HostSession(QStringLiteral("test://") + path);
        m_model->addHost(m_session);
        m_window = new MainWindow(m_model);
        m_window->show();
        m_session->connectToHost();
        QTRY_COMPARE(m_session->state(), HostState::Connected);
        QTRY_COMPARE(m_window->proxy()->rowCount(m_window->proxy()->index(0, 0)), 9);
    }
    void cleanup()
    {
        delete m_window;
        delete m_session;
        delete m_model;
    }

    void hiddenUntilTheViewMenuShowsIt()
    {
        QVERIFY(dock());
        QVERIFY(!dock()->isVisible());
        QAction *entry = viewEntry();
        QVERIFY2(entry, "View > Equivalent Commands");
        QVERIFY(entry->isCheckable());
        QVERIFY(!entry->isChecked());
        entry->trigger();
        QTRY_VERIFY(dock()->isVisible());
        QVERIFY(unnamedControls(dock()).isEmpty());
        entry->trigger();
        QTRY_VERIFY(!dock()->isVisible());
    }

    void anOperationAddsItsCommand()
    {
        viewEntry()->trigger();
        startWin11();
        QTreeWidgetItem *row = dock()->list()->topLevelItem(0);
        const QString expected =
            QStringLiteral("virsh -c %1 start win11-desktop").arg(shellQuote(m_session->uri()));
        QCOMPARE(row->text(3), expected);
        QCOMPARE(row->text(1), QStringLiteral("win11-desktop"));
        QCOMPARE(row->text(2), QStringLiteral("succeeded"));
        QCOMPARE(row->toolTip(1), m_session->uri());
        QVERIFY(row->childCount() >= 1);
        QVERIFY(row->child(row->childCount() - 1)->text(3).startsWith(QStringLiteral("Explain: ")));

        // Running it again fails: the row says so, with libvirt's reason.
        select(QStringLiteral("win11-desktop"));
        CommandLog::record(
            m_session->uri(), QStringLiteral("win11-desktop"),
            EquivalentCommands::lifecycle(DomainAction::Start, QStringLiteral("win11-desktop")),
            Error{QStringLiteral("Start"), QStringLiteral("already running"), 0});
        QTRY_COMPARE(dock()->list()->topLevelItemCount(), 2);
        QCOMPARE(dock()->list()->topLevelItem(1)->text(2), QStringLiteral("failed"));
    }

    void entriesFromBeforeTheDockOpenedAreShown()
    {
        // The log records while the dock is hidden; it shows everything once opened.
        startWin11();
        QCOMPARE(dock()->list()->topLevelItemCount(), 1);
        QVERIFY(!dock()->isVisible());
        auto *again = new CommandLogDock(CommandLog::instance());
        QCOMPARE(again->list()->topLevelItemCount(), 1);
        QCoreApplication::processEvents(); // a queued copy of the same entry is not added twice
        QCOMPARE(again->list()->topLevelItemCount(), 1);
        delete again;
    }

    void copyOneOrAll()
    {
        startWin11();
        CommandLog::record(
            m_session->uri(), QStringLiteral("web-frontend"),
            EquivalentCommands::setVcpus(QStringLiteral("web-frontend"), 2, DomainControl::Live));
        QTRY_COMPARE(dock()->list()->topLevelItemCount(), 2);
        auto *copy = dock()->findChild<QPushButton *>();
        QVERIFY(!copy->isEnabled()); // nothing selected
        // A child row (the Explain line) selects its entry.
        dock()->list()->setCurrentItem(dock()->list()->topLevelItem(1)->child(0));
        QVERIFY(copy->isEnabled());
        copy->click();
        const QString uri = shellQuote(m_session->uri());
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("virsh -c %1 setvcpus web-frontend 2 --live").arg(uri));
        dock()->copyAll();
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("virsh -c %1 start win11-desktop\n"
                                "virsh -c %1 setvcpus web-frontend 2 --live")
                     .arg(uri));
    }

    void exportWritesACommentedScript()
    {
        startWin11();
        const QString path = m_dir.filePath(QStringLiteral("session.sh"));
        QVERIFY(dock()->exportTo(path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("#!/bin/sh"));
        QVERIFY(lines.contains(
            QStringLiteral("virsh -c %1 start win11-desktop").arg(shellQuote(m_session->uri()))));
        bool explained = false;
        for (const QString &l : lines)
            explained = explained || (l.startsWith(QStringLiteral("# Boots the domain")));
        QVERIFY(explained);
        QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(!dock()->exportTo(m_dir.filePath(QStringLiteral("no/such/dir/x.sh"))).ok());
    }
};

QTEST_MAIN(TestCommandLogDock)
#include "tst_commandlogdock.moc"
