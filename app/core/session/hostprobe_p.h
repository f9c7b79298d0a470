#pragma once
// Private to vireo_core: what core reads about a host on its worker thread (capabilities and
// domain capabilities, parsed once for everyone).
#ifndef VIREO_CORE_PRIVATE
#error "private to vireo_core: the rest of Vireo sees value types, never libvirt"
#endif

#include "core/common/result.h"
#include "core/session/capabilitiesxml.h"
#include "core/session/domaincapabilitiesxml.h"

namespace Vireo {

class WorkerContext;

/// virConnectGetCapabilities, parsed. Worker thread.
Result<Capabilities> queryCapabilities(WorkerContext &w);
/// virConnectGetDomainCapabilities for an arch (empty: the host's) and virt type, parsed; the
/// error carries libvirt's reason when it refuses. Worker thread.
Result<DomainCapabilities> queryDomainCapabilities(WorkerContext &w, const QString &arch,
                                                   const QString &virtType);

} // namespace Vireo
