// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/domaincontrol.h"

#include "core/commandlog/commandlog.h"
#include "core/common/coretr.h"

#include "hostworker_p.h"

#include <QCoreApplication>

namespace Vireo::DomainControl {

static unsigned int impact(Scope scope)
{
    unsigned int flags = 0;
    if (scope & Live)
        flags |= VIR_DOMAIN_AFFECT_LIVE;
    if (scope & Config)
        flags |= VIR_DOMAIN_AFFECT_CONFIG;
    return flags;
}

void setVcpus(HostSession *session, const QString &uuid, int count, Scope scope, QObject *context,
              std::function<void(Result<int>)> done)
{
    runOnWorker<Result<int>>(
        session, context,
        [uuid, count, scope](WorkerContext &w) -> Result<int> {
            auto ref = w.lookup(uuid, Tr::tr("Change the vCPUs of %1").arg(uuid));
            if (!ref)
                return ref.error();
            virDomainPtr dom = ref.value()->get();
            const QString op = Tr::tr("Set the vCPUs of '%1' to %2").arg(nameOf(dom)).arg(count);
            if (count < 1)
                return Error{op, Tr::tr("a domain needs at least one vCPU"), 0};
            const int rc = virDomainSetVcpusFlags(dom, unsigned(count), impact(scope));
            const Error failed = rc < 0 ? lastLibvirtError(op) : Error{};
            CommandLog::record(w.uri, nameOf(dom),
                               EquivalentCommands::setVcpus(nameOf(dom), count, scope), failed);
            if (rc < 0) {
                Error e = failed;
                w.worker->refreshDomain(uuid);
                return e;
            }
            const bool live = scope & Live;
            const int now = virDomainGetVcpusFlags(dom, live ? VIR_DOMAIN_AFFECT_LIVE
                                                             : VIR_DOMAIN_AFFECT_CONFIG);
            if (now < 0)
                return lastLibvirtError(op);
            w.worker->refreshDomain(uuid);
            return now;
        },
        std::move(done));
}

void setMaximumVcpus(HostSession *session, const QString &uuid, int count, QObject *context,
                     std::function<void(Status)> done)
{
    runOnWorker<Status>(
        session, context,
        [uuid, count](WorkerContext &w) -> Status {
            auto ref = w.lookup(uuid, Tr::tr("Change the maximum vCPUs of %1").arg(uuid));
            if (!ref)
                return ref.error();
            virDomainPtr dom = ref.value()->get();
            const QString op =
                Tr::tr("Set the maximum vCPUs of '%1' to %2").arg(nameOf(dom)).arg(count);
            if (count < 1)
                return Error{op, Tr::tr("a domain needs at least one vCPU"), 0};
            const int rc = virDomainSetVcpusFlags(
                dom, unsigned(count), VIR_DOMAIN_AFFECT_CONFIG | VIR_DOMAIN_VCPU_MAXIMUM);
            const Error failed = rc < 0 ? lastLibvirtError(op) : Error{};
            CommandLog::record(w.uri, nameOf(dom),
                               EquivalentCommands::setMaximumVcpus(nameOf(dom), count), failed);
            if (rc < 0)
                return failed;
            w.worker->refreshDomain(uuid);
            return Done{};
        },
        std::move(done));
}

void fetchVcpuCounts(HostSession *session, const QString &uuid, QObject *context,
                     std::function<void(Result<VcpuCounts>)> done)
{
    runOnWorker<Result<VcpuCounts>>(
        session, context,
        [uuid](WorkerContext &w) -> Result<VcpuCounts> {
            const QString op = Tr::tr("Read the vCPUs of %1").arg(uuid);
            auto ref = w.lookup(uuid, op);
            if (!ref)
                return ref.error();
            virDomainPtr dom = ref.value()->get();
            VcpuCounts c;
            c.configCurrent = virDomainGetVcpusFlags(dom, VIR_DOMAIN_AFFECT_CONFIG);
            c.configMaximum =
                virDomainGetVcpusFlags(dom, VIR_DOMAIN_AFFECT_CONFIG | VIR_DOMAIN_VCPU_MAXIMUM);
            if (virDomainIsActive(dom) == 1) {
                c.liveCurrent = virDomainGetVcpusFlags(dom, VIR_DOMAIN_AFFECT_LIVE);
                c.liveMaximum =
                    virDomainGetVcpusFlags(dom, VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_VCPU_MAXIMUM);
            }
            if (c.configCurrent < 0 && c.liveCurrent < 0)
                return lastLibvirtError(op);
            virResetLastError();
            return c;
        },
        std::move(done));
}

void setMemory(HostSession *session, const QString &uuid, quint64 kib, Scope scope,
               QObject *context, std::function<void(Result<quint64>)> done)
{
    runOnWorker<Result<quint64>>(
        session, context,
        [uuid, kib, scope](WorkerContext &w) -> Result<quint64> {
            auto ref = w.lookup(uuid, Tr::tr("Change the memory of %1").arg(uuid));
            if (!ref)
                return ref.error();
            virDomainPtr dom = ref.value()->get();
            const QString op =
                Tr::tr("Set the memory of '%1' to %2 MiB").arg(nameOf(dom)).arg(kib / 1024);
            if (kib == 0)
                return Error{op, Tr::tr("the memory cannot be zero"), 0};
            const int rc = virDomainSetMemoryFlags(dom, kib, impact(scope));
            const Error failed = rc < 0 ? lastLibvirtError(op) : Error{};
            CommandLog::record(w.uri, nameOf(dom),
                               EquivalentCommands::setMemory(nameOf(dom), kib, scope), failed);
            if (rc < 0) {
                Error e = failed;
                w.worker->refreshDomain(uuid);
                return e;
            }
            w.worker->refreshDomain(uuid);
            return kib;
        },
        std::move(done));
}

void setMaximumMemory(HostSession *session, const QString &uuid, quint64 kib, QObject *context,
                      std::function<void(Status)> done)
{
    runOnWorker<Status>(
        session, context,
        [uuid, kib](WorkerContext &w) -> Status {
            auto ref = w.lookup(uuid, Tr::tr("Change the maximum memory of %1").arg(uuid));
            if (!ref)
                return ref.error();
            virDomainPtr dom = ref.value()->get();
            const QString op =
                Tr::tr("Set the maximum memory of '%1' to %2 MiB").arg(nameOf(dom)).arg(kib / 1024);
            const int rc = virDomainSetMemoryFlags(
                dom, kib, VIR_DOMAIN_AFFECT_CONFIG | VIR_DOMAIN_MEM_MAXIMUM);
            const Error failed = rc < 0 ? lastLibvirtError(op) : Error{};
            CommandLog::record(w.uri, nameOf(dom),
                               EquivalentCommands::setMaximumMemory(nameOf(dom), kib), failed);
            if (rc < 0)
                return failed;
            w.worker->refreshDomain(uuid);
            return Done{};
        },
        std::move(done));
}

void setMemoryStatsPeriod(HostSession *session, const QString &uuid, int seconds, Scope scope,
                          QObject *context, std::function<void(Status)> done)
{
    runOnWorker<Status>(
        session, context,
        [uuid, seconds, scope](WorkerContext &w) -> Status {
            auto ref = w.lookup(uuid, Tr::tr("Set the memory statistics period of %1").arg(uuid));
            if (!ref)
                return ref.error();
            virDomainPtr dom = ref.value()->get();
            if (virDomainSetMemoryStatsPeriod(dom, seconds, impact(scope)) < 0)
                return lastLibvirtError(
                    Tr::tr("Set the memory statistics period of '%1'").arg(nameOf(dom)));
            return Done{};
        },
        std::move(done));
}

void fetchMemoryStats(HostSession *session, const QString &uuid, QObject *context,
                      std::function<void(Result<MemoryStats>)> done)
{
    runOnWorker<Result<MemoryStats>>(
        session, context,
        [uuid](WorkerContext &w) -> Result<MemoryStats> {
            const QString op = Tr::tr("Read the memory statistics of %1").arg(uuid);
            auto ref = w.lookup(uuid, op);
            if (!ref)
                return ref.error();
            virDomainMemoryStatStruct stats[VIR_DOMAIN_MEMORY_STAT_NR];
            const int n =
                virDomainMemoryStats(ref.value()->get(), stats, VIR_DOMAIN_MEMORY_STAT_NR, 0);
            if (n < 0)
                return lastLibvirtError(op);
            MemoryStats m;
            for (int i = 0; i < n; ++i) {
                const qint64 v = qint64(stats[i].val);
                switch (stats[i].tag) {
                case VIR_DOMAIN_MEMORY_STAT_ACTUAL_BALLOON:
                    m.actualKiB = v;
                    break;
                case VIR_DOMAIN_MEMORY_STAT_AVAILABLE:
                    m.availableKiB = v;
                    break;
                case VIR_DOMAIN_MEMORY_STAT_UNUSED:
                    m.unusedKiB = v;
                    break;
                case VIR_DOMAIN_MEMORY_STAT_USABLE:
                    m.usableKiB = v;
                    break;
                case VIR_DOMAIN_MEMORY_STAT_RSS:
                    m.rssKiB = v;
                    break;
                case VIR_DOMAIN_MEMORY_STAT_LAST_UPDATE:
                    m.lastUpdate = v;
                    break;
                default:
                    break;
                }
            }
            return m;
        },
        std::move(done));
}

void setAutostart(HostSession *session, const QString &uuid, bool autostart, QObject *context,
                  std::function<void(Status)> done)
{
    runOnWorker<Status>(
        session, context,
        [uuid, autostart](WorkerContext &w) -> Status {
            auto ref = w.lookup(uuid, Tr::tr("Change autostart of %1").arg(uuid));
            if (!ref)
                return ref.error();
            virDomainPtr dom = ref.value()->get();
            const QString name = nameOf(dom);
            const int rc = virDomainSetAutostart(dom, autostart ? 1 : 0);
            const Error failed =
                rc < 0 ? lastLibvirtError(Tr::tr("Change autostart of '%1'").arg(name)) : Error{};
            CommandLog::record(w.uri, name, EquivalentCommands::autostart(name, autostart), failed);
            if (rc < 0)
                return failed;
            w.worker->refreshDomain(uuid);
            return Done{};
        },
        std::move(done));
}

} // namespace Vireo::DomainControl
