// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Private to vireo_core: what devices.cpp and devicesremoval.cpp share on the worker thread.
#ifndef VIREO_CORE_PRIVATE
#error "private to vireo_core: the rest of Vireo sees Devices::, never libvirt"
#endif

#include "core/common/result.h"
#include "core/domain/domaincontrol.h"

#include <libvirt/libvirt.h>

#include <functional>

namespace Vireo {

class WorkerContext;

namespace Devices::Detail {

/// VIR_DOMAIN_AFFECT_LIVE / _CONFIG for a scope.
unsigned int impact(DomainControl::Scope scope);
/// The domain's XML with its secrets (the live one, or the definition when inactive): what gets
/// defined back, or handed to libvirt as a device.
Result<QString> secureXml(virDomainPtr dom, bool inactive, const QString &op);
/// Rewrites the persistent definition with edit and defines it back: the configuration-only path
/// on drivers that lack the device calls.
Status redefineWith(WorkerContext &w, virDomainPtr dom, const QString &op,
                    const std::function<Result<QString>(const QString &)> &edit);
/// The driver has no such call (the test driver's device calls).
bool unsupported(const Error &e);

} // namespace Devices::Detail
} // namespace Vireo
