// SPDX-License-Identifier: GPL-2.0-or-later
// Upload throughput of a file into a local dir pool (VolumeUpload: virStorageVolUpload, one chunk
// per worker job) and download back (VolumeDownload), against cp of the same file into the same
// folder. Prints one line of figures; cleans up its pool. Usage: bench_transfer [MiB] (1024).
#include "guest.h"

#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "core/storage/storageactions.h"
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

int main(int argc, char **argv)
{
    Vireo::prepareProcess();
    QCoreApplication app(argc, argv);
    const qint64 mib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1024;
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
    QObject ctx;
    const Status made = wait<Status>([&](auto done) {
        Storage::defineDirPool(session.get(), pool, dir.filePath(QStringLiteral("pool")), false,
                               &ctx, done);
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
    QProcess::execute(QStringLiteral("sync"), {});
    QElapsedTimer t;
    t.start();
    QProcess::execute(QStringLiteral("cp"), {local, dir.filePath(QStringLiteral("pool/cp.img"))});
    QProcess::execute(QStringLiteral("sync"), {});
    const qint64 cpMs = t.elapsed();

    VolumeUpload up(session.get(), pool, local, QStringLiteral("up.img"));
    std::optional<Result<StorageVolumeInfo>> uploaded;
    QObject::connect(&up, &VolumeUpload::finished, &ctx,
                     [&](const Result<StorageVolumeInfo> &r, bool) { uploaded = r; });
    t.restart();
    up.start();
    (void)QTest::qWaitFor([&] { return uploaded.has_value(); }, 600000);
    QProcess::execute(QStringLiteral("sync"), {});
    const qint64 upMs = t.elapsed();

    VolumeDownload down(session.get(), pool, QStringLiteral("up.img"),
                        dir.filePath(QStringLiteral("down.img")));
    std::optional<Result<quint64>> downloaded;
    QObject::connect(&down, &VolumeDownload::finished, &ctx,
                     [&](const Result<quint64> &r, bool) { downloaded = r; });
    t.restart();
    down.start();
    (void)QTest::qWaitFor([&] { return downloaded.has_value(); }, 600000);
    QProcess::execute(QStringLiteral("sync"), {});
    const qint64 downMs = t.elapsed();

    auto rate = [mib](qint64 ms) { return ms > 0 ? double(mib) * 1000.0 / double(ms) : 0.0; };
    std::printf("mib=%lld cp_ms=%lld cp_mib_s=%.0f upload_ms=%lld upload_mib_s=%.0f "
                "upload_vs_cp_%%=%.0f download_ms=%lld download_mib_s=%.0f ok=%d\n",
                mib, cpMs, rate(cpMs), upMs, rate(upMs), upMs > 0 ? 100.0 * cpMs / upMs : 0.0,
                downMs, rate(downMs),
                int(uploaded && uploaded->ok() && downloaded && downloaded->ok()));
    if (uploaded && !uploaded->ok())
        std::fprintf(stderr, "%s\n", qPrintable(uploaded->error().text()));
    auto vols = wait<Result<QList<StorageVolumeInfo>>>(
        [&](auto done) { Storage::listVolumes(session.get(), pool, &ctx, done); });
    if (vols)
        for (const StorageVolumeInfo &v : vols.value())
            wait<Status>(
                [&](auto d) { Storage::deleteVolume(session.get(), pool, v.name, &ctx, d); });
    wait<Status>([&](auto d) { Storage::stopPool(session.get(), pool, &ctx, d); });
    wait<Status>([&](auto d) { Storage::deletePool(session.get(), pool, &ctx, d); });
    wait<Status>([&](auto d) { Storage::undefinePool(session.get(), pool, &ctx, d); });
    return 0;
}
