// SPDX-License-Identifier: GPL-2.0-or-later
// The connection details' Storage page on libvirt's test driver (test:///default and its dir pool
// 'default-pool'), driven as a person would: the pool listed with its bar, volumes created (qcow2
// next to raw, and what each takes on the host), a resize that asks before shrinking and greys
// itself once the host says it cannot, a delete that asks first, a pool stopped.
#include "accessibility.h"
#include "core/session/hostsession.h"
#include "core/session/libvirteventloop.h"
#include "core/session/processsetup.h"
#include "ui/manager/hostsummarywindow.h"
#include "ui/manager/pooldialog.h"
#include "ui/manager/storagepage.h"
#include "ui/manager/volumedialogs.h"
#include "widgets/capacitybar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Vireo;

static constexpr quint64 GiB = 1024ull * 1024 * 1024;

class TestStoragePage : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    std::unique_ptr<HostSession> m_host;
    QPointer<HostSummaryWindow> m_window;
    StoragePage *m_page = nullptr;

    QTreeWidgetItem *volumeRow(const QString &name)
    {
        QTreeWidget *list = m_page->volumeList();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(StoragePage::NameColumn) == name)
                return list->topLevelItem(i);
        return nullptr;
    }
    template<typename T>
    T *openDialog(const char *objectName)
    {
        T *d = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                (d = m_page->findChild<T *>(QLatin1String(objectName))) && d->isVisible(), 2000);
        }();
        return d;
    }
    QMessageBox *confirmation()
    {
        QMessageBox *box = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                (box = m_page->findChild<QMessageBox *>(QStringLiteral("storageConfirmation"))) &&
                    box->isVisible(),
                2000);
        }();
        return box;
    }
    void clickConfirm(QMessageBox *box, const QString &text)
    {
        for (QAbstractButton *b : box->buttons())
            if (b->text() == text) {
                b->click();
                return;
            }
        QFAIL(qPrintable(QStringLiteral("no button '%1'").arg(text)));
    }
    /// Clicks a button and waits for the page to have reloaded after it.
    bool clickAndReload(QPushButton *b)
    {
        QSignalSpy loaded(m_page, &StoragePage::loaded);
        b->click();
        return loaded.wait(3000);
    }
    bool createVolume(const QString &name, bool raw, double gib)
    {
        m_page->button(QStringLiteral("newVolume"))->click();
        auto *d = openDialog<NewVolumeDialog>("NewVolumeDialog");
        if (!d)
            return false;
        d->nameEdit()->setText(name);
        if (raw)
            d->rawButton()->setChecked(true);
        d->sizeBox()->setValue(gib);
        d->accept();
        // Earlier reloads may still answer first: wait for the row itself.
        QSignalSpy loaded(m_page, &StoragePage::loaded);
        for (int i = 0; i < 10 && !volumeRow(name); ++i)
            loaded.wait(500);
        return volumeRow(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        LibvirtEventLoop::start();
        m_host = std::make_unique<HostSession>(QStringLiteral("test:///default"));
        m_host->setStatsInterval(0);
        m_host->connectToHost();
        QTRY_COMPARE(m_host->state(), HostState::Connected);
        m_window = HostSummaryWindow::showFor(m_host.get());
        m_page = m_window->storagePage();
        QVERIFY(m_page);
        m_window->tabs()->setCurrentWidget(m_page);
        QTRY_COMPARE(m_page->poolList()->topLevelItemCount(), 1);
    }
    void cleanupTestCase() { delete m_window; }

    void poolIsListedWithItsBar()
    {
        QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(m_page)),
                 QStringLiteral("&Storage"));
        QTreeWidgetItem *pool = m_page->poolList()->topLevelItem(0);
        QCOMPARE(pool->text(0), QStringLiteral("default-pool"));
        QCOMPARE(pool->text(1), QStringLiteral("dir"));
        QCOMPARE(pool->text(2), QStringLiteral("Active"));
        QCOMPARE(pool->text(4), QStringLiteral("/default-pool"));
        QCOMPARE(m_page->poolBar()->total(), 100 * GiB);
        auto *summary = m_page->findChild<QLabel *>(QStringLiteral("poolSummary"));
        QVERIFY(summary->text().startsWith(QLatin1String("Capacity 100 GiB")));
        QVERIFY(summary->text().contains(QLatin1String("available 100 GiB")));
        // Stopped actions say why they are grey.
        QVERIFY(!m_page->button(QStringLiteral("startPool"))->isEnabled());
        QVERIFY(!m_page->button(QStringLiteral("deletePool"))->isEnabled());
        QVERIFY(m_page->button(QStringLiteral("deletePool"))->toolTip().contains("Stop the pool"));
        QVERIFY(!m_page->button(QStringLiteral("resizeVolume"))->isEnabled());
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("allocationExplanation"))
                    ->text()
                    .contains(QLatin1String("qcow2")));
        const QStringList unnamed = unnamedControls(m_window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(", ")));
    }

    void createQcow2AndRawShowWhatTheyTake()
    {
        QVERIFY(createVolume(QStringLiteral("thin.qcow2"), false, 20));
        QVERIFY(createVolume(QStringLiteral("full.img"), true, 1));
        QTreeWidgetItem *thin = volumeRow(QStringLiteral("thin.qcow2"));
        QTreeWidgetItem *full = volumeRow(QStringLiteral("full.img"));
        QCOMPARE(thin->text(StoragePage::FormatColumn), QStringLiteral("qcow2"));
        QCOMPARE(thin->text(StoragePage::CapacityColumn), QStringLiteral("20 GiB"));
        QCOMPARE(thin->data(StoragePage::AllocationColumn, StoragePage::TotalRole).toULongLong(),
                 20 * GiB);
        QCOMPARE(thin->data(StoragePage::AllocationColumn, StoragePage::UsedRole).toULongLong(),
                 0ull);
        QCOMPARE(full->text(StoragePage::FormatColumn), QStringLiteral("raw"));
        QCOMPARE(full->data(StoragePage::AllocationColumn, StoragePage::UsedRole).toULongLong(),
                 GiB);
        QCOMPARE(full->text(StoragePage::AllocationColumn), QStringLiteral("1 GiB of 1 GiB"));
        QCOMPARE(full->text(StoragePage::UsedByColumn), QStringLiteral("—"));
        // The new volume is selected; the pool's bar now counts the raw one.
        QCOMPARE(m_page->volumeList()->currentItem(), full);
        QCOMPARE(m_page->poolBar()->used(), GiB);

        // A taken name is refused as the user types.
        m_page->button(QStringLiteral("newVolume"))->click();
        auto *d = openDialog<NewVolumeDialog>("NewVolumeDialog");
        QVERIFY(d);
        d->nameEdit()->setText(QStringLiteral("thin.qcow2"));
        QVERIFY(d->problemLabel()->text().contains(QLatin1String("already has")));
        QVERIFY(!d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        d->reject();
    }

    // Convert: a qcow2 volume becomes a new raw one beside it, named by default with the other
    // format's extension; a taken name is refused as the user types; an ISO is not offered.
    void convertMakesANewVolumeOfTheOtherFormat()
    {
        QVERIFY(createVolume(QStringLiteral("tobe.qcow2"), false, 1));
        m_page->selectVolume(QStringLiteral("tobe.qcow2"));
        QPushButton *convert = m_page->button(QStringLiteral("convertVolume"));
        QVERIFY(convert->isEnabled());
        QVERIFY(!convert->accessibleName().isEmpty());
        convert->click();
        auto *d = openDialog<ConvertVolumeDialog>("ConvertVolumeDialog");
        QVERIFY(d);
        QCOMPARE(d->format(), QStringLiteral("raw"));
        QCOMPARE(d->nameEdit()->text(), QStringLiteral("tobe.raw"));
        QVERIFY(!d->nameEdit()->accessibleName().isEmpty());
        d->nameEdit()->setText(QStringLiteral("tobe.qcow2"));
        QVERIFY2(d->problemLabel()->text().contains(QLatin1String("has a volume named")),
                 qPrintable(d->problemLabel()->text()));
        QVERIFY(!d->convertButton()->isEnabled());
        d->nameEdit()->setText(QStringLiteral("tobe.raw"));
        QVERIFY(d->convertButton()->isEnabled());
        d->convertButton()->click();
        QSignalSpy loaded(m_page, &StoragePage::loaded);
        for (int i = 0; i < 10 && !volumeRow(QStringLiteral("tobe.raw")); ++i)
            loaded.wait(500);
        QTreeWidgetItem *row = volumeRow(QStringLiteral("tobe.raw"));
        QVERIFY(row);
        QVERIFY(volumeRow(QStringLiteral("tobe.qcow2"))); // the original stays
        QVERIFY2(m_page->statusLabel()->text().contains(QLatin1String("Converted 'tobe.qcow2'")),
                 qPrintable(m_page->statusLabel()->text()));
    }

    void resizeAsksBeforeShrinkingAndGreysWhenUnsupported()
    {
        m_page->selectVolume(QStringLiteral("thin.qcow2"));
        QPushButton *resize = m_page->button(QStringLiteral("resizeVolume"));
        QVERIFY(resize->isEnabled());
        resize->click();
        auto *d = openDialog<ResizeVolumeDialog>("ResizeVolumeDialog");
        QVERIFY(d);
        d->sizeBox()->setValue(10);
        QVERIFY(d->noteLabel()->text().contains(QLatin1String("is lost")));
        d->accept();
        QMessageBox *box = confirmation();
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("Shrink 'thin.qcow2' from 20 GiB to 10 GiB")));
        clickConfirm(box, QStringLiteral("Cancel"));
        QTest::qWait(100);
        QCOMPARE(volumeRow(QStringLiteral("thin.qcow2"))->text(StoragePage::CapacityColumn),
                 QStringLiteral("20 GiB"));

        // Growing: the test driver has no virStorageVolResize, and says so.
        resize->click();
        d = openDialog<ResizeVolumeDialog>("ResizeVolumeDialog");
        QVERIFY(d);
        d->sizeBox()->setValue(30);
        QSignalSpy loaded(m_page, &StoragePage::loaded);
        d->accept();
        QVERIFY(loaded.wait(3000));
        QVERIFY2(m_page->statusLabel()->text().startsWith(
                     QLatin1String("Resize volume 'thin.qcow2' of pool 'default-pool'")),
                 qPrintable(m_page->statusLabel()->text()));
        QVERIFY(!resize->isEnabled());
        QVERIFY2(resize->toolTip().contains(QLatin1String("cannot do this")),
                 qPrintable(resize->toolTip()));
        // The reload after the action kept the selection.
        QCOMPARE(m_page->volumeList()->currentItem(), volumeRow(QStringLiteral("thin.qcow2")));
    }

    void uploadFailsCleanlyOnTheTestDriver()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("boot.iso"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(128 * 1024, 'x'));
        f.close();
        QPushButton *up = m_page->button(QStringLiteral("uploadVolume"));
        QVERIFY(up->isEnabled());
        up->click();
        auto *d = openDialog<QFileDialog>("uploadFileDialog");
        QVERIFY(d);
        QSignalSpy loaded(m_page, &StoragePage::loaded);
        Q_EMIT d->fileSelected(path); // as the dialog does on Open
        d->reject();
        QVERIFY(loaded.wait(3000));
        // No virStorageVolUpload in the test driver: said, greyed, and no half volume listed.
        QVERIFY2(m_page->statusLabel()->text().startsWith(QStringLiteral("Upload %1").arg(path)),
                 qPrintable(m_page->statusLabel()->text()));
        QVERIFY(!volumeRow(QStringLiteral("boot.iso")));
        QVERIFY(!up->isEnabled());
        QVERIFY(up->toolTip().contains(QLatin1String("cannot do this")));
    }

    void deleteAsksFirst()
    {
        m_page->selectVolume(QStringLiteral("full.img"));
        QPushButton *del = m_page->button(QStringLiteral("deleteVolume"));
        QVERIFY(del->isEnabled());
        del->click();
        QMessageBox *box = confirmation();
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("Delete volume 'full.img' (1 GiB)?")));
        // Enter is Cancel: nothing destroyed by accident.
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        clickConfirm(box, QStringLiteral("Cancel"));
        QTest::qWait(100);
        QVERIFY(volumeRow(QStringLiteral("full.img")));

        // From the keyboard: Delete on the list asks the same question.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        m_page->volumeList()->setFocus();
        QTest::keyClick(m_page->volumeList(), Qt::Key_Delete);
        box = confirmation();
        QVERIFY(box);
        QSignalSpy loaded(m_page, &StoragePage::loaded);
        clickConfirm(box, QStringLiteral("Delete"));
        QVERIFY(loaded.wait(3000));
        QVERIFY(!volumeRow(QStringLiteral("full.img")));
        QVERIFY(volumeRow(QStringLiteral("thin.qcow2")));
        QCOMPARE(m_page->statusLabel()->text(), QStringLiteral("Deleted 'full.img'."));
    }

    void defineADirPool()
    {
        m_page->button(QStringLiteral("definePool"))->click();
        auto *d = openDialog<DefinePoolDialog>("DefinePoolDialog");
        QVERIFY(d);
        // The test driver cannot list its pool types: libvirt's usual four, dir first.
        QCOMPARE(d->typeBox()->currentData().toString(), QStringLiteral("dir"));
        auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        d->nameEdit()->setText(QStringLiteral("default-pool"));
        d->pathEdit()->setText(QStringLiteral("/srv/isos"));
        QVERIFY(d->problemLabel()->text().contains(QLatin1String("already has a pool")));
        QVERIFY(!ok->isEnabled());
        d->nameEdit()->setText(QStringLiteral("isos"));
        d->pathEdit()->setText(QStringLiteral("srv/isos"));
        QVERIFY(d->problemLabel()->text().contains(QLatin1String("absolute path")));
        d->pathEdit()->setText(QStringLiteral("/srv/isos"));
        QVERIFY(ok->isEnabled());
        const QStringList unnamed = unnamedControls(d);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(", ")));
        ok->click();
        QTRY_COMPARE(m_page->poolList()->topLevelItemCount(), 2);
        QTRY_COMPARE(m_page->poolList()->currentItem()->text(0), QStringLiteral("isos"));
        QCOMPARE(m_page->poolList()->currentItem()->text(2), QStringLiteral("Active"));
        QCOMPARE(m_page->poolList()->currentItem()->text(3), QStringLiteral("Yes"));
        QCOMPARE(m_page->poolList()->currentItem()->text(4), QStringLiteral("/srv/isos"));
        QCOMPARE(m_page->statusLabel()->text(), QStringLiteral("Defined and started pool 'isos'."));

        // Undefined again (after stopping it), with the confirmation.
        QVERIFY(clickAndReload(m_page->button(QStringLiteral("stopPool"))));
        QTRY_VERIFY(m_page->button(QStringLiteral("undefinePool"))->isEnabled());
        m_page->button(QStringLiteral("undefinePool"))->click();
        QMessageBox *box = confirmation();
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("Remove pool 'isos'")));
        clickConfirm(box, QStringLiteral("Undefine"));
        QTRY_COMPARE(m_page->poolList()->topLevelItemCount(), 1);
        m_page->selectPool(QStringLiteral("default-pool"));
        QTRY_VERIFY(volumeRow(QStringLiteral("thin.qcow2")));
    }

    void stopAndStartThePool()
    {
        QVERIFY(clickAndReload(m_page->button(QStringLiteral("stopPool"))));
        QCOMPARE(m_page->poolList()->topLevelItem(0)->text(2), QStringLiteral("Stopped"));
        QCOMPARE(m_page->volumeList()->topLevelItemCount(), 0);
        QVERIFY(m_page->button(QStringLiteral("startPool"))->isEnabled());
        QVERIFY(m_page->button(QStringLiteral("deletePool"))->isEnabled());
        QVERIFY(!m_page->button(QStringLiteral("newVolume"))->isEnabled());
        QVERIFY(clickAndReload(m_page->button(QStringLiteral("startPool"))));
        QCOMPARE(m_page->poolList()->topLevelItem(0)->text(2), QStringLiteral("Active"));
        QTRY_VERIFY(volumeRow(QStringLiteral("thin.qcow2")));
    }
};

QTEST_MAIN(TestStoragePage)
#include "tst_storagepage.moc"
