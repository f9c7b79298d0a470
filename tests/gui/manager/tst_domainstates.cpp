// SPDX-License-Identifier: GPL-2.0-or-later
// A domain's state says why (issue 19, #5): the list, the details window's overview and the
// console window's title show libvirt's reason ("Shut off (crashed)", "Shut off (forced off)"),
// and the message log's lines about changes nobody asked for say it too. On a copy of the demo
// host with one crashed guest (the test driver's runstate 6).
#include "core/domain/domainactions.h"
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"
#include "ui/common/messagelog.h"
#include "ui/console/consolewindow.h"
#include "ui/details/domaincontext.h"
#include "ui/details/domaincpupage.h"
#include "ui/details/domainmemorypage.h"
#include "ui/details/domainoverviewpage.h"
#include "ui/details/domainwindow.h"
#include "ui/manager/domainfilterproxy.h"
#include "ui/manager/mainwindow.h"

#include "../../support/demomanager.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <libvirt/libvirt.h>

using namespace Vireo;
using A = MainWindow::Action;

namespace {
const QString kWeb = QStringLiteral("9c1db738-6d35-5022-9639-dce24fd4c37b"); // running
const QString kDb = QStringLiteral("fab47c80-8e13-5e00-9029-a3f8cd63cded");  // running
const QString kCrashed = QStringLiteral("3f0c2d51-8a4b-4c1e-9d7a-5b6e2f1a0c93");

/// The demo host with one more guest, which the test driver reports as crashed.
QByteArray fixtureWithACrashedGuest()
{
    QByteArray xml = demoHostFixture();
    const QByteArray crashed =
        "  <domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>\n"
        "    <name>kernel-panic</name>\n"
        "    <uuid>3f0c2d51-8a4b-4c1e-9d7a-5b6e2f1a0c93</uuid>\n"
        "    <memory unit='MiB'>1024</memory>\n"
        "    <vcpu>1</vcpu>\n"
        "    <os><type arch='x86_64'>hvm</type></os>\n"
        "    <test:runstate>6</test:runstate>\n"
        "  </domain>\n";
    xml.replace("</node>", crashed + "</node>");
    return xml;
}
} // namespace

class TestDomainStates : public QObject
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

    QModelIndex row(const QString &uuid, int column = DomainTreeModel::StateColumn) const
    {
        return m_window->proxy()->mapFromSource(m_model->indexOf(m_session, uuid, column));
    }
    QString listed(const QString &uuid) const { return row(uuid).data().toString(); }
    int linesContaining(const QString &text) const
    {
        int n = 0;
        for (const QString &line : MessageLog::instance()->texts())
            n += line.contains(text);
        return n;
    }
    void select(const QString &uuid)
    {
        const QModelIndex i = row(uuid, 0);
        m_window->view()->selectionModel()->select(i, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
        m_window->view()->selectionModel()->setCurrentIndex(i, QItemSelectionModel::NoUpdate);
        QCoreApplication::processEvents(); // the window updates its actions on the next turn
    }
    /// What the worker reports after libvirt's event for a guest whose QEMU died: a state the
    /// test driver cannot produce, so it enters where libvirt's events do.
    void reportFromLibvirt(const QString &uuid, DomainState state, int reason)
    {
        DomainInfo info = *m_model->domain(m_session, uuid);
        info.state = state;
        info.stateReason = reason;
        info.id = -1;
        Q_EMIT m_session->domainsChanged({info});
        Q_EMIT m_session->domainChanged(info);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        MessageLog::instance()->clear();
        m_manager = VireoTest::DemoManager::open(m_dir, fixtureWithACrashedGuest(), 10, 0);
        QVERIFY(m_manager);
        m_model = m_manager->model.get();
        m_session = m_manager->session.get();
        m_window = m_manager->window.get();
        m_window->setConfirmHandler([](const QString &, const QString &) { return true; });
    }
    void cleanup() { m_manager.reset(); }

    void theListShowsTheStateWithItsReason()
    {
        // As libvirt reports it: the test driver's crashed state, with no reason given.
        QCOMPARE(listed(kCrashed), QStringLiteral("Crashed"));
        QCOMPARE(listed(kWeb), QStringLiteral("Running"));
        // Forced off from the list: libvirt's reason "destroyed", in Vireo's words.
        select(kWeb);
        m_window->action(A::ForceOff)->trigger();
        QTRY_COMPARE(listed(kWeb), QStringLiteral("Shut off (forced off)"));
        // Asked for, so not news in the log.
        QCOMPARE(linesContaining(QStringLiteral("'web-frontend' on")), 0);
    }

    void aCrashIsSaidInTheListAndTheLog()
    {
        reportFromLibvirt(kDb, DomainState::Shutoff, VIR_DOMAIN_SHUTOFF_CRASHED);
        QTRY_COMPARE(listed(kDb), QStringLiteral("Shut off (crashed)"));
        QCOMPARE(
            linesContaining(
                QStringLiteral("'db-primary' on %1 crashed: now Shut off (crashed), before Running")
                    .arg(m_session->displayName())),
            1);
        QVERIFY(MessageLog::instance()->entries().last().isError());
        // A disk that failed under a running guest: not a crash, but news with its reason.
        reportFromLibvirt(kWeb, DomainState::Paused, VIR_DOMAIN_PAUSED_IOERROR);
        QTRY_COMPARE(listed(kWeb), QStringLiteral("Paused (I/O error)"));
        QCOMPARE(
            linesContaining(
                QStringLiteral("'web-frontend' on %1 changed from Running to Paused (I/O error)")
                    .arg(m_session->displayName())),
            1);
    }

    void theDetailsAndConsoleWindowsSayItToo()
    {
        QPointer<DomainWindow> details = DomainWindow::showFor(m_session, kWeb);
        QTRY_VERIFY(details->context()->hasInfo() && details->context()->hasDescription());
        QPointer<ConsoleWindow> console = ConsoleWindow::showFor(m_session, kWeb);
        const QString host = m_session->displayName();
        QTRY_COMPARE(console->windowTitle(),
                     QStringLiteral("web-frontend on %1 – Running – Console").arg(host));
        QTRY_VERIFY(!details->cpuPage()->maximumBox()->isEnabled());

        DomainActions::performAction(m_session, {kWeb}, DomainAction::ForceOff);
        QTRY_COMPARE(details->overviewPage()->fieldText(QStringLiteral("State")),
                     QStringLiteral("Shut off (forced off)"));
        QTRY_COMPARE(
            console->windowTitle(),
            QStringLiteral("web-frontend on %1 – Shut off (forced off) – Console").arg(host));
        // What a shut-off guest allows follows the state.
        QTRY_VERIFY(details->cpuPage()->maximumBox()->isEnabled());
        QTRY_COMPARE(details->memoryPage()->actualLabel()->text(), QStringLiteral("not running"));

        QPointer<ConsoleWindow> crashed = ConsoleWindow::showFor(m_session, kCrashed);
        QTRY_COMPARE(crashed->windowTitle(),
                     QStringLiteral("kernel-panic on %1 – Crashed – Console").arg(host));
        delete crashed.data();
        delete console.data();
        delete details.data();
    }
};

QTEST_MAIN(TestDomainStates)
#include "tst_domainstates.moc"
