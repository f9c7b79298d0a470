// SPDX-License-Identifier: GPL-2.0-or-later
#include "scratchhost.h"

#include "core/storage/storageactions.h"

#include <QFile>
#include <QObject>
#include <QProcess>

namespace Vireo::Integration {

static constexpr quint64 MiB = 1024ull * 1024;

bool runProgram(const QString &program, const QStringList &args, QString *out, int timeoutMs)
{
    QProcess p;
    p.start(program, args);
    const bool ok =
        p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (out)
        *out =
            QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
    return ok;
}

ScratchHost::~ScratchHost()
{
    detachLoops();
}

QString ScratchHost::setUp(bool *skip)
{
    m_env = Environment::detect();
    *skip = !m_env.unavailable.isEmpty();
    if (*skip)
        return m_env.unavailable;
    if (const QString notReady = prepareScratch(m_env, m_dir.path()); !notReady.isEmpty())
        return notReady;
    QString error;
    m_session = connectedSession(m_env.uri, &error);
    if (!m_session)
        return error;
    m_session->setStatsInterval(0);
    return {};
}

QString ScratchHost::loopDevice(const QString &name, quint64 mib, QString *why)
{
    QFile image(m_dir.filePath(name));
    if (!image.open(QIODevice::WriteOnly) || !image.resize(qint64(mib * MiB))) {
        *why = image.errorString();
        return {};
    }
    image.close();
    QString dev;
    const bool ok =
        runProgram(QStringLiteral("losetup"),
                   {QStringLiteral("--find"), QStringLiteral("--show"), image.fileName()}, &dev);
    if (!ok || !dev.startsWith(QLatin1String("/dev/loop"))) {
        *why = QStringLiteral("losetup: ") + dev;
        return {};
    }
    m_loops << dev;
    return dev;
}

void ScratchHost::detachLoops()
{
    for (const QString &dev : std::as_const(m_loops))
        runProgram(QStringLiteral("losetup"), {QStringLiteral("-d"), dev});
    m_loops.clear();
}

Result<StorageVolumeInfo> ScratchHost::createVolume(const QString &pool, const QString &name,
                                                    const QString &format, quint64 bytes)
{
    VolumeCreation c(m_session.get(), pool, name, format, bytes);
    std::optional<Result<StorageVolumeInfo>> out;
    QObject::connect(&c, &VolumeCreation::finished, &c,
                     [&](const Result<StorageVolumeInfo> &r, bool) { out = r; });
    c.start();
    if (!QTest::qWaitFor([&] { return out.has_value(); }, kLibvirtCallMs))
        return Error{QStringLiteral("test"), QStringLiteral("no answer"), 0};
    return *out;
}

void ScratchHost::removePool(const QString &name, bool deleteStorage)
{
    if (!m_session)
        return;
    QObject context;
    HostSession *s = m_session.get();
    auto vols = waitFor<Result<QList<StorageVolumeInfo>>>(
        [&](auto done) { Storage::listVolumes(s, name, &context, done); });
    if (vols)
        for (const StorageVolumeInfo &v : vols.value())
            waitFor<Status>(
                [&](auto done) { Storage::deleteVolume(s, name, v.name, &context, done); });
    waitFor<Status>([&](auto done) { Storage::stopPool(s, name, &context, done); });
    if (deleteStorage)
        waitFor<Status>([&](auto done) { Storage::deletePool(s, name, &context, done); });
    const Status undefined =
        waitFor<Status>([&](auto done) { Storage::undefinePool(s, name, &context, done); });
    if (!undefined)
        qWarning("could not remove pool %s: %s", qPrintable(name),
                 qPrintable(undefined.error().text()));
}

} // namespace Vireo::Integration
