// SPDX-License-Identifier: GPL-2.0-or-later
// What a host's worker reads from libvirt: the host's description, the domain list (one call for
// all domains) and the statistics ticks.
#include "hostworker_p.h"

#include "core/common/uri.h"
#include "core/session/capabilitiesxml.h"
#include "guestaddresses_p.h"
#include "hostprobe_p.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QVarLengthArray>

#include <cstring>

namespace Vireo {

Q_LOGGING_CATEGORY(lcHost, "vireo.host", QtWarningMsg)

static qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
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
        m_hostCpus = qMax(1, info.cpus);
    }
    // The one figure for the host's memory, as the wizard and the statistics ticks have it.
    const HostMemory memory = readHostMemory(m_conn);
    info.memoryKiB = memory.totalKiB;
    info.freeMemoryKiB = memory.availableKiB;
    info.numaMemoryKiB = memory.numaKiB;
    info.memoryNote = memory.note;
    m_numaMemoryKiB = memory.numaKiB;
    if (char *caps = virConnectGetCapabilities(m_conn)) {
        // The host CPU as libvirt names it (e.g. "Skylake-Client-IBRS"), from its one parser.
        const Result<Capabilities> parsed = parseCapabilitiesXml(QString::fromUtf8(caps));
        free(caps);
        if (parsed) {
            info.cpuArch = parsed->hostArch;
            if (!parsed->cpuModel.isEmpty())
                info.cpuModel = parsed->cpuModel;
        }
    }
    info.remote = !Uri::isLocal(m_uri);
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

Result<QList<DomainInfo>> HostWorker::readAllDomains()
{
    // One round trip for all domains with state, memory and vCPUs, plus three small ones for the
    // flags, instead of several calls per domain: this is what keeps 10,000 domains fast.
    QElapsedTimer timer;
    timer.start();
    virDomainStatsRecordPtr *records = nullptr;
    const unsigned int what =
        VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_BALLOON | VIR_DOMAIN_STATS_VCPU;
    const int n = virConnectGetAllDomainStats(m_conn, what, &records, 0);
    if (n < 0)
        return lastLibvirtError(tr("List the domains of %1").arg(m_uri));
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
        info.name = nameOf(rec->dom);
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
    return list;
}

bool HostWorker::listDomains(ListingAfter when)
{
    Result<QList<DomainInfo>> list = readAllDomains();
    const bool connecting = when == ListingAfter::Connect;
    if (!list) {
        const Error e = list.error();
        if (virConnectIsAlive(m_conn) != 1) {
            teardownConnection();
            scheduleReconnect(e.message);
            return false;
        }
        m_link->post([e](HostSession *s) { Q_EMIT s->operationFailed(e); });
        if (connecting)
            setState(HostState::Connected, {});
        return true;
    }
    m_known.clear();
    for (const DomainInfo &d : std::as_const(list.value()))
        m_known.insert(d.uuid);
    m_dirty.clear(); // the listing is newer than any event before it
    m_link->post([list = std::move(list.value()), connecting](HostSession *s) {
        // Never a moment with domains listed under a host that is still "Connecting…": views
        // enable actions only for domains of connected hosts.
        if (connecting)
            s->onWorkerState(HostState::Connected, {}, -1);
        Q_EMIT s->domainsListed(list);
    });
    return true;
}

/// A view of one typed parameter, for parseStatsRecord (valid while the record is).
static StatsField statsField(const virTypedParameter &p)
{
    StatsField f{QByteArrayView(p.field), qint64(0)};
    switch (p.type) {
    case VIR_TYPED_PARAM_INT:
        f.value = qint64(p.value.i);
        break;
    case VIR_TYPED_PARAM_UINT:
        f.value = qint64(p.value.ui);
        break;
    case VIR_TYPED_PARAM_LLONG:
        f.value = qint64(p.value.l);
        break;
    case VIR_TYPED_PARAM_ULLONG:
        f.value = quint64(p.value.ul);
        break;
    case VIR_TYPED_PARAM_DOUBLE:
        f.value = p.value.d;
        break;
    case VIR_TYPED_PARAM_BOOLEAN:
        f.value = qint64(p.value.b ? 1 : 0);
        break;
    case VIR_TYPED_PARAM_STRING:
        f.value = QByteArrayView(p.value.s ? p.value.s : "");
        break;
    }
    return f;
}

void HostWorker::readAddresses(virDomainPtr dom, const QString &uuid,
                               std::span<const StatsField> fields, qint64 nowMs, DomainStats &s)
{
    // "net.count" says whether the guest has a NIC; drivers that report no interface fields
    // at all (the test driver) are asked anyway.
    for (const StatsField &f : fields) {
        if (f.name == QByteArrayView("net.count")) {
            const auto *n = std::get_if<quint64>(&f.value);
            const auto *m = std::get_if<qint64>(&f.value);
            if ((n && *n == 0) || (m && *m == 0))
                return;
        }
    }
    const bool askAgent = m_agentRetryAtMs.value(uuid, 0) <= nowMs;
    const GuestAddressRead read = readGuestAddresses(dom, askAgent);
    if (read.agentFailed)
        m_agentRetryAtMs.insert(uuid, nowMs + 60000);
    else if (askAgent)
        m_agentRetryAtMs.remove(uuid);
    s.addresses = read.addresses;
    s.addressesRead = true;
}

void HostWorker::sampleStats()
{
    if (!m_conn)
        return;
    const unsigned int what = statsGroupsFor(m_sampling);
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
    QHash<QString, StatsBaseline> next;
    next.reserve(n);
    QVarLengthArray<StatsField, 64> fields;
    for (int i = 0; i < n; ++i) {
        virDomainStatsRecordPtr rec = records[i];
        fields.clear();
        for (int j = 0; j < rec->nparams; ++j)
            fields.append(statsField(rec->params[j]));
        const QString uuid = domainUuid(rec->dom);
        const auto prev = m_previous.constFind(uuid);
        DomainStats s =
            parseStatsRecord(uuid, now, fields, prev != m_previous.constEnd() ? &*prev : nullptr);
        next.insert(uuid, baselineOf(s));
        if ((m_readAddresses || m_addressUuids.contains(uuid)) && s.state == DomainState::Running)
            readAddresses(rec->dom, uuid, fields, now, s);
        out.append(std::move(s));
    }
    virDomainStatsRecordListFree(records);
    m_previous = std::move(next);
    m_link->post([out = std::move(out)](HostSession *s) { Q_EMIT s->statsUpdated(out); });

    // Host CPU and memory, for the host summary's charts (two more small calls).
    int nparams = 0;
    HostStats hs;
    hs.timestampMs = now;
    if (m_sampling.cpu &&
        virNodeGetCPUStats(m_conn, VIR_NODE_CPU_STATS_ALL_CPUS, nullptr, &nparams, 0) == 0 &&
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
    // Memory as readHostInfo chose it, so the chart's figures are the list's and the details'.
    if (const std::optional<NodeMemoryStats> memory =
            m_sampling.memory ? readNodeMemoryStats(m_conn) : std::nullopt) {
        const HostMemory m = chooseHostMemory(m_numaMemoryKiB, 0, memory);
        hs.memoryTotalKiB = m.totalKiB;
        hs.memoryFreeKiB = m.availableKiB;
    }
    virResetLastError();
    if (hs.cpuPercent >= 0 || hs.memoryTotalKiB > 0)
        m_link->post([hs](HostSession *s) { Q_EMIT s->hostStatsUpdated(hs); });
}

} // namespace Vireo
