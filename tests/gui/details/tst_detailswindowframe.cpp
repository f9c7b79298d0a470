// SPDX-License-Identifier: GPL-2.0-or-later
// The details window's frame, apart from its pages (tst_domainwindow): the page list as assistive
// technology drives it (it follows the selection) and the window's Delete, which is the
// manager's dialog with the disks. libvirt's test driver (a private copy of the demo host).
#include "../../support/demohost.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/common/deletedialog.h"
#include "ui/common/domainactionset.h"
#include "ui/common/domainwindowchrome.h"
#include "ui/details/domaincontext.h"
#include "ui/details/domainwindow.h"

#include <QCheckBox>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using VireoTest::kWeb;

class TestDetailsWindowFrame : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    QPointer<DomainWindow> m_window;

    DomainWindow *open(const QString &uuid)
    {
        m_window = DomainWindow::showFor(m_session.get(), uuid);
        if (!QTest::qWaitFor([this] { return m_window->context()->hasInfo(); }, 10000))
            return nullptr;
        return m_window;
    }

private Q_SLOTS:
    void init()
    {
        m_session = VireoTest::connectedDemoHost(m_dir);
        QVERIFY(m_session);
    }
    void cleanup()
    {
        delete m_window.data();
        m_session.reset();
    }

    // A screen reader chooses a page by selecting it (AT-SPI's Selection): the page follows,
    // as it does for the keyboard and the mouse (which move the current item).
    void pageListFollowsTheSelection()
    {
        DomainWindow *w = open(kWeb);
        QVERIFY(w);
        auto *nav = w->findChild<QListWidget *>();
        QVERIFY(nav);
        QCOMPARE(nav->accessibleName(), QStringLiteral("Pages"));
        QWidget *before = w->currentPage();
        nav->selectionModel()->select(nav->model()->index(3, 0),
                                      QItemSelectionModel::ClearAndSelect);
        QCOMPARE(nav->currentRow(), 3);
        QVERIFY(w->currentPage() != before);
        QVERIFY(w->showPage(QStringLiteral("Memory")));
        QCOMPARE(nav->currentRow(), 3);
        // Wide enough for its longest title.
        QVERIFY(nav->width() >= nav->sizeHintForColumn(0));
    }

    // The details window's Delete is the manager's dialog: it asks and lists the disks (#12).
    void deleteOpensTheDialogWithTheDisks()
    {
        DomainWindow *w = open(kWeb);
        QVERIFY(w);
        w->chrome()->actions()->action(DomainActionSet::Id::Delete)->trigger();
        DeleteDialog *ask = nullptr;
        QTRY_VERIFY((ask = w->findChild<DeleteDialog *>()) && ask->isVisible());
        QTRY_VERIFY(ask->isLoaded());
        QVERIFY(!ask->diskBoxes().isEmpty());
        ask->cancelButton()->click();
        QTRY_VERIFY(!w->findChild<DeleteDialog *>());
        QVERIFY(!w->context()->removed());
    }
};

QTEST_MAIN(TestDetailsWindowFrame)
#include "tst_detailswindowframe.moc"
