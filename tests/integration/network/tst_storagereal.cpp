// SPDX-License-Identifier: GPL-2.0-or-later
// The Storage page's core on the real libvirtd: a dir pool in a scratch folder is defined, built
// and started; a 1 GiB raw volume takes 1 GiB on the host and a 1 GiB qcow2 under 1 MiB, as
// libvirt reports them; raw converts to qcow2 and back (libvirt's XML says the new format) and a
// cancelled conversion leaves nothing; a file uploaded and downloaded again has the same checksum;
// a sparse file uploads as a sparse volume (its holes go as holes) with the same bytes, and a
// sparse 1 GiB volume downloads as a sparse file (and a qcow2 as its very file); a disk
// attached to a running guest by hand (virsh attach-disk) shows the volume as used; resize
// grows; a cancelled upload and a cancelled download leave nothing; everything is removed at
// the end. Needs tests/integration/setup.sh; skips without a hypervisor.
#include "scratchhost.h"

#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "core/storage/pooldefinition.h"
#include "core/storage/storageactions.h"
#include "core/storage/volumecopy.h"
#include "core/storage/volumedownload.h"
#include "core/storage/volumeupload.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <sys/stat.h>

using namespace Vireo;
using namespace Vireo::Integration;

static constexpr quint64 MiB = 1024ull * 1024;
static constexpr quint64 GiB = 1024 * MiB;

class TestStorageReal : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    ScratchHost m_scratch;
    QString m_pool;
    bool m_poolMade = false;

    std::optional<StorageVolumeInfo> volume(const QString &name)
    {
        auto r = waitFor<Result<QList<StorageVolumeInfo>>>(
            [&](auto done) { Storage::listVolumes(m_scratch.session(), m_pool, this, done); });
        if (r)
            for (const StorageVolumeInfo &v : r.value())
                if (v.name == name)
                    return v;
        return std::nullopt;
    }
    Result<StorageVolumeInfo> create(const QString &name, const QString &format, quint64 bytes)
    {
        return m_scratch.createVolume(m_pool, name, format, bytes);
    }
    /// A MiB of random bytes.
    static QByteArray noise()
    {
        QByteArray block(int(MiB), Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()),
                                              block.size() / 4);
        return block;
    }
    Result<StorageVolumeInfo> upload(const QString &local, const QString &name)
    {
        VolumeUpload up(m_scratch.session(), m_pool, local, name);
        std::optional<Result<StorageVolumeInfo>> uploaded;
        connect(&up, &VolumeUpload::finished, this,
                [&](const Result<StorageVolumeInfo> &r, bool) { uploaded = r; });
        up.start();
        if (!QTest::qWaitFor([&] { return uploaded.has_value(); }, kLibvirtCallMs))
            return Error{QStringLiteral("test"), QStringLiteral("no answer"), 0};
        return *uploaded;
    }
    static QByteArray sha256(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&f);
        return h.result().toHex();
    }

    /// Downloads `volume` to `target` in 64 KiB pieces and cancels it at its first progress:
    /// true when it ended cancelled and left neither the file nor a partial one.
    bool cancelledDownloadLeavesNothing(const QString &volume, const QString &target)
    {
        VolumeDownload down(m_scratch.session(), m_pool, volume, target);
        down.setChunkBytes(64 * 1024);
        std::optional<bool> cancelled;
        connect(&down, &VolumeDownload::finished, this,
                [&](const Result<quint64> &, bool c) { cancelled = c; });
        connect(&down, &VolumeDownload::progress, &down, [&](int p) {
            if (p > 0)
                down.cancel();
        });
        down.start();
        if (!QTest::qWaitFor([&] { return cancelled.has_value(); }, kLibvirtCallMs)) {
            qWarning("the cancelled download of %s did not end", qPrintable(volume));
            return false;
        }
        return *cancelled && !QFile::exists(target) &&
               !QFile::exists(target + QStringLiteral(".part"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        VIREO_SCRATCH_SET_UP(m_scratch);
        m_pool = QStringLiteral("vireo-it-%1-pool").arg(QCoreApplication::applicationPid());
    }

    void dirPoolIsDefinedBuiltStarted()
    {
        const QString path = m_scratch.filePath(QStringLiteral("pool"));
        const Status s = waitFor<Status>([&](auto done) {
            Storage::defineDirPool(m_scratch.session(), m_pool, path, false, this, done);
        });
        QVERIFY2(s, qPrintable(s.error().text()));
        m_poolMade = true;
        QVERIFY(QDir(path).exists()); // built
        auto pools = waitFor<Result<QList<StoragePoolInfo>>>(
            [&](auto done) { Storage::listPools(m_scratch.session(), this, done); });
        QVERIFY(pools);
        bool active = false;
        for (const StoragePoolInfo &p : pools.value())
            if (p.name == m_pool)
                active = p.active && p.type == u"dir" && p.targetPath == path;
        QVERIFY(active);
    }

    void rawTakesItsSizeQcow2Almost()
    {
        if (!m_poolMade)
            QSKIP("no pool");
        auto raw = create(QStringLiteral("one.raw"), QStringLiteral("raw"), GiB);
        QVERIFY2(raw, qPrintable(raw.error().text()));
        auto qcow = create(QStringLiteral("one.qcow2"), QStringLiteral("qcow2"), GiB);
        QVERIFY2(qcow, qPrintable(qcow.error().text()));
        const auto r = volume(QStringLiteral("one.raw"));
        const auto q = volume(QStringLiteral("one.qcow2"));
        QVERIFY(r && q);
        QCOMPARE(r->capacityBytes, GiB);
        QCOMPARE(q->capacityBytes, GiB);
        QVERIFY2(r->allocationBytes >= GiB, qPrintable(QString::number(r->allocationBytes)));
        QVERIFY2(q->allocationBytes < MiB, qPrintable(QString::number(q->allocationBytes)));
        QCOMPARE(q->format, QStringLiteral("qcow2"));
        QCOMPARE(r->format, QStringLiteral("raw"));
    }

    // raw -> qcow2 and back through virStorageVolCreateXMLFrom (qemu-img on the host): libvirt's
    // XML of the new volume says its format; a cancelled conversion leaves no volume.
    Result<StorageVolumeInfo> convert(const QString &from, const QString &to, const QString &format,
                                      bool cancel = false, bool *cancelled = nullptr)
    {
        const auto source = volume(from);
        if (!source)
            return Error{QStringLiteral("test"), QStringLiteral("no volume ") + from, 0};
        VolumeCopy::Spec spec{
            m_pool, from, to, format, source->capacityBytes, source->allocationBytes};
        VolumeCopy c(m_scratch.session(), spec);
        std::optional<Result<StorageVolumeInfo>> out;
        connect(&c, &VolumeCopy::finished, this, [&](const Result<StorageVolumeInfo> &r, bool k) {
            out = r;
            if (cancelled)
                *cancelled = k;
        });
        c.start();
        if (cancel)
            c.cancel();
        if (!QTest::qWaitFor([&] { return out.has_value(); }, kLibvirtCallMs))
            return Error{QStringLiteral("test"), QStringLiteral("no answer"), 0};
        return *out;
    }

    void rawConvertsToQcow2AndBack()
    {
        if (!m_poolMade)
            QSKIP("no pool");
        auto qcow = convert(QStringLiteral("one.raw"), QStringLiteral("one-converted.qcow2"),
                            QStringLiteral("qcow2"));
        QVERIFY2(qcow, qPrintable(qcow.error().text()));
        const auto listed = volume(QStringLiteral("one-converted.qcow2"));
        QVERIFY(listed);
        QCOMPARE(listed->format, QStringLiteral("qcow2")); // from libvirt's volume XML
        QCOMPARE(listed->capacityBytes, GiB);
        // The raw volume held only zeros: its qcow2 copy takes almost nothing.
        QVERIFY2(listed->allocationBytes < 16 * MiB,
                 qPrintable(QString::number(listed->allocationBytes)));
        auto raw = convert(QStringLiteral("one-converted.qcow2"), QStringLiteral("one-back.raw"),
                           QStringLiteral("raw"));
        QVERIFY2(raw, qPrintable(raw.error().text()));
        QCOMPARE(volume(QStringLiteral("one-back.raw"))->format, QStringLiteral("raw"));
        QCOMPARE(volume(QStringLiteral("one-back.raw"))->capacityBytes, GiB);

        bool cancelled = false;
        auto stopped = convert(QStringLiteral("one.raw"), QStringLiteral("one-cancelled.qcow2"),
                               QStringLiteral("qcow2"), true, &cancelled);
        QVERIFY(!stopped);
        QVERIFY(cancelled);
        QVERIFY(!volume(QStringLiteral("one-cancelled.qcow2")));
    }

    void resizeGrows()
    {
        if (!m_poolMade)
            QSKIP("no pool");
        auto grown = waitFor<Result<StorageVolumeInfo>>([&](auto done) {
            Storage::resizeVolume(m_scratch.session(), m_pool, QStringLiteral("one.qcow2"), 2 * GiB,
                                  this, done);
        });
        QVERIFY2(grown, qPrintable(grown.error().text()));
        QCOMPARE(volume(QStringLiteral("one.qcow2"))->capacityBytes, 2 * GiB);
    }

    void uploadThenDownloadKeepsTheBytes()
    {
        if (!m_poolMade)
            QSKIP("no pool");
        const QString local = m_scratch.filePath(QStringLiteral("data.img"));
        {
            QFile f(local);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 24; ++i) // 24 MiB of noise, three upload chunks
                f.write(noise());
            f.write("tail that is not a whole MiB");
        }
        const auto uploaded = upload(local, QStringLiteral("data.img"));
        QVERIFY2(uploaded, qPrintable(uploaded.error().text()));

        const QString back = m_scratch.filePath(QStringLiteral("back.img"));
        VolumeDownload down(m_scratch.session(), m_pool, QStringLiteral("data.img"), back);
        down.setChunkBytes(4 * MiB);
        std::optional<Result<quint64>> downloaded;
        QList<int> percents;
        connect(&down, &VolumeDownload::progress, this, [&](int p) { percents << p; });
        connect(&down, &VolumeDownload::finished, this,
                [&](const Result<quint64> &r, bool) { downloaded = r; });
        down.start();
        QTRY_VERIFY_WITH_TIMEOUT(downloaded.has_value(), kLibvirtCallMs);
        QVERIFY2(downloaded->ok(), qPrintable(downloaded->error().text()));
        QCOMPARE(downloaded->value(), quint64(QFileInfo(local).size()));
        QCOMPARE(sha256(back), sha256(local));
        QVERIFY(percents.size() > 2); // progress came in steps
        QCOMPARE(percents.last(), 100);
        QVERIFY(!QFile::exists(back + QStringLiteral(".part")));
    }

    void sparseFileUploadsAsSparse()
    {
        // 512 MiB with 3 MiB of data at three places: the holes go as holes (a sparse stream),
        // so the volume takes about what the data does, and a download gives back every byte.
        if (!m_poolMade)
            QSKIP("no pool");
        const QString local = m_scratch.filePath(QStringLiteral("sparse.img"));
        {
            QFile f(local);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(512 * MiB)));
            const QByteArray block = noise();
            for (const qint64 at : {qint64(0), qint64(100 * MiB), qint64(511 * MiB)}) {
                QVERIFY(f.seek(at));
                QCOMPARE(f.write(block), block.size());
            }
        }
        const auto uploaded = upload(local, QStringLiteral("sparse.img"));
        QVERIFY2(uploaded, qPrintable(uploaded.error().text()));
        auto listed = volume(QStringLiteral("sparse.img"));
        QVERIFY(listed);
        QCOMPARE(listed->capacityBytes, 512 * MiB);
        QVERIFY2(listed->allocationBytes < 16 * MiB,
                 qPrintable(QString::number(listed->allocationBytes)));

        const QString back = m_scratch.filePath(QStringLiteral("sparse-back.img"));
        VolumeDownload down(m_scratch.session(), m_pool, QStringLiteral("sparse.img"), back);
        std::optional<Result<quint64>> downloaded;
        connect(&down, &VolumeDownload::finished, this,
                [&](const Result<quint64> &r, bool) { downloaded = r; });
        down.start();
        QTRY_VERIFY_WITH_TIMEOUT(downloaded.has_value(), kLibvirtCallMs);
        QVERIFY2(downloaded->ok(), qPrintable(downloaded->error().text()));
        QCOMPARE(sha256(back), sha256(local));
    }

    void sparseVolumeDownloadsSparse()
    {
        // A 1 GiB raw volume with 3 MiB of data (the last MiB at 700 MiB, so it ends in a hole)
        // downloads as a sparse stream: the same bytes, and the local file takes about what the
        // data does (its holes skipped, not written as zeros; the trailing one by its size).
        // Then a 1 GiB qcow2 comes back as the very file the pool holds.
        if (!m_poolMade)
            QSKIP("no pool");
        const QString local = m_scratch.filePath(QStringLiteral("holes.img"));
        {
            QFile f(local);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(GiB)));
            const QByteArray block = noise();
            for (const qint64 at : {qint64(0), qint64(300 * MiB), qint64(700 * MiB)}) {
                QVERIFY(f.seek(at));
                QCOMPARE(f.write(block), block.size());
            }
        }
        const auto uploaded = upload(local, QStringLiteral("holes.img"));
        QVERIFY2(uploaded, qPrintable(uploaded.error().text()));

        const QString back = m_scratch.filePath(QStringLiteral("holes-back.img"));
        VolumeDownload down(m_scratch.session(), m_pool, QStringLiteral("holes.img"), back);
        down.setChunkBytes(MiB); // several jobs: the progress comes in steps
        std::optional<Result<quint64>> downloaded;
        QList<int> percents;
        connect(&down, &VolumeDownload::progress, this, [&](int p) { percents << p; });
        connect(&down, &VolumeDownload::finished, this,
                [&](const Result<quint64> &r, bool) { downloaded = r; });
        down.start();
        QTRY_VERIFY_WITH_TIMEOUT(downloaded.has_value(), kLibvirtCallMs);
        QVERIFY2(downloaded->ok(), qPrintable(downloaded->error().text()));
        QVERIFY(down.sparseStream());
        QCOMPARE(downloaded->value(), GiB);
        QVERIFY2(down.holeBytes() >= GiB - 8 * MiB, qPrintable(QString::number(down.holeBytes())));
        QVERIFY(percents.size() > 2);
        QCOMPARE(percents.last(), 100);
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(back).constData(), &st), 0);
        QCOMPARE(quint64(st.st_size), GiB);
        QVERIFY2(quint64(st.st_blocks) * 512 < 16 * MiB,
                 qPrintable(QStringLiteral("%1 bytes allocated").arg(quint64(st.st_blocks) * 512)));
        QCOMPARE(sha256(back), sha256(local));
        QVERIFY(!QFile::exists(back + QStringLiteral(".part")));

        // Cancelled half-way through the holes: no file, no partial file.
        QVERIFY(cancelledDownloadLeavesNothing(
            QStringLiteral("holes.img"),
            m_scratch.filePath(QStringLiteral("holes-cancelled.img"))));

        auto qcow = create(QStringLiteral("holes.qcow2"), QStringLiteral("qcow2"), GiB);
        QVERIFY2(qcow, qPrintable(qcow.error().text()));
        const QString qcowBack = m_scratch.filePath(QStringLiteral("holes-back.qcow2"));
        VolumeDownload downQcow(m_scratch.session(), m_pool, QStringLiteral("holes.qcow2"),
                                qcowBack);
        std::optional<Result<quint64>> gotQcow;
        connect(&downQcow, &VolumeDownload::finished, this,
                [&](const Result<quint64> &r, bool) { gotQcow = r; });
        downQcow.start();
        QTRY_VERIFY_WITH_TIMEOUT(gotQcow.has_value(), kLibvirtCallMs);
        QVERIFY2(gotQcow->ok(), qPrintable(gotQcow->error().text()));
        QCOMPARE(gotQcow->value(), quint64(QFileInfo(qcow->path).size()));
        QCOMPARE(sha256(qcowBack), sha256(qcow->path));
        QVERIFY(QFile::remove(local));
        QVERIFY(QFile::remove(back));
    }

    void diskAttachedByHandShowsAsUsed()
    {
        // `virsh attach-disk --live` by hand, another program on another connection: no
        // lifecycle event, only a device-added one; the Storage page's next listing says the
        // running guest uses the volume (the domain XML cache dropped its entry on the worker).
        if (!m_poolMade)
            QSKIP("no pool");
        auto hot = create(QStringLiteral("hot.qcow2"), QStringLiteral("qcow2"), 64 * MiB);
        QVERIFY2(hot, qPrintable(hot.error().text()));
        const GuestSpec spec = testGuestSpec(QStringLiteral("hotdisk"), m_scratch.path());
        const Booted booted = defineAndBoot(m_scratch.session(), m_scratch.env(), spec);
        QVERIFY2(booted.error.isEmpty(), qPrintable(booted.error));
        auto usersOfHot = [&] {
            auto r = waitFor<Result<QList<StorageVolumeInfo>>>([&](auto done) {
                Storage::listVolumesWithUsers(m_scratch.session(), m_pool, this, done);
            });
            if (r)
                for (const StorageVolumeInfo &v : r.value())
                    if (v.name == u"hot.qcow2")
                        return v.usedByRunning;
            return QStringList{QStringLiteral("(not listed)")};
        };
        QCOMPARE(usersOfHot(), QStringList{}); // the guest's XML is in the cache now
        QString out;
        QVERIFY2(
            runProgram(QStringLiteral("virsh"),
                       {QStringLiteral("-c"), m_scratch.env().uri, QStringLiteral("attach-disk"),
                        spec.name, hot->path, QStringLiteral("vdb"), QStringLiteral("--subdriver"),
                        QStringLiteral("qcow2"), QStringLiteral("--live")},
                       &out),
            qPrintable(out));
        QTRY_COMPARE_WITH_TIMEOUT(usersOfHot(), QStringList{spec.name}, 30000);
        removeTestDomains(m_scratch.env().uri);
    }

    void cancelledTransfersLeaveNothing()
    {
        if (!m_poolMade)
            QSKIP("no pool");
        const QString local = m_scratch.filePath(QStringLiteral("data.img"));
        VolumeUpload up(m_scratch.session(), m_pool, local, QStringLiteral("cancelled.img"));
        up.setChunkBytes(64 * 1024);
        std::optional<bool> upCancelled;
        connect(&up, &VolumeUpload::finished, this,
                [&](const Result<StorageVolumeInfo> &, bool c) { upCancelled = c; });
        connect(&up, &VolumeUpload::progress, &up, [&](int p) {
            if (p > 0)
                up.cancel();
        });
        up.start();
        QTRY_VERIFY_WITH_TIMEOUT(upCancelled.has_value(), kLibvirtCallMs);
        QVERIFY(*upCancelled);
        QVERIFY(!volume(QStringLiteral("cancelled.img")));

        QVERIFY(cancelledDownloadLeavesNothing(
            QStringLiteral("data.img"), m_scratch.filePath(QStringLiteral("cancelled.img"))));
    }

    void cleanupTestCase()
    {
        if (!m_scratch.env().uri.isEmpty())
            removeTestDomains(m_scratch.env().uri);
        if (m_poolMade)
            m_scratch.removePool(m_pool, true);
    }
};

QTEST_GUILESS_MAIN(TestStorageReal)
#include "tst_storagereal.moc"
