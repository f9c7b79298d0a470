// SPDX-License-Identifier: GPL-2.0-or-later
// A Shut Down the guest ignores (issue 19, #10): after the timeout with no state change the
// domain's row and the message log say so and offer Force Off; a guest that does shut down is
// not reported. The timeout is shortened through the watcher's setter, never slept through.
//
// libvirt's test driver shuts a domain off at once, so a guest that ignores the request is a
// watch started on a running domain without sending it: exactly what an ACPI-deaf guest looks
// like from here (the request arrived, nothing changed).
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"
#include "ui/common/domainactionset.h"
#include "ui/common/domainwindowchrome.h"
#include "ui/common/messagelog.h"
#include "ui/common/shutdownwatcher.h"
#include "ui/details/domainwindow.h"
#include "ui/manager/domainfilterproxy.h"
#include "ui/manager/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Vireo;

namespace {
const QString kWeb = QStringLiteral("9c1db738-6d35-5022-9639-dce24fd4c37b"); // running

int ignoredLines()
{
    int n = 0;
    for (const LogEntry &e : MessageLog::instance()->entries())
        n += e.text.contains(QLatin1String("has not shut down")) ? 1 : 0;
    return n;
}
} // namespace

class TestShutdownWatch : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DomainTreeModel> m_model;
    std::unique_ptr<HostSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    int m_confirms = 0;

    QModelIndex row(const QString &name) const
    {
        const QModelIndex host = m_window->proxy()->index(0, 0);
        for (int r = 0; r < m_window->proxy()->rowCount(host); ++r) {
            const QModelIndex i = m_window->proxy()->index(r, 0, host);
            if (i.data().toString() == name)
                return i;
        }
        return {};
    }
    QString stateText(const QString &name) const
    {
        return row(name).siblingAtColumn(DomainTreeModel::StateColumn).data().toString();
    }
    DomainInfo info(const QString &name) const
    {
        return *m_model->domainAt(m_window->proxy()->mapToSource(row(name)));
    }
    void select(const QString &name)
    {
        m_window->view()->selectionModel()->select(row(name), QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
        m_window->view()->setCurrentIndex(row(name));
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("host%1.xml").arg(++n));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(demoHostFixture());
        f.close();
        MessageLog::instance()->clear();
        m_model = std::make_unique<DomainTreeModel>();
        m_session = std::make_unique<HostSession>(QStringLiteral("test://") + path);
        m_session->setStatsInterval(0);
        m_model->addHost(m_session.get());
        m_window = std::make_unique<MainWindow>(m_model.get());
        m_confirms = 0;
        m_window->setConfirmHandler([this](const QString &, const QString &) {
            ++m_confirms;
            return true;
        });
        ShutdownWatcher::of(m_session.get())->setTimeout(50);
        m_window->show();
        m_session->connectToHost();
        QTRY_VERIFY(row(QStringLiteral("web-frontend")).isValid());
    }
    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_model.reset();
    }

    void anIgnoredShutdownIsSaidInTheRowAndTheLogWithForceOff()
    {
        ShutdownWatcher *watcher = ShutdownWatcher::of(m_session.get());
        QSignalSpy ignoring(watcher, &ShutdownWatcher::ignoringChanged);
        watcher->watch(info(QStringLiteral("web-frontend")), m_window->domainActions());
        QCOMPARE(stateText(QStringLiteral("web-frontend")), QStringLiteral("Running"));
        QVERIFY(ignoring.wait(5000));
        QCOMPARE(stateText(QStringLiteral("web-frontend")),
                 QStringLiteral("Running — ignored Shut Down"));
        QVERIFY(row(QStringLiteral("web-frontend"))
                    .siblingAtColumn(DomainTreeModel::StateColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Force Off")));
        QCOMPARE(ignoredLines(), 1);
        const LogEntry entry = MessageLog::instance()->entries().last();
        QVERIFY(entry.isError());
        QVERIFY(entry.hasOffer());
        QCOMPARE(entry.offerText, QStringLiteral("Force Off…"));
        // Taking the offer asks first, then pulls the plug; the row tells the truth again.
        entry.offer();
        QCOMPARE(m_confirms, 1);
        QTRY_COMPARE(
            DomainState(
                row(QStringLiteral("web-frontend")).data(DomainTreeModel::DomainStateRole).toInt()),
            DomainState::Shutoff);
        QTRY_COMPARE(stateText(QStringLiteral("web-frontend")),
                     QStringLiteral("Shut off (forced off)"));
        QVERIFY(!watcher->isWatching(kWeb));
    }

    void aGuestThatShutsDownIsNotReported()
    {
        select(QStringLiteral("web-frontend"));
        QVERIFY(m_window->action(MainWindow::Action::Shutdown)->isEnabled());
        m_window->action(MainWindow::Action::Shutdown)->trigger();
        ShutdownWatcher *watcher = ShutdownWatcher::of(m_session.get());
        QVERIFY(watcher->isWatching(kWeb)); // the action set started the watch
        QTRY_COMPARE(
            DomainState(
                row(QStringLiteral("web-frontend")).data(DomainTreeModel::DomainStateRole).toInt()),
            DomainState::Shutoff);
        QTRY_VERIFY(!watcher->isWatching(kWeb));
        QTest::qWait(200); // four times the timeout: nothing is said
        QCOMPARE(ignoredLines(), 0);
        QCOMPARE(stateText(QStringLiteral("web-frontend")), QStringLiteral("Shut off"));
    }

    void theDetailsWindowSaysItAndOffersForceOff()
    {
        DomainWindow *w = DomainWindow::showFor(m_session.get(), kWeb);
        DomainActionSet *set = w->chrome()->actions();
        set->setConfirmHandler([this](const QString &, const QString &) {
            ++m_confirms;
            return true;
        });
        QTRY_COMPARE(set->targets().size(), 1);
        QVERIFY(w->chrome()->shutdownNotice()->isHidden());
        ShutdownWatcher::of(m_session.get())->watch(set->targets().first().info, set);
        QTRY_VERIFY(w->chrome()->shutdownNotice()->isVisible());
        QVERIFY(w->chrome()->shutdownNotice()->findChild<QLabel *>()->text().contains(
            QLatin1String("'web-frontend' has not shut down")));
        auto *forceOff = w->chrome()->shutdownNotice()->findChild<QPushButton *>();
        QVERIFY(forceOff && !forceOff->accessibleName().isEmpty());
        forceOff->click();
        QCOMPARE(m_confirms, 1);
        QTRY_VERIFY(w->chrome()->shutdownNotice()->isHidden());
        QTRY_COMPARE(set->targets().first().info.state, DomainState::Shutoff);
        delete w;
    }
};

QTEST_MAIN(TestShutdownWatch)
#include "tst_shutdownwatch.moc"
