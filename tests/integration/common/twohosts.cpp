// SPDX-License-Identifier: GPL-2.0-or-later
#include "twohosts.h"

#include "core/session/hostsession.h"

#include <libvirt/libvirt.h>

#include <QTest>

namespace Vireo::Integration {

QString secondHostUri()
{
    return qEnvironmentVariable("VIREO_INTEGRATION_SECOND_URI",
                                QStringLiteral("qemu+tcp://127.0.0.1:16510/system"));
}

QString TwoHosts::setUp(const QString &scratchDir, bool *skip)
{
    *skip = true;
    env = Environment::detect();
    if (!env.unavailable.isEmpty())
        return env.unavailable;
    const QString uri = secondHostUri();
    if (virConnectPtr c = virConnectOpen(uri.toUtf8().constData()))
        virConnectClose(c);
    else
        return QStringLiteral("host B (%1) does not answer: run tests/integration/setup.sh "
                              "(second-host.sh start) first")
            .arg(uri);
    *skip = false;
    uriB = uri;
    const QString notReady = prepareScratch(env, scratchDir);
    if (!notReady.isEmpty())
        return notReady;
    removeTestDomains(uriB);
    QString error;
    a = connectedSession(env.uri, &error);
    if (!a)
        return error;
    b = connectedSession(uriB, &error);
    if (!b)
        return error;
    return QString();
}

void TwoHosts::tearDown()
{
    if (uriB.isEmpty() || !a)
        return;
    a.reset();
    b.reset();
    removeTestDomains(env.uri);
    removeTestDomains(uriB);
}

MigrationRequest liveRequestToB()
{
    MigrationRequest r;
    r.live = true;
    r.persistOnDestination = true;
    r.undefineSource = true;
    r.migrationUri = QStringLiteral("tcp://127.0.0.1");
    return r;
}

Ended runMigration(HostSession *a, HostSession *b, const QString &uuid, const MigrationRequest &r,
                   const std::function<void(MigrationJob &, const MigrationProgress &)> &onProgress)
{
    Ended e;
    MigrationJob job(a, b, uuid, r);
    job.setPollInterval(200);
    QObject::connect(&job, &MigrationJob::progressChanged, &job, [&](const MigrationProgress &p) {
        if (!p.active)
            return;
        ++e.progressReports;
        e.lastProgress = p;
        if (onProgress)
            onProgress(job, p);
    });
    QObject::connect(&job, &MigrationJob::finished, &job,
                     [&](const Status &s, bool c, const MigrationProgress &done) {
                         e.status = s;
                         e.cancelled = c;
                         e.completed = done;
                     });
    job.start();
    if (!QTest::qWaitFor([&] { return e.status.has_value(); }, 240000))
        qWarning("the migration did not end within 240 s");
    return e;
}

} // namespace Vireo::Integration
