// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/network/network.h"

#include "core/commandlog/commandlog.h"
#include "core/common/coretr.h"

#include "domainxmlcache_p.h"
#include "hostworker_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <mutex>

namespace Vireo {

namespace {

using NetworkRef = LibvirtRef<virNetworkPtr, virNetworkFree>;

VirtualNetworkInfo readNetwork(virNetworkPtr net)
{
    VirtualNetworkInfo n;
    n.name = QString::fromUtf8(virNetworkGetName(net));
    n.active = virNetworkIsActive(net) == 1;
    n.persistent = virNetworkIsPersistent(net) == 1;
    int autostart = 0;
    n.autostart = virNetworkGetAutostart(net, &autostart) == 0 && autostart;
    if (char *bridge = virNetworkGetBridgeName(net)) {
        n.bridge = QString::fromUtf8(bridge);
        free(bridge);
    }
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virNetworkGetUUIDString(net, uuid) == 0)
        n.uuid = QString::fromLatin1(uuid);
    if (char *xml = virNetworkGetXMLDesc(net, 0)) {
        if (auto parsed = NetworkXmlFormat::parse(QString::fromUtf8(xml)))
            n.xml = parsed.value();
        free(xml);
    }
    // Whatever of these failed (a network without a bridge) is no error of the listing.
    virResetLastError();
    return n;
}

Result<QList<VirtualNetworkInfo>> listOnWorker(WorkerContext &w)
{
    const QString op = Tr::tr("List the virtual networks");
    if (Status s = w.requireConnection(op); !s)
        return s.error();
    virNetworkPtr *nets = nullptr;
    const int n = virConnectListAllNetworks(w.conn, &nets, 0);
    if (n < 0)
        return lastLibvirtError(op);
    QList<VirtualNetworkInfo> out;
    for (int i = 0; i < n; ++i) {
        NetworkRef ref(nets[i]);
        out << readNetwork(nets[i]);
    }
    free(nets);
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return out;
}

Result<NetworkRef> lookupNetwork(WorkerContext &w, const QString &name, const QString &op)
{
    if (Status s = w.requireConnection(op); !s)
        return s.error();
    NetworkRef net(virNetworkLookupByName(w.conn, name.toUtf8().constData()));
    if (!net)
        return lastLibvirtError(op);
    return net;
}

/// Whether a domain's interface is plugged into the network.
bool attachedTo(const DomainInterface &nic, const VirtualNetworkInfo &net)
{
    if (nic.type == u"network")
        return nic.network == net.name;
    // A bridge-mode network's guests may name the host bridge directly.
    return nic.type == u"bridge" && !net.bridge.isEmpty() && nic.bridge == net.bridge;
}

/// Error code of stop()'s refusal (no libvirt code is negative).
constexpr int InUseCode = -1301;

} // namespace

/// Fills attached/attachedRunning of every network from the cached domains.
static Status fillAttached(WorkerContext &w, DomainXmlCache::Shared &cache,
                           QList<VirtualNetworkInfo> &nets, const QString &op)
{
    auto domains = cache.domainsOnWorker(w, op);
    if (!domains)
        return domains.error();
    for (const CachedDomain &d : std::as_const(domains.value())) {
        for (VirtualNetworkInfo &net : nets) {
            if (std::any_of(d.interfaces.cbegin(), d.interfaces.cend(),
                            [&net](const DomainInterface &nic) { return attachedTo(nic, net); })) {
                net.attached << d.name;
                if (d.running)
                    net.attachedRunning << d.name;
            }
        }
    }
    for (VirtualNetworkInfo &net : nets) {
        net.attached.sort();
        net.attachedRunning.sort();
    }
    return Done{};
}

NetworkDirectory::NetworkDirectory(HostSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_cache(DomainXmlCache::forSession(session))
{}

NetworkDirectory::~NetworkDirectory() = default;

int NetworkDirectory::domainXmlReads() const
{
    return m_cache ? m_cache->domainXmlReads() : 0;
}

void NetworkDirectory::list(QObject *context,
                            std::function<void(Result<QList<VirtualNetworkInfo>>)> done)
{
    runOnWorker<Result<QList<VirtualNetworkInfo>>>(
        m_session, context,
        [cache = m_cache ? m_cache->shared() : std::make_shared<DomainXmlCache::Shared>()](
            WorkerContext &w) -> Result<QList<VirtualNetworkInfo>> {
            auto nets = listOnWorker(w);
            if (!nets)
                return nets;
            if (Status s =
                    fillAttached(w, *cache, nets.value(), Tr::tr("List the virtual networks"));
                !s)
                return s.error();
            return nets;
        },
        std::move(done));
}

namespace Networks {

void list(HostSession *session, QObject *context,
          std::function<void(Result<QList<VirtualNetworkInfo>>)> done)
{
    runOnWorker<Result<QList<VirtualNetworkInfo>>>(session, context, &listOnWorker,
                                                   std::move(done));
}

void start(HostSession *session, const QString &name, QObject *context,
           std::function<void(Result<VirtualNetworkInfo>)> done)
{
    runOnWorker<Result<VirtualNetworkInfo>>(
        session, context,
        [name](WorkerContext &w) -> Result<VirtualNetworkInfo> {
            const QString op = Tr::tr("Start the virtual network '%1'").arg(name);
            if (Status s = w.requireConnection(op); !s)
                return s.error();
            NetworkRef net(virNetworkLookupByName(w.conn, name.toUtf8().constData()));
            if (!net)
                return lastLibvirtError(op);
            const bool wasActive = virNetworkIsActive(net.get()) == 1;
            const bool persistent = virNetworkIsPersistent(net.get()) == 1;
            auto logged = [&](Error e) {
                CommandLog::record(
                    w.uri, name, EquivalentCommands::networkStart(name, wasActive, persistent), e);
                return e;
            };
            if (!wasActive && virNetworkCreate(net.get()) < 0)
                return logged(lastLibvirtError(op));
            if (persistent && virNetworkSetAutostart(net.get(), 1) < 0)
                return logged(lastLibvirtError(
                    Tr::tr("Start the virtual network '%1' with the host").arg(name)));
            logged({});
            return readNetwork(net.get());
        },
        std::move(done));
}

void stop(HostSession *session, const QString &name, bool evenIfUsed, QObject *context,
          std::function<void(Status)> done)
{
    runOnWorker<Status>(
        session, context,
        [name, evenIfUsed](WorkerContext &w) -> Status {
            const QString op = Tr::tr("Stop the virtual network '%1'").arg(name);
            auto net = lookupNetwork(w, name, op);
            if (!net)
                return net.error();
            if (!evenIfUsed) {
                // Read afresh: the page's list may be older than a guest that just started.
                DomainXmlCache::Shared fresh;
                QList<VirtualNetworkInfo> one{readNetwork(net->get())};
                if (Status s = fillAttached(w, fresh, one, op); !s)
                    return s;
                if (!one.first().attachedRunning.isEmpty())
                    return Error{op,
                                 Tr::tr("active domains (running or paused) use it: %1. Their "
                                        "network cards would lose the network until it starts "
                                        "again.")
                                     .arg(one.first().attachedRunning.join(QStringLiteral(", "))),
                                 InUseCode};
            }
            const int rc = virNetworkDestroy(net->get());
            const Error failed = rc < 0 ? lastLibvirtError(op) : Error{};
            CommandLog::record(w.uri, name, EquivalentCommands::networkStop(name), failed);
            if (rc < 0)
                return failed;
            return Done{};
        },
        std::move(done));
}

bool isInUse(const Error &error)
{
    return error.code == InUseCode;
}

void setAutostart(HostSession *session, const QString &name, bool autostart, QObject *context,
                  std::function<void(Status)> done)
{
    runOnWorker<Status>(
        session, context,
        [name, autostart](WorkerContext &w) -> Status {
            const QString op =
                autostart
                    ? Tr::tr("Start the virtual network '%1' with the host").arg(name)
                    : Tr::tr("Stop starting the virtual network '%1' with the host").arg(name);
            auto net = lookupNetwork(w, name, op);
            if (!net)
                return net.error();
            const int rc = virNetworkSetAutostart(net->get(), autostart ? 1 : 0);
            const Error failed = rc < 0 ? lastLibvirtError(op) : Error{};
            CommandLog::record(w.uri, name, EquivalentCommands::networkAutostart(name, autostart),
                               failed);
            if (rc < 0)
                return failed;
            return Done{};
        },
        std::move(done));
}

void remove(HostSession *session, const QString &name, QObject *context,
            std::function<void(Status)> done)
{
    runOnWorker<Status>(
        session, context,
        [name](WorkerContext &w) -> Status {
            const QString op = Tr::tr("Delete the virtual network '%1'").arg(name);
            auto net = lookupNetwork(w, name, op);
            if (!net)
                return net.error();
            const bool active = virNetworkIsActive(net->get()) == 1;
            const bool persistent = virNetworkIsPersistent(net->get()) == 1;
            auto logged = [&](Error e) {
                CommandLog::record(w.uri, name,
                                   EquivalentCommands::networkRemove(name, active, persistent), e);
                return e;
            };
            if (active && virNetworkDestroy(net->get()) < 0)
                return logged(lastLibvirtError(op));
            if (persistent && virNetworkUndefine(net->get()) < 0)
                return logged(lastLibvirtError(op));
            logged({});
            return Done{};
        },
        std::move(done));
}

void create(HostSession *session, const NetworkSpec &spec, QObject *context,
            std::function<void(Result<VirtualNetworkInfo>)> done)
{
    runOnWorker<Result<VirtualNetworkInfo>>(
        session, context,
        [spec](WorkerContext &w) -> Result<VirtualNetworkInfo> {
            const QString op = Tr::tr("Create the virtual network '%1'").arg(spec.name.trimmed());
            auto existing = listOnWorker(w);
            if (!existing)
                return existing.error();
            QStringList taken;
            QList<QPair<QString, Ipv4Subnet>> subnets;
            for (const VirtualNetworkInfo &n : existing.value()) {
                taken << n.name;
                if (n.xml.hasIpv4)
                    subnets.append({n.name, n.xml.subnet});
            }
            if (Status s = NetworkXmlFormat::check(spec, taken, subnets); !s)
                return s.error();
            const QByteArray xml = NetworkXmlFormat::write(spec).toUtf8();
            NetworkRef net(virNetworkDefineXML(w.conn, xml.constData()));
            auto logged = [&](Error e) {
                CommandLog::record(
                    w.uri, spec.name.trimmed(),
                    EquivalentCommands::networkCreate(spec.name.trimmed(), QString::fromUtf8(xml)),
                    e);
                return e;
            };
            if (!net)
                return logged(lastLibvirtError(op));
            if (virNetworkCreate(net.get()) < 0 || virNetworkSetAutostart(net.get(), 1) < 0) {
                Error e = logged(lastLibvirtError(op));
                virNetworkDestroy(net.get());
                virNetworkUndefine(net.get());
                virResetLastError();
                return e;
            }
            logged({});
            return readNetwork(net.get());
        },
        std::move(done));
}

void leases(HostSession *session, const QString &name, QObject *context,
            std::function<void(Result<QList<DhcpLease>>)> done)
{
    runOnWorker<Result<QList<DhcpLease>>>(
        session, context,
        [name](WorkerContext &w) -> Result<QList<DhcpLease>> {
            const QString op = Tr::tr("Read the DHCP leases of network '%1'").arg(name);
            auto net = lookupNetwork(w, name, op);
            if (!net)
                return net.error();
            virNetworkDHCPLeasePtr *list = nullptr;
            const int n = virNetworkGetDHCPLeases(net->get(), nullptr, &list, 0);
            if (n < 0)
                return lastLibvirtError(op);
            QList<DhcpLease> out;
            for (int i = 0; i < n; ++i) {
                const virNetworkDHCPLeasePtr l = list[i];
                DhcpLease lease;
                lease.mac = QString::fromUtf8(l->mac);
                lease.ip = QStringLiteral("%1/%2").arg(QString::fromUtf8(l->ipaddr)).arg(l->prefix);
                lease.hostname = QString::fromUtf8(l->hostname);
                lease.clientId = QString::fromUtf8(l->clientid);
                if (l->expirytime > 0)
                    lease.expiry = QDateTime::fromSecsSinceEpoch(l->expirytime);
                out << lease;
                virNetworkDHCPLeaseFree(l);
            }
            free(list);
            std::sort(out.begin(), out.end(),
                      [](const DhcpLease &a, const DhcpLease &b) { return a.ip < b.ip; });
            return out;
        },
        std::move(done));
}

bool isUnsupported(const Error &error)
{
    return error.code == VIR_ERR_NO_SUPPORT || error.code == VIR_ERR_OPERATION_UNSUPPORTED ||
           error.code == VIR_ERR_ARGUMENT_UNSUPPORTED;
}

} // namespace Networks
} // namespace Vireo
