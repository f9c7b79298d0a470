// SPDX-License-Identifier: GPL-2.0-or-later
// The Snapshots page of the details window on libvirt's test driver (a private copy of the demo
// host): take snapshots, revert with "snapshot the present state first", delete with children,
// each through its dialog; a disk that stops an internal snapshot is named.
#include "core/domain/domainactions.h"
#include "core/domain/domainconfig.h"
#include "core/domain/snapshots.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"
#include "ui/details/domaincontext.h"
#include "ui/details/domainsnapshotspage.h"
#include "ui/details/domainwindow.h"
#include "ui/details/snapshotdialogs.h"

#include "tests/support/demohost.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>
#include <optional>

using namespace Vireo;
using namespace VireoTest;

namespace {

// A test-driver domain with a raw disk beside a qcow2 one.
const char kRawDomain[] = "<domain type='test'><name>raw-disks</name>"
                          "<memory unit='MiB'>256</memory><os><type>hvm</type></os><devices>"
                          "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
                          "<source file='/var/lib/libvirt/images/a.qcow2'/>"
                          "<target dev='vda' bus='virtio'/></disk>"
                          "<disk type='file' device='disk'><driver name='qemu' type='raw'/>"
                          "<source file='/var/lib/libvirt/images/b.img'/>"
                          "<target dev='vdb' bus='virtio'/></disk>"
                          "</devices></domain>";

// Every control of a dialog or page has a name for assistive technology (its own, or its text).
QStringList unnamedControls(QWidget *root)
{
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                             qobject_cast<QAbstractButton *>(w) ||
                             qobject_cast<QAbstractItemView *>(w);
        if (!control || w->focusPolicy() == Qt::NoFocus || !w->accessibleName().isEmpty())
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().isEmpty())
            continue;
        out << QString::fromLatin1(w->metaObject()->className());
    }
    return out;
}

QTreeWidgetItem *itemNamed(QTreeWidget *tree, const QString &name)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(DomainSnapshotsPage::NameColumn, Qt::UserRole).toString() == name)
            return *it;
    }
    return nullptr;
}
} // namespace

class TestSnapshotsPage : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    QPointer<DomainWindow> m_window;

    DomainState state(const QString &uuid)
    {
        auto r = ask<Result<DomainInfo>>([&](QObject *ctx, auto done) {
            DomainConfig::fetchDomainInfo(m_session.get(), uuid, ctx, done);
        });
        return r && r->ok() ? r->value().state : DomainState::NoState;
    }

    /// Opens the domain's window on its Snapshots page and waits for the first listing.
    DomainSnapshotsPage *open(const QString &uuid)
    {
        m_window = DomainWindow::showFor(m_session.get(), uuid);
        if (!QTest::qWaitFor([this] { return m_window->context()->hasDescription(); }, 10000))
            return nullptr;
        DomainSnapshotsPage *page = m_window->snapshotsPage();
        QSignalSpy listed(page, &DomainSnapshotsPage::listed);
        if (!m_window->showPage(QStringLiteral("Snapshots")) || !listed.wait(10000))
            return nullptr;
        return page;
    }

    /// Runs an operation's dialog to the end: accepted, finished, listed again.
    bool finishes(DomainSnapshotsPage *page, QPushButton *accept)
    {
        QSignalSpy finished(page, &DomainSnapshotsPage::operationFinished);
        QSignalSpy listed(page, &DomainSnapshotsPage::listed);
        QTest::mouseClick(accept, Qt::LeftButton);
        if (!finished.wait(10000) || !finished.first().first().toBool())
            return false;
        return listed.count() > 0 || listed.wait(10000);
    }

    bool take(DomainSnapshotsPage *page, const QString &name, const QString &description)
    {
        QTest::mouseClick(page->createButton(), Qt::LeftButton);
        auto *dialog = qobject_cast<SnapshotCreateDialog *>(page->openDialog());
        if (!dialog)
            return false;
        dialog->nameEdit()->setText(name);
        dialog->descriptionEdit()->setPlainText(description);
        return finishes(page, dialog->okButton());
    }

    void select(DomainSnapshotsPage *page, const QString &name)
    {
        QTreeWidgetItem *item = itemNamed(page->tree(), name);
        QVERIFY(item);
        page->tree()->setCurrentItem(item);
        QCOMPARE(page->selectedName(), name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true); // thumbnails go to a test folder
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

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

    void takeRevertAndDelete()
    {
        DomainSnapshotsPage *page = open(kWeb);
        QVERIFY(page);
        QCOMPARE(page->tree()->topLevelItemCount(), 0);
        QVERIFY(page->createButton()->isEnabled());
        QVERIFY(!page->revertButton()->isEnabled()); // nothing selected

        // The dialog proposes a name from the date and time, and memory for a running domain.
        QTest::mouseClick(page->createButton(), Qt::LeftButton);
        auto *dialog = qobject_cast<SnapshotCreateDialog *>(page->openDialog());
        QVERIFY(dialog);
        QVERIFY(dialog->nameEdit()->text().startsWith(QString::number(QDate::currentDate().year()) +
                                                      u'-'));
        QVERIFY(dialog->internalButton()->isEnabled());
        QVERIFY(dialog->internalButton()->isChecked());
        QVERIFY(dialog->internalButton()->text().contains(QLatin1String("memory")));
        QCOMPARE(unnamedControls(dialog), QStringList());
        QCOMPARE(unnamedControls(page), QStringList());
        dialog->nameEdit()->setText(QStringLiteral("base"));
        dialog->descriptionEdit()->setPlainText(QStringLiteral("Fresh install"));
        QVERIFY(finishes(page, dialog->okButton()));

        QTreeWidgetItem *base = itemNamed(page->tree(), QStringLiteral("base"));
        QVERIFY(base);
        QCOMPARE(base->text(DomainSnapshotsPage::NameColumn), QStringLiteral("base (current)"));
        QCOMPARE(base->text(DomainSnapshotsPage::StateColumn), QStringLiteral("Running"));
        QCOMPARE(base->text(DomainSnapshotsPage::KindColumn), QStringLiteral("Full system"));
        QCOMPARE(base->text(DomainSnapshotsPage::DescriptionColumn),
                 QStringLiteral("Fresh install"));
        QVERIFY(!base->text(DomainSnapshotsPage::CreatedColumn).isEmpty());
        QVERIFY(page->statusLabel()->text().contains(QLatin1String("Took snapshot 'base'")));
        // The new snapshot is selected, with the guest's screen beside it.
        QCOMPARE(page->selectedName(), QStringLiteral("base"));
        QTRY_VERIFY(!page->thumbnailLabel()->pixmap().isNull()); // read off the GUI thread

        // A taken name is refused in the dialog.
        QTest::mouseClick(page->createButton(), Qt::LeftButton);
        dialog = qobject_cast<SnapshotCreateDialog *>(page->openDialog());
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("base"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->problemLabel()->text().contains(QLatin1String("already")));
        dialog->reject();
        QTRY_VERIFY(!page->openDialog());

        QVERIFY(take(page, QStringLiteral("second"), QString()));
        QTreeWidgetItem *second = itemNamed(page->tree(), QStringLiteral("second"));
        QVERIFY(second);
        QCOMPARE(second->parent(), itemNamed(page->tree(), QStringLiteral("base")));
        QCOMPARE(itemNamed(page->tree(), QStringLiteral("base"))->text(0), QStringLiteral("base"));

        // Revert asks first, says what is lost, and offers a snapshot of the present first.
        QSignalSpy paused(m_session.get(), &HostSession::actionFinished);
        DomainActions::performAction(m_session.get(), {kWeb}, DomainAction::Pause);
        QVERIFY(paused.wait(10000));
        select(page, QStringLiteral("base"));
        QTRY_VERIFY(page->revertButton()->isEnabled());
        QTest::mouseClick(page->revertButton(), Qt::LeftButton);
        auto *revert = qobject_cast<SnapshotRevertDialog *>(page->openDialog());
        QVERIFY(revert);
        QVERIFY(revert->findChild<QLabel *>()->text().contains(QLatin1String("will be lost")));
        QVERIFY(
            revert->findChild<QLabel *>()->text().contains(QLatin1String("comes back running")));
        QCOMPARE(unnamedControls(revert), QStringList());
        QVERIFY(revert->snapshotFirstBox()->isEnabled());
        QVERIFY(revert->snapshotFirstBox()->isChecked());
        QVERIFY(finishes(page, revert->revertButton()));
        QCOMPARE(state(kWeb), DomainState::Running);
        QCOMPARE(page->snapshots().snapshots.size(), 3);
        const SnapshotInfo *present = nullptr;
        for (const SnapshotInfo &s : page->snapshots().snapshots)
            if (s.name.startsWith(QLatin1String("before-revert_")))
                present = &s;
        QVERIFY(present);
        QCOMPARE(present->state, SnapshotState::Paused);
        QCOMPARE(present->parent, QStringLiteral("second"));
        QVERIFY(itemNamed(page->tree(), QStringLiteral("base"))
                    ->text(0)
                    .endsWith(QLatin1String("(current)")));

        // Delete asks first; the Delete key opens it too. Cancel changes nothing.
        select(page, QStringLiteral("second"));
        page->tree()->setFocus();
        QTest::keyClick(page->tree(), Qt::Key_Delete);
        auto *del = qobject_cast<SnapshotDeleteDialog *>(page->openDialog());
        QVERIFY(del);
        del->reject();
        QTRY_VERIFY(!page->openDialog());
        QCOMPARE(page->snapshots().snapshots.size(), 3);

        // With children: "second" and the snapshot below it go; "base" stays.
        select(page, QStringLiteral("second"));
        QTest::mouseClick(page->deleteButton(), Qt::LeftButton);
        del = qobject_cast<SnapshotDeleteDialog *>(page->openDialog());
        QVERIFY(del);
        QCOMPARE(unnamedControls(del), QStringList());
        QVERIFY(del->oneButton()->isChecked());
        QVERIFY(del->withChildrenButton()->isEnabled());
        QVERIFY(del->withChildrenButton()->text().contains(QLatin1String("1 more")));
        QVERIFY(del->metadataButton()->isEnabled());
        del->withChildrenButton()->setChecked(true);
        QVERIFY(finishes(page, del->deleteButton()));
        QCOMPARE(page->snapshots().snapshots.size(), 1);
        QCOMPARE(page->snapshots().snapshots.first().name, QStringLiteral("base"));
        QCOMPARE(page->tree()->topLevelItemCount(), 1);
        QCOMPARE(page->selectedName(), QStringLiteral("base")); // the parent, after a delete

        // A leaf has no children to delete with it.
        QTest::mouseClick(page->deleteButton(), Qt::LeftButton);
        del = qobject_cast<SnapshotDeleteDialog *>(page->openDialog());
        QVERIFY(del);
        QVERIFY(!del->withChildrenButton()->isEnabled());
        del->reject();
    }

    void failuresAreShownInWords()
    {
        DomainSnapshotsPage *page = open(kWeb);
        QVERIFY(page);
        // The test driver takes no disk-only snapshots: its refusal reaches the status line.
        QTest::mouseClick(page->createButton(), Qt::LeftButton);
        auto *dialog = qobject_cast<SnapshotCreateDialog *>(page->openDialog());
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("overlay"));
        dialog->diskOnlyButton()->setChecked(true);
        QSignalSpy finished(page, &DomainSnapshotsPage::operationFinished);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(page->statusLabel()->text().startsWith(
                     QLatin1String("Take snapshot 'overlay' of 'web-frontend': ")),
                 qPrintable(page->statusLabel()->text()));
        QTRY_VERIFY(!page->busy());
        QCOMPARE(page->tree()->topLevelItemCount(), 0);
    }

    // Quiesce is offered only for a disk-only snapshot while the guest agent answers; the demo
    // host's guests have none, and the dialog says so.
    void quiesceIsOfferedOnlyWhenTheAgentAnswers()
    {
        DomainSnapshotsPage *page = open(kWeb);
        QVERIFY(page);
        QTest::mouseClick(page->createButton(), Qt::LeftButton);
        auto *dialog = qobject_cast<SnapshotCreateDialog *>(page->openDialog());
        QVERIFY(dialog);
        dialog->diskOnlyButton()->setChecked(true);
        QVERIFY(!dialog->quiesceBox()->isEnabled());
        QVERIFY2(dialog->quiesceBox()->toolTip().contains(QLatin1String("no guest agent")),
                 qPrintable(dialog->quiesceBox()->toolTip()));
        QVERIFY(!dialog->request().quiesce);
        dialog->reject();

        // With an agent: only with Disk only, and the request carries it.
        SnapshotCreateDialog offered(QStringLiteral("g"), true, {}, {}, {}, {});
        QVERIFY(offered.internalButton()->isChecked());
        QVERIFY(!offered.quiesceBox()->isEnabled());
        offered.diskOnlyButton()->setChecked(true);
        QVERIFY(offered.quiesceBox()->isEnabled());
        QTest::keyClick(offered.quiesceBox(), Qt::Key_Space);
        QVERIFY(offered.request().quiesce);
        QCOMPARE(offered.request().mode, SnapshotMode::DiskOnly);
        offered.internalButton()->setChecked(true);
        QVERIFY(!offered.quiesceBox()->isChecked());
        QVERIFY(!offered.request().quiesce);
        QVERIFY(!offered.quiesceBox()->accessibleName().isEmpty());
    }

    void theDiskThatStopsAnInternalSnapshotIsNamed()
    {
        auto uuid = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::defineXml(m_session.get(), QString::fromLatin1(kRawDomain), ctx, done);
        });
        QVERIFY(uuid && uuid->ok());
        DomainSnapshotsPage *page = open(uuid->value());
        QVERIFY(page);
        QTest::mouseClick(page->createButton(), Qt::LeftButton);
        auto *dialog = qobject_cast<SnapshotCreateDialog *>(page->openDialog());
        QVERIFY(dialog);
        QVERIFY(!dialog->internalButton()->isEnabled());
        QVERIFY2(dialog->internalButton()->toolTip().contains(QLatin1String("disk vdb is raw")),
                 qPrintable(dialog->internalButton()->toolTip()));
        QVERIFY(dialog->diskOnlyButton()->isEnabled());
        QVERIFY(dialog->diskOnlyButton()->isChecked());
        dialog->reject();
    }
};

QTEST_MAIN(TestSnapshotsPage)
#include "tst_snapshotspage.moc"
