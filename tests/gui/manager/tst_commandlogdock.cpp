// SPDX-License-Identifier: GPL-2.0-or-later
// The manager's Equivalent Commands dock (issue 17) on the demo host: hidden until View >
// Equivalent Commands, a row after an operation the window performs, copy, and the exported
// script's contents.

#include "accessibility.h"
#include "core/commandlog/commandlog.h"
#include "core/migration/migration.h"
#include "core/session/processsetup.h"
#include "ui/manager/commandlogdock.h"
#include "ui/manager/migratedialog.h"

#include "../../support/demomanager.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace Vireo;
using namespace VireoTest;
using A = MainWindow::Action;

class TestCommandLogDock : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DemoManager> m_manager;
    MainWindow *m_window = nullptr;
    HostSession *m_session = nullptr;
    std::unique_ptr<HostSession> m_other;

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
    /// Runs win11-desktop (shut off in the fixture) through the window's own Run action.
    void startWin11()
    {
        QVERIFY(m_manager->select({QStringLiteral("win11-desktop")}));
        QVERIFY(m_window->action(A::Start)->isEnabled());
        m_window->action(A::Start)->trigger();
        QTRY_COMPARE(dock()->list()->topLevelItemCount(), 1);
    }

private Q_SLOTS:
    void init()
    {
        CommandLog::instance()->clear();
        m_manager = DemoManager::open(m_dir);
        QVERIFY(m_manager);
        m_window = m_manager->window.get();
        m_session = m_manager->session.get();
    }
    void cleanup()
    {
        m_manager.reset();
        m_other.reset(); // after the model that lists it
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
        // The Explain lines, English then Chinese, whatever the UI's language (English here).
        QVERIFY(row->childCount() >= 2);
        const QString english = row->child(row->childCount() - 2)->text(3);
        const QString chinese = row->child(row->childCount() - 1)->text(3);
        QCOMPARE(english, QStringLiteral("Explain: Boots the domain from its definition."));
        QVERIFY2(chinese.startsWith(QStringLiteral("说明: ")), qPrintable(chinese));
        QVERIFY2(chinese.contains(QStringLiteral("虚拟机")), qPrintable(chinese));

        // Running it again fails: the row says so, with libvirt's reason.
        QVERIFY(m_manager->select({QStringLiteral("win11-desktop")}));
        CommandLog::record(
            m_session->uri(), QStringLiteral("win11-desktop"),
            EquivalentCommands::lifecycle(DomainAction::Start, QStringLiteral("win11-desktop")),
            Error{QStringLiteral("Start"), QStringLiteral("already running"), 0});
        QTRY_COMPARE(dock()->list()->topLevelItemCount(), 2);
        QCOMPARE(dock()->list()->topLevelItem(1)->text(2), QStringLiteral("failed"));
    }

    // A migration asked for in the Migrate dialog shows as its virsh migrate line. libvirt's test
    // driver moves nothing and the dialog's check says so (Start stays off), so the case hands
    // the dialog's request to the job its Start makes; the driver refuses, and the row says so
    // with libvirt's reason.
    void aMigrationShowsItsLine()
    {
        viewEntry()->trigger();
        m_other = std::make_unique<HostSession>(QStringLiteral("test:///default"));
        HostSession &other = *m_other;
        m_manager->model->addHost(&other);
        other.connectToHost();
        QTRY_COMPARE(other.state(), HostState::Connected);
        QVERIFY(m_manager->select({QStringLiteral("web-frontend")}));
        QTRY_VERIFY(m_window->action(A::Migrate)->isEnabled());
        m_window->action(A::Migrate)->trigger();
        auto *dialog = m_window->findChild<MigrateDialog *>(QStringLiteral("migrateDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->destination(), &other);
        dialog->copyStorageBox()->setChecked(true);
        const MigrationRequest request = dialog->request();
        QVERIFY(request.live && request.copyStorage);
        MigrationJob job(m_session, dialog->destination(), kWeb, request);
        QSignalSpy finished(&job, &MigrationJob::finished);
        job.start();
        QTRY_COMPARE(finished.count(), 1);
        QTRY_COMPARE(dock()->list()->topLevelItemCount(), 1);
        QTreeWidgetItem *row = dock()->list()->topLevelItem(0);
        QCOMPARE(row->text(1), QStringLiteral("web-frontend"));
        QCOMPARE(row->text(3), QStringLiteral("virsh -c %1 migrate web-frontend test:///default "
                                              "--live --persistent --copy-storage-all")
                                   .arg(shellQuote(m_session->uri())));
        QCOMPARE(row->text(2), QStringLiteral("failed"));
        QVERIFY(!CommandLog::instance()->entries().first().error.isEmpty());
        delete dialog;
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
        // Both Explain lines, as comments, the Chinese right under the English.
        const qsizetype english =
            lines.indexOf(QStringLiteral("# Explain: Boots the domain from its definition."));
        QVERIFY(english > 0);
        QVERIFY2(lines.value(english + 1).startsWith(QStringLiteral("# 说明: ")),
                 qPrintable(lines.value(english + 1)));
        QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(!dock()->exportTo(m_dir.filePath(QStringLiteral("no/such/dir/x.sh"))).ok());
    }
};

QTEST_MAIN(TestCommandLogDock)
#include "tst_commandlogdock.moc"
