// SPDX-License-Identifier: GPL-2.0-or-later
// The Storage page's Download on the real libvirtd, as a person does it: a volume selected, the
// Download button, the file dialog, the progress bar while a 256 MiB volume comes, and the line
// that says how much of a sparse 1 GiB volume stayed holes (the file takes its 3 MiB). Needs
// tests/integration/setup.sh; skips without a hypervisor.
#include "scratchhost.h"

#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "core/storage/pooldefinition.h"
#include "core/storage/storageactions.h"
#include "core/storage/volumeupload.h"
#include "ui/manager/hostsummarywindow.h"
#include "ui/manager/storagepage.h"

#include <QFileDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <sys/stat.h>

using namespace Vireo;
using namespace Vireo::Integration;

static constexpr qint64 MiB = 1024 * 1024;

class TestStoragePageReal : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    ScratchHost m_scratch;
    QString m_pool;
    bool m_poolMade = false;
    QPointer<HostSummaryWindow> m_window;
    StoragePage *m_page = nullptr;

    bool upload(const QString &local, const QString &name)
    {
        VolumeUpload up(m_scratch.session(), m_pool, local, name);
        std::optional<bool> ok;
        connect(&up, &VolumeUpload::finished, this,
                [&](const Result<StorageVolumeInfo> &r, bool) { ok = r.ok(); });
        up.start();
        return QTest::qWaitFor([&] { return ok.has_value(); }, kLibvirtCallMs) && *ok;
    }
    /// Selects the volume, clicks Download and answers the file dialog with `path`.
    bool download(const QString &volume, const QString &path)
    {
        m_page->selectVolume(volume);
        QPushButton *b = m_page->button(QStringLiteral("downloadVolume"));
        if (!b->isEnabled())
            return false;
        b->click();
        QFileDialog *d = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    return (d = m_page->findChild<QFileDialog *>(
                                QStringLiteral("downloadFileDialog"))) &&
                           d->isVisible();
                },
                3000))
            return false;
        Q_EMIT d->fileSelected(path); // as the dialog does on Save
        d->reject();
        return true;
    }
    static qint64 allocated(const QString &path)
    {
        struct stat st
        {
        };
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? qint64(st.st_blocks) * 512
                                                                     : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        VIREO_SCRATCH_SET_UP(m_scratch);
        m_pool = QStringLiteral("vireo-it-%1-page").arg(QCoreApplication::applicationPid());
        const Status s = waitFor<Status>([&](auto done) {
            Storage::defineDirPool(m_scratch.session(), m_pool,
                                   m_scratch.filePath(QStringLiteral("pool")), false, this, done);
        });
        QVERIFY2(s, qPrintable(s.error().text()));
        m_poolMade = true;
        const QString holes = m_scratch.filePath(QStringLiteral("holes.img"));
        const QString dense = m_scratch.filePath(QStringLiteral("dense.img"));
        {
            QFile f(holes);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(1024 * MiB));
            for (const qint64 at : {qint64(0), 300 * MiB, 700 * MiB}) {
                QVERIFY(f.seek(at));
                f.write(QByteArray(int(MiB), 'x'));
            }
            QFile g(dense);
            QVERIFY(g.open(QIODevice::WriteOnly));
            QByteArray block(int(MiB), Qt::Uninitialized);
            for (int i = 0; i < 256; ++i) {
                QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()),
                                                      block.size() / 4);
                g.write(block);
            }
        }
        QVERIFY(upload(holes, QStringLiteral("holes.img")));
        QVERIFY(upload(dense, QStringLiteral("dense.img")));
        QFile::remove(holes);
        QFile::remove(dense);

        m_window = HostSummaryWindow::showFor(m_scratch.session());
        m_page = m_window->storagePage();
        QVERIFY(m_page);
        m_window->tabs()->setCurrentWidget(m_page);
        m_window->resize(900, 600);
        QSignalSpy loaded(m_page, &StoragePage::loaded);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->poolList()->topLevelItemCount() > 0, 10000);
        m_page->selectPool(m_pool);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->volumeList()->topLevelItemCount() == 2, 10000);
    }

    void denseDownloadShowsProgress()
    {
        const QString path = m_scratch.filePath(QStringLiteral("dense-back.img"));
        auto *bar = m_page->findChild<QProgressBar *>();
        QVERIFY(bar);
        QList<int> values;
        QObject scope; // the connection ends with this test
        connect(bar, &QProgressBar::valueChanged, &scope, [&](int v) { values << v; });
        QVERIFY(download(QStringLiteral("dense.img"), path));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->statusLabel()->text().startsWith(u"Downloaded"),
                                 kLibvirtCallMs);
        QVERIFY2(m_page->statusLabel()->text().contains(path),
                 qPrintable(m_page->statusLabel()->text()));
        QVERIFY(!m_page->statusLabel()->text().contains(u"holes")); // a dense volume has none
        QVERIFY(values.size() > 1);
        QCOMPARE(QFile(path).size(), 256 * MiB);
        QVERIFY(!bar->isVisible()); // gone when done
        QVERIFY(QFile::remove(path));
    }

    void sparseDownloadSaysWhatStayedHoles()
    {
        const QString path = m_scratch.filePath(QStringLiteral("holes-back.img"));
        QVERIFY(download(QStringLiteral("holes.img"), path));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->statusLabel()->text().startsWith(u"Downloaded"),
                                 kLibvirtCallMs);
        const QString said = m_page->statusLabel()->text();
        QVERIFY2(said.contains(u"holes were kept as holes"), qPrintable(said));
        QCOMPARE(QFile(path).size(), 1024 * MiB);
        QVERIFY2(allocated(path) < 16 * MiB, qPrintable(QString::number(allocated(path))));
        if (qEnvironmentVariableIsSet("VIREO_TEST_LINGER_MS")) // to look at it (a screenshot)
            QTest::qWait(qEnvironmentVariableIntValue("VIREO_TEST_LINGER_MS"));
        QVERIFY(QFile::remove(path));
    }

    void cleanupTestCase()
    {
        delete m_window;
        if (m_poolMade)
            m_scratch.removePool(m_pool, true);
    }
};

QTEST_MAIN(TestStoragePageReal)
#include "tst_storagepagereal.moc"
