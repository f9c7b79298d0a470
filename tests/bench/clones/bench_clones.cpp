// SPDX-License-Identifier: GPL-2.0-or-later
// Clones on the integration tier's libvirtd (tests/integration/setup.sh first), through Vireo's
// core as the Clone ×N dialog drives it:
//   - 20 linked clones of the tiny guest (a qcow2 data disk in a pool): from the start of the
//     batch to all defined, then to all running (virDomainCreate returned for each);
//   - a full clone (virStorageVolCreateXMLFrom) of a qcow2 holding 2 GiB of random data, against
//     cp of the same file on the same disk.
// Prints one line of key=value figures. Figures only: nothing passes or fails on a timing.

#include "guest.h"

#include "core/domain/clonebatch.h"
#include "core/domain/clonejob.h"
#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

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

static int fail(const QString &why)
{
    std::fprintf(stderr, "bench_clones: %s\n", qPrintable(why));
    return 1;
}

int main(int argc, char **argv)
{
    Vireo::prepareProcess();
    QCoreApplication app(argc, argv);
    const Environment env = Environment::detect();
    if (!env.unavailable.isEmpty())
        return fail(env.unavailable);
    QTemporaryDir dir(QStringLiteral("/var/tmp/vireo-bench-clones-XXXXXX"));
    if (const QString why = prepareScratch(env, dir.path()); !why.isEmpty())
        return fail(why);
    GuestSpec spec = testGuestSpec(QStringLiteral("bench-clones"), dir.path(), 128);
    virConnectPtr conn = virConnectOpen(env.uri.toUtf8().constData());
    if (!conn)
        return fail(QStringLiteral("cannot open %1").arg(env.uri));
    const QString poolName = spec.name + QStringLiteral("-pool");
    const QString poolXml = QStringLiteral("<pool type='dir'><name>%1</name><target><path>%2</path>"
                                           "</target></pool>")
                                .arg(poolName, dir.path());
    virStoragePoolPtr pool = virStoragePoolCreateXML(conn, poolXml.toUtf8().constData(), 0);
    if (!pool)
        return fail(QString::fromUtf8(virGetLastErrorMessage()));
    auto cleanup = qScopeGuard([&] {
        removeTestDomains(env.uri);
        virStoragePoolDestroy(pool);
        virStoragePoolFree(pool);
        virConnectClose(conn);
    });
    virStorageVolPtr vol = virStorageVolCreateXML(
        pool,
        "<volume><name>data.qcow2</name><capacity unit='MiB'>64</capacity><target><format "
        "type='qcow2'/></target></volume>",
        0);
    if (!vol)
        return fail(QString::fromUtf8(virGetLastErrorMessage()));
    char *path = virStorageVolGetPath(vol);
    spec.dataDiskPath = QString::fromUtf8(path);
    free(path);
    virStorageVolFree(vol);

    QString error;
    auto session = connectedSession(env.uri, &error);
    if (!session)
        return fail(error);
    Pending<Result<QString>> defined;
    DomainActions::defineXml(session.get(), guestXml(env, spec), &app, defined.callback());
    if (!QTest::qWaitFor([&] { return defined.ready(); }, kLibvirtCallMs) || !defined->ok())
        return fail(QStringLiteral("cannot define the guest"));
    const QString uuid = defined->value();

    // 20 linked clones: start of the batch to all defined, then all started.
    QStringList names;
    for (int i = 1; i <= 20; ++i)
        names << testDomainName(QStringLiteral("lab-%1").arg(i, 2, 10, QLatin1Char('0')));
    CloneBatch batch(session.get(), uuid, names, {CloneDiskMode::Linked}, false);
    Pending<CloneBatchReport> report;
    auto cb = report.callback();
    QObject::connect(&batch, &CloneBatch::finished, &app,
                     [cb](const CloneBatchReport &r) { cb(r); });
    QElapsedTimer clock;
    clock.start();
    batch.start();
    if (!QTest::qWaitFor([&] { return report.ready(); }, 10 * kLibvirtCallMs))
        return fail(QStringLiteral("the batch did not end"));
    const qint64 definedMs = clock.elapsed();
    if (report->made.size() != 20)
        return fail(report->text());
    for (const CloneOutcome &o : report->made) {
        // Each its own serial log (the original's XML names the original's), then started.
        virDomainPtr d = virDomainLookupByUUIDString(conn, o.uuid.toLatin1().constData());
        char *xml = virDomainGetXMLDesc(d, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
        QString text = QString::fromUtf8(xml);
        free(xml);
        virDomainFree(d);
        text.replace(spec.serialLogPath, dir.filePath(o.name + QStringLiteral(".log")));
        d = virDomainDefineXML(conn, text.toUtf8().constData());
        virDomainFree(d);
    }
    const qint64 relogMs = clock.elapsed() - definedMs;
    clock.restart();
    QList<QString> uuids;
    for (const CloneOutcome &o : report->made)
        uuids << o.uuid;
    DomainActions::performAction(session.get(), uuids, DomainAction::Start);
    const bool allRunning = QTest::qWaitFor(
        [&] {
            for (const QString &u : uuids) {
                virDomainPtr d = virDomainLookupByUUIDString(conn, u.toLatin1().constData());
                const bool on = d && virDomainIsActive(d) == 1;
                if (d)
                    virDomainFree(d);
                if (!on)
                    return false;
            }
            return true;
        },
        10 * kLibvirtCallMs);
    const qint64 runningMs = allRunning ? clock.elapsed() : -1;
    removeTestDomains(env.uri);

    // A qcow2 with 2 GiB of random data: written as a raw file, then converted by libvirt.
    constexpr qint64 Size = 2ll * 1024 * 1024 * 1024;
    {
        QFile raw(dir.filePath(QStringLiteral("random.raw")));
        if (!raw.open(QIODevice::WriteOnly))
            return fail(raw.errorString());
        QByteArray chunk(8 * 1024 * 1024, Qt::Uninitialized);
        for (qint64 done = 0; done < Size; done += chunk.size()) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()),
                                                  chunk.size() / 4);
            raw.write(chunk);
        }
    }
    virStoragePoolRefresh(pool, 0);
    virStorageVolPtr rawVol = virStorageVolLookupByName(pool, "random.raw");
    virStorageVolPtr big =
        rawVol ? virStorageVolCreateXMLFrom(pool,
                                            "<volume><name>big.qcow2</name><capacity unit='GiB'>2"
                                            "</capacity><target><format type='qcow2'/></target>"
                                            "</volume>",
                                            rawVol, 0)
               : nullptr;
    if (!big)
        return fail(QString::fromUtf8(virGetLastErrorMessage()));
    virStorageVolDelete(rawVol, 0);
    virStorageVolFree(rawVol);
    char *bigPath = virStorageVolGetPath(big);
    const QString bigFile = QString::fromUtf8(bigPath);
    free(bigPath);
    virStorageVolFree(big);
    const QString holderXml =
        QStringLiteral("<domain type='qemu'><name>%1</name><memory unit='MiB'>64</memory><os><type "
                       "arch='x86_64'>hvm</type></os><devices><disk type='file' device='disk'>"
                       "<driver name='qemu' type='qcow2'/><source file='%2'/><target dev='vda' "
                       "bus='virtio'/></disk></devices></domain>")
            .arg(testDomainName(QStringLiteral("big")), bigFile);
    Pending<Result<QString>> holder;
    DomainActions::defineXml(session.get(), holderXml, &app, holder.callback());
    if (!QTest::qWaitFor([&] { return holder.ready(); }, kLibvirtCallMs) || !holder->ok())
        return fail(QStringLiteral("cannot define the 2 GiB domain"));
    const qint64 bytes = QFileInfo(bigFile).size();

    // cp first, on the same disk, its copy flushed (as libvirt's is written through).
    QProcess::execute(QStringLiteral("sync"), {});
    clock.restart();
    if (QProcess::execute(QStringLiteral("cp"), {bigFile, dir.filePath("cp-copy.qcow2")}) != 0)
        return fail(QStringLiteral("cp failed"));
    QProcess::execute(QStringLiteral("sync"), {});
    const qint64 cpMs = clock.elapsed();
    QFile::remove(dir.filePath("cp-copy.qcow2"));

    CloneJob job(session.get(), {holder->value(),
                                 testDomainName(QStringLiteral("big-copy")),
                                 {CloneDiskMode::Copy},
                                 false});
    Pending<bool> copied;
    auto done = copied.callback();
    QObject::connect(&job, &CloneJob::finished, &app,
                     [done](const Result<CloneOutcome> &r, bool) { done(r.ok()); });
    QProcess::execute(QStringLiteral("sync"), {});
    clock.restart();
    job.start();
    if (!QTest::qWaitFor([&] { return copied.ready(); }, 10 * kLibvirtCallMs) || !copied.value())
        return fail(QStringLiteral("the full clone failed"));
    QProcess::execute(QStringLiteral("sync"), {});
    const qint64 cloneMs = clock.elapsed();

    const double mib = double(bytes) / (1024 * 1024);
    std::printf("linked_clones=20 defined_ms=%lld relog_ms=%lld running_ms=%lld "
                "full_clone_mib=%.0f full_clone_ms=%lld full_clone_mib_s=%.0f cp_ms=%lld "
                "cp_mib_s=%.0f clone_vs_cp_percent=%.0f\n",
                definedMs, relogMs, runningMs, mib, cloneMs,
                mib * 1000.0 / qMax<qint64>(cloneMs, 1), cpMs, mib * 1000.0 / qMax<qint64>(cpMs, 1),
                100.0 * double(cpMs) / double(qMax<qint64>(cloneMs, 1)));
    return 0;
}
