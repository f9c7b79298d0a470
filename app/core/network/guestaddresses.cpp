// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestaddresses_p.h"

#include <libvirt/virterror.h>

#include <QString>

namespace Vireo {

namespace {

/// Addresses from one source, or none (-1 when the source failed).
int readSource(virDomainPtr dom, unsigned int source, QStringList &v4, QStringList &v6)
{
    virDomainInterfacePtr *ifaces = nullptr;
    const int n = virDomainInterfaceAddresses(dom, &ifaces, source, 0);
    if (n < 0) {
        virResetLastError();
        return -1;
    }
    int found = 0;
    for (int i = 0; i < n; ++i) {
        const virDomainInterfacePtr iface = ifaces[i];
        for (unsigned int a = 0; a < iface->naddrs; ++a) {
            const QString addr = QString::fromUtf8(iface->addrs[a].addr);
            if (addr.isEmpty())
                continue;
            if (iface->addrs[a].type == VIR_IP_ADDR_TYPE_IPV4) {
                // The agent also reports the guest's loopback.
                if (!addr.startsWith(QLatin1String("127.")) && !v4.contains(addr)) {
                    v4 << addr;
                    ++found;
                }
            } else if (!addr.startsWith(QLatin1String("fe80"), Qt::CaseInsensitive) &&
                       addr != QLatin1String("::1") && !v6.contains(addr)) {
                v6 << addr;
                ++found;
            }
        }
        virDomainInterfaceFree(iface);
    }
    free(ifaces);
    return found;
}

} // namespace

GuestAddressRead readGuestAddresses(virDomainPtr dom, bool askAgent)
{
    GuestAddressRead out;
    QStringList v4, v6;
    const int leases = readSource(dom, VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LEASE, v4, v6);
    if (leases <= 0 && askAgent &&
        readSource(dom, VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT, v4, v6) < 0)
        out.agentFailed = true;
    out.addresses = v4 + v6;
    return out;
}

} // namespace Vireo
