// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Vireo {

/// Mirrors virDomainState, so values can be compared with libvirt's without exposing it.
enum class DomainState {
    NoState = 0,
    Running = 1,
    Blocked = 2,
    Paused = 3,
    Shutdown = 4, ///< shutting down
    Shutoff = 5,
    Crashed = 6,
    PMSuspended = 7,
};

QString domainStateName(DomainState state);
/// libvirt's reason for a state (virDomainRunningReason, virDomainPausedReason,
/// virDomainShutoffReason...) in words for the state's parentheses: "crashed", "I/O error",
/// "migrated". Empty where the bare state says it all: an unknown reason, and the ordinary ones
/// (booted, resumed, paused by the user, shut down by the guest).
QString domainStateReasonName(DomainState state, int reason);
/// The state with its reason, as every view shows it: "Shut off (crashed)", "Paused (I/O error)",
/// "Running (migrated)", "Running".
QString domainStateText(DomainState state, int reason);
bool isActive(DomainState state);

enum class HostState {
    Disconnected,
    Connecting,
    Connected,
};

/// What the manager can do to a domain. Each maps to one libvirt call on the host's worker.
enum class DomainAction {
    Start,
    Shutdown,
    Reboot,
    ForceOff, ///< virDomainDestroy
    Reset,    ///< virDomainReset
    Pause,
    Resume,
    Save, ///< managed save
};

QString domainActionName(DomainAction action);
/// Whether the action makes sense for a domain in that state (used to enable actions).
bool actionApplies(DomainAction action, DomainState state, bool persistent);

/// A domain as the manager lists it. Value type, copied from the host's worker.
struct DomainInfo
{
    QString uuid;
    QString name;
    QString title;
    DomainState state = DomainState::NoState;
    int stateReason = 0; ///< libvirt's reason for the state (virDomain*Reason of that state)
    int id = -1;
    bool persistent = true;
    bool autostart = false;
    bool managedSave = false;
    quint64 memoryKiB = 0;    ///< current (balloon) memory
    quint64 maxMemoryKiB = 0; ///< maximum memory
    int vcpus = 0;            ///< current vCPUs
    int maxVcpus = 0;         ///< maximum vCPUs (what live hot-add can reach)

    /// domainStateText(state, stateReason): "Shut off (crashed)".
    QString stateText() const { return domainStateText(state, stateReason); }
    /// Its guest crashed: libvirt's crashed state, or shut off or paused because of a crash.
    bool hasCrashed() const;
};

/// One statistics sample of one domain, from virConnectGetAllDomainStats.
/// Fields that the driver does not report stay at -1.
struct DomainStats
{
    QString uuid;
    DomainState state = DomainState::NoState;
    qint64 timestampMs = 0; ///< when the sample was taken (ms since epoch)
    qint64 cpuTimeNs = -1;  ///< cumulative guest CPU time
    double cpuPercent = -1; ///< of the domain's vCPUs, 0..100; -1 until two samples exist
    int vcpuCurrent = -1;
    int vcpuMaximum = -1;
    qint64 balloonCurrentKiB = -1; ///< what the guest has now (the balloon's actual)
    qint64 balloonMaximumKiB = -1;
    qint64 balloonRssKiB = -1;
    qint64 balloonUsableKiB = -1;
    qint64 balloonAvailableKiB = -1;
    qint64 blockReadBytes = -1;
    qint64 blockWriteBytes = -1;
    qint64 netRxBytes = -1;
    qint64 netTxBytes = -1;
    double blockReadRate = -1; ///< bytes/s since the previous sample
    double blockWriteRate = -1;
    double netRxRate = -1;
    double netTxRate = -1;
    /// The guest's IP addresses (IPv4 first), read in the same tick only while some view wants
    /// them (HostSession::setGuestAddressesWanted) and only for a running guest with a NIC.
    QStringList addresses;
    bool addressesRead = false; ///< addresses was read this tick (empty then means none)
};

/// What the host summary shows.
struct HostInfo
{
    QString uri;
    QString hostname;
    QString driver; ///< e.g. "QEMU", "TEST"
    QString hypervisorVersion;
    QString libvirtVersion; ///< of the daemon (or library for local drivers)
    QString cpuModel;
    QString cpuArch;
    int cpus = 0;
    int sockets = 0, cores = 0, threads = 0;
    int mhz = 0;
    /// What bounds the memory guests can get, and what is free of it (chooseHostMemory; the
    /// worker fills them from readHostMemory, the same figure as HostCapabilities).
    quint64 memoryKiB = 0;
    quint64 freeMemoryKiB = 0;
    quint64 numaMemoryKiB = 0; ///< the NUMA cells' figure (virNodeGetInfo), for a tooltip
    QString memoryNote;        ///< which figure is which, when they differ; empty when they agree
    bool remote = false;
    qint64 openMs = -1; ///< how long virConnectOpen took for this connection
};

/// Host-level statistics (CPU and memory use), for the host summary's charts.
struct HostStats
{
    qint64 timestampMs = 0;
    double cpuPercent = -1;
    quint64 memoryTotalKiB = 0;
    quint64 memoryFreeKiB = 0;
};

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::DomainInfo)
Q_DECLARE_METATYPE(Vireo::DomainStats)
Q_DECLARE_METATYPE(Vireo::HostInfo)
Q_DECLARE_METATYPE(Vireo::HostStats)
