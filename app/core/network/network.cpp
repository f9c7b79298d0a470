// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/network/network.h"

#include "core/common/coretr.h"

#include "hostworker_p.h"

#include <QCoreApplication>

#include <algorithm>

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
    // Whatever of these failed (a network without a bridge) is no error of the listing.
    virResetLastError();
    return n;
}

} // namespace

namespace Networks {

void list(HostSession *session, QObject *context,
          std::function<void(Result<QList<VirtualNetworkInfo>>)> done)
{
    runOnWorker<Result<QList<VirtualNetworkInfo>>>(
        session, context,
        [](WorkerContext &w) -> Result<QList<VirtualNetworkInfo>> {
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
            std::sort(out.begin(), out.end(),
                      [](const auto &a, const auto &b) { return a.name < b.name; });
            return out;
        },
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
            if (virNetworkIsActive(net.get()) != 1 && virNetworkCreate(net.get()) < 0)
                return lastLibvirtError(op);
            if (virNetworkIsPersistent(net.get()) == 1 && virNetworkSetAutostart(net.get(), 1) < 0)
                return lastLibvirtError(
                    Tr::tr("Start the virtual network '%1' with the host").arg(name));
            return readNetwork(net.get());
        },
        std::move(done));
}

} // namespace Networks
} // namespace Vireo
