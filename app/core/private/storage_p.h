// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Private to vireo_core: the storage helpers that storage.cpp and storageactions.cpp share.
// Worker thread only (they take the worker's context or libvirt objects of its connection).
#ifndef VIREO_CORE_PRIVATE
#error "private to vireo_core: the rest of Vireo sees value types, never libvirt"
#endif

#include "core/storage/storage.h"

#include "hostworker_p.h"
#include "libvirtutil_p.h"

#include <memory>

namespace Vireo::StoragePrivate {

/// The pool's info, state and autostart, and its XML read through StorageXml::parsePool.
Result<StoragePoolInfo> readPool(virStoragePoolPtr pool);
/// The volume's info and its XML read through StorageXml::parseVolume.
Result<StorageVolumeInfo> readVolume(virStorageVolPtr vol, const QString &poolName);
/// The pool's volumes as libvirt lists them now (no refresh); a volume that cannot be read is
/// left out.
Result<QList<StorageVolumeInfo>> listVolumesOnWorker(virStoragePoolPtr pool,
                                                     const QString &poolName, const QString &op);
Result<std::shared_ptr<PoolRef>> lookupPool(WorkerContext &w, const QString &name,
                                            const QString &op);
Result<std::shared_ptr<VolRef>> lookupVolume(WorkerContext &w, const QString &pool,
                                             const QString &name, const QString &op);
Status deleteVolumeOnWorker(WorkerContext &w, const QString &pool, const QString &name);
Result<StorageVolumeInfo> createVolumeOnWorker(WorkerContext &w, const QString &pool,
                                               const QString &name, const QString &format,
                                               quint64 capacity, quint64 allocation,
                                               const QString &backingPath = {},
                                               const QString &backingFormat = {});

} // namespace Vireo::StoragePrivate
