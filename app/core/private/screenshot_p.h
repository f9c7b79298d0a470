// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Private to vireo_core: the one place that reads virDomainScreenshot's stream (Screenshot::capture
// and the snapshots' thumbnails). Worker thread.
#ifndef VIREO_CORE_PRIVATE
#error "private to vireo_core: the rest of Vireo sees value types, never libvirt"
#endif

#include "core/domain/screenshot.h"

#include <libvirt/libvirt.h>

namespace Vireo::Screenshot {

/// The domain's first screen now. The error names `operation` and, for a domain that does not
/// run, says so. Resets libvirt's last error.
Result<Raw> read(virConnectPtr conn, virDomainPtr dom, const QString &operation);

} // namespace Vireo::Screenshot
