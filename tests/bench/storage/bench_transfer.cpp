// SPDX-License-Identifier: GPL-2.0-or-later
// Storage figures on the tier's libvirtd, each beside its anchor in the same run:
// - upload of a file of random bytes into a local dir pool (VolumeUpload) against cp of the same
//   file into the same folder, and against virsh vol-upload (libvirt's own client: the same
//   stream path without Vireo);
// - download back (VolumeDownload), against cp the other way;
// - conversion of the uploaded raw volume into qcow2 (VolumeCopy, virStorageVolCreateXMLFrom)
//   against qemu-img convert of the same file, run here.
// Like with like: before each timed step the source is read once (warm in the page cache for
// every contender) and the machine's dirty pages are written out (sync, untimed), and each step
// ends with an fdatasync of what it wrote (sync --data FILE, timed), so no contender is timed
// into the page cache while another is timed onto the disk, nor pays for another's writes. The
// machine's other load is not controlled: compare the figures of one line, not of two runs. Usage:
// bench_transfer [MiB (1024)] [runs (1)]. Cleans up its pool.
#include "guest.h"

#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "core/storage/pooldefinition.h"
#include "core/storage/storageactions.h"
#include "core/storage/volumecopy.h"
#include "core/storage/volumedownload.h"
#include "core/storage/volumeupload.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Vireo;
using namespace Vireo::Integration;

template<typename T, typename Call>
static T wait(Call call)
{
    Pending<T> p;
    call(p.callback());
    (void)QTest::qWaitFor([&] { return p.ready(); }, kLibvirtCallMs);
    return p.ready() ? p.value()
                     : T(Error{QStringLiteral("bench"), QStringLiteral("no answer"), 0});
}

static bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s %s: %s\n", qPrintable(program), qPrintable(args.join(' ')),
                     p.readAllStandardError().constData());
        return false;
    }
    return true;
}

/// Reads the file once so that it is in the page cache for whoever reads it next.
static void warm(const QString &path)
{
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        QByteArray buf(1 << 20, Qt::Uninitialized);
        while (f.read(buf.data(), buf.size()) > 0) {
        }
    }
}

static void flush(const QString &path)
{
    run(QStringLiteral("sync"), {QStringLiteral("--data"), path});
}

/// Reads the file into the page cache, then writes out everything dirty (untimed), so a timed
/// step's final fdatasync does not pay for what an earlier step (or another program) wrote.
static void prepare(const QString &path)
{
    warm(path);
    run(QStringLiteral("sync"), {});
}

int main(int argc, char **argv)
{
    Vireo::prepareProcess();
    QCoreApplication app(argc, argv);
    const qint64 mib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1024;
    const int runs = argc > 2 ? qMax(1, QByteArray(argv[2]).toInt()) : 1;
    const Environment env = Environment::detect();
    if (!env.unavailable.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(env.unavailable));
        return 1;
    }
    QTemporaryDir dir;
    prepareScratch(env, dir.path());
    QString error;
    auto session = connectedSession(env.uri, &error);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    session->setStatsInterval(0);
    const QString pool = QStringLiteral("vireo-bench-%1").arg(QCoreApplication::applicationPid());
    const QString poolDir = dir.filePath(QStringLiteral("pool"));
    QObject ctx;
    const Status made = wait<Status>([&](auto done) {
        Storage::defineDirPool(session.get(), pool, poolDir, false, &ctx, done);
    });
    if (!made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.error().text()));
        return 1;
    }
    const QString local = dir.filePath(QStringLiteral("src.img"));
    {
        QFile f(local);
        f.open(QIODevice::WriteOnly);
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (qint64 i = 0; i < mib; ++i) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()),
                                                  block.size() / 4);
            f.write(block);
        }
    }
    flush(local);
    auto deleteVolume = [&](const QString &name) {
        wait<Status>([&](auto d) { Storage::deleteVolume(session.get(), pool, name, &ctx, d); });
    };
    auto rate = [mib](qint64 ms) { return ms > 0 ? double(mib) * 1000.0 / double(ms) : 0.0; };
    QElapsedTimer t;
    bool ok = true;
    for (int r = 0; r < runs && ok; ++r) {
        // Upload: cp, Vireo, virsh.
        const QString cpCopy = poolDir + QStringLiteral("/cp.img");
        prepare(local);
        t.start();
        ok &= run(QStringLiteral("cp"), {local, cpCopy});
        flush(cpCopy);
        const qint64 cpMs = t.elapsed();
        QFile::remove(cpCopy);

        // Vireo with 1 MiB and 8 MiB per virStreamSend (8 MiB: what it sent before), then with
        // its default (256 KiB, what virStreamSendAll uses), whose volume the next steps use.
        auto upload = [&](quint64 sendBytes, bool keep) -> qint64 {
            prepare(local);
            VolumeUpload up(session.get(), pool, local, QStringLiteral("up.img"));
            if (sendBytes)
                up.setSendBytes(sendBytes);
            std::optional<Result<StorageVolumeInfo>> uploaded;
            QObject::connect(&up, &VolumeUpload::finished, &ctx,
                             [&](const Result<StorageVolumeInfo> &v, bool) { uploaded = v; });
            t.restart();
            up.start();
            (void)QTest::qWaitFor([&] { return uploaded.has_value(); }, 600000);
            flush(poolDir + QStringLiteral("/up.img"));
            const qint64 ms = t.elapsed();
            ok &= uploaded && uploaded->ok();
            if (uploaded && !uploaded->ok())
                std::fprintf(stderr, "%s\n", qPrintable(uploaded->error().text()));
            if (!keep)
                deleteVolume(QStringLiteral("up.img"));
            return ms;
        };
        const qint64 up1mMs = upload(1 << 20, false);
        const qint64 up8mMs = upload(8 << 20, false);
        const qint64 upMs = upload(0, true);

        // virsh: the volume made first (not timed), then libvirt's own client streams the file.
        const QString virshVol = QStringLiteral("virsh.img");
        run(QStringLiteral("virsh"),
            {QStringLiteral("-q"), QStringLiteral("-c"), env.uri, QStringLiteral("vol-create-as"),
             pool, virshVol, QString::number(mib) + QStringLiteral("M"), QStringLiteral("--format"),
             QStringLiteral("raw")});
        prepare(local);
        t.restart();
        const bool virshOk =
            run(QStringLiteral("virsh"),
                {QStringLiteral("-q"), QStringLiteral("-c"), env.uri, QStringLiteral("vol-upload"),
                 QStringLiteral("--pool"), pool, virshVol, local});
        flush(poolDir + QLatin1Char('/') + virshVol);
        const qint64 virshMs = virshOk ? t.elapsed() : 0;
        deleteVolume(virshVol);

        // Download: Vireo, then cp of the volume's file the other way.
        const QString volFile = poolDir + QStringLiteral("/up.img");
        const QString downFile = dir.filePath(QStringLiteral("down.img"));
        prepare(volFile);
        VolumeDownload down(session.get(), pool, QStringLiteral("up.img"), downFile);
        std::optional<Result<quint64>> downloaded;
        QObject::connect(&down, &VolumeDownload::finished, &ctx,
                         [&](const Result<quint64> &v, bool) { downloaded = v; });
        t.restart();
        down.start();
        (void)QTest::qWaitFor([&] { return downloaded.has_value(); }, 600000);
        flush(downFile);
        const qint64 downMs = t.elapsed();
        ok &= downloaded && downloaded->ok();
        QFile::remove(downFile);
        prepare(volFile);
        t.restart();
        run(QStringLiteral("cp"), {volFile, downFile});
        flush(downFile);
        const qint64 cpBackMs = t.elapsed();
        QFile::remove(downFile);

        // Conversion of the raw volume into qcow2: qemu-img convert before and after Vireo (the
        // order of two steps changes what the disk and the page cache hold).
        const QString anchor = dir.filePath(QStringLiteral("anchor.qcow2"));
        // Buffered (qemu-img's default) and with -t none (O_DIRECT: the output goes to the disk
        // as it is written instead of all at the final fdatasync).
        auto qemuImg = [&](bool direct) -> qint64 {
            prepare(volFile);
            QStringList args{QStringLiteral("convert"),
                             QStringLiteral("-f"),
                             QStringLiteral("raw"),
                             QStringLiteral("-O"),
                             QStringLiteral("qcow2"),
                             volFile,
                             anchor};
            if (direct)
                args.insert(1, QStringLiteral("-t")), args.insert(2, QStringLiteral("none"));
            t.restart();
            ok &= run(QStringLiteral("qemu-img"), args);
            flush(anchor);
            const qint64 ms = t.elapsed();
            QFile::remove(anchor);
            return ms;
        };
        const qint64 qemuImgMs = qemuImg(false);
        const qint64 qemuImgDirectMs = qemuImg(true);

        prepare(volFile);
        VolumeCopy::Spec spec;
        spec.pool = pool;
        spec.sourceVolume = QStringLiteral("up.img");
        spec.newVolume = QStringLiteral("conv.qcow2");
        spec.format = QStringLiteral("qcow2");
        spec.capacityBytes = quint64(mib) << 20;
        spec.expectedBytes = spec.capacityBytes;
        VolumeCopy convert(session.get(), spec);
        std::optional<Result<StorageVolumeInfo>> converted;
        QObject::connect(&convert, &VolumeCopy::finished, &ctx,
                         [&](const Result<StorageVolumeInfo> &v, bool) { converted = v; });
        t.restart();
        convert.start();
        (void)QTest::qWaitFor([&] { return converted.has_value(); }, 600000);
        flush(poolDir + QStringLiteral("/conv.qcow2"));
        const qint64 convertMs = t.elapsed();
        ok &= converted && converted->ok();
        if (converted && !converted->ok())
            std::fprintf(stderr, "%s\n", qPrintable(converted->error().text()));
        deleteVolume(QStringLiteral("conv.qcow2"));
        const qint64 qemuImgAfterMs = qemuImg(true);
        deleteVolume(QStringLiteral("up.img"));

        std::printf("mib=%lld cp_ms=%lld cp_mib_s=%.0f upload_1m_ms=%lld upload_8m_ms=%lld "
                    "upload_ms=%lld upload_mib_s=%.0f "
                    "upload_vs_cp_%%=%.0f virsh_upload_ms=%lld virsh_upload_mib_s=%.0f "
                    "upload_vs_virsh_%%=%.0f download_ms=%lld download_mib_s=%.0f "
                    "cp_back_ms=%lld download_vs_cp_%%=%.0f qemu_img_convert_ms=%lld "
                    "qemu_img_direct_ms=%lld qemu_img_direct_after_ms=%lld convert_ms=%lld "
                    "convert_vs_qemu_img_direct_%%=%.0f ok=%d\n",
                    mib, cpMs, rate(cpMs), up1mMs, up8mMs, upMs, rate(upMs),
                    upMs > 0 ? 100.0 * cpMs / upMs : 0.0, virshMs, rate(virshMs),
                    upMs > 0 ? 100.0 * virshMs / upMs : 0.0, downMs, rate(downMs), cpBackMs,
                    downMs > 0 ? 100.0 * cpBackMs / downMs : 0.0, qemuImgMs, qemuImgDirectMs,
                    qemuImgAfterMs, convertMs,
                    convertMs > 0 ? 100.0 * qMin(qemuImgDirectMs, qemuImgAfterMs) / convertMs : 0.0,
                    int(ok));
        std::fflush(stdout);
    }
    auto vols = wait<Result<QList<StorageVolumeInfo>>>(
        [&](auto done) { Storage::listVolumes(session.get(), pool, &ctx, done); });
    if (vols)
        for (const StorageVolumeInfo &v : vols.value())
            deleteVolume(v.name);
    wait<Status>([&](auto d) { Storage::stopPool(session.get(), pool, &ctx, d); });
    wait<Status>([&](auto d) { Storage::deletePool(session.get(), pool, &ctx, d); });
    wait<Status>([&](auto d) { Storage::undefinePool(session.get(), pool, &ctx, d); });
    return ok ? 0 : 1;
}
