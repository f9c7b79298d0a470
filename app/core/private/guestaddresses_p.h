// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Private to vireo_core: a running guest's IP addresses, read on the host's worker thread for the
// statistics tick while a view shows them (HostSession::setGuestAddressesWanted).
#ifndef VIREO_CORE_PRIVATE
#error "private to vireo_core: the rest of Vireo sees value types, never libvirt"
#endif

#include <libvirt/libvirt.h>

#include <QStringList>

namespace Vireo {

/// What one read found.
struct GuestAddressRead
{
    QStringList addresses;    ///< IPv4 first, then global IPv6; no prefix, no link-local
    bool agentFailed = false; ///< the guest agent was asked and did not answer
};

/// The domain's addresses (virDomainInterfaceAddresses): from the host's DHCP leases first and,
/// when they give none and `askAgent`, from the guest agent. Worker thread; leaves no libvirt
/// error set.
GuestAddressRead readGuestAddresses(virDomainPtr dom, bool askAgent);

} // namespace Vireo
