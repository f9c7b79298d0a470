// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Private to vireo_core: the worker side of a HostSession (the thread that alone touches the
// host's virConnectPtr) and how core's feature files run jobs on it.
#ifndef VIREO_CORE_PRIVATE
#error "private to vireo_core: the rest of Vireo sees value types, never libvirt"
#endif

#include "core/common/softassert.h"
#include "core/session/authrequest.h"
#include "core/session/hostsession.h"
#include "core/session/statsrecord.h"
#include "libvirtutil_p.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace Vireo {

/// What a job running on the worker thread may use. Valid only during the job.
class WorkerContext
{
public:
    QString uri;
    HostWorker *worker = nullptr;
    /// Null while disconnected.
    virConnectPtr conn = nullptr;

    /// Runs fn on the GUI thread, but only while context still lives (and the session too).
    void deliver(QPointer<QObject> context, std::function<void()> fn) const;
    /// A failed Status if not connected.
    Status requireConnection(const QString &operation) const;
    /// Looks up a domain by UUID (or by name if that fails).
    Result<std::shared_ptr<DomainRef>> lookup(const QString &uuidOrName,
                                              const QString &operation) const;
};

/// Runs job(WorkerContext&) -> T on the worker, then done(T) on the GUI thread while context lives.
template<typename T, typename Job>
void runOnWorker(HostSession *session, QObject *context, Job job, std::function<void(T)> done)
{
    // A feature call without a session is a caller's bug: log it, and leave done uncalled rather
    // than crash (the caller's view stays as it was).
    VIREO_ASSERT(session, return );
    QPointer<QObject> guard(context);
    session->post([guard, job = std::move(job), done = std::move(done)](WorkerContext &w) {
        T result = job(w);
        w.deliver(guard, [done, result = std::move(result)]() { done(result); });
    });
}

/// The worker's way back to its session: cleared by ~HostSession, so a worker that outlives it
/// (stuck in a libvirt call at quit) never touches freed memory.
struct SessionLink
{
    std::mutex mutex;
    HostSession *session = nullptr;
    /// Where the worker waits for credentials during a connect; the session releases it at once
    /// when it disconnects or goes (it cannot queue anything to a worker busy in that connect).
    AuthBroker auth;

    /// Queues fn(session) to the GUI thread if the session still exists; false if it does not.
    template<typename F>
    bool post(F fn)
    {
        std::lock_guard lock(mutex);
        if (!session)
            return false;
        QMetaObject::invokeMethod(
            session, [s = session, fn = std::move(fn)]() { fn(s); }, Qt::QueuedConnection);
        return true;
    }
};

/// Shared between the worker and libvirt's event thread: callbacks forward through it only while
/// the worker lives.
struct CallbackBridge
{
    std::mutex mutex;
    HostWorker *worker = nullptr;
    /// Domains whose events arrived during this iteration of libvirt's event loop; handed to the
    /// worker in one piece after the iteration (wakeWorkersWithEvents()).
    QSet<QString> dirty;
    /// Those of them whose XML may have changed (a device added or removed, a lifecycle event:
    /// defined, started...), not a balloon's new size.
    QSet<QString> xmlChanged;
    bool queuedForWake = false;
};

/// Called by libvirt's event loop thread after each iteration: hands every worker the domains
/// its events named during it, as one batch.
void wakeWorkersWithEvents();

/// Process-wide counts the workers keep: what HostSession's diagnostics report, and what the exit
/// path waits on. Any thread.
namespace WorkerCounts {
void connectionOpened();
void connectionClosed();
/// A callback registration's opaque handed to libvirt / freed by libvirt.
void registrationAdded();
void registrationFreed();
void workerCreated();
void workerGone();
int connections();
int registrations();
int workers();
/// Waits until no worker is left, at most timeoutMs. False on timeout.
bool waitForNoWorkers(int timeoutMs);
} // namespace WorkerCounts

/// The worker side of a HostSession. Lives on the session's thread; only it touches m_conn.
///
/// It tears itself down on its thread's QThread::finished (the session's destructor quits the
/// thread): the destructor deregisters every callback and closes the connection there, on the
/// worker thread, so no one waits for it.
class HostWorker : public QObject
{
    Q_OBJECT
public:
    HostWorker(std::shared_ptr<SessionLink> link, const QString &uri);
    const std::shared_ptr<SessionLink> &link() const { return m_link; }
    ~HostWorker() override;

    void runJob(const std::function<void(WorkerContext &)> &job);
    void open();
    void close(bool userRequested);
    void setStatsInterval(int ms);
    void setStatsSampling(const StatsSampling &sampling) { m_sampling = sampling; }
    /// Which running guests the tick reads addresses of: all, or those of `some`.
    void setReadAddresses(bool all, const QSet<QString> &some)
    {
        m_readAddresses = all;
        m_addressUuids = some;
    }
    void setBackoff(int firstMs, int maxMs)
    {
        m_backoffFirstMs = firstMs;
        m_backoffMaxMs = maxMs;
    }
    /// Reads one domain now and reports it (after a change a caller waits on: define, vCPUs...).
    void refreshDomain(const QString &uuid);
    /// Refreshes the domain with the next batch: the batch runs once the worker's queue is empty,
    /// so the events and actions that arrive together are read together.
    void markDirty(const QString &uuid);

    /// Called on this thread with the domains whose XML may have changed, as soon as their events
    /// arrive, before any job queued after them runs: a cache of parsed XML (DomainXmlCache)
    /// drops them there, so no later job reads a stale entry. Listeners live as long as the worker.
    void addXmlChangeListener(std::function<void(const QSet<QString> &)> listener)
    {
        m_xmlListeners.push_back(std::move(listener));
    }

    // Called (queued) from libvirt's event thread.
    void onDomainEvents(const QSet<QString> &uuids, const QSet<QString> &xmlChanged);
    void onConnectionClosed(int reason);

    /// Up to this many domains a batch reads one by one (a lookup and a few calls each); more
    /// take one listing of the whole host.
    static constexpr int SmallBatch = 16;

    virConnectPtr connection() const { return m_conn; }

private:
    void setState(HostState state, const QString &reason, qint64 retryAtMs = -1);
    void scheduleReconnect(const QString &reason);
    /// What one batch found: changed (or new) domains and the ones gone.
    struct Changes
    {
        QList<DomainInfo> changed;
        QStringList removed;
    };
    Result<QList<DomainInfo>> readAllDomains();
    enum class ListingAfter { Connect, Refresh };
    /// Reads every domain and posts the list; after a connect, the Connected state goes in the
    /// same queued call, just before the list. False if the connection turned out dead.
    bool listDomains(ListingAfter when);
    void readHostInfo();
    void sampleStats();
    /// Fills s.addresses for a running guest with a NIC (the statistics tick, when wanted).
    void readAddresses(virDomainPtr dom, const QString &uuid, std::span<const StatsField> fields,
                       qint64 nowMs, DomainStats &s);
    void teardownConnection();
    void readOne(const QString &uuid, Changes &out);
    void refreshDirty();
    void report(Changes changes);

    std::shared_ptr<SessionLink> m_link;
    QString m_uri;
    virConnectPtr m_conn = nullptr;
    QList<int> m_callbackIds;      ///< domain event registrations on m_conn
    void *m_closeOpaque = nullptr; ///< the close callback's, owned here (see open())
    std::shared_ptr<CallbackBridge> m_bridge;
    QTimer *m_statsTimer = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    int m_statsInterval = 2000;
    StatsSampling m_sampling;
    bool m_readAddresses = false; ///< for every running guest
    QSet<QString> m_addressUuids; ///< else for these only
    /// Guests whose agent did not answer, and when to ask it again (ms since epoch): a guest
    /// without an agent must not cost an agent timeout every tick.
    QHash<QString, qint64> m_agentRetryAtMs;
    int m_backoffFirstMs = 1000;
    int m_backoffMaxMs = 30000;
    int m_backoffMs = 0;
    bool m_wantConnected = false;
    int m_hostCpus = 1;
    quint64 m_numaMemoryKiB = 0; ///< virNodeGetInfo's memory, for chooseHostMemory each tick
    qint64 m_openMs = -1;

    QHash<QString, StatsBaseline> m_previous; ///< the last sample of each active domain
    QSet<QString> m_known;                    ///< UUIDs the session has been told about
    QSet<QString> m_dirty;                    ///< domains for the next batch
    std::vector<std::function<void(const QSet<QString> &)>> m_xmlListeners;
    QTimer *m_batchTimer = nullptr; ///< 0 ms: fires once the queue is empty
    quint64 m_prevHostBusy = 0, m_prevHostTotal = 0;
};

} // namespace Vireo
