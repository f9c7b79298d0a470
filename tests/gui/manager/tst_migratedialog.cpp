// SPDX-License-Identifier: GPL-2.0-or-later
// The Migrate dialog on two test-driver hosts: the destinations it offers, the check said in words
// before Start (the test driver cannot migrate, a network the destination lacks, options that
// exclude each other), its accessible names, and the manager following a domain whose row moves
// to another host on the hosts' events.
#include "accessibility.h"
#include "core/domain/domainactions.h"
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"
#include "tests/support/demohost.h"
#include "ui/manager/domainfilterproxy.h"
#include "ui/manager/mainwindow.h"
#include "ui/manager/migratedialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Vireo;
using namespace VireoTest;

class TestMigrateDialog : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void init()
    {
        m_model = new DomainTreeModel;
        m_a = new HostSession(demoHostUri(m_dir));
        // Host B: its network is called "lab", not "default", and web-frontend is not there.
        QByteArray fixture = demoHostFixture();
        fixture.replace("<network>\n    <name>default</name>", "<network>\n    <name>lab</name>");
        const qsizetype from = fixture.indexOf("  <domain ");
        const qsizetype to = fixture.indexOf("</domain>", from) + int(strlen("</domain>\n"));
        fixture.remove(from, to - from);
        QFile f(m_dir.filePath(QStringLiteral("hostb%1.xml").arg(++m_n)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(fixture);
        f.close();
        m_b = new HostSession(QStringLiteral("test://") + f.fileName());
        m_c = new HostSession(QStringLiteral("test:///nowhere/host-c.xml")); // never connects
        for (HostSession *h : {m_a, m_b, m_c}) {
            h->setStatsInterval(0);
            m_model->addHost(h);
        }
        m_a->connectToHost();
        m_b->connectToHost();
        QTRY_VERIFY(m_model->indexOf(m_a, kWeb).isValid());
        QTRY_COMPARE(m_b->state(), HostState::Connected);
        QTRY_VERIFY(m_model->indexOf(m_b, kWin).isValid());
        QVERIFY(!m_model->indexOf(m_b, kWeb).isValid());
    }
    void cleanup()
    {
        delete m_model;
        delete m_a;
        delete m_b;
        delete m_c;
    }

    void offersConnectedOtherHostsAndSaysWhy()
    {
        auto *dialog = new MigrateDialog(m_model, m_a, kWeb);
        QSignalSpy checked(dialog, &MigrateDialog::checked);
        dialog->show();
        QCOMPARE(dialog->destinationBox()->count(), 1); // not A itself, not C (disconnected)
        QCOMPARE(dialog->destination(), m_b);
        QTRY_VERIFY(dialog->lastCheck().has_value());
        const QString said = dialog->checkLabel()->text();
        QVERIFY2(said.contains(QStringLiteral("test driver cannot migrate")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("no network &#x27;default&#x27;")) ||
                     said.contains(QStringLiteral("no network 'default'")),
                 qPrintable(said));
        QVERIFY(!dialog->startButton()->isEnabled());
        QVERIFY(!dialog->cancelButton()->isVisible()); // no job yet

        // Options that exclude each other are said too, as they are chosen.
        dialog->offlineButton()->setChecked(true);
        dialog->copyStorageBox()->setChecked(true);
        QTRY_VERIFY(dialog->checkLabel()->text().contains(QStringLiteral("cannot copy storage")));
        QVERIFY(!dialog->startButton()->isEnabled());
        QCOMPARE(unnamedControls(dialog), QStringList());
        delete dialog;
    }

    // Post-copy is offered only where both ends can switch to it (QEMU): not between test-driver
    // hosts, and a box checked before the hosts answered is not left checked where it cannot be
    // changed. No job, no Switch to post-copy.
    void postCopyOnlyWhereBothEndsCan()
    {
        auto *dialog = new MigrateDialog(m_model, m_a, kWeb);
        dialog->postCopyBox()->setChecked(true);
        dialog->show();
        QTRY_VERIFY(dialog->lastCheck().has_value());
        QVERIFY(!dialog->postCopyBox()->isEnabled());
        QVERIFY(!dialog->postCopyBox()->isChecked());
        QVERIFY(!dialog->request().allowPostCopy);
        QVERIFY(!dialog->checkLabel()->text().contains(QStringLiteral("Post-copy")));
        QVERIFY(!dialog->postCopyButton()->isVisible());
        delete dialog;
    }

    void noOtherHost()
    {
        m_b->disconnectFromHost();
        QTRY_COMPARE(m_b->state(), HostState::Disconnected);
        auto *dialog = new MigrateDialog(m_model, m_a, kWeb);
        QCOMPARE(dialog->destinationBox()->count(), 0);
        QTRY_VERIFY(dialog->checkLabel()->text().contains(QStringLiteral("No other host")));
        QVERIFY(!dialog->startButton()->isEnabled());
        delete dialog;
    }

    void menuActionNeedsAnotherConnectedHost()
    {
        MainWindow window(m_model);
        window.show();
        window.selectDomain(m_a, kWeb);
        QTRY_VERIFY(window.action(MainWindow::Action::Migrate)->isEnabled());
        window.action(MainWindow::Action::Migrate)->trigger();
        auto *dialog = window.findChild<MigrateDialog *>(QStringLiteral("migrateDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->destination(), m_b);
        dialog->close();
        m_b->disconnectFromHost();
        QTRY_VERIFY(!window.action(MainWindow::Action::Migrate)->isEnabled());
    }

    // A domain dropped on another host's row: the dialog opens with that host chosen. (The drag's
    // start needs a real pointer; the drop is what the window decides on.)
    void dropOnAnotherHost()
    {
        MainWindow window(m_model);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTreeView *view = window.view();
        QTRY_VERIFY(view->model()->rowCount() == 3);
        const QModelIndex hostB = view->model()->index(1, 0);
        QCOMPARE(window.proxy()->mapToSource(hostB), m_model->indexOf(m_b));
        QMimeData mime;
        mime.setData(QStringLiteral("application/x-vireo-domain"),
                     (m_a->uri() + u'\n' + kWeb).toUtf8());
        const QPoint at = view->visualRect(hostB).center();
        QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        MigrateDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<MigrateDialog *>(QStringLiteral("migrateDialog"))));
        QCOMPARE(dialog->destination(), m_b);
        // Onto its own host: refused.
        const QPoint own = view->visualRect(view->model()->index(0, 0)).center();
        QDragMoveEvent move(own, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QVERIFY(!move.isAccepted());
    }

    // What a migration does to the hosts' lists, caused by hand on the test driver: the domain is
    // defined on B, then goes from A. Its row moves, and the manager selects it on B.
    void rowMovesAndTheSelectionFollows()
    {
        MainWindow window(m_model);
        window.show();
        window.selectDomain(m_a, kWeb);
        window.followDomain(m_b, kWeb);
        auto xml = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::fetchDomainXml(m_a, kWeb, {true, true}, ctx, done);
        });
        QVERIFY(xml && xml->ok());
        auto defined = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::defineXml(m_b, xml->value(), ctx, done);
        });
        QVERIFY(defined && defined->ok());
        auto deleted = ask<Result<DomainActions::DomainBackup>>([&](QObject *ctx, auto done) {
            DomainActions::deleteDomain(m_a, kWeb, m_dir.filePath(QStringLiteral("bk")), ctx, done);
        });
        QVERIFY(deleted && deleted->ok());
        QTRY_VERIFY(!m_model->indexOf(m_a, kWeb).isValid());
        QVERIFY(m_model->indexOf(m_b, kWeb).isValid());
        const auto selected = window.selectedDomains();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().first, m_b);
        QCOMPARE(selected.first().second.uuid, kWeb);
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    DomainTreeModel *m_model = nullptr;
    HostSession *m_a = nullptr, *m_b = nullptr, *m_c = nullptr;
};

QTEST_MAIN(TestMigrateDialog)
#include "tst_migratedialog.moc"
