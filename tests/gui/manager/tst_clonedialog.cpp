// SPDX-License-Identifier: GPL-2.0-or-later
// The Clone dialog (one clone, and Clone ×N from a name pattern) and the Delete dialog with its
// disks, on the demo host (libvirt's test driver, which copies volumes), driven as a person
// would: with the keyboard, reading what each disk mode means, the names checked as typed.
#include "accessibility.h"
#include "core/domain/clonejob.h"
#include "core/session/hostsession.h"
#include "core/session/libvirteventloop.h"
#include "core/session/processsetup.h"
#include "tests/support/demohost.h"
#include "ui/common/messagelog.h"
#include "ui/manager/clonedialog.h"
#include "ui/common/deletedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using VireoTest::kWeb;
using VireoTest::kWin;

class TestCloneDialog : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_host;

    /// The domain's source as core reads it now; nullopt when there is no such domain.
    std::optional<CloneSource> source(const QString &uuidOrName)
    {
        auto r = VireoTest::ask<Result<CloneSource>>(
            [&](QObject *c, auto done) { Clone::inspect(m_host.get(), uuidOrName, c, done); });
        if (!r || !*r)
            return std::nullopt;
        return r->value();
    }

private Q_SLOTS:
    void initTestCase() { LibvirtEventLoop::start(); }
    void init()
    {
        m_host = VireoTest::connectedDemoHost(m_dir);
        QVERIFY(m_host);
    }
    void cleanup() { m_host.reset(); }

    void oneCloneFromTheKeyboard()
    {
        CloneDialog dialog(m_host.get(), kWin, CloneDialog::Mode::One);
        dialog.show();
        QTRY_COMPARE(dialog.modeBoxes().size(), 1);
        QCOMPARE(unnamedControls(&dialog), QStringList{});
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("win11-desktop-clone"));
        QComboBox *mode = dialog.modeBoxes().first();
        QCOMPARE(mode->currentText(), QStringLiteral("Copy"));
        QVERIFY(dialog.cloneButton()->isEnabled());
        // A name taken on the host is said at once, and Clone greys.
        dialog.nameEdit()->selectAll();
        QTest::keyClicks(dialog.nameEdit(), "web-frontend");
        QVERIFY(dialog.problemLabel()->text().contains("web-frontend"));
        QVERIFY(!dialog.cloneButton()->isEnabled());
        dialog.nameEdit()->selectAll();
        QTest::keyClicks(dialog.nameEdit(), "win-copy");
        QVERIFY(dialog.cloneButton()->isEnabled());
        // Tab reaches the disk's mode; Down chooses Linked, and its meaning is said.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTRY_VERIFY(mode->isVisible()); // shown by its layout on the next turn of the loop
        dialog.nameEdit()->setFocus();
        QTest::keyClick(dialog.nameEdit(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), mode);
        QTest::keyClick(mode, Qt::Key_Down);
        QCOMPARE(mode->currentText(), QStringLiteral("Linked"));
        QVERIFY(dialog.explanationLabel()->text().contains("must not change"));
        QTest::keyClick(mode, Qt::Key_Up);
        QCOMPARE(mode->currentText(), QStringLiteral("Copy"));
        QTest::mouseClick(dialog.cloneButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusLabel()->text().contains("Made 'win-copy'"), 10000);
        QCOMPARE(dialog.progressBar()->value(), 100);
        QCOMPARE(dialog.cancelButton()->text(), QStringLiteral("Close"));
        const auto made = source("win-copy");
        QVERIFY(made);
        QCOMPARE(made->disks.first().path,
                 QStringLiteral("/var/lib/libvirt/images/win-copy.qcow2"));
        QVERIFY(made->uuid != kWin);
    }

    void aRunningDomainIsRefusedInWords()
    {
        CloneDialog dialog(m_host.get(), kWeb, CloneDialog::Mode::One);
        dialog.show();
        QTRY_COMPARE(dialog.modeBoxes().size(), 1);
        QVERIFY(dialog.problemLabel()->text().contains("shut it down or pause it"));
        QVERIFY(!dialog.cloneButton()->isEnabled());
    }

    void manyLinkedClonesFromAPattern()
    {
        CloneDialog dialog(m_host.get(), kWin, CloneDialog::Mode::Many);
        dialog.show();
        QTRY_COMPARE(dialog.modeBoxes().size(), 1);
        QCOMPARE(unnamedControls(&dialog), QStringList{});
        QCOMPARE(dialog.modeBoxes().first()->currentText(), QStringLiteral("Linked"));
        dialog.nameEdit()->selectAll();
        QTest::keyClicks(dialog.nameEdit(), "lab");
        QVERIFY(dialog.problemLabel()->text().contains("no range"));
        QVERIFY(!dialog.cloneButton()->isEnabled());
        QTest::keyClicks(dialog.nameEdit(), "-{01..04}");
        QCOMPARE(dialog.problemLabel()->text(), QString());
        QVERIFY2(dialog.findChild<QLabel *>() != nullptr, "labels");
        bool previewed = false;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            previewed |= l->text() == QStringLiteral("4 clones: lab-01, lab-02 … lab-04");
        QVERIFY(previewed);
        dialog.startBox()->setChecked(true);
        QTest::mouseClick(dialog.cloneButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.reportView()->isVisible(), 20000);
        QVERIFY2(dialog.reportView()->toPlainText().startsWith("4 of 4 clones made."),
                 qPrintable(dialog.reportView()->toPlainText()));
        const auto lab = source("lab-03");
        QVERIFY(lab);
        QCOMPARE(lab->state, DomainState::Running);
        // The original is now a template with linked clones, and the dialog says so.
        CloneDialog again(m_host.get(), kWin, CloneDialog::Mode::One);
        again.show();
        QTRY_COMPARE(again.modeBoxes().size(), 1);
        bool marked = false;
        for (QLabel *l : again.findChildren<QLabel *>())
            marked |= l->text().contains("template with 4 linked clones");
        QVERIFY(marked);
        // The names are taken now: a new dialog says so.
        again.close();
        CloneDialog next(m_host.get(), kWin, CloneDialog::Mode::Many);
        next.show();
        QTRY_COMPARE(next.modeBoxes().size(), 1);
        next.nameEdit()->selectAll();
        QTest::keyClicks(next.nameEdit(), "lab-{03..05}");
        QVERIFY(next.problemLabel()->text().contains("lab-03, lab-04"));
        QVERIFY(!next.cloneButton()->isEnabled());
    }

    void deleteOffersTheDisksWithTheirDefaults()
    {
        // A linked clone of win11-desktop: the original's image is now its backing file.
        CloneJob job(m_host.get(), {kWin, "linked", {CloneDiskMode::Linked}, false});
        bool done = false;
        connect(&job, &CloneJob::finished, this, [&](const Result<CloneOutcome> &r, bool) {
            QVERIFY(r);
            done = true;
        });
        job.start();
        QTRY_VERIFY(done);
        const auto clone = source("linked");
        QVERIFY(clone);

        DomainInfo win;
        win.uuid = kWin;
        win.name = "win11-desktop";
        win.state = DomainState::Shutoff;
        DomainInfo linked;
        linked.uuid = clone->uuid;
        linked.name = "linked";
        linked.state = DomainState::Shutoff;
        MessageLog::instance()->clear();
        DeleteDialog dialog({{m_host.get(), win}, {m_host.get(), linked}},
                            m_dir.filePath("backups"));
        dialog.show();
        QTRY_VERIFY(dialog.isLoaded());
        QCOMPARE(unnamedControls(&dialog), QStringList{});
        QCOMPARE(dialog.diskBoxes().size(), 2);
        QCheckBox *original = dialog.diskBoxes().at(0);
        QCheckBox *overlay = dialog.diskBoxes().at(1);
        QVERIFY(!original->isChecked());
        QVERIFY(!original->isEnabled());
        QVERIFY(original->toolTip().contains("backing file"));
        QVERIFY(overlay->isChecked());
        QVERIFY(overlay->isEnabled());
        // Enter does not delete: Cancel is the default.
        QVERIFY(dialog.cancelButton()->isDefault());
        QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
        QTRY_VERIFY(!source("linked"));
        QTRY_VERIFY(!source(kWin));
        // The overlay went, the original's image stays.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const LogEntry &e : MessageLog::instance()->entries())
                    if (e.text.contains("Disks deleted: /var/lib/libvirt/images/linked.qcow2"))
                        return true;
                return false;
            }(),
            5000);
    }
};

QTEST_MAIN(TestCloneDialog)
#include "tst_clonedialog.moc"
