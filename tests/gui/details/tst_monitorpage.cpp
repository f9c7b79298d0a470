// SPDX-License-Identifier: GPL-2.0-or-later
// The details window's QEMU monitor page (issue 17) on the demo host: not offered where the host
// has no QEMU monitor; on the page itself, a query runs at once, anything else asks first and runs
// only if confirmed, a shut-off domain greys the page with the reason, and Up/Down recall the
// commands run before. The test driver has no monitor, so its answers are errors in words; the
// real answers are checked on the integration tier (tst_monitorqemu).

#include "core/session/processsetup.h"
#include "ui/details/domaincontext.h"
#include "ui/details/domainmonitorpage.h"
#include "ui/details/domainwindow.h"

#include "../../support/demohost.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Vireo;
using namespace VireoTest;

class TestMonitorPage : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void notOfferedWithoutQemu();
    void queryRunsAtOnce();
    void changeAsksFirst();
    void shutOffDomainGreysThePage();
    void upAndDownRecall();
};

/// The page on a fresh demo host, for one domain, shown, its domain's information read.
struct OpenPage
{
    QTemporaryDir dir;
    std::unique_ptr<HostSession> session = connectedDemoHost(dir);
    std::unique_ptr<DomainContext> context;
    std::unique_ptr<DomainMonitorPage> page;

    explicit OpenPage(const QString &uuid)
    {
        if (!session)
            return;
        context = std::make_unique<DomainContext>(session.get(), uuid);
        context->reload();
        page = std::make_unique<DomainMonitorPage>(context.get());
        page->show();
    }
    /// Whether the domain's information came (then the page has set itself up for it).
    bool ready() const
    {
        return page && QTest::qWaitFor([this] { return context->hasInfo(); });
    }
};

static QMessageBox *confirmation(QWidget *page)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        return (box = page->findChild<QMessageBox *>(QStringLiteral("monitorConfirmation"))) &&
               box->isVisible();
    });
    return shown ? box : nullptr;
}

void TestMonitorPage::notOfferedWithoutQemu()
{
    QTemporaryDir dir;
    auto session = connectedDemoHost(dir);
    QVERIFY(session);
    QPointer<DomainWindow> window = DomainWindow::showFor(session.get(), kWeb);
    QVERIFY(window);
    QVERIFY(!window->monitorPage());
    QVERIFY(!window->showPage(QStringLiteral("QEMU monitor")));
    delete window;
}

void TestMonitorPage::queryRunsAtOnce()
{
    OpenPage open(kWeb);
    QVERIFY(open.ready());
    DomainMonitorPage &page = *open.page;
    QTRY_VERIFY(page.commandField()->isEnabled());
    QVERIFY(!page.commandField()->accessibleName().isEmpty());
    QVERIFY(!page.runButton()->accessibleName().isEmpty());
    QVERIFY(!page.transcript()->accessibleName().isEmpty());
    QVERIFY(!page.runButton()->isEnabled()); // nothing typed yet

    page.commandField()->setFocus();
    QTest::keyClicks(page.commandField(), QStringLiteral("info status"));
    QVERIFY(page.runButton()->isEnabled());
    QTest::keyClick(page.commandField(), Qt::Key_Return);
    QTRY_VERIFY(!page.isRunning());
    QVERIFY(!page.findChild<QMessageBox *>(QStringLiteral("monitorConfirmation")));
    QVERIFY(page.transcript()->toPlainText().startsWith(QStringLiteral("(qemu) info status")));
    // The test driver has no monitor: libvirt's words, on the page and in the transcript.
    QVERIFY(page.transcript()->toPlainText().contains(QStringLiteral("[error]")));
    QVERIFY(!page.statusLabel()->text().isEmpty());
    QVERIFY(page.commandField()->text().isEmpty());
}

void TestMonitorPage::changeAsksFirst()
{
    OpenPage open(kWeb);
    QVERIFY(open.ready());
    DomainMonitorPage &page = *open.page;
    QTRY_VERIFY(page.commandField()->isEnabled());

    page.runCommand(QStringLiteral("stop"));
    QMessageBox *box = confirmation(&page);
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("behind libvirt's back")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(200);
    QVERIFY2(page.transcript()->toPlainText().isEmpty(), "Cancel must run nothing");
    QVERIFY(!page.isRunning());

    page.runCommand(QStringLiteral("stop"));
    box = confirmation(&page);
    QVERIFY(box);
    QAbstractButton *run = nullptr;
    for (QAbstractButton *b : box->buttons())
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            run = b;
    QVERIFY(run);
    run->click();
    QTRY_VERIFY(page.transcript()->toPlainText().startsWith(QStringLiteral("(qemu) stop")));
    QTRY_VERIFY(!page.isRunning());
}

void TestMonitorPage::shutOffDomainGreysThePage()
{
    OpenPage open(kWin);
    QVERIFY(open.ready());
    DomainMonitorPage &page = *open.page;
    QVERIFY(!page.commandField()->isEnabled());
    QVERIFY(!page.runButton()->isEnabled());
    QVERIFY(page.statusLabel()->text().contains(QStringLiteral("not running")));
    page.runCommand(QStringLiteral("info status"));
    QTest::qWait(100);
    QVERIFY(page.transcript()->toPlainText().isEmpty());
}

void TestMonitorPage::upAndDownRecall()
{
    OpenPage open(kWeb);
    QVERIFY(open.ready());
    DomainMonitorPage &page = *open.page;
    QTRY_VERIFY(page.commandField()->isEnabled());
    for (const QString &line : {QStringLiteral("info cpus"), QStringLiteral("info block")}) {
        page.runCommand(line);
        QTRY_VERIFY(!page.isRunning());
    }
    QLineEdit *field = page.commandField();
    QTest::keyClick(field, Qt::Key_Up);
    QCOMPARE(field->text(), QStringLiteral("info block"));
    QTest::keyClick(field, Qt::Key_Up);
    QCOMPARE(field->text(), QStringLiteral("info cpus"));
    QTest::keyClick(field, Qt::Key_Up);
    QCOMPARE(field->text(), QStringLiteral("info cpus"));
    QTest::keyClick(field, Qt::Key_Down);
    QCOMPARE(field->text(), QStringLiteral("info block"));
    QTest::keyClick(field, Qt::Key_Down);
    QVERIFY(field->text().isEmpty());
}

QTEST_MAIN(TestMonitorPage)
#include "tst_monitorpage.moc"
