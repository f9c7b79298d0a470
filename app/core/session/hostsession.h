// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/common/types.h"
#include "core/session/authrequest.h"
#include "core/session/libvirteventloop.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace Vireo {

class HostWorker;
class WorkerContext;

/// Which statistics the tick reads (Edit > Preferences > Polling, as virt-manager's "Poll"
/// options). A kind that is off is not asked of libvirt at all: its DomainStats fields stay -1
/// and the views that show it say it is off. vCPU counts and states are always read.
struct StatsSampling
{
    bool cpu = true;     ///< guest CPU time (VIR_DOMAIN_STATS_CPU_TOTAL), host CPU
    bool memory = true;  ///< the balloon (VIR_DOMAIN_STATS_BALLOON), host memory
    bool disk = true;    ///< VIR_DOMAIN_STATS_BLOCK
    bool network = true; ///< VIR_DOMAIN_STATS_INTERFACE
    bool operator==(const StatsSampling &) const = default;
};

/// One libvirt connection (one URI) and the worker thread that alone touches it.
///
/// Lives on the GUI thread. Destroying it returns at once; the worker closes the connection and
/// deregisters its callbacks on its own thread afterwards (see waitForWorkers() for the exit).
/// Every request is queued to the worker and returns at once; results come back as queued signals
/// of value types, or through a callback that runs on the GUI thread only while its context object
/// lives. Nothing here blocks on libvirt or a socket.
///
/// The domain actions (start, define, delete...) are in core/domain/domainactions.h; they report
/// through this session's actionFinished and operationFailed.
///
/// A host that needs credentials (SASL, a password, a host key of the libssh transports) asks
/// through authenticationRequested while the worker waits; nothing is ever asked on a terminal.
/// A connection that fails in authentication (refused, cancelled) is not retried by itself.
///
/// After a successful open it lists the domains (domainsListed), follows them by libvirt's domain
/// events (domainChanged/domainRemoved), and samples statistics every statsInterval() ms with one
/// virConnectGetAllDomainStats call. If the connection drops or cannot be opened, it reports why
/// and retries with backoff until disconnectFromHost() is called.
class HostSession : public QObject
{
    Q_OBJECT
public:
    explicit HostSession(const QString &uri, QObject *parent = nullptr);
    ~HostSession() override;

    QString uri() const { return m_uri; }
    /// A short name for the tree: the user's label when there is one, else defaultName().
    QString displayName() const;
    /// The name without the user's label: "QEMU/KVM", "Test driver: lab-07", "host (SSH)".
    QString defaultName() const;
    void setDisplayName(const QString &name) { m_displayName = name; }
    /// A name the user gives the host (Set Label…), kept with its connection; empty: none.
    QString label() const { return m_label; }
    /// Trims it; emits labelChanged when it changes.
    void setLabel(const QString &label);

    HostState state() const { return m_state; }
    /// Why the host is disconnected (or the last error while connecting); empty when connected.
    QString stateReason() const { return m_stateReason; }
    HostInfo hostInfo() const { return m_hostInfo; }
    /// Seconds until the next automatic reconnect attempt; -1 when none is scheduled.
    int reconnectInSeconds() const;
    /// Connecting for more than SlowConnectMs: libvirt is most likely still examining the
    /// hypervisor (a first QEMU capability probe can take a minute). Views say so.
    bool isSlowToConnect() const { return m_slowToConnect; }
    static constexpr int SlowConnectMs = 2000;
    /// What views say of a host that is slow to connect: libvirt is most likely examining the
    /// hypervisor, and the first time can take a minute.
    static QString slowConnectionNote();

    /// Statistics interval in milliseconds; 0 turns sampling off. Default 2000.
    int statsInterval() const { return m_statsInterval; }
    void setStatsInterval(int ms);
    StatsSampling statsSampling() const { return m_statsSampling; }
    /// Applies from the next tick; emits statsSamplingChanged when it changes.
    void setStatsSampling(const StatsSampling &sampling);
    /// Whether the statistics tick also reads running guests' IP addresses (DomainStats::
    /// addresses). Each view that shows them says so with its own `who`, for every guest (the
    /// manager's column) or for one (`uuid`: a details window); the reading stops when none wants
    /// it (or each who is destroyed), so a hidden column costs nothing.
    void setGuestAddressesWanted(const QObject *who, bool wanted, const QString &uuid = {});
    bool guestAddressesWanted() const { return !m_addressWanters.isEmpty(); }

    /// Reconnect backoff: the first delay, doubled after each failure up to the maximum.
    void setReconnectBackoff(int firstMs, int maxMs);

    void connectToHost();
    void disconnectFromHost();

    /// Diagnostics, process-wide: connections open, libvirt callback registrations not yet freed
    /// by libvirt, and workers not yet torn down. A removed session's worker tears down on its
    /// own thread, so these reach 0 shortly after the last session is destroyed. Any thread.
    static int openConnectionCount();
    static int callbackRegistrationCount();
    static int liveWorkerCount();
    /// Once, at application exit, after the sessions are destroyed: waits up to timeoutMs for
    /// their workers to close their connections (the only time the GUI thread waits for them).
    /// False if some worker is still stuck in a libvirt call; it is left behind. Only the first
    /// call waits.
    static bool waitForWorkers(int timeoutMs);

    /// Queues a job on the worker thread. For core's own feature files (they include
    /// private/hostworker_p.h for WorkerContext and runOnWorker()).
    void post(std::function<void(WorkerContext &)> job);

Q_SIGNALS:
    /// From the destructor, while the session can still be asked (QObject::destroyed comes when
    /// it no longer can): views that show it let go here.
    void aboutToBeDestroyed();
    void stateChanged(Vireo::HostState state, const QString &reason);
    /// Still connecting after SlowConnectMs (isSlowToConnect() turned true).
    void connectingSlowly();
    /// The user's label changed, and so did displayName().
    void labelChanged();
    void hostInfoChanged(const Vireo::HostInfo &info);
    /// The whole domain list, after each (re)connect. Receivers diff it by UUID.
    void domainsListed(const QList<Vireo::DomainInfo> &domains);
    /// A domain was defined, started, changed state... (added if the UUID is new).
    void domainChanged(const Vireo::DomainInfo &domain);
    void domainRemoved(const QString &uuid);
    /// The same changes as domainChanged and domainRemoved, a batch at a time (a burst of events
    /// arrives as one batch), emitted before them: for receivers that follow many domains.
    void domainsChanged(const QList<Vireo::DomainInfo> &domains);
    void domainsRemoved(const QStringList &uuids);
    void statsUpdated(const QList<Vireo::DomainStats> &stats);
    void statsSamplingChanged();
    void hostStatsUpdated(const Vireo::HostStats &stats);
    void actionFinished(const QString &uuid, Vireo::DomainAction action);
    /// Any request that failed, with a message that names the operation.
    void operationFailed(const Vireo::Error &error);
    /// The host asks for credentials while its connection opens; the worker waits until reply is
    /// answered or cancelled (or dropped: then it fails as unanswered). Emitted only while a
    /// receiver is connected; without one the connection fails at once with a clear reason.
    /// Disconnecting or destroying the session ends the request (the reply stops pending).
    void authenticationRequested(const Vireo::AuthRequest &request, const Vireo::AuthReply &reply);
    /// The connection failed in authentication and will not be retried by itself: the host
    /// refused the credentials (cancelled false), or the user cancelled. stateChanged carries
    /// the same reason.
    void authenticationFailed(const QString &reason, bool cancelled);

private:
    void onWorkerState(HostState state, const QString &reason, qint64 retryAtMs);
    void setState(HostState state, const QString &reason, qint64 retryAtMs);
    void onDomainsRefreshed(const QList<DomainInfo> &changed, const QStringList &removed);
    void deliverAuthRequest(AuthRequest request, const AuthReply &reply);
    std::shared_ptr<struct SessionLink> m_link;
    QString m_uri;
    QString m_displayName;
    QString m_label;
    HostState m_state = HostState::Disconnected;
    QString m_stateReason;
    qint64 m_retryAtMs = -1;
    bool m_slowToConnect = false;
    QTimer *m_slowTimer = nullptr;
    HostInfo m_hostInfo;
    int m_statsInterval = 2000;
    StatsSampling m_statsSampling;
    QHash<const QObject *, QString> m_addressWanters; ///< who -> one UUID, or empty: all
    QThread *m_thread = nullptr;
    HostWorker *m_worker = nullptr; // lives on m_thread
    friend class HostWorker;
    friend class ConnectAuth;
};

} // namespace Vireo
