// SPDX-License-Identifier: GPL-2.0-or-later
// Storage figures on the tier's libvirtd, each beside its anchor in the same run:
// - upload of a file of random bytes into a local dir pool (VolumeUpload) against cp of the same
//   file into the same folder, and against virsh vol-upload (libvirt's own client: the same
//   stream path without Vireo);
// - download back (VolumeDownload), against cp the other way and virsh vol-download;
// - conversion of the uploaded raw volume into qcow2 (VolumeCopy, virStorageVolCreateXMLFrom)
//   against qemu-img convert of the same file, run here (buffered, its default, and -t none).
// Like with like: before each timed step the source is read once (warm in the page cache for
// every contender) and the machine's dirty pages are written out (sync, untimed), and each step
// ends with an fdatasync of what it wrote (sync --data FILE, timed), so no contender is timed
// into the page cache while another is timed onto the disk, nor pays for another's writes. The
// machine's other load is not controlled: compare the figures of one line, not of two runs; the
// runs interleave the contenders, and a summary gives each figure's median with its min-max and
// the load average. Where the time goes: the CPU seconds libvirtd spent during each upload
// (libvirt's stream path: RPC, its stream thread, the write), and the qemu-img command line
// libvirtd ran for the conversion (read from /proc while it runs), which is then run by hand
// too (qemu_img_libvirt_ms: the same options without libvirt around them). Usage:
// bench_transfer [MiB (1024)] [runs (1)] [--sweep]. Each upload line also gives its stream and
// fdatasync times apart, libvirtd's and Vireo's CPU by thread and their minor page faults; --sweep
// adds 64 KiB and 1 MiB per virStreamSend and a sparse stream of the dense file. A sparse 1 GiB
// volume (3 MiB of data) is downloaded beside virsh vol-download --sparse. Cleans up its pool.
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

#include <QDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

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

/// Spins the event loop until done() holds, woken by each event as it comes: QTest::qWaitFor sleeps
/// 10 ms between its rounds, which would add as much to each of a transfer's worker round trips
/// (what an application's event loop does not do).
template<typename Pred>
static void spinUntil(Pred done, int timeoutMs = 600000)
{
    QElapsedTimer clock;
    clock.start();
    QTimer tick; // wakes the loop for the timeout
    tick.start(50);
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
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

/// CPU seconds (user + system) a process (or one of its threads) has used, from /proc; -1 if it
/// is gone.
static double cpuSeconds(qint64 pid, qint64 tid = 0)
{
    QFile f(tid ? QStringLiteral("/proc/%1/task/%2/stat").arg(pid).arg(tid)
                : QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const QList<QByteArray> rest = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (rest.size() < 13)
        return -1;
    return double(rest[11].toLongLong() + rest[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

/// CPU seconds of each of a process's threads, by thread id (with its name), from /proc.
static std::map<qint64, std::pair<QString, double>> threadCpu(qint64 pid)
{
    std::map<qint64, std::pair<QString, double>> out;
    const QString dir = QStringLiteral("/proc/%1/task").arg(pid);
    for (const QString &tid : QDir(dir).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs)) {
        QFile comm(dir + QLatin1Char('/') + tid + QStringLiteral("/comm"));
        const QString name =
            comm.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(comm.readAll().trimmed()) : "";
        out[tid.toLongLong()] = {name, cpuSeconds(pid, tid.toLongLong())};
    }
    return out;
}

/// The threads that used CPU between two readings, busiest first: "name:seconds ...".
static std::string threadDelta(const std::map<qint64, std::pair<QString, double>> &before,
                               const std::map<qint64, std::pair<QString, double>> &after)
{
    QList<std::pair<double, QString>> used;
    for (const auto &[tid, v] : after) {
        const auto it = before.find(tid);
        const double d = v.second - (it == before.end() ? 0 : it->second.second);
        if (d >= 0.01)
            used.append({d, v.first});
    }
    std::sort(used.begin(), used.end(), [](auto &a, auto &b) { return a.first > b.first; });
    QStringList parts;
    for (const auto &[d, name] : used)
        parts << QStringLiteral("%1:%2").arg(name).arg(d, 0, 'f', 2);
    return parts.join(QLatin1Char(' ')).toStdString();
}

/// Minor page faults of a process (field 10 of /proc/PID/stat): memory it touched afresh, such as
/// buffers malloc got anew from the kernel; -1 if it is gone.
static qint64 minorFaults(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> rest = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return rest.size() > 7 ? rest[7].toLongLong() : -1;
}

static double ownCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

static qint64 libvirtdPid()
{
    QFile f(QStringLiteral("/run/libvirtd.pid"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
}

/// The command line of a running qemu-img whose arguments name `target`, or empty.
static QStringList qemuImgRunning(const QString &target)
{
    const QStringList pids =
        QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
    for (const QString &pid : pids) {
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> args = f.readAll().split('\0');
        if (args.isEmpty() || !args.first().endsWith("qemu-img"))
            continue;
        QStringList out;
        bool names = false;
        for (const QByteArray &a : args)
            if (!a.isEmpty()) {
                out << QString::fromLocal8Bit(a);
                names |= out.last().endsWith(target);
            }
        if (names)
            return out;
    }
    return {};
}

static double loadAverage()
{
    double l[1] = {0};
    return getloadavg(l, 1) == 1 ? l[0] : -1;
}

/// Each figure's values over the runs: median and min-max.
struct Figures
{
    std::map<std::string, QList<double>> values;
    void add(const char *name, double v) { values[name].append(v); }
    static double median(QList<double> v)
    {
        std::sort(v.begin(), v.end());
        const qsizetype n = v.size();
        return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
    void print() const
    {
        for (const auto &[name, v] : values)
            std::printf("summary %s median=%.1f min=%.1f max=%.1f n=%lld\n", name.c_str(),
                        median(v), *std::min_element(v.begin(), v.end()),
                        *std::max_element(v.begin(), v.end()), qlonglong(v.size()));
    }
};

int main(int argc, char **argv)
{
    Vireo::prepareProcess();
    QCoreApplication app(argc, argv);
    const qint64 mib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1024;
    const int runs = argc > 2 ? qMax(1, QByteArray(argv[2]).toInt()) : 1;
    // --sweep: Vireo's upload also with 64 KiB and 1 MiB per virStreamSend and with a sparse
    // stream of the dense file.
    const bool sweep = argc > 3 && QByteArray(argv[3]) == "--sweep";
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
    Figures fig;
    const qint64 daemon = libvirtdPid();
    QStringList libvirtQemuImg; // what libvirtd ran for the conversion, as seen in /proc
    for (int r = 0; r < runs && ok; ++r) {
        const double loadBefore = loadAverage();
        // Upload: cp (its copy and its final fdatasync timed apart), Vireo, virsh.
        const QString cpCopy = poolDir + QStringLiteral("/cp.img");
        prepare(local);
        t.start();
        ok &= run(QStringLiteral("cp"), {local, cpCopy});
        const qint64 cpCopyMs = t.elapsed();
        flush(cpCopy);
        const qint64 cpMs = t.elapsed();
        QFile::remove(cpCopy);

        // Vireo's variants (the default: 256 KiB per virStreamSend, read ahead on a thread of
        // its own, a dense file as a plain stream), in an order that turns with each run; the
        // last one's volume stays for the next steps. Each with libvirtd's CPU seconds (and its
        // busiest threads') and Vireo's own during it, and the time until the stream finished
        // apart from the final fdatasync.
        struct Variant
        {
            const char *name;
            quint64 sendBytes;
            bool readAhead;
            bool sparse;
        };
        std::vector<Variant> variants{{"upload", 256 * 1024, true, false},
                                      {"upload_inline", 256 * 1024, false, false}};
        if (sweep)
            variants.insert(variants.end(), {{"upload_64k", 64 * 1024, true, false},
                                             {"upload_1m", 1024 * 1024, true, false},
                                             {"upload_sparse_dense", 256 * 1024, true, true}});
        std::rotate(variants.begin(), variants.begin() + qsizetype(r % variants.size()),
                    variants.end());
        std::map<std::string, qint64> upMsOf;
        std::map<std::string, double> daemonCpuOf, ownCpuOf;
        std::string upThreads;
        for (size_t i = 0; i < variants.size() && ok; ++i) {
            const Variant &v = variants[i];
            const bool keep = i + 1 == variants.size();
            prepare(local);
            VolumeUpload up(session.get(), pool, local, QStringLiteral("up.img"));
            up.setReadAhead(v.readAhead);
            up.setSendBytes(v.sendBytes);
            up.setSparseAlways(v.sparse);
            std::optional<Result<StorageVolumeInfo>> uploaded;
            QObject::connect(&up, &VolumeUpload::finished, &ctx,
                             [&](const Result<StorageVolumeInfo> &vol, bool) { uploaded = vol; });
            const double daemonCpu = cpuSeconds(daemon), ownCpu = ownCpuSeconds();
            const qint64 daemonFaults = minorFaults(daemon),
                         ownFaults = minorFaults(QCoreApplication::applicationPid());
            const auto threads0 = threadCpu(daemon);
            const auto ownThreads0 = threadCpu(QCoreApplication::applicationPid());
            t.restart();
            up.start();
            spinUntil([&] { return uploaded.has_value(); });
            const qint64 streamMs = t.elapsed();
            flush(poolDir + QStringLiteral("/up.img"));
            const qint64 ms = t.elapsed();
            const std::string name = v.name;
            upMsOf[name] = ms;
            daemonCpuOf[name] = cpuSeconds(daemon) - daemonCpu;
            ownCpuOf[name] = ownCpuSeconds() - ownCpu;
            const std::string busiest = threadDelta(threads0, threadCpu(daemon));
            const std::string ownBusiest =
                threadDelta(ownThreads0, threadCpu(QCoreApplication::applicationPid()));
            const qint64 daemonFaultsUsed = minorFaults(daemon) - daemonFaults;
            const qint64 ownFaultsUsed =
                minorFaults(QCoreApplication::applicationPid()) - ownFaults;
            if (name == "upload")
                upThreads = busiest;
            std::printf("run=%d %s_ms=%lld stream_ms=%lld sync_ms=%lld vs_cp_%%=%.0f "
                        "libvirtd_cpu_s=%.2f vireo_cpu_s=%.2f libvirtd_minflt=%lld "
                        "vireo_minflt=%lld libvirtd_threads: %s | vireo_threads: %s\n",
                        r, v.name, qlonglong(ms), qlonglong(streamMs), qlonglong(ms - streamMs),
                        ms > 0 ? 100.0 * cpMs / ms : 0.0, daemonCpuOf[name], ownCpuOf[name],
                        qlonglong(daemonFaultsUsed), qlonglong(ownFaultsUsed), busiest.c_str(),
                        ownBusiest.c_str());
            fig.add((name + "_ms").c_str(), ms);
            fig.add((name + "_vs_cp_%").c_str(), ms > 0 ? 100.0 * cpMs / ms : 0.0);
            fig.add(("libvirtd_cpu_s_" + name).c_str(), daemonCpuOf[name]);
            fig.add(("vireo_cpu_s_" + name).c_str(), ownCpuOf[name]);
            ok &= uploaded && uploaded->ok();
            if (uploaded && !uploaded->ok())
                std::fprintf(stderr, "%s\n", qPrintable(uploaded->error().text()));
            if (!keep)
                deleteVolume(QStringLiteral("up.img"));
        }
        const qint64 upMs = upMsOf["upload"], upInlineMs = upMsOf["upload_inline"];
        const double upDaemonCpu = daemonCpuOf["upload"], upOwnCpu = ownCpuOf["upload"];
        std::printf("run=%d cp_copy_ms=%lld cp_sync_ms=%lld upload_libvirtd_threads: %s\n", r,
                    qlonglong(cpCopyMs), qlonglong(cpMs - cpCopyMs), upThreads.c_str());
        fig.add("cp_copy_ms", cpCopyMs);

        // virsh: the volume made first (not timed), then libvirt's own client streams the file.
        const QString virshVol = QStringLiteral("virsh.img");
        run(QStringLiteral("virsh"),
            {QStringLiteral("-q"), QStringLiteral("-c"), env.uri, QStringLiteral("vol-create-as"),
             pool, virshVol, QString::number(mib) + QStringLiteral("M"), QStringLiteral("--format"),
             QStringLiteral("raw")});
        prepare(local);
        const double virshDaemonCpu0 = cpuSeconds(daemon);
        t.restart();
        const bool virshOk =
            run(QStringLiteral("virsh"),
                {QStringLiteral("-q"), QStringLiteral("-c"), env.uri, QStringLiteral("vol-upload"),
                 QStringLiteral("--pool"), pool, virshVol, local});
        flush(poolDir + QLatin1Char('/') + virshVol);
        const qint64 virshMs = virshOk ? t.elapsed() : 0;
        const double virshDaemonCpu = cpuSeconds(daemon) - virshDaemonCpu0;
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
        spinUntil([&] { return downloaded.has_value(); });
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
        // And libvirt's own client the same way: the stream path without Vireo.
        prepare(volFile);
        t.restart();
        const bool virshDownOk =
            run(QStringLiteral("virsh"), {QStringLiteral("-q"), QStringLiteral("-c"), env.uri,
                                          QStringLiteral("vol-download"), QStringLiteral("--pool"),
                                          pool, QStringLiteral("up.img"), downFile});
        flush(downFile);
        const qint64 virshDownMs = virshDownOk ? t.elapsed() : 0;
        QFile::remove(downFile);

        // Sparse download: a 1 GiB volume with 3 MiB of data (uploaded as a sparse stream), by
        // Vireo and by virsh vol-download --sparse; the time and what the local file takes.
        const QString holes = dir.filePath(QStringLiteral("holes.img"));
        {
            QFile f(holes);
            f.open(QIODevice::WriteOnly);
            f.resize(qint64(1) << 30);
            QByteArray block(1 << 20, 'x');
            for (qint64 at : {qint64(0), qint64(300) << 20, qint64(700) << 20}) {
                f.seek(at);
                f.write(block);
            }
        }
        qint64 sparseDownMs = 0, virshSparseDownMs = 0;
        double sparseDownAllocMiB = -1, virshSparseAllocMiB = -1;
        {
            VolumeUpload up(session.get(), pool, holes, QStringLiteral("holes.img"));
            std::optional<Result<StorageVolumeInfo>> uploaded;
            QObject::connect(&up, &VolumeUpload::finished, &ctx,
                             [&](const Result<StorageVolumeInfo> &v, bool) { uploaded = v; });
            up.start();
            spinUntil([&] { return uploaded.has_value(); });
            ok &= uploaded && uploaded->ok();
            auto allocMiB = [](const QString &path) {
                struct stat st
                {
                };
                return ::stat(QFile::encodeName(path).constData(), &st) == 0
                           ? double(st.st_blocks) * 512 / (1 << 20)
                           : -1.0;
            };
            prepare(poolDir + QStringLiteral("/holes.img"));
            VolumeDownload sd(session.get(), pool, QStringLiteral("holes.img"), downFile);
            std::optional<Result<quint64>> got;
            QObject::connect(&sd, &VolumeDownload::finished, &ctx,
                             [&](const Result<quint64> &v, bool) { got = v; });
            t.restart();
            sd.start();
            spinUntil([&] { return got.has_value(); });
            flush(downFile);
            sparseDownMs = t.elapsed();
            ok &= got && got->ok() && sd.sparseStream();
            sparseDownAllocMiB = allocMiB(downFile);
            QFile::remove(downFile);
            t.restart();
            if (run(QStringLiteral("virsh"),
                    {QStringLiteral("-q"), QStringLiteral("-c"), env.uri,
                     QStringLiteral("vol-download"), QStringLiteral("--sparse"),
                     QStringLiteral("--pool"), pool, QStringLiteral("holes.img"), downFile})) {
                flush(downFile);
                virshSparseDownMs = t.elapsed();
                virshSparseAllocMiB = allocMiB(downFile);
            }
            QFile::remove(downFile);
            QFile::remove(holes);
            deleteVolume(QStringLiteral("holes.img"));
        }
        std::printf("run=%d sparse_download_ms=%lld sparse_download_alloc_mib=%.1f "
                    "virsh_sparse_download_ms=%lld virsh_sparse_download_alloc_mib=%.1f\n",
                    r, qlonglong(sparseDownMs), sparseDownAllocMiB, qlonglong(virshSparseDownMs),
                    virshSparseAllocMiB);
        fig.add("sparse_download_ms", sparseDownMs);
        fig.add("virsh_sparse_download_ms", virshSparseDownMs);
        fig.add("sparse_download_alloc_mib", sparseDownAllocMiB);

        // Conversion of the raw volume into qcow2: qemu-img convert before and after Vireo (the
        // order of two steps changes what the disk and the page cache hold).
        const QString anchor = dir.filePath(QStringLiteral("anchor.qcow2"));
        // Buffered (qemu-img's default), with -t none (O_DIRECT: the output goes to the disk as
        // it is written instead of all at the final fdatasync), and (once known) with the very
        // options libvirtd used.
        auto qemuImg = [&](const QStringList &options) -> qint64 {
            prepare(volFile);
            QStringList args{QStringLiteral("convert")};
            args << options << volFile << anchor;
            t.restart();
            ok &= run(QStringLiteral("qemu-img"), args);
            flush(anchor);
            const qint64 ms = t.elapsed();
            QFile::remove(anchor);
            return ms;
        };
        const QStringList plain{QStringLiteral("-f"), QStringLiteral("raw"), QStringLiteral("-O"),
                                QStringLiteral("qcow2")};
        const qint64 qemuImgMs = qemuImg(plain);
        const qint64 qemuImgDirectMs =
            qemuImg(QStringList{QStringLiteral("-t"), QStringLiteral("none")} + plain);

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
        QTimer watch; // libvirtd's qemu-img, as it runs
        QObject::connect(&watch, &QTimer::timeout, &ctx, [&] {
            if (libvirtQemuImg.isEmpty())
                libvirtQemuImg = qemuImgRunning(QStringLiteral("conv.qcow2"));
        });
        watch.start(5);
        const double convDaemonCpu0 = cpuSeconds(daemon);
        t.restart();
        convert.start();
        spinUntil([&] { return converted.has_value(); });
        flush(poolDir + QStringLiteral("/conv.qcow2"));
        const qint64 convertMs = t.elapsed();
        watch.stop();
        const double convDaemonCpu = cpuSeconds(daemon) - convDaemonCpu0;
        ok &= converted && converted->ok();
        if (converted && !converted->ok())
            std::fprintf(stderr, "%s\n", qPrintable(converted->error().text()));
        deleteVolume(QStringLiteral("conv.qcow2"));
        const qint64 qemuImgAfterMs =
            qemuImg(QStringList{QStringLiteral("-t"), QStringLiteral("none")} + plain);
        const qint64 qemuImgPlainAfterMs = qemuImg(plain);
        // libvirt's own options (its source and target replaced by this run's files).
        qint64 qemuImgLibvirtMs = 0;
        if (libvirtQemuImg.size() > 3) {
            const QStringList options = libvirtQemuImg.mid(2, libvirtQemuImg.size() - 4);
            qemuImgLibvirtMs = qemuImg(options);
        }
        deleteVolume(QStringLiteral("up.img"));
        const double loadAfter = loadAverage();

        const qint64 qemuBest = qMin(qemuImgDirectMs, qemuImgAfterMs);
        const qint64 qemuPlainBest = qMin(qemuImgMs, qemuImgPlainAfterMs);
        auto pct = [](qint64 anchorMs, qint64 ms) { return ms > 0 ? 100.0 * anchorMs / ms : 0.0; };
        std::printf("run=%d load=%.1f-%.1f mib=%lld cp_ms=%lld cp_mib_s=%.0f upload_mib_s=%.0f "
                    "upload_inline_ms=%lld upload_ms=%lld "
                    "upload_vs_cp_%%=%.0f virsh_upload_ms=%lld virsh_vs_cp_%%=%.0f "
                    "upload_vs_virsh_%%=%.0f libvirtd_cpu_s_upload=%.2f vireo_cpu_s_upload=%.2f "
                    "libvirtd_cpu_s_virsh=%.2f download_ms=%lld cp_back_ms=%lld "
                    "download_vs_cp_%%=%.0f virsh_download_ms=%lld download_vs_virsh_%%=%.0f "
                    "qemu_img_ms=%lld qemu_img_after_ms=%lld qemu_img_direct_ms=%lld "
                    "qemu_img_direct_after_ms=%lld qemu_img_libvirt_ms=%lld convert_ms=%lld "
                    "libvirtd_cpu_s_convert=%.2f convert_vs_qemu_img_%%=%.0f "
                    "convert_vs_qemu_img_direct_%%=%.0f convert_vs_qemu_img_libvirt_%%=%.0f "
                    "ok=%d\n",
                    r, loadBefore, loadAfter, mib, cpMs, rate(cpMs), rate(upMs), upInlineMs, upMs,
                    pct(cpMs, upMs), virshMs, pct(cpMs, virshMs), pct(virshMs, upMs), upDaemonCpu,
                    upOwnCpu, virshDaemonCpu, downMs, cpBackMs, pct(cpBackMs, downMs), virshDownMs,
                    pct(virshDownMs, downMs), qemuImgMs, qemuImgPlainAfterMs, qemuImgDirectMs,
                    qemuImgAfterMs, qemuImgLibvirtMs, convertMs, convDaemonCpu,
                    pct(qemuPlainBest, convertMs), pct(qemuBest, convertMs),
                    pct(qemuImgLibvirtMs, convertMs), int(ok));
        std::fflush(stdout);
        fig.add("load", (loadBefore + loadAfter) / 2);
        fig.add("cp_ms", cpMs);
        fig.add("virsh_upload_ms", virshMs);
        fig.add("virsh_vs_cp_%", pct(cpMs, virshMs));
        fig.add("upload_vs_virsh_%", pct(virshMs, upMs));
        fig.add("libvirtd_cpu_s_virsh", virshDaemonCpu);
        fig.add("download_vs_cp_%", pct(cpBackMs, downMs));
        fig.add("download_ms", downMs);
        fig.add("virsh_download_ms", virshDownMs);
        fig.add("download_vs_virsh_%", pct(virshDownMs, downMs));
        fig.add("qemu_img_best_ms", qemuPlainBest);
        fig.add("convert_vs_qemu_img_%", pct(qemuPlainBest, convertMs));
        fig.add("qemu_img_direct_best_ms", qemuBest);
        fig.add("qemu_img_libvirt_ms", qemuImgLibvirtMs);
        fig.add("convert_ms", convertMs);
        fig.add("convert_vs_qemu_img_direct_%", pct(qemuBest, convertMs));
        fig.add("convert_vs_qemu_img_libvirt_%", pct(qemuImgLibvirtMs, convertMs));
        fig.add("libvirtd_cpu_s_convert", convDaemonCpu);
    }
    std::printf("libvirtd ran: %s\n",
                libvirtQemuImg.isEmpty() ? "(not seen)" : qPrintable(libvirtQemuImg.join(' ')));
    fig.print();
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
