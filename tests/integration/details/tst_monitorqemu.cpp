// SPDX-License-Identifier: GPL-2.0-or-later
// The details window's QEMU monitor page on a real guest (issue 17): offered on the QEMU host;
// `info status`, `info cpus`, `info balloon` and `info block` answer with QEMU's own text; `stop`
// asks first and, confirmed, pauses the guest (libvirt sees it), `cont` runs it again. Needs a
// libvirtd with QEMU (tests/integration/setup.sh); skips without one.

#include "guest.h"

#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/details/domaincontext.h"
#include "ui/details/domainmonitorpage.h"
#include "ui/details/domainwindow.h"

#include <QAbstractButton>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vireo;
using namespace Vireo::Integration;

class TestMonitorQemu : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void initTestCase();
    void queriesAnswerWithQemusText();
    void stopAsksThenPausesTheGuest();
    void cleanupTestCase();

private:
    QString runAndWait(const QString &line);

    Environment m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    GuestSpec m_spec;
    QString m_uuid;
    DomainState m_state = DomainState::NoState;
    QPointer<DomainWindow> m_window;
};

void TestMonitorQemu::initTestCase()
{
    m_env = Environment::detect();
    if (!m_env.unavailable.isEmpty())
        QSKIP(qPrintable(m_env.unavailable));
    const QString notReady = prepareScratch(m_env, m_dir.path());
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

    QString error;
    m_session = connectedSession(m_env.uri, &error);
    QVERIFY2(m_session, qPrintable(error));
    connect(m_session.get(), &HostSession::domainChanged, this, [this](const DomainInfo &d) {
        if (d.uuid == m_uuid)
            m_state = d.state;
    });
    m_spec = testGuestSpec(QStringLiteral("monitor"), m_dir.path(), 256);
    // A small raw data disk, so that `info block` has something to list.
    QFile disk(m_dir.filePath(QStringLiteral("data.raw")));
    QVERIFY(disk.open(QIODevice::WriteOnly) && disk.resize(16 * 1024 * 1024));
    disk.close();
    m_spec.dataDiskPath = disk.fileName();
    m_spec.dataDiskFormat = QStringLiteral("raw");
    const Booted booted = defineAndBoot(m_session.get(), m_env, m_spec);
    m_uuid = booted.uuid;
    QVERIFY2(booted.error.isEmpty(), qPrintable(booted.error));
    m_state = DomainState::Running;

    m_window = DomainWindow::showFor(m_session.get(), m_uuid);
    QVERIFY(m_window);
    QVERIFY2(m_window->monitorPage(), "the QEMU host offers the monitor page");
    QVERIFY(m_window->showPage(QStringLiteral("QEMU monitor")));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->monitorPage()->commandField()->isEnabled(), kLibvirtCallMs);
}

QString TestMonitorQemu::runAndWait(const QString &line)
{
    DomainMonitorPage *page = m_window->monitorPage();
    const qsizetype before = page->transcript()->toPlainText().size();
    page->runCommand(line);
    if (!QTest::qWaitFor([&] { return !page->isRunning(); }, kLibvirtCallMs))
        return QStringLiteral("[timed out]");
    return page->transcript()->toPlainText().mid(before);
}

void TestMonitorQemu::queriesAnswerWithQemusText()
{
    QString out = runAndWait(QStringLiteral("info status"));
    QVERIFY2(out.contains(QStringLiteral("VM status: running")), qPrintable(out));
    out = runAndWait(QStringLiteral("info cpus"));
    QVERIFY2(out.contains(QStringLiteral("CPU #0")), qPrintable(out));
    out = runAndWait(QStringLiteral("info balloon"));
    // The spec's 256 MiB, as QEMU's balloon reports it.
    QVERIFY2(out.contains(QStringLiteral("balloon: actual=256")), qPrintable(out));
    out = runAndWait(QStringLiteral("info block"));
    QVERIFY2(out.contains(QStringLiteral("Attached to:")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("[error]")), qPrintable(out));
    qInfo("info block:\n%s", qPrintable(out));
    // An unknown command is QEMU's answer, not a crash.
    out = runAndWait(QStringLiteral("info no-such-thing"));
    QVERIFY2(!out.isEmpty(), "QEMU answers an unknown info with its help or an error");
}

void TestMonitorQemu::stopAsksThenPausesTheGuest()
{
    DomainMonitorPage *page = m_window->monitorPage();
    page->runCommand(QStringLiteral("stop"));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = page->findChild<QMessageBox *>(QStringLiteral("monitorConfirmation"))) &&
                box->isVisible());
    QAbstractButton *run = nullptr;
    for (QAbstractButton *b : box->buttons())
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            run = b;
    QVERIFY(run);
    run->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), kLibvirtCallMs);
    // libvirt hears QEMU's STOP event: the domain is paused as far as Vireo can tell.
    QTRY_COMPARE_WITH_TIMEOUT(m_state, DomainState::Paused, kLibvirtCallMs);

    page->runCommand(QStringLiteral("cont"));
    QTRY_VERIFY((box = page->findChild<QMessageBox *>(QStringLiteral("monitorConfirmation"))) &&
                box->isVisible());
    for (QAbstractButton *b : box->buttons())
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            b->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_state, DomainState::Running, kLibvirtCallMs);
}

void TestMonitorQemu::cleanupTestCase()
{
    delete m_window.data();
    m_session.reset();
    if (m_env.unavailable.isEmpty())
        removeTestDomains(m_env.uri);
}

QTEST_MAIN(TestMonitorQemu)

#include "tst_monitorqemu.moc"
