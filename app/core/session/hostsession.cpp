#include "hostsession_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <csignal>
#include <thread>

namespace Vireo {

Q_LOGGING_CATEGORY(lcHost, "vireo.host", QtWarningMsg)

static QString tr(const char *text)
{
    return QCoreApplication::translate("Vireo::HostSession", text);
}

// ---------------------------------------------------------------------------------------------
// libvirt's event loop, on its own thread

namespace {
std::mutex g_loopMutex;
std::atomic<bool> g_loopRunning{false};
bool g_loopRegistered = false;
std::thread *g_loopThread = nullptr; // never destroyed while running: no std::terminate at exit

void silentErrorHandler(void *, virErrorPtr)
{
    // Errors are read with virGetLastError right after each failing call and shown to the user;
    // libvirt's default handler would also print them to stderr.
}

void wakeLoop(int, void *) {}

// libvirt's default event loop iterates GLib's default main context on its own thread. Qt's
// GLib event dispatcher owns that same context on the GUI thread, so the two would take turns
// and can deadlock at exit. Qt's own dispatcher avoids the contention; it must be chosen before
// QCoreApplication exists, hence a static initializer in the library that needs it.
const bool g_noGlib = [] {
    qputenv("QT_NO_GLIB", "1");
    return true;
}();
} // namespace

void LibvirtEventLoop::start()
{
    std::lock_guard lock(g_loopMutex);
    if (g_loopRunning)
        return;
    if (!g_loopRegistered) {
        // libvirt writes to its sockets without MSG_NOSIGNAL: when a daemon dies, the next write
        // raises SIGPIPE, which would kill the whole application (tests/integration's
        // tst_hostreconnect). Ignore it, as virsh does; write errors still come back as EPIPE.
        std::signal(SIGPIPE, SIG_IGN);
        virInitialize();
        virSetErrorFunc(nullptr, silentErrorHandler);
        virEventRegisterDefaultImpl();
        g_loopRegistered = true;
    }
    g_loopRunning = true;
    if (QCoreApplication::instance())
        qAddPostRoutine(LibvirtEventLoop::stop);
    g_loopThread = new std::thread([] {
        while (g_loopRunning.load()) {
            if (virEventRunDefaultImpl() < 0)
                break;
        }
    });
}

void LibvirtEventLoop::stop()
{
    std::lock_guard lock(g_loopMutex);
    if (!g_loopRunning)
        return;
    g_loopRunning = false;
    // Adding a timer interrupts the loop's poll(), so it sees the flag and returns.
    const int timer = virEventAddTimeout(0, wakeLoop, nullptr, nullptr);
    g_loopThread->join();
    delete g_loopThread;
    g_loopThread = nullptr;
    if (timer >= 0)
        virEventRemoveTimeout(timer);
}

bool LibvirtEventLoop::isRunning()
{
    return g_loopRunning.load();
}

// ---------------------------------------------------------------------------------------------
// Helpers

Error lastLibvirtError(const QString &operation)
{
    Error e;
    e.operation = operation;
    if (virErrorPtr err = virGetLastError()) {
        e.code = err->code;
        e.message = QString::fromUtf8(err->message ? err->message : "");
    }
    if (e.message.isEmpty())
        e.message = tr("unknown libvirt error");
    virResetLastError();
    return e;
}

QString domainUuid(virDomainPtr dom)
{
    char buf[VIR_UUID_STRING_BUFLEN] = {};
    if (virDomainGetUUIDString(dom, buf) < 0)
        return {};
    return QString::fromLatin1(buf);
}

static QString domainName(virDomainPtr dom)
{
    const char *name = virDomainGetName(dom);
    return name ? QString::fromUtf8(name) : QString();
}

Result<DomainInfo> readDomainInfo(virDomainPtr dom)
{
    DomainInfo info;
    info.uuid = domainUuid(dom);
    info.name = domainName(dom);
    const QString op = tr("Read domain '%1'").arg(info.name);
    virDomainInfo raw;
    if (virDomainGetInfo(dom, &raw) < 0)
        return lastLibvirtError(op);
    int state = 0, reason = 0;
    if (virDomainGetState(dom, &state, &reason, 0) == 0) {
        info.state = DomainState(state);
        info.stateReason = reason;
    } else {
        info.state = DomainState(raw.state);
        virResetLastError();
    }
    info.id = int(virDomainGetID(dom));
    info.memoryKiB = raw.memory;
    info.maxMemoryKiB = raw.maxMem;
    info.vcpus = raw.nrVirtCpu;
    const int maxVcpus = virDomainGetVcpusFlags(dom, VIR_DOMAIN_VCPU_MAXIMUM);
    info.maxVcpus = maxVcpus > 0 ? maxVcpus : info.vcpus;
    const int persistent = virDomainIsPersistent(dom);
    info.persistent = persistent != 0;
    int autostart = 0;
    if (virDomainGetAutostart(dom, &autostart) == 0)
        info.autostart = autostart;
    const int managed = virDomainHasManagedSaveImage(dom, 0);
    info.managedSave = managed > 0;
    virResetLastError();
    return info;
}

static qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

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
        return Error{operation, tr("the host is not connected"), 0};
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
// the UUID, which libvirt keeps in the object and answers without a round trip).

namespace {
void freeBridge(void *opaque)
{
    delete static_cast<std::shared_ptr<CallbackBridge> *>(opaque);
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

int lifecycleCallback(virConnectPtr, virDomainPtr dom, int event, int detail, void *opaque)
{
    const QString uuid = domainUuid(dom);
    forwardToWorker(
        opaque, [uuid, event, detail](HostWorker *w) { w->onLifecycleEvent(uuid, event, detail); });
    return 0;
}

void balloonCallback(virConnectPtr, virDomainPtr dom, unsigned long long, void *opaque)
{
    // The guest gave memory back or took it: the domain's current memory changed.
    const QString uuid = domainUuid(dom);
    forwardToWorker(opaque, [uuid](HostWorker *w) { w->refreshDomain(uuid); });
}

void closeCallback(virConnectPtr, int reason, void *opaque)
{
    forwardToWorker(opaque, [reason](HostWorker *w) { w->onConnectionClosed(reason); });
}
} // namespace

// ---------------------------------------------------------------------------------------------
// HostWorker

HostWorker::HostWorker(std::shared_ptr<SessionLink> link, const QString &uri)
    : m_link(std::move(link))
    , m_uri(uri)
    , m_bridge(std::make_shared<CallbackBridge>())
{
    m_bridge->worker = this;
}

HostWorker::~HostWorker()
{
    {
        std::lock_guard lock(m_bridge->mutex);
        m_bridge->worker = nullptr;
    }
    teardownConnection();
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
    QElapsedTimer opening;
    opening.start();
    virConnectPtr conn = virConnectOpenAuth(uri.constData(), virConnectAuthPtrDefault, 0);
    m_openMs = opening.elapsed();
    if (!conn) {
        const Error e = lastLibvirtError(tr("Connect to %1").arg(m_uri));
        scheduleReconnect(e.message);
        return;
    }
    m_conn = conn;
    m_backoffMs = 0;
    // Keepalive only applies to remote connections; local drivers answer "unsupported".
    if (virConnectSetKeepAlive(conn, 5, 3) < 0)
        virResetLastError();
    if (virConnectRegisterCloseCallback(
            conn, closeCallback, new std::shared_ptr<CallbackBridge>(m_bridge), freeBridge) < 0)
        virResetLastError();
    const struct
    {
        int id;
        virConnectDomainEventGenericCallback callback;
    } events[] = {
        {VIR_DOMAIN_EVENT_ID_LIFECYCLE, VIR_DOMAIN_EVENT_CALLBACK(lifecycleCallback)},
        {VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE, VIR_DOMAIN_EVENT_CALLBACK(balloonCallback)},
    };
    for (const auto &event : events) {
        const int id = virConnectDomainEventRegisterAny(
            conn, nullptr, event.id, event.callback, new std::shared_ptr<CallbackBridge>(m_bridge),
            freeBridge);
        if (id >= 0) {
            m_callbackIds.append(id);
        } else if (event.id == VIR_DOMAIN_EVENT_ID_LIFECYCLE) {
            const Error e = lastLibvirtError(tr("Subscribe to domain events on %1").arg(m_uri));
            m_link->post([e](HostSession *s) { Q_EMIT s->operationFailed(e); });
        } else {
            virResetLastError(); // a driver without balloon events: statistics still follow
        }
    }
    readHostInfo();
    listDomains();
    if (!m_conn) // listing found the connection dead
        return;
    setState(HostState::Connected, {});
    setStatsInterval(m_statsInterval);
}

void HostWorker::teardownConnection()
{
    if (m_statsTimer)
        m_statsTimer->stop();
    if (!m_conn)
        return;
    for (int id : std::as_const(m_callbackIds))
        virConnectDomainEventDeregisterAny(m_conn, id);
    m_callbackIds.clear();
    virConnectUnregisterCloseCallback(m_conn, closeCallback);
    virResetLastError();
    virConnectClose(m_conn);
    m_conn = nullptr;
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
        why = tr("the connection failed (I/O error)");
        break;
    case VIR_CONNECT_CLOSE_REASON_EOF:
        why = tr("the host closed the connection");
        break;
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE:
        why = tr("the host stopped answering (keepalive timeout)");
        break;
    default:
        why = tr("the connection was closed");
        break;
    }
    teardownConnection();
    scheduleReconnect(why);
}

void HostWorker::readHostInfo()
{
    HostInfo info;
    info.uri = m_uri;
    info.openMs = m_openMs;
    if (char *host = virConnectGetHostname(m_conn)) {
        info.hostname = QString::fromUtf8(host);
        free(host);
    }
    if (const char *type = virConnectGetType(m_conn))
        info.driver = QString::fromUtf8(type);
    auto version = [](unsigned long v) {
        return QStringLiteral("%1.%2.%3").arg(v / 1000000).arg((v / 1000) % 1000).arg(v % 1000);
    };
    unsigned long v = 0;
    if (virConnectGetVersion(m_conn, &v) == 0)
        info.hypervisorVersion = version(v);
    if (virConnectGetLibVersion(m_conn, &v) == 0)
        info.libvirtVersion = version(v);
    virNodeInfo node;
    if (virNodeGetInfo(m_conn, &node) == 0) {
        info.cpuModel = QString::fromLatin1(node.model);
        info.cpus = int(node.cpus);
        info.mhz = int(node.mhz);
        info.sockets = int(node.sockets * node.nodes);
        info.cores = int(node.cores);
        info.threads = int(node.threads);
        info.memoryKiB = node.memory;
        m_hostCpus = qMax(1, info.cpus);
    }
    const unsigned long long freeBytes = virNodeGetFreeMemory(m_conn);
    info.freeMemoryKiB = freeBytes / 1024;
    if (char *caps = virConnectGetCapabilities(m_conn)) {
        // The host CPU's model name, as libvirt reports it (e.g. "Skylake-Client-IBRS").
        const QString xml = QString::fromUtf8(caps);
        free(caps);
        // Only the host's own <cpu> element: other elements (secmodel) have <model>s too.
        const auto hostStart = xml.indexOf(QLatin1String("<host>"));
        const auto cpuStart = xml.indexOf(QLatin1String("<cpu>"), hostStart);
        const auto cpuEnd = xml.indexOf(QLatin1String("</cpu>"), cpuStart);
        auto element = [&xml, hostStart, cpuStart, cpuEnd](const QString &name) {
            const QString open = QLatin1Char('<') + name + QLatin1Char('>');
            const auto start = xml.indexOf(open, cpuStart);
            if (hostStart < 0 || cpuStart < 0 || start < 0 || start > cpuEnd)
                return QString();
            const auto end = xml.indexOf(QStringLiteral("</") + name + QLatin1Char('>'), start);
            return xml.mid(start + open.size(), end - start - open.size()).trimmed();
        };
        info.cpuArch = element(QStringLiteral("arch"));
        if (const QString model = element(QStringLiteral("model")); !model.isEmpty())
            info.cpuModel = model;
    }
    const QUrl url(m_uri);
    info.remote = !url.host().isEmpty() || url.scheme().contains(QLatin1Char('+'));
    virResetLastError();
    m_link->post([info](HostSession *s) {
        s->m_hostInfo = info;
        Q_EMIT s->hostInfoChanged(info);
    });
}

static QSet<QString> uuidsWhere(virConnectPtr conn, unsigned int flags, bool *ok)
{
    QSet<QString> out;
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(conn, &doms, flags);
    *ok = n >= 0;
    for (int i = 0; i < n; ++i) {
        out.insert(domainUuid(doms[i]));
        virDomainFree(doms[i]);
    }
    free(doms);
    return out;
}

void HostWorker::listDomains()
{
    // One round trip for all domains with state, memory and vCPUs, plus three small ones for the
    // flags, instead of several calls per domain: this is what keeps 10,000 domains fast.
    QElapsedTimer timer;
    timer.start();
    virDomainStatsRecordPtr *records = nullptr;
    const unsigned int what =
        VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_BALLOON | VIR_DOMAIN_STATS_VCPU;
    const int n = virConnectGetAllDomainStats(m_conn, what, &records, 0);
    if (n < 0) {
        const Error e = lastLibvirtError(tr("List the domains of %1").arg(m_uri));
        if (virConnectIsAlive(m_conn) != 1) {
            teardownConnection();
            scheduleReconnect(e.message);
            return;
        }
        m_link->post([e](HostSession *s) { Q_EMIT s->operationFailed(e); });
        return;
    }
    bool ok1 = false, ok2 = false, ok3 = false;
    const QSet<QString> transient = uuidsWhere(m_conn, VIR_CONNECT_LIST_DOMAINS_TRANSIENT, &ok1);
    const QSet<QString> autostart = uuidsWhere(m_conn, VIR_CONNECT_LIST_DOMAINS_AUTOSTART, &ok2);
    const QSet<QString> managed = uuidsWhere(m_conn, VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE, &ok3);
    virResetLastError();

    QList<DomainInfo> list;
    list.reserve(n);
    for (int i = 0; i < n; ++i) {
        virDomainStatsRecordPtr rec = records[i];
        DomainInfo info;
        info.uuid = domainUuid(rec->dom);
        info.name = domainName(rec->dom);
        info.id = int(virDomainGetID(rec->dom));
        bool haveMemory = false, haveVcpus = false, haveMax = false;
        for (int j = 0; j < rec->nparams; ++j) {
            const virTypedParameter &p = rec->params[j];
            const char *f = p.field;
            if (!strcmp(f, "state.state"))
                info.state = DomainState(p.value.i);
            else if (!strcmp(f, "state.reason"))
                info.stateReason = p.value.i;
            else if (!strcmp(f, "balloon.current")) {
                info.memoryKiB = p.value.ul;
                haveMemory = true;
            } else if (!strcmp(f, "balloon.maximum")) {
                info.maxMemoryKiB = p.value.ul;
                haveMax = true;
            } else if (!strcmp(f, "vcpu.current")) {
                info.vcpus = int(p.value.ui);
                haveVcpus = true;
            } else if (!strcmp(f, "vcpu.maximum"))
                info.maxVcpus = int(p.value.ui);
        }
        if (!haveMemory || !haveMax || !haveVcpus) {
            // Drivers without these statistics (the test driver): ask the domain itself.
            virDomainInfo raw;
            if (virDomainGetInfo(rec->dom, &raw) == 0) {
                info.memoryKiB = raw.memory;
                info.maxMemoryKiB = raw.maxMem;
                info.vcpus = raw.nrVirtCpu;
            }
            if (info.maxVcpus <= 0) {
                const int maxVcpus = virDomainGetVcpusFlags(rec->dom, VIR_DOMAIN_VCPU_MAXIMUM);
                info.maxVcpus = maxVcpus > 0 ? maxVcpus : info.vcpus;
            }
            virResetLastError();
        }
        if (info.maxVcpus <= 0)
            info.maxVcpus = info.vcpus;
        info.persistent = ok1 ? !transient.contains(info.uuid) : true;
        info.autostart = autostart.contains(info.uuid);
        info.managedSave = managed.contains(info.uuid);
        list.append(std::move(info));
    }
    virDomainStatsRecordListFree(records);
    qCDebug(lcHost, "%s: listed %d domains in %lld ms", qPrintable(m_uri), n, timer.elapsed());
    m_known.clear();
    for (const DomainInfo &d : std::as_const(list))
        m_known.insert(d.uuid);
    m_link->post([list = std::move(list)](HostSession *s) { Q_EMIT s->domainsListed(list); });
}

void HostWorker::refreshDomain(const QString &uuid)
{
    if (!m_conn)
        return;
    const QByteArray key = uuid.toLatin1();
    DomainRef dom(virDomainLookupByUUIDString(m_conn, key.constData()));
    if (!dom) {
        virErrorPtr err = virGetLastError();
        const bool gone = err && err->code == VIR_ERR_NO_DOMAIN;
        virResetLastError();
        if (gone)
            reportRemoved(uuid);
        return;
    }
    Result<DomainInfo> info = readDomainInfo(dom.get());
    if (!info) {
        // A transient domain can vanish between lookup and read.
        if (info.error().code == VIR_ERR_NO_DOMAIN)
            reportRemoved(uuid);
        return;
    }
    m_known.insert(uuid);
    m_link->post([d = info.value()](HostSession *s) { Q_EMIT s->domainChanged(d); });
}

void HostWorker::reportRemoved(const QString &uuid)
{
    // Several events (stopped, undefined) and the action's own refresh can each find a domain
    // gone: say so once.
    if (!m_known.remove(uuid))
        return;
    m_link->post([uuid](HostSession *s) { Q_EMIT s->domainRemoved(uuid); });
}

void HostWorker::onLifecycleEvent(const QString &uuid, int event, int detail)
{
    Q_UNUSED(event)
    Q_UNUSED(detail)
    refreshDomain(uuid);
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

void HostWorker::sampleStats()
{
    if (!m_conn)
        return;
    const unsigned int what = VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_CPU_TOTAL |
                              VIR_DOMAIN_STATS_BALLOON | VIR_DOMAIN_STATS_VCPU |
                              VIR_DOMAIN_STATS_INTERFACE | VIR_DOMAIN_STATS_BLOCK;
    virDomainStatsRecordPtr *records = nullptr;
    int n = virConnectGetAllDomainStats(m_conn, what, &records,
                                        VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE |
                                            VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT);
    if (n < 0) {
        virErrorPtr err = virGetLastError();
        if (err && err->code == VIR_ERR_INVALID_ARG) {
            // Drivers that do not know NOWAIT.
            virResetLastError();
            n = virConnectGetAllDomainStats(m_conn, what, &records,
                                            VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE);
        }
    }
    if (n < 0) {
        const Error e = lastLibvirtError(tr("Read statistics of %1").arg(m_uri));
        if (virConnectIsAlive(m_conn) != 1) {
            teardownConnection();
            scheduleReconnect(e.message);
        }
        return;
    }
    const qint64 now = nowMs();
    QList<DomainStats> out;
    out.reserve(n);
    QHash<QString, Previous> next;
    next.reserve(n);
    for (int i = 0; i < n; ++i) {
        virDomainStatsRecordPtr rec = records[i];
        DomainStats s;
        s.uuid = domainUuid(rec->dom);
        s.timestampMs = now;
        qint64 rd = -1, wr = -1, rx = -1, tx = -1;
        auto add = [](qint64 &sum, unsigned long long v) { sum = (sum < 0 ? 0 : sum) + qint64(v); };
        for (int j = 0; j < rec->nparams; ++j) {
            const virTypedParameter &p = rec->params[j];
            const char *f = p.field;
            if (!strcmp(f, "state.state"))
                s.state = DomainState(p.value.i);
            else if (!strcmp(f, "cpu.time"))
                s.cpuTimeNs = qint64(p.value.ul);
            else if (!strcmp(f, "vcpu.current"))
                s.vcpuCurrent = int(p.value.ui);
            else if (!strcmp(f, "vcpu.maximum"))
                s.vcpuMaximum = int(p.value.ui);
            else if (!strcmp(f, "balloon.current"))
                s.balloonCurrentKiB = qint64(p.value.ul);
            else if (!strcmp(f, "balloon.maximum"))
                s.balloonMaximumKiB = qint64(p.value.ul);
            else if (!strcmp(f, "balloon.rss"))
                s.balloonRssKiB = qint64(p.value.ul);
            else if (!strcmp(f, "balloon.usable"))
                s.balloonUsableKiB = qint64(p.value.ul);
            else if (!strcmp(f, "balloon.available"))
                s.balloonAvailableKiB = qint64(p.value.ul);
            else if (!strncmp(f, "block.", 6)) {
                const char *tail = strrchr(f, '.');
                if (tail && !strcmp(tail, ".bytes")) {
                    if (strstr(f, ".rd.bytes"))
                        add(rd, p.value.ul);
                    else if (strstr(f, ".wr.bytes"))
                        add(wr, p.value.ul);
                }
            } else if (!strncmp(f, "net.", 4)) {
                if (strstr(f, ".rx.bytes"))
                    add(rx, p.value.ul);
                else if (strstr(f, ".tx.bytes"))
                    add(tx, p.value.ul);
            }
        }
        s.blockReadBytes = rd;
        s.blockWriteBytes = wr;
        s.netRxBytes = rx;
        s.netTxBytes = tx;
        const auto prev = m_previous.constFind(s.uuid);
        if (prev != m_previous.constEnd() && now > prev->timestampMs) {
            const double dt = (now - prev->timestampMs) / 1000.0;
            const int vcpus = s.vcpuCurrent > 0 ? s.vcpuCurrent : 1;
            if (s.cpuTimeNs >= 0 && prev->cpuTimeNs >= 0)
                s.cpuPercent = qBound(
                    0.0, (s.cpuTimeNs - prev->cpuTimeNs) / (dt * 1e9 * vcpus) * 100.0, 100.0);
            auto rate = [dt](qint64 cur, qint64 before) {
                return cur >= 0 && before >= 0 && cur >= before ? (cur - before) / dt : -1.0;
            };
            s.blockReadRate = rate(rd, prev->rd);
            s.blockWriteRate = rate(wr, prev->wr);
            s.netRxRate = rate(rx, prev->rx);
            s.netTxRate = rate(tx, prev->tx);
        }
        next.insert(s.uuid, Previous{now, s.cpuTimeNs, rd, wr, rx, tx});
        out.append(std::move(s));
    }
    virDomainStatsRecordListFree(records);
    m_previous = std::move(next);
    m_link->post([out = std::move(out)](HostSession *s) { Q_EMIT s->statsUpdated(out); });

    // Host CPU and memory, for the host summary's charts (two more small calls).
    int nparams = 0;
    HostStats hs;
    hs.timestampMs = now;
    if (virNodeGetCPUStats(m_conn, VIR_NODE_CPU_STATS_ALL_CPUS, nullptr, &nparams, 0) == 0 &&
        nparams > 0) {
        QVarLengthArray<virNodeCPUStats, 8> params(nparams);
        if (virNodeGetCPUStats(m_conn, VIR_NODE_CPU_STATS_ALL_CPUS, params.data(), &nparams, 0) ==
            0) {
            quint64 busy = 0, total = 0;
            for (int i = 0; i < nparams; ++i) {
                const QByteArray field(params[i].field);
                total += params[i].value;
                if (field != VIR_NODE_CPU_STATS_IDLE && field != VIR_NODE_CPU_STATS_IOWAIT)
                    busy += params[i].value;
            }
            if (m_prevHostTotal && total > m_prevHostTotal)
                hs.cpuPercent = qBound(
                    0.0, 100.0 * double(busy - m_prevHostBusy) / double(total - m_prevHostTotal),
                    100.0);
            m_prevHostBusy = busy;
            m_prevHostTotal = total;
        }
    }
    nparams = 0;
    if (virNodeGetMemoryStats(m_conn, VIR_NODE_MEMORY_STATS_ALL_CELLS, nullptr, &nparams, 0) == 0 &&
        nparams > 0) {
        QVarLengthArray<virNodeMemoryStats, 8> params(nparams);
        if (virNodeGetMemoryStats(m_conn, VIR_NODE_MEMORY_STATS_ALL_CELLS, params.data(), &nparams,
                                  0) == 0) {
            quint64 freeKiB = 0, buffers = 0, cached = 0;
            for (int i = 0; i < nparams; ++i) {
                const QByteArray field(params[i].field);
                if (field == VIR_NODE_MEMORY_STATS_TOTAL)
                    hs.memoryTotalKiB = params[i].value;
                else if (field == VIR_NODE_MEMORY_STATS_FREE)
                    freeKiB = params[i].value;
                else if (field == VIR_NODE_MEMORY_STATS_BUFFERS)
                    buffers = params[i].value;
                else if (field == VIR_NODE_MEMORY_STATS_CACHED)
                    cached = params[i].value;
            }
            hs.memoryFreeKiB = freeKiB + buffers + cached;
        }
    }
    virResetLastError();
    if (hs.cpuPercent >= 0 || hs.memoryTotalKiB > 0)
        m_link->post([hs](HostSession *s) { Q_EMIT s->hostStatsUpdated(hs); });
}

// ---------------------------------------------------------------------------------------------
// HostSession

static void registerMetaTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        qRegisterMetaType<Vireo::DomainInfo>();
        qRegisterMetaType<Vireo::DomainStats>();
        qRegisterMetaType<Vireo::HostInfo>();
        qRegisterMetaType<Vireo::HostStats>();
        qRegisterMetaType<Vireo::Error>();
        qRegisterMetaType<QList<Vireo::DomainInfo>>();
        qRegisterMetaType<QList<Vireo::DomainStats>>();
    });
}

HostSession::HostSession(const QString &uri, QObject *parent)
    : QObject(parent)
    , m_link(std::make_shared<SessionLink>())
    , m_uri(uri)
{
    registerMetaTypes();
    LibvirtEventLoop::start();
    m_link->session = this;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("host:") + uri);
    m_worker = new HostWorker(m_link, uri);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

HostSession::~HostSession()
{
    {
        std::lock_guard lock(m_link->mutex);
        m_link->session = nullptr;
    }
    HostWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->close(true);
            delete worker;
        },
        Qt::QueuedConnection);
    m_thread->quit();
    // Closing a connection to a dead host can take until its keepalive gives up; do not hold the
    // application's exit hostage to it.
    if (m_thread->wait(3000))
        delete m_thread;
    else
        qWarning("Vireo: the worker of %s is still busy; leaving it behind", qPrintable(m_uri));
}

QString HostSession::displayName() const
{
    if (!m_displayName.isEmpty())
        return m_displayName;
    const QUrl url(m_uri);
    const QString scheme = url.scheme();
    const QString driver = scheme.section(QLatin1Char('+'), 0, 0);
    const QString transport = scheme.section(QLatin1Char('+'), 1);
    QString name;
    if (driver == QLatin1String("qemu"))
        name =
            url.path() == QLatin1String("/session") ? tr("QEMU/KVM user session") : tr("QEMU/KVM");
    else if (driver == QLatin1String("test"))
        name = tr("Test driver");
    else if (driver == QLatin1String("lxc"))
        name = tr("LXC");
    else if (driver == QLatin1String("xen"))
        name = tr("Xen");
    else
        name = m_uri;
    if (!url.host().isEmpty())
        name = tr("%1 on %2").arg(name, url.host());
    if (!transport.isEmpty())
        name += QStringLiteral(" (%1)").arg(transport.toUpper());
    return name;
}

int HostSession::reconnectInSeconds() const
{
    if (m_retryAtMs < 0)
        return -1;
    return int(qMax<qint64>(0, (m_retryAtMs - nowMs() + 999) / 1000));
}

void HostSession::onWorkerState(HostState state, const QString &reason, qint64 retryAtMs)
{
    m_state = state;
    m_stateReason = reason;
    m_retryAtMs = retryAtMs;
    Q_EMIT stateChanged(state, reason);
}

void HostSession::post(std::function<void(WorkerContext &)> job)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, job = std::move(job)] { w->runJob(job); }, Qt::QueuedConnection);
}

void HostSession::setStatsInterval(int ms)
{
    m_statsInterval = qMax(0, ms);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, ms = m_statsInterval] { w->setStatsInterval(ms); },
        Qt::QueuedConnection);
}

void HostSession::setReconnectBackoff(int firstMs, int maxMs)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, firstMs, maxMs] { w->setBackoff(firstMs, maxMs); },
        Qt::QueuedConnection);
}

void HostSession::connectToHost()
{
    if (m_state == HostState::Disconnected) {
        m_state = HostState::Connecting;
        m_stateReason.clear();
        m_retryAtMs = -1;
        Q_EMIT stateChanged(m_state, {});
    }
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->open(); }, Qt::QueuedConnection);
}

void HostSession::disconnectFromHost()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->close(true); }, Qt::QueuedConnection);
}

void HostSession::performAction(const QStringList &uuids, DomainAction action)
{
    post([uuids, action](WorkerContext &w) {
        for (const QString &uuid : uuids) {
            const QString what = domainActionName(action);
            auto dom = w.lookup(uuid, tr("%1 domain %2").arg(what, uuid));
            if (!dom) {
                w.worker->link()->post(
                    [e = dom.error()](HostSession *s) { Q_EMIT s->operationFailed(e); });
                continue;
            }
            virDomainPtr d = dom.value()->get();
            // Named before the call: any libvirt call after a failure would reset the error.
            const QString op =
                tr("%1 domain '%2'").arg(what, QString::fromUtf8(virDomainGetName(d)));
            int rc = -1;
            switch (action) {
            case DomainAction::Start:
                rc = virDomainCreate(d);
                break;
            case DomainAction::Shutdown:
                rc = virDomainShutdown(d);
                break;
            case DomainAction::Reboot:
                rc = virDomainReboot(d, 0);
                break;
            case DomainAction::ForceOff:
                rc = virDomainDestroy(d);
                break;
            case DomainAction::Reset:
                rc = virDomainReset(d, 0);
                break;
            case DomainAction::Pause:
                rc = virDomainSuspend(d);
                break;
            case DomainAction::Resume:
                rc = virDomainResume(d);
                break;
            case DomainAction::Save:
                rc = virDomainManagedSave(d, 0);
                break;
            }
            if (rc < 0) {
                const Error e = lastLibvirtError(op);
                w.worker->link()->post([e](HostSession *s) { Q_EMIT s->operationFailed(e); });
            } else {
                w.worker->link()->post(
                    [uuid, action](HostSession *s) { Q_EMIT s->actionFinished(uuid, action); });
            }
            w.worker->refreshDomain(uuid);
        }
    });
}

void HostSession::defineXml(const QString &xml, QObject *context,
                            std::function<void(Result<QString>)> done)
{
    runOnWorker<Result<QString>>(
        this, context,
        [xml](WorkerContext &w) -> Result<QString> {
            const QString op = tr("Define domain from XML");
            if (Status s = w.requireConnection(op); !s)
                return s.error();
            const QByteArray bytes = xml.toUtf8();
            virDomainPtr dom =
                virDomainDefineXMLFlags(w.conn, bytes.constData(), VIR_DOMAIN_DEFINE_VALIDATE);
            if (!dom) {
                virErrorPtr err = virGetLastError();
                if (err && err->code == VIR_ERR_INVALID_ARG) {
                    virResetLastError(); // a driver without schema validation
                    dom = virDomainDefineXML(w.conn, bytes.constData());
                }
            }
            if (!dom)
                return lastLibvirtError(op);
            DomainRef ref(dom);
            const QString uuid = domainUuid(dom);
            w.worker->refreshDomain(uuid);
            return uuid;
        },
        std::move(done));
}

void HostSession::fetchDomainXml(const QString &uuid, bool inactive, QObject *context,
                                 std::function<void(Result<QString>)> done)
{
    runOnWorker<Result<QString>>(
        this, context,
        [uuid, inactive](WorkerContext &w) -> Result<QString> {
            const QString op = tr("Read the XML of domain %1").arg(uuid);
            auto dom = w.lookup(uuid, op);
            if (!dom)
                return dom.error();
            char *xml =
                virDomainGetXMLDesc(dom.value()->get(), inactive ? VIR_DOMAIN_XML_INACTIVE : 0);
            if (!xml)
                return lastLibvirtError(op);
            const QString out = QString::fromUtf8(xml);
            free(xml);
            return out;
        },
        std::move(done));
}

void HostSession::deleteDomain(const QString &uuid, const QString &backupDir, QObject *context,
                               std::function<void(Result<QString>)> done)
{
    runOnWorker<Result<QString>>(
        this, context,
        [uuid, backupDir](WorkerContext &w) -> Result<QString> {
            auto ref = w.lookup(uuid, tr("Delete domain %1").arg(uuid));
            if (!ref)
                return ref.error();
            virDomainPtr dom = ref.value()->get();
            const QString name = QString::fromUtf8(virDomainGetName(dom));
            const QString op = tr("Delete domain '%1'").arg(name);
            // The backup never holds secrets: no VIR_DOMAIN_XML_SECURE.
            char *xml = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
            if (!xml)
                return lastLibvirtError(op);
            const QByteArray bytes(xml);
            free(xml);
            if (!QDir().mkpath(backupDir))
                return Error{op, tr("cannot create the backup folder %1").arg(backupDir), 0};
            const QString stamp =
                QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            const QString path = QDir(backupDir).filePath(
                QStringLiteral("%1-%2-%3.xml").arg(name, uuid.left(8), stamp));
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
                !file.commit())
                return Error{op, tr("cannot write the backup %1: %2").arg(path, file.errorString()),
                             0};
            int active = virDomainIsActive(dom);
            if (active == 1 && virDomainDestroy(dom) < 0)
                return lastLibvirtError(op);
            if (virDomainIsPersistent(dom) == 1) {
                unsigned int flags =
                    VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA;
                if (bytes.contains("<nvram"))
                    flags |= VIR_DOMAIN_UNDEFINE_KEEP_NVRAM;
                if (virDomainUndefineFlags(dom, flags) < 0)
                    return lastLibvirtError(op);
            }
            virResetLastError();
            w.worker->refreshDomain(uuid);
            return path;
        },
        std::move(done));
}

} // namespace Vireo
