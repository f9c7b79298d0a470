// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Private to vireo_core: what cloning and deleting with storage read on the worker. Worker
// thread only.
#ifndef VIREO_CORE_PRIVATE
#error "private to vireo_core: the rest of Vireo sees value types, never libvirt"
#endif

#include "core/domain/clonejob.h"
#include "core/domain/domainxml.h"
#include "core/storage/storage.h"

#include "hostworker_p.h"

namespace Vireo::ClonePrivate {

/// Every domain's definition (inactive XML, read by parseDomainXml) but `exceptUuid`'s. A domain
/// that cannot be read (gone meanwhile) is left out.
QList<DomainDescription> otherDomainsOnWorker(WorkerContext &w, const QString &exceptUuid);
/// The volumes of every active pool as libvirt lists them now (no refresh).
QList<StorageVolumeInfo> allVolumesOnWorker(WorkerContext &w);
/// The original's disks with their pools, sizes and linked clones, and the host's domain names.
Result<CloneSource> inspectOnWorker(WorkerContext &w, const QString &uuid, const QString &op);

} // namespace Vireo::ClonePrivate
