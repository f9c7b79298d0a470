// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Vireo {

class HostSession;

/// Live and persistent changes to one domain: vCPUs, balloon memory, autostart.
///
/// Every function queues its work on the host's worker thread and returns at once; the callback
/// runs on the calling (GUI) thread only while `context` lives. Values reported back are the ones
/// the domain reports after the change, not the ones asked for.
namespace DomainControl {

/// Which definition a change applies to (virDomainModificationImpact).
enum Scope { Live = 1, Config = 2, LiveAndConfig = 3 };

struct VcpuCounts
{
    int liveCurrent = -1; ///< -1 when the domain is not running
    int liveMaximum = -1;
    int configCurrent = -1;
    int configMaximum = -1;
};

/// virDomainMemoryStats of a running domain, in KiB; -1 where the guest does not report it.
struct MemoryStats
{
    qint64 actualKiB = -1;    ///< the balloon's actual size (what the guest has)
    qint64 availableKiB = -1; ///< as the guest sees it (needs the balloon driver's statistics)
    qint64 unusedKiB = -1;
    qint64 usableKiB = -1;
    qint64 rssKiB = -1;
    qint64 lastUpdate = -1; ///< guest timestamp of the statistics; moves when they arrive
};

/// Sets the vCPU count (virDomainSetVcpusFlags). Callback: the count the domain reports after.
void setVcpus(HostSession *session, const QString &uuid, int count, Scope scope, QObject *context,
              std::function<void(Result<int>)> done);
/// Changes the maximum vCPUs of the persistent definition (the domain must be shut off to take it
/// now; a running domain gets it at the next start).
void setMaximumVcpus(HostSession *session, const QString &uuid, int count, QObject *context,
                     std::function<void(Status)> done);
void fetchVcpuCounts(HostSession *session, const QString &uuid, QObject *context,
                     std::function<void(Result<VcpuCounts>)> done);

/// Sets the balloon target (virDomainSetMemoryFlags), in KiB. Callback: the target now in force.
void setMemory(HostSession *session, const QString &uuid, quint64 kib, Scope scope,
               QObject *context, std::function<void(Result<quint64>)> done);
/// Changes the maximum memory of the persistent definition, in KiB.
void setMaximumMemory(HostSession *session, const QString &uuid, quint64 kib, QObject *context,
                      std::function<void(Status)> done);
/// Asks the guest's balloon driver to report statistics every `seconds` (0 turns it off).
void setMemoryStatsPeriod(HostSession *session, const QString &uuid, int seconds, Scope scope,
                          QObject *context, std::function<void(Status)> done);
void fetchMemoryStats(HostSession *session, const QString &uuid, QObject *context,
                      std::function<void(Result<MemoryStats>)> done);

void setAutostart(HostSession *session, const QString &uuid, bool autostart, QObject *context,
                  std::function<void(Status)> done);

} // namespace DomainControl
} // namespace Vireo
