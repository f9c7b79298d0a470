// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/migration/migration.h"

#include "core/commandlog/commandlog.h"
#include "core/common/coretr.h"

#include "hostworker_p.h"
#include "libvirtutil_p.h"
#include "storage_p.h"

#include <QTimer>

#include <mutex>
#include <thread>

namespace Vireo {

/// A reference on a worker's connection, taken on that worker (virConnectRef) and dropped by
/// whoever holds it last: the connection stays open for the migration thread even if its
/// session closes meanwhile.
struct ConnHandle
{
    virConnectPtr conn = nullptr;
    ~ConnHandle()
    {
        if (conn)
            virConnectClose(conn);
    }
};

/// The way back from the migration thread: cleared by ~MigrationJob, so a migration that ends
/// after its job object is gone delivers to no one.
struct MigrationJob::Shared
{
    std::mutex mutex;
    MigrationJob *job = nullptr;

    template<typename F>
    void post(F fn)
    {
        std::lock_guard lock(mutex);
        if (job)
            QMetaObject::invokeMethod(job, std::move(fn), Qt::QueuedConnection);
    }
};

namespace {

qint64 param(virTypedParameterPtr params, int n, const char *name)
{
    unsigned long long v = 0;
    if (virTypedParamsGetULLong(params, n, name, &v) == 1)
        return qint64(v);
    return -1;
}

/// virDomainGetJobStats of dom; flags 0 for the running job, VIR_DOMAIN_JOB_STATS_COMPLETED for
/// the one that just ended.
Result<MigrationProgress> jobStats(virDomainPtr dom, unsigned int flags, const QString &op)
{
    int type = VIR_DOMAIN_JOB_NONE;
    virTypedParameterPtr params = nullptr;
    int n = 0;
    if (virDomainGetJobStats(dom, &type, &params, &n, flags) < 0)
        return lastLibvirtError(op);
    MigrationProgress p;
    p.active = type == VIR_DOMAIN_JOB_BOUNDED || type == VIR_DOMAIN_JOB_UNBOUNDED;
    p.elapsedMs = param(params, n, VIR_DOMAIN_JOB_TIME_ELAPSED);
    p.dataTotal = param(params, n, VIR_DOMAIN_JOB_DATA_TOTAL);
    p.dataProcessed = param(params, n, VIR_DOMAIN_JOB_DATA_PROCESSED);
    p.dataRemaining = param(params, n, VIR_DOMAIN_JOB_DATA_REMAINING);
    p.memoryBps = param(params, n, VIR_DOMAIN_JOB_MEMORY_BPS);
    p.dirtyRate = param(params, n, VIR_DOMAIN_JOB_MEMORY_DIRTY_RATE);
    p.iteration = param(params, n, VIR_DOMAIN_JOB_MEMORY_ITERATION);
    p.downtimeMs = param(params, n, VIR_DOMAIN_JOB_DOWNTIME);
    p.diskProcessed = param(params, n, VIR_DOMAIN_JOB_DISK_PROCESSED);
    p.diskTotal = param(params, n, VIR_DOMAIN_JOB_DISK_TOTAL);
    virTypedParamsFree(params, n);
    int state = 0, reason = 0;
    if (virDomainGetState(dom, &state, &reason, 0) == 0)
        p.postCopy = (state == VIR_DOMAIN_PAUSED && reason == VIR_DOMAIN_PAUSED_POSTCOPY) ||
                     (state == VIR_DOMAIN_RUNNING && reason == VIR_DOMAIN_RUNNING_POSTCOPY);
    else
        virResetLastError();
    return p;
}

unsigned int migrationFlags(const MigrationRequest &r)
{
    unsigned int f = 0;
    if (r.live)
        f |= VIR_MIGRATE_LIVE;
    else
        f |= VIR_MIGRATE_OFFLINE;
    if (r.peerToPeer)
        f |= VIR_MIGRATE_PEER2PEER;
    if (r.tunnelled)
        f |= VIR_MIGRATE_TUNNELLED;
    if (r.copyStorage)
        f |= VIR_MIGRATE_NON_SHARED_DISK;
    if (r.persistOnDestination || !r.live)
        f |= VIR_MIGRATE_PERSIST_DEST;
    if (r.undefineSource)
        f |= VIR_MIGRATE_UNDEFINE_SOURCE;
    if (r.allowPostCopy)
        f |= VIR_MIGRATE_POSTCOPY;
    return f;
}

/// Runs on the migration thread: the blocking call, then the finished job's statistics.
struct Outcome
{
    Status status = Done{};
    MigrationProgress completed;
};

Outcome migrate(virDomainPtr dom, virConnectPtr dconn, const QString &destinationUri,
                const MigrationRequest &r, const QString &op)
{
    Outcome out;
    virTypedParameterPtr params = nullptr;
    int n = 0, max = 0;
    const QByteArray xml = r.destinationXml.toUtf8();
    const QByteArray uri = r.migrationUri.toUtf8();
    if (!r.destinationXml.trimmed().isEmpty())
        virTypedParamsAddString(&params, &n, &max, VIR_MIGRATE_PARAM_DEST_XML, xml.constData());
    if (!r.migrationUri.isEmpty())
        virTypedParamsAddString(&params, &n, &max, VIR_MIGRATE_PARAM_URI, uri.constData());
    if (r.bandwidthMiBs > 0)
        virTypedParamsAddULLong(&params, &n, &max, VIR_MIGRATE_PARAM_BANDWIDTH, r.bandwidthMiBs);
    const unsigned int flags = migrationFlags(r);
    virDomainPtr moved = nullptr;
    bool ok = false;
    if (r.peerToPeer) {
        const QByteArray peer = (r.peerUri.isEmpty() ? destinationUri : r.peerUri).toUtf8();
        ok = virDomainMigrateToURI3(dom, peer.constData(), params, n, flags) == 0;
    } else {
        moved = virDomainMigrate3(dom, dconn, params, n, flags);
        ok = moved != nullptr;
    }
    if (!ok) {
        const Error e = lastLibvirtError(op);
        out.status = r.allowPostCopy ? explainPostCopyRefusal(e) : e;
    }
    virTypedParamsFree(params, n);
    if (ok) {
        // The source keeps the finished job's figures while it still has the domain, the
        // destination (non peer-to-peer) on the domain it received; neither is guaranteed.
        auto stats = jobStats(dom, VIR_DOMAIN_JOB_STATS_COMPLETED, op);
        if (!stats && moved)
            stats = jobStats(moved, VIR_DOMAIN_JOB_STATS_COMPLETED, op);
        if (stats)
            out.completed = stats.value();
    }
    if (moved)
        virDomainFree(moved);
    return out;
}

} // namespace

namespace Migration {

void readSource(HostSession *source, const QString &uuid, QObject *context,
                std::function<void(Result<MigrationSource>)> done)
{
    runOnWorker<Result<MigrationSource>>(
        source, context,
        [uuid](WorkerContext &w) -> Result<MigrationSource> {
            const QString op = Tr::tr("Read the domain to migrate");
            auto dom = w.lookup(uuid, op);
            if (!dom)
                return dom.error();
            MigrationSource s;
            s.uri = w.uri;
            const char *type = virConnectGetType(w.conn);
            s.driver = type ? QString::fromUtf8(type) : QString();
            auto info = readDomainInfo(dom.value()->get());
            if (!info)
                return info.error();
            s.info = info.value();
            char *xml = virDomainGetXMLDesc(dom.value()->get(),
                                            VIR_DOMAIN_XML_MIGRATABLE | VIR_DOMAIN_XML_SECURE);
            if (!xml)
                return lastLibvirtError(op);
            s.xml = QString::fromUtf8(xml);
            free(xml);
            auto parsed = parseDomainXml(s.xml);
            if (!parsed)
                return Error{op, parsed.error().text(), 0};
            s.description = parsed.value();
            return s;
        },
        std::move(done));
}

void readTarget(HostSession *destination, const QString &arch, QObject *context,
                std::function<void(Result<MigrationTarget>)> done)
{
    runOnWorker<Result<MigrationTarget>>(
        destination, context,
        [arch](WorkerContext &w) -> Result<MigrationTarget> {
            const QString op = Tr::tr("Read the migration destination %1").arg(w.uri);
            if (Status c = w.requireConnection(op); !c)
                return c.error();
            MigrationTarget t;
            t.uri = w.uri;
            if (char *host = virConnectGetHostname(w.conn)) {
                t.hostname = QString::fromUtf8(host);
                free(host);
            } else {
                virResetLastError();
            }
            const char *type = virConnectGetType(w.conn);
            t.driver = type ? QString::fromUtf8(type) : QString();
            char *caps = virConnectGetCapabilities(w.conn);
            if (!caps)
                return lastLibvirtError(op);
            auto parsed = parseCapabilitiesXml(QString::fromUtf8(caps));
            free(caps);
            if (!parsed)
                return parsed.error();
            t.capabilities = parsed.value();

            virNetworkPtr *nets = nullptr;
            const int nn = virConnectListAllNetworks(w.conn, &nets, 0);
            for (int i = 0; i < nn; ++i) {
                t.networks.append({QString::fromUtf8(virNetworkGetName(nets[i])),
                                   virNetworkIsActive(nets[i]) == 1,
                                   {}});
                virNetworkFree(nets[i]);
            }
            free(nets);
            virStoragePoolPtr *pools = nullptr;
            const int np = virConnectListAllStoragePools(w.conn, &pools, 0);
            for (int i = 0; i < np; ++i) {
                if (auto p = StoragePrivate::readPool(pools[i]))
                    t.pools.append({p->name, p->active, p->targetPath});
                virStoragePoolFree(pools[i]);
            }
            free(pools);
            char **models = nullptr;
            const QByteArray a = arch.toUtf8();
            const int nm =
                arch.isEmpty() ? -1 : virConnectGetCPUModelNames(w.conn, a.constData(), &models, 0);
            for (int i = 0; i < nm; ++i) {
                t.cpuModels.append(QString::fromUtf8(models[i]));
                free(models[i]);
            }
            free(models);
            virDomainPtr *doms = nullptr;
            const int nd = virConnectListAllDomains(w.conn, &doms, 0);
            for (int i = 0; i < nd; ++i) {
                DomainInfo d;
                d.uuid = domainUuid(doms[i]);
                d.name = nameOf(doms[i]);
                int state = 0, reason = 0;
                if (virDomainGetState(doms[i], &state, &reason, 0) == 0)
                    d.state = DomainState(state);
                t.domains.append(d);
                virDomainFree(doms[i]);
            }
            free(doms);
            virResetLastError(); // a host without networks, pools or CPU models still answers
            return t;
        },
        std::move(done));
}

} // namespace Migration

MigrationJob::MigrationJob(HostSession *source, HostSession *destination, const QString &domainUuid,
                           const MigrationRequest &request, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_destination(destination)
    , m_uuid(domainUuid)
    , m_destinationUri(destination ? destination->uri() : QString())
    , m_request(request)
    , m_pollTimer(new QTimer(this))
    , m_shared(std::make_shared<Shared>())
{
    m_shared->job = this;
    m_pollTimer->setInterval(500);
    connect(m_pollTimer, &QTimer::timeout, this, &MigrationJob::poll);
}

MigrationJob::~MigrationJob()
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->job = nullptr;
}

void MigrationJob::setPollInterval(int ms)
{
    m_pollTimer->setInterval(qMax(50, ms));
}

void MigrationJob::start()
{
    if (m_running)
        return;
    const QString op = Tr::tr("Migrate domain %1").arg(m_uuid);
    if (!m_source || !m_destination) {
        finish(Error{op, Tr::tr("the source or destination host was removed"), 0}, {});
        return;
    }
    m_running = true;
    m_cancelled = false;
    m_downtimeFailureLogged = false;
    if (m_request.peerToPeer) {
        runMigration(nullptr); // the source daemon opens its own connection to the destination
        return;
    }
    runOnWorker<Result<std::shared_ptr<ConnHandle>>>(
        m_destination, this,
        [op](WorkerContext &w) -> Result<std::shared_ptr<ConnHandle>> {
            if (Status c = w.requireConnection(op); !c)
                return c.error();
            if (virConnectRef(w.conn) < 0)
                return lastLibvirtError(op);
            auto h = std::make_shared<ConnHandle>();
            h->conn = w.conn;
            return h;
        },
        [this](Result<std::shared_ptr<ConnHandle>> h) {
            if (!h) {
                finish(h.error(), {});
                return;
            }
            runMigration(h.value());
        });
}

void MigrationJob::runMigration(std::shared_ptr<ConnHandle> destination)
{
    if (!m_source) {
        finish(Error{Tr::tr("Migrate domain %1").arg(m_uuid), Tr::tr("the source was removed"), 0},
               {});
        return;
    }
    m_pollTimer->start();
    m_source->post([shared = m_shared, uuid = m_uuid, dest = std::move(destination),
                    uri = m_destinationUri, request = m_request](WorkerContext &w) {
        const QString op = Tr::tr("Migrate domain %1 to %2").arg(uuid, uri);
        auto dom = w.lookup(uuid, op);
        if (!dom) {
            shared->post([shared, e = dom.error()] { shared->job->finish(e, {}); });
            return;
        }
        // The domain handle holds its own reference on the source connection.
        std::thread([shared, dom = dom.value(), dest, uri, request, op, source = w.uri] {
            const QString name = nameOf(dom->get());
            const QString named = Tr::tr("Migrate '%1' to %2").arg(name, uri);
            Outcome out = migrate(dom->get(), dest ? dest->conn : nullptr, uri, request, named);
            CommandLog::record(source, name, EquivalentCommands::migrate(name, uri, request),
                               out.status);
            shared->post([shared, out] { shared->job->finish(out.status, out.completed); });
        }).detach();
    });
}

void MigrationJob::poll()
{
    if (!m_running || m_polling || !m_source)
        return;
    m_polling = true;
    struct Poll
    {
        Result<MigrationProgress> progress = Error{};
        bool downtimeTried = false;
        bool downtimeSet = false;
    };
    const int downtime = m_downtimeSet ? 0 : m_request.maxDowntimeMs;
    runOnWorker<Poll>(
        m_source, this,
        [uuid = m_uuid, downtime, logFailure = !m_downtimeFailureLogged](WorkerContext &w) {
            const QString op = Tr::tr("Read the migration's progress");
            Poll p;
            auto dom = w.lookup(uuid, op);
            if (!dom) {
                p.progress = dom.error();
                return p;
            }
            p.progress = jobStats(dom.value()->get(), 0, op);
            // The limit applies to the running job: set it once the job is there (tried again
            // on each poll until it takes; the log says the first failure, not every one).
            if (downtime > 0 && p.progress && p.progress->active) {
                virDomainPtr d = dom.value()->get();
                p.downtimeTried = true;
                p.downtimeSet = virDomainMigrateSetMaxDowntime(d, quint64(downtime), 0) == 0;
                // Read at once: the next call of libvirt (nameOf) resets it.
                const Error failure =
                    p.downtimeSet ? Error{} : lastLibvirtError(Tr::tr("Set the maximum downtime"));
                if (p.downtimeSet || logFailure) {
                    const QString name = nameOf(d);
                    CommandLog::record(w.uri, name,
                                       EquivalentCommands::migrateSetMaxDowntime(name, downtime),
                                       failure);
                }
            }
            virResetLastError();
            return p;
        },
        [this](Poll p) {
            m_polling = false;
            m_downtimeSet = m_downtimeSet || p.downtimeSet;
            m_downtimeFailureLogged =
                m_downtimeFailureLogged || (p.downtimeTried && !p.downtimeSet);
            if (m_running && p.progress)
                Q_EMIT progressChanged(p.progress.value());
            if (m_running && m_cancelled && p.progress && p.progress->active)
                cancel(); // a cancel that came before the job had started: again, now it runs
        });
}

void MigrationJob::cancel()
{
    if (!m_running || !m_source)
        return;
    m_cancelled = true;
    runOnWorker<Status>(
        m_source, this,
        [uuid = m_uuid](WorkerContext &w) -> Status {
            const QString op = Tr::tr("Cancel the migration");
            auto dom = w.lookup(uuid, op);
            if (!dom)
                return dom.error();
            const Status aborted = virDomainAbortJob(dom.value()->get()) < 0
                                       ? Status(lastLibvirtError(op))
                                       : Status(Done{});
            const QString name = nameOf(dom.value()->get());
            CommandLog::record(w.uri, name, EquivalentCommands::abortJob(name), aborted);
            return aborted;
        },
        [](Status) {}); // a job not yet started: poll() tries again once it runs
}

void MigrationJob::switchToPostCopy()
{
    if (!m_running || !m_source)
        return;
    runOnWorker<Status>(
        m_source, this,
        [uuid = m_uuid](WorkerContext &w) -> Status {
            const QString op = Tr::tr("Switch the migration to post-copy");
            auto dom = w.lookup(uuid, op);
            if (!dom)
                return dom.error();
            const Status switched = virDomainMigrateStartPostCopy(dom.value()->get(), 0) < 0
                                        ? Status(lastLibvirtError(op))
                                        : Status(Done{});
            const QString name = nameOf(dom.value()->get());
            CommandLog::record(w.uri, name, EquivalentCommands::migratePostCopy(name), switched);
            return switched;
        },
        [this](Status s) {
            if (s)
                return;
            Error e = explainPostCopyRefusal(s.error());
            if (e.message == s.error().message)
                e.message = Tr::tr("The migration goes on copying memory first. (libvirt: %1)")
                                .arg(s.error().message);
            if (m_source)
                Q_EMIT m_source->operationFailed(e);
            Q_EMIT postCopyRefused(e);
        });
}

void MigrationJob::finish(const Status &result, const MigrationProgress &completed)
{
    const bool wasRunning = m_running;
    m_running = false;
    m_pollTimer->stop();
    Q_UNUSED(wasRunning);
    Q_EMIT finished(result, m_cancelled && !result.ok(), completed);
}

} // namespace Vireo
