// SPDX-License-Identifier: GPL-2.0-or-later
#include "hostworker_p.h"

#include "core/session/libvirteventloop.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaMethod>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <mutex>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Vireo {

namespace {
constexpr int WorkerNice = 5; ///< added to the process's nice value for each worker thread
} // namespace

static qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
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
        qRegisterMetaType<Vireo::AuthRequest>();
        qRegisterMetaType<Vireo::AuthReply>();
    });
}

HostSession::HostSession(const QString &uri, QObject *parent)
    : QObject(parent)
    , m_link(std::make_shared<SessionLink>())
    , m_uri(uri)
{
    registerMetaTypes();
    LibvirtEventLoop::start();
    // For programs that end without finishProcess() (tests): wait for the workers as the
    // application object goes, before the event loop's own post routine stops it.
    static std::once_flag waitAtExit;
    std::call_once(waitAtExit, [] {
        if (QCoreApplication::instance())
            qAddPostRoutine([] { waitForWorkers(3000); });
    });
    m_link->session = this;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("host:") + uri);
    m_worker = new HostWorker(m_link, uri);
    m_worker->moveToThread(m_thread);
    // The teardown, on the worker thread once its loop has quit (nothing queued to a quitting
    // loop would run): the worker deregisters its callbacks, closes the connection and goes; then
    // the GUI thread deletes the thread object, which by then has nothing left to wait for.
    connect(
        m_thread, &QThread::finished, m_worker,
        [worker = m_worker, thread = m_thread] {
            delete worker;
            thread->deleteLater();
        },
        Qt::DirectConnection);
    // A worker is busy in bursts (a host's open, a listing of thousands): fifty at once on a
    // few cores must not take the cores from the GUI thread, so workers run a little nicer
    // (Linux: a thread's own nice value; QThread's priorities do nothing under SCHED_OTHER).
    connect(
        m_thread, &QThread::started, m_thread,
        [] {
            const int base = getpriority(PRIO_PROCESS, 0);
            setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), base + WorkerNice);
        },
        Qt::DirectConnection);
    m_thread->start();
}

HostSession::~HostSession()
{
    Q_EMIT aboutToBeDestroyed();
    // A view that wanted addresses and goes after this point must not reach a half-gone session.
    for (auto it = m_addressWanters.cbegin(); it != m_addressWanters.cend(); ++it)
        disconnect(it.key(), &QObject::destroyed, this, nullptr);
    m_addressWanters.clear();
    {
        std::lock_guard lock(m_link->mutex);
        m_link->session = nullptr;
    }
    m_link->auth.abandon(); // a worker waiting for credentials must not wait for a dead session
    // Never waits: closing the connection of a dead host can take until its keepalive gives up.
    // A worker stuck in a libvirt call tears down when the call returns.
    m_thread->requestInterruption();
    m_thread->quit();
}

int HostSession::openConnectionCount()
{
    return WorkerCounts::connections();
}

int HostSession::callbackRegistrationCount()
{
    return WorkerCounts::registrations();
}

int HostSession::liveWorkerCount()
{
    return WorkerCounts::workers();
}

bool HostSession::waitForWorkers(int timeoutMs)
{
    // The exit is waited for once: the post routine after finishProcess() must not wait again.
    static std::atomic<bool> waited{false};
    const bool again = waited.exchange(true);
    const bool done = WorkerCounts::waitForNoWorkers(again ? 0 : timeoutMs);
    if (!done && !again)
        qWarning("Vireo: %d host worker(s) still busy in libvirt at exit; leaving them behind",
                 WorkerCounts::workers());
    // The finished workers' thread objects, queued for deletion on this thread.
    if (QCoreApplication::instance() && QThread::currentThread() == qApp->thread())
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return done;
}

void HostSession::setLabel(const QString &label)
{
    const QString trimmed = label.simplified();
    if (trimmed == m_label)
        return;
    m_label = trimmed;
    Q_EMIT labelChanged();
}

QString HostSession::displayName() const
{
    return m_label.isEmpty() ? defaultName() : m_label;
}

QString HostSession::defaultName() const
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
    else if (driver == QLatin1String("test")) {
        // Fifty fixture hosts must be told apart: the file names them ("Test driver: lab-07").
        const QString file = url.path().section(QLatin1Char('/'), -1);
        name = url.path() == QLatin1String("/default") || file.isEmpty()
                   ? tr("Test driver")
                   : tr("Test driver: %1")
                         .arg(file.endsWith(QLatin1String(".xml")) ? file.chopped(4) : file);
    } else if (driver == QLatin1String("lxc"))
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

QString HostSession::slowConnectionNote()
{
    return tr("libvirt is still examining the hypervisor; the first time can take a minute.");
}

int HostSession::reconnectInSeconds() const
{
    if (m_retryAtMs < 0)
        return -1;
    return int(qMax<qint64>(0, (m_retryAtMs - nowMs() + 999) / 1000));
}

void HostSession::onWorkerState(HostState state, const QString &reason, qint64 retryAtMs)
{
    setState(state, reason, retryAtMs);
}

void HostSession::setState(HostState state, const QString &reason, qint64 retryAtMs)
{
    const bool wasConnecting = m_state == HostState::Connecting;
    m_state = state;
    m_stateReason = reason;
    m_retryAtMs = retryAtMs;
    if (state != HostState::Connecting) {
        if (m_slowTimer)
            m_slowTimer->stop();
        m_slowToConnect = false;
    } else if (!wasConnecting) {
        if (!m_slowTimer) {
            m_slowTimer = new QTimer(this);
            m_slowTimer->setSingleShot(true);
            connect(m_slowTimer, &QTimer::timeout, this, [this] {
                if (m_state != HostState::Connecting)
                    return;
                if (m_link->auth.isWaiting()) {
                    // Waiting for the user's credentials is not libvirt examining the host.
                    m_slowTimer->start(SlowConnectMs);
                    return;
                }
                m_slowToConnect = true;
                Q_EMIT connectingSlowly();
            });
        }
        m_slowTimer->start(SlowConnectMs);
    }
    Q_EMIT stateChanged(state, reason);
}

void HostSession::onDomainsRefreshed(const QList<DomainInfo> &changed, const QStringList &removed)
{
    if (!changed.isEmpty()) {
        Q_EMIT domainsChanged(changed);
        for (const DomainInfo &d : changed)
            Q_EMIT domainChanged(d);
    }
    if (!removed.isEmpty()) {
        Q_EMIT domainsRemoved(removed);
        for (const QString &uuid : removed)
            Q_EMIT domainRemoved(uuid);
    }
}

void HostSession::deliverAuthRequest(AuthRequest request, const AuthReply &reply)
{
    if (!reply.isPending())
        return; // disconnected meanwhile
    // Without a receiver the reply is dropped on return, and the request ends unanswered.
    if (!isSignalConnected(QMetaMethod::fromSignal(&HostSession::authenticationRequested)))
        return;
    request.hostName = displayName();
    Q_EMIT authenticationRequested(request, reply);
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

void HostSession::setStatsSampling(const StatsSampling &sampling)
{
    if (sampling == m_statsSampling)
        return;
    m_statsSampling = sampling;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, sampling] { w->setStatsSampling(sampling); },
        Qt::QueuedConnection);
    Q_EMIT statsSamplingChanged();
}

void HostSession::setGuestAddressesWanted(const QObject *who, bool wanted, const QString &uuid)
{
    if (wanted) {
        if (!m_addressWanters.contains(who))
            connect(who, &QObject::destroyed, this,
                    [this, who] { setGuestAddressesWanted(who, false); });
        m_addressWanters.insert(who, uuid);
    } else if (m_addressWanters.remove(who)) {
        disconnect(who, &QObject::destroyed, this, nullptr);
    }
    bool all = false;
    QSet<QString> some;
    for (const QString &u : std::as_const(m_addressWanters)) {
        all = all || u.isEmpty();
        if (!u.isEmpty())
            some.insert(u);
    }
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, all, some] { w->setReadAddresses(all, some); },
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
    m_link->auth.reset();
    if (m_state == HostState::Disconnected)
        setState(HostState::Connecting, {}, -1);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->open(); }, Qt::QueuedConnection);
}

void HostSession::disconnectFromHost()
{
    // The worker may be waiting for credentials inside its connect: it could not run the queued
    // close until that returns.
    m_link->auth.abandon();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->close(true); }, Qt::QueuedConnection);
}

} // namespace Vireo
