// SPDX-License-Identifier: GPL-2.0-or-later
// The worker of one host: opening and closing its connection, reconnecting with backoff, and
// the libvirt callbacks that bring its events.
#include "hostworker_p.h"

#include "connectauth_p.h"
#include "core/common/coretr.h"
#include "core/session/opengate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <vector>

namespace Vireo {

static qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// ---------------------------------------------------------------------------------------------
// Counts

namespace {
std::atomic<int> g_connections{0};
std::atomic<int> g_registrations{0};
std::mutex g_workersMutex;
std::condition_variable g_workersGone;
int g_workers = 0;
} // namespace

namespace WorkerCounts {
void connectionOpened()
{
    ++g_connections;
}
void connectionClosed()
{
    --g_connections;
}
void registrationAdded()
{
    ++g_registrations;
}
void registrationFreed()
{
    --g_registrations;
}
void workerCreated()
{
    std::lock_guard lock(g_workersMutex);
    ++g_workers;
}
void workerGone()
{
    std::lock_guard lock(g_workersMutex);
    if (--g_workers == 0)
        g_workersGone.notify_all();
}
int connections()
{
    return g_connections.load();
}
int registrations()
{
    return g_registrations.load();
}
int workers()
{
    std::lock_guard lock(g_workersMutex);
    return g_workers;
}
bool waitForNoWorkers(int timeoutMs)
{
    std::unique_lock lock(g_workersMutex);
    return g_workersGone.wait_for(lock, std::chrono::milliseconds(qMax(0, timeoutMs)),
                                  [] { return g_workers == 0; });
}
} // namespace WorkerCounts

// ---------------------------------------------------------------------------------------------
// WorkerContext

void WorkerContext::deliver(QPointer<QObject> context, std::function<void()> fn) const
{
    worker->link()->post([context, fn = std::move(fn)](HostSession *) {
        if (context)
            fn();
    });
}

Status WorkerContext::requireConnection(const QString &operation) const
{
    if (!conn)
        return Error{operation, Tr::tr("the host is not connected"), 0};
    return Done{};
}

Result<std::shared_ptr<DomainRef>> WorkerContext::lookup(const QString &uuidOrName,
                                                         const QString &operation) const
{
    if (Status s = requireConnection(operation); !s)
        return s.error();
    const QByteArray key = uuidOrName.toUtf8();
    virDomainPtr dom = virDomainLookupByUUIDString(conn, key.constData());
    if (!dom) {
        virResetLastError();
        dom = virDomainLookupByName(conn, key.constData());
    }
    if (!dom)
        return lastLibvirtError(operation);
    return std::make_shared<DomainRef>(dom);
}

// ---------------------------------------------------------------------------------------------
// Callbacks from libvirt's event thread: copy, forward, never call libvirt back (beyond reading
// the UUID, which libvirt keeps in the object and answers without a round trip). Domain events
// collect in the bridge during one iteration of the event loop and go to the worker after it.

namespace {
/// The opaque of one callback registration; libvirt frees it with freeBridge when the
/// registration ends (deregistered, or the connection freed).
void *newBridge(const std::shared_ptr<CallbackBridge> &bridge)
{
    WorkerCounts::registrationAdded();
    return new std::shared_ptr<CallbackBridge>(bridge);
}

void freeBridge(void *opaque)
{
    delete static_cast<std::shared_ptr<CallbackBridge> *>(opaque);
    WorkerCounts::registrationFreed();
}

template<typename F>
void forwardToWorker(void *opaque, F fn)
{
    auto bridge = *static_cast<std::shared_ptr<CallbackBridge> *>(opaque);
    std::lock_guard lock(bridge->mutex);
    if (HostWorker *w = bridge->worker)
        QMetaObject::invokeMethod(
            w, [w, fn = std::move(fn)]() { fn(w); }, Qt::QueuedConnection);
}

std::mutex g_wakeMutex;
std::vector<std::shared_ptr<CallbackBridge>> g_toWake; ///< bridges with events, this iteration

/// Notes the domain for its worker's next batch: a burst of events (10,000 domains started at
/// once) becomes one refresh, not one lookup and half a dozen calls per event.
void noteDomainEvent(void *opaque, virDomainPtr dom, bool xmlChanged)
{
    const auto &bridge = *static_cast<std::shared_ptr<CallbackBridge> *>(opaque);
    std::lock_guard lock(bridge->mutex);
    if (!bridge->worker)
        return;
    const QString uuid = domainUuid(dom);
    bridge->dirty.insert(uuid);
    if (xmlChanged)
        bridge->xmlChanged.insert(uuid);
    if (!bridge->queuedForWake) {
        bridge->queuedForWake = true;
        std::lock_guard wake(g_wakeMutex);
        g_toWake.push_back(bridge);
    }
}

int lifecycleCallback(virConnectPtr, virDomainPtr dom, int, int, void *opaque)
{
    // Defined (by anyone: virsh define, edit), started, stopped: the XML may differ.
    noteDomainEvent(opaque, dom, true);
    return 0;
}

void balloonCallback(virConnectPtr, virDomainPtr dom, unsigned long long, void *opaque)
{
    // The guest gave memory back or took it: the domain's current memory changed.
    noteDomainEvent(opaque, dom, false);
}

/// A device hot-plugged or unplugged (virsh attach-device --live by hand too): no lifecycle event
/// says so, and the live XML has another disk or NIC.
void deviceCallback(virConnectPtr, virDomainPtr dom, const char *, void *opaque)
{
    noteDomainEvent(opaque, dom, true);
}

void closeCallback(virConnectPtr, int reason, void *opaque)
{
    forwardToWorker(opaque, [reason](HostWorker *w) { w->onConnectionClosed(reason); });
}
} // namespace

void wakeWorkersWithEvents()
{
    std::vector<std::shared_ptr<CallbackBridge>> bridges;
    {
        std::lock_guard wake(g_wakeMutex);
        bridges.swap(g_toWake);
    }
    for (const auto &bridge : bridges) {
        std::lock_guard lock(bridge->mutex);
        bridge->queuedForWake = false;
        HostWorker *w = bridge->worker;
        if (!w || bridge->dirty.isEmpty())
            continue;
        QMetaObject::invokeMethod(
            w,
            [w, uuids = std::exchange(bridge->dirty, {}),
             xml = std::exchange(bridge->xmlChanged, {})] { w->onDomainEvents(uuids, xml); },
            Qt::QueuedConnection);
    }
}

// ---------------------------------------------------------------------------------------------
// HostWorker

HostWorker::HostWorker(std::shared_ptr<SessionLink> link, const QString &uri)
    : m_link(std::move(link))
    , m_uri(uri)
    , m_bridge(std::make_shared<CallbackBridge>())
{
    m_bridge->worker = this;
    WorkerCounts::workerCreated();
}

HostWorker::~HostWorker()
{
    {
        // From here on libvirt's callbacks forward nothing: no event reaches a dead worker.
        std::lock_guard lock(m_bridge->mutex);
        m_bridge->worker = nullptr;
    }
    teardownConnection();
    WorkerCounts::workerGone();
}

void HostWorker::runJob(const std::function<void(WorkerContext &)> &job)
{
    WorkerContext ctx;
    ctx.uri = m_uri;
    ctx.worker = this;
    ctx.conn = m_conn;
    job(ctx);
}

void HostWorker::setState(HostState state, const QString &reason, qint64 retryAtMs)
{
    m_link->post(
        [state, reason, retryAtMs](HostSession *s) { s->onWorkerState(state, reason, retryAtMs); });
}

void HostWorker::open()
{
    m_wantConnected = true;
    if (m_reconnectTimer)
        m_reconnectTimer->stop();
    if (m_conn)
        return;
    setState(HostState::Connecting, {});
    const QByteArray uri = m_uri.toUtf8();
    // The open and the first listing are a burst of work: a few hosts at a time (OpenGate).
    const OpenGate::Pass pass = OpenGate::enter();
    QElapsedTimer opening;
    opening.start();
    // Never libvirt's default callback: it would ask on the terminal Vireo was started from, or
    // block this thread reading stdin. Ours asks the GUI and waits for it.
    ConnectAuth auth(m_link, m_uri);
    virConnectPtr conn = virConnectOpenAuth(uri.constData(), auth.get(), 0);
    m_openMs = opening.elapsed();
    if (!conn) {
        const Error e = lastLibvirtError(Tr::tr("Connect to %1").arg(m_uri));
        if (const auto failure = auth.failure(e)) {
            // Not retried by itself: until the user connects again.
            m_wantConnected = false;
            setState(HostState::Disconnected, failure->reason);
            if (failure->outcome == AuthOutcome::Answered ||
                failure->outcome == AuthOutcome::Cancelled)
                m_link->post(
                    [reason = failure->reason,
                     cancelled = failure->outcome == AuthOutcome::Cancelled](HostSession *s) {
                        Q_EMIT s->authenticationFailed(reason, cancelled);
                    });
            return;
        }
        scheduleReconnect(e.message);
        return;
    }
    m_conn = conn;
    WorkerCounts::connectionOpened();
    if (QThread::currentThread()->isInterruptionRequested())
        return; // the session is gone: the teardown closes what just opened
    m_backoffMs = 0;
    // Keepalive only applies to remote connections; local drivers answer "unsupported".
    if (virConnectSetKeepAlive(conn, 5, 3) < 0)
        virResetLastError();
    // Not freed by libvirt (drivers without close callbacks would keep it forever): the
    // teardown frees it once the callback is unregistered.
    m_closeOpaque = newBridge(m_bridge);
    if (virConnectRegisterCloseCallback(conn, closeCallback, m_closeOpaque, nullptr) < 0) {
        virResetLastError();
        freeBridge(std::exchange(m_closeOpaque, nullptr));
    }
    const struct
    {
        int id;
        virConnectDomainEventGenericCallback callback;
    } events[] = {
        {VIR_DOMAIN_EVENT_ID_LIFECYCLE, VIR_DOMAIN_EVENT_CALLBACK(lifecycleCallback)},
        {VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE, VIR_DOMAIN_EVENT_CALLBACK(balloonCallback)},
        {VIR_DOMAIN_EVENT_ID_DEVICE_ADDED, VIR_DOMAIN_EVENT_CALLBACK(deviceCallback)},
        {VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED, VIR_DOMAIN_EVENT_CALLBACK(deviceCallback)},
    };
    for (const auto &event : events) {
        void *opaque = newBridge(m_bridge);
        const int id = virConnectDomainEventRegisterAny(conn, nullptr, event.id, event.callback,
                                                        opaque, freeBridge);
        if (id >= 0) {
            m_callbackIds.append(id);
            continue;
        }
        freeBridge(opaque); // libvirt frees an opaque only when a registration ends
        if (event.id == VIR_DOMAIN_EVENT_ID_LIFECYCLE) {
            const Error e = lastLibvirtError(Tr::tr("Subscribe to domain events on %1").arg(m_uri));
            m_link->post([e](HostSession *s) { Q_EMIT s->operationFailed(e); });
        } else {
            virResetLastError(); // a driver without these events: statistics still follow
        }
    }
    readHostInfo();
    // Connected and the list arrive in one queued call (see listDomains): a window that gets
    // the domains finds their host connected, so it can act on them at once.
    if (!listDomains(ListingAfter::Connect)) // the listing found the connection dead
        return;
    setStatsInterval(m_statsInterval);
}

void HostWorker::teardownConnection()
{
    if (m_statsTimer)
        m_statsTimer->stop();
    if (!m_conn)
        return;
    // libvirt frees each event registration's opaque as it deregisters it (or, if the callback is
    // running right now, once it returns).
    for (int id : std::as_const(m_callbackIds))
        virConnectDomainEventDeregisterAny(m_conn, id);
    m_callbackIds.clear();
    if (m_closeOpaque) {
        // Unregistering waits for a close callback in progress, so the opaque is free to go.
        virConnectUnregisterCloseCallback(m_conn, closeCallback);
        freeBridge(std::exchange(m_closeOpaque, nullptr));
    }
    virResetLastError();
    virConnectClose(m_conn);
    m_conn = nullptr;
    WorkerCounts::connectionClosed();
    m_dirty.clear();
    m_previous.clear();
    m_prevHostBusy = m_prevHostTotal = 0;
}

void HostWorker::close(bool userRequested)
{
    if (userRequested) {
        m_wantConnected = false;
        if (m_reconnectTimer)
            m_reconnectTimer->stop();
    }
    teardownConnection();
    if (userRequested)
        setState(HostState::Disconnected, {});
}

void HostWorker::scheduleReconnect(const QString &reason)
{
    if (!m_wantConnected) {
        setState(HostState::Disconnected, reason);
        return;
    }
    m_backoffMs = m_backoffMs == 0 ? m_backoffFirstMs : qMin(m_backoffMs * 2, m_backoffMaxMs);
    if (!m_reconnectTimer) {
        m_reconnectTimer = new QTimer(this);
        m_reconnectTimer->setSingleShot(true);
        connect(m_reconnectTimer, &QTimer::timeout, this, [this] {
            if (m_wantConnected)
                open();
        });
    }
    m_reconnectTimer->start(m_backoffMs);
    setState(HostState::Disconnected, reason, nowMs() + m_backoffMs);
}

void HostWorker::onConnectionClosed(int reason)
{
    if (!m_conn)
        return;
    QString why;
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_ERROR:
        why = Tr::tr("the connection failed (I/O error)");
        break;
    case VIR_CONNECT_CLOSE_REASON_EOF:
        why = Tr::tr("the host closed the connection");
        break;
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE:
        why = Tr::tr("the host stopped answering (keepalive timeout)");
        break;
    default:
        why = Tr::tr("the connection was closed");
        break;
    }
    teardownConnection();
    scheduleReconnect(why);
}

void HostWorker::setStatsInterval(int ms)
{
    m_statsInterval = ms;
    if (!m_statsTimer) {
        m_statsTimer = new QTimer(this);
        connect(m_statsTimer, &QTimer::timeout, this, &HostWorker::sampleStats);
    }
    if (ms <= 0 || !m_conn) {
        m_statsTimer->stop();
        return;
    }
    m_statsTimer->start(ms);
    sampleStats();
}

} // namespace Vireo
