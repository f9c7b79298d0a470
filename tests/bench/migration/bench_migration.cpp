// SPDX-License-Identifier: GPL-2.0-or-later
// A real migration between the two hosts of the integration tier (tests/integration/setup.sh
// starts host B; run under the tier's lock): the tiny guest goes A -> B -> A, through Vireo's core
// (MigrationJob, as the Migrate dialog drives it) and, as the anchor in the same run, through
// `virsh migrate` with the same URIs and options. Each move's duration and downtime are the
// destination's completed job statistics (virDomainGetJobStats with VIR_DOMAIN_JOB_STATS_COMPLETED:
// VIR_DOMAIN_JOB_TIME_ELAPSED, VIR_DOMAIN_JOB_DOWNTIME), the same reading for both. Kinds: live,
// live with storage copy (a 64 MiB raw data disk), and post-copy (Vireo switches at its first
// progress report; virsh with --postcopy-after-precopy), each with a workload in the guest that
// dirties memory. Prints one line per kind with medians, and the machine's load. Figures only.

#include "guest.h"

#include "core/migration/migration.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Vireo;
using namespace Vireo::Integration;

namespace {

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_migration: %s\n", qPrintable(why));
    return 1;
}

struct Sample
{
    qint64 elapsedMs = -1;
    qint64 downtimeMs = -1;
};

/// The completed migration's statistics as the destination keeps them.
Sample completedOn(const QString &uri, const QString &name)
{
    Sample s;
    virConnectPtr c = virConnectOpen(uri.toUtf8().constData());
    if (!c)
        return s;
    if (virDomainPtr d = virDomainLookupByName(c, name.toUtf8().constData())) {
        int type = 0, n = 0;
        virTypedParameterPtr params = nullptr;
        if (virDomainGetJobStats(d, &type, &params, &n, VIR_DOMAIN_JOB_STATS_COMPLETED) == 0) {
            unsigned long long v = 0;
            if (virTypedParamsGetULLong(params, n, VIR_DOMAIN_JOB_TIME_ELAPSED, &v) == 1)
                s.elapsedMs = qint64(v);
            if (virTypedParamsGetULLong(params, n, VIR_DOMAIN_JOB_DOWNTIME, &v) == 1)
                s.downtimeMs = qint64(v);
            virTypedParamsFree(params, n);
        }
        virDomainFree(d);
    }
    virConnectClose(c);
    return s;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2)
                                       : QStringLiteral("?");
}

enum class Kind { Live, Storage, PostCopy };

/// One move through Vireo's core; empty on success, else why. done: the job's completed
/// statistics (MigrationJob reads them from the destination, which then forgets them).
QString moveByVireo(HostSession *from, HostSession *to, const QString &uuid, Kind kind,
                    Sample *done)
{
    MigrationRequest r;
    r.live = true;
    r.persistOnDestination = true;
    r.undefineSource = true;
    r.migrationUri = QStringLiteral("tcp://127.0.0.1");
    r.copyStorage = kind == Kind::Storage;
    r.allowPostCopy = kind == Kind::PostCopy;
    std::optional<Status> status;
    MigrationJob job(from, to, uuid, r);
    job.setPollInterval(200);
    bool switched = false;
    QObject::connect(&job, &MigrationJob::progressChanged, &job, [&](const MigrationProgress &p) {
        if (kind == Kind::PostCopy && p.active && !switched && p.dataProcessed > 0) {
            switched = true;
            job.switchToPostCopy();
        }
    });
    QObject::connect(&job, &MigrationJob::finished, &job,
                     [&](const Status &s, bool, const MigrationProgress &c) {
                         status = s;
                         done->elapsedMs = c.elapsedMs;
                         done->downtimeMs = c.downtimeMs;
                     });
    job.start();
    if (!QTest::qWaitFor([&] { return status.has_value(); }, 300000))
        return QStringLiteral("no end within 300 s");
    return status->ok() ? QString() : status->error().text();
}

/// The same move through virsh (the client drives it, as Vireo does without peer-to-peer).
QString moveByVirsh(const QString &fromUri, const QString &toUri, const QString &name, Kind kind)
{
    QStringList args{QStringLiteral("-c"),           fromUri,
                     QStringLiteral("migrate"),      QStringLiteral("--live"),
                     QStringLiteral("--persistent"), QStringLiteral("--undefinesource")};
    if (kind == Kind::Storage)
        args << QStringLiteral("--copy-storage-all");
    if (kind == Kind::PostCopy)
        args << QStringLiteral("--postcopy") << QStringLiteral("--postcopy-after-precopy");
    args << name << toUri << QStringLiteral("--migrateuri") << QStringLiteral("tcp://127.0.0.1");
    QProcess p;
    p.start(QStringLiteral("virsh"), args);
    if (!p.waitForFinished(300000) || p.exitCode() != 0)
        return QString::fromUtf8(p.readAllStandardError()).trimmed();
    return {};
}

/// Makes sure the host has an active pool over the images folder (a copied disk needs one).
bool ensureImagesPool(const QString &uri, const QString &images, QStringList *created)
{
    virConnectPtr c = virConnectOpen(uri.toUtf8().constData());
    if (!c)
        return false;
    virStoragePoolPtr pool = virStoragePoolLookupByTargetPath(c, images.toUtf8().constData());
    if (!pool) {
        virResetLastError();
        const QByteArray xml = QStringLiteral("<pool type='dir'><name>vireo-bench-images</name>"
                                              "<target><path>%1</path></target></pool>")
                                   .arg(images)
                                   .toUtf8();
        pool = virStoragePoolCreateXML(c, xml.constData(), 0);
        if (pool)
            created->append(uri);
    } else if (virStoragePoolIsActive(pool) != 1) {
        virStoragePoolCreate(pool, 0);
    }
    const bool ok = pool != nullptr;
    if (pool)
        virStoragePoolFree(pool);
    virConnectClose(c);
    return ok;
}

qint64 median(QList<qint64> v)
{
    v.removeAll(-1);
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    Vireo::prepareProcess();
    QCoreApplication app(argc, argv);
    int rounds = 2;
    for (int i = 1; i + 1 < argc; ++i)
        if (QByteArray(argv[i]) == "--rounds")
            rounds = qMax(1, QByteArray(argv[i + 1]).toInt());
    const Environment env = Environment::detect();
    if (!env.unavailable.isEmpty())
        return fail(env.unavailable);
    const QString uriB = qEnvironmentVariable("VIREO_INTEGRATION_SECOND_URI",
                                              QStringLiteral("qemu+tcp://127.0.0.1:16510/system"));
    QTemporaryDir dir(QStringLiteral("/var/tmp/vireo-bench-migration-XXXXXX"));
    if (const QString why = prepareScratch(env, dir.path()); !why.isEmpty())
        return fail(why);
    QString error;
    auto a = connectedSession(env.uri, &error);
    if (!a)
        return fail(error);
    auto b = connectedSession(uriB, &error);
    if (!b)
        return fail(QStringLiteral("host B: %1 (run tests/integration/setup.sh)").arg(error));
    removeTestDomains(uriB);
    const QString images = QStringLiteral("/var/lib/libvirt/images");
    QDir().mkpath(images);
    QStringList poolsCreated;
    const QString loadBefore = loadAverage();
    std::printf("%-13s %6s %9s %14s %9s %14s\n", "migration", "moves", "vireo_ms", "vireo_down_ms",
                "virsh_ms", "virsh_down_ms");
    int status = 0;
    for (Kind kind : {Kind::Live, Kind::Storage, Kind::PostCopy}) {
        const char *label = kind == Kind::Live      ? "live"
                            : kind == Kind::Storage ? "storage-copy"
                                                    : "post-copy";
        GuestSpec spec = testGuestSpec(QString::fromLatin1(label), dir.path(), 256);
        if (kind == Kind::Storage) {
            if (!ensureImagesPool(env.uri, images, &poolsCreated) ||
                !ensureImagesPool(uriB, images, &poolsCreated))
                return fail(QStringLiteral("no pool over %1").arg(images));
            spec.dataDiskPath = images + QStringLiteral("/%1.raw").arg(spec.name);
            spec.dataDiskFormat = QStringLiteral("raw");
            QFile disk(spec.dataDiskPath);
            if (!disk.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                !disk.resize(64 * 1024 * 1024))
                return fail(QStringLiteral("cannot write %1").arg(spec.dataDiskPath));
        }
        const Booted booted = defineAndBoot(a.get(), env, spec);
        if (!booted.error.isEmpty())
            return fail(booted.error);
        // Memory that keeps changing, as a working guest's does.
        typeOnSerialConsole(
            env.uri, spec.name,
            QStringLiteral("D(){ dd if=/dev/urandom of=/tmp/d bs=1M count=16 2>/dev/null;}"));
        typeOnSerialConsole(env.uri, spec.name, QStringLiteral("(while :;do D;done)&"));
        QList<qint64> vireoMs, vireoDown, virshMs, virshDown;
        int moves = 0;
        for (int round = 0; round < rounds && status == 0; ++round) {
            // Vireo A -> B -> A, then virsh A -> B -> A.
            const std::pair<HostSession *, HostSession *> legs[] = {{a.get(), b.get()},
                                                                    {b.get(), a.get()}};
            for (const auto &[from, to] : legs) {
                Sample s;
                if (const QString why = moveByVireo(from, to, booted.uuid, kind, &s);
                    !why.isEmpty()) {
                    std::fprintf(stderr, "vireo %s: %s\n", label, qPrintable(why));
                    status = 1;
                    break;
                }
                vireoMs << s.elapsedMs;
                vireoDown << s.downtimeMs;
                ++moves;
            }
            for (const auto &[from, to] : {std::pair{env.uri, uriB}, std::pair{uriB, env.uri}}) {
                if (status)
                    break;
                if (const QString why = moveByVirsh(from, to, spec.name, kind); !why.isEmpty()) {
                    std::fprintf(stderr, "virsh %s: %s\n", label, qPrintable(why));
                    status = 1;
                    break;
                }
                const Sample s = completedOn(to, spec.name);
                virshMs << s.elapsedMs;
                virshDown << s.downtimeMs;
            }
        }
        std::printf("%-13s %6d %9lld %14lld %9lld %14lld\n", label, moves, median(vireoMs),
                    median(vireoDown), median(virshMs), median(virshDown));
        std::fflush(stdout);
        removeTestDomains(env.uri);
        removeTestDomains(uriB);
        if (!spec.dataDiskPath.isEmpty())
            QFile::remove(spec.dataDiskPath);
        if (status)
            break;
    }
    std::printf("load average before %s, after %s (2 cores, shared with other builds)\n",
                qPrintable(loadBefore), qPrintable(loadAverage()));
    for (const QString &uri : std::as_const(poolsCreated))
        if (virConnectPtr c = virConnectOpen(uri.toUtf8().constData())) {
            if (virStoragePoolPtr p = virStoragePoolLookupByName(c, "vireo-bench-images")) {
                virStoragePoolDestroy(p);
                virStoragePoolFree(p);
            }
            virConnectClose(c);
        }
    return status;
}
