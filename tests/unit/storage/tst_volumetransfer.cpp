// SPDX-License-Identifier: GPL-2.0-or-later
// Download of a volume to a local file on libvirt's test driver, which has no
// virStorageVolDownload: the refusal names the volume, and neither a partial file nor a changed
// existing file stays behind. (The real transfer with its checksum is in the integration tier.)
#include "../../support/demohost.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "core/storage/storage.h"
#include "core/storage/volumedownload.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;

class TestVolumeTransfer : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_host;

    Result<quint64> download(const QString &volume, const QString &local)
    {
        VolumeDownload d(m_host.get(), QStringLiteral("default"), volume, local);
        std::optional<Result<quint64>> out;
        connect(&d, &VolumeDownload::finished, this,
                [&](const Result<quint64> &r, bool) { out = r; });
        d.start();
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            return Error{QStringLiteral("test"), QStringLiteral("no answer"), 0};
        return *out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_host = VireoTest::connectedDemoHost(m_dir);
        QVERIFY(m_host);
    }
    void cleanupTestCase() { m_host.reset(); }

    void refusedDownloadLeavesNothing()
    {
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("web.qcow2"));
        const auto r = download(QStringLiteral("web-frontend.qcow2"), path);
        QVERIFY(!r);
        QVERIFY2(r.error().text().startsWith(u"Download volume 'web-frontend.qcow2'"),
                 qPrintable(r.error().text()));
        QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void existingFileStaysAsItWas()
    {
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("keep.img"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        QVERIFY(!download(QStringLiteral("web-frontend.qcow2"), path));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("keep.img")});
    }

    void missingVolumeIsNamed()
    {
        QTemporaryDir out;
        const auto r = download(QStringLiteral("nothing.img"), out.filePath(QStringLiteral("x")));
        QVERIFY(!r);
        QVERIFY2(r.error().text().contains(u"nothing.img"), qPrintable(r.error().text()));
        QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void unwritableTargetIsRefused()
    {
        const auto r = download(QStringLiteral("web-frontend.qcow2"),
                                QStringLiteral("/nonexistent-dir/web.qcow2"));
        QVERIFY(!r);
        QVERIFY2(r.error().text().contains(u"/nonexistent-dir/web.qcow2"),
                 qPrintable(r.error().text()));
    }
};

QTEST_GUILESS_MAIN(TestVolumeTransfer)
#include "tst_volumetransfer.moc"
