#include "hostworker_p.h"

#include "core/session/libvirteventloop.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>
#include <QUrl>

#include <mutex>

namespace Vireo {

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

} // namespace Vireo
