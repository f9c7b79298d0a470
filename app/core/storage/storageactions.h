// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/storage/storage.h"

namespace Vireo {

/// What a resize will do, once checked (Storage::checkResize). Value type.
struct ResizePlan
{
    bool shrink = false;
    /// Said after the resize: e.g. that a running guest must grow its own file system.
    QString note;
};

/// The Storage page's pool and volume actions through libvirt's storage API. Each queues its work
/// on the host's worker and returns at once; `done` runs on the GUI thread while `context` lives.
/// Errors name the operation and the pool or volume.
namespace Storage {

void startPool(HostSession *session, const QString &pool, QObject *context,
               std::function<void(Status)> done);
void stopPool(HostSession *session, const QString &pool, QObject *context,
              std::function<void(Status)> done);
/// Builds a stopped pool's storage (virStoragePoolBuild without OVERWRITE): its folder or mount
/// point; a logical pool's volume group on its devices, which libvirt does only on empty ones.
void buildPool(HostSession *session, const QString &pool, QObject *context,
               std::function<void(Status)> done);
/// Rescans the pool's storage (virStoragePoolRefresh).
void refreshPool(HostSession *session, const QString &pool, QObject *context,
                 std::function<void(Status)> done);
void setPoolAutostart(HostSession *session, const QString &pool, bool autostart, QObject *context,
                      std::function<void(Status)> done);
/// Deletes the pool's storage (its folder, volume group...) with virStoragePoolDelete. The pool
/// must be stopped; its definition stays.
void deletePool(HostSession *session, const QString &pool, QObject *context,
                std::function<void(Status)> done);
/// Removes the pool's definition (virStoragePoolUndefine); its storage stays.
void undefinePool(HostSession *session, const QString &pool, QObject *context,
                  std::function<void(Status)> done);

/// The volumes of an active pool, each with the domains whose disks use it (from the session's
/// DomainXmlCache: only the XML of domains changed since the last listing is read). GUI thread.
void listVolumesWithUsers(HostSession *session, const QString &pool, QObject *context,
                          std::function<void(Result<QList<StorageVolumeInfo>>)> done);

/// Whether a resize of `volume` to `capacityBytes` can go ahead, and what to say after it. Refused:
/// the same size, zero, and a shrink while a running domain uses the volume. Pure; any thread.
Result<ResizePlan> checkResize(const StorageVolumeInfo &volume, quint64 capacityBytes);

/// Resizes a volume (virStorageVolResize; with SHRINK when it gets smaller, which the caller asked
/// the user about). The worker reads the volume again and checks with checkResize first.
void resizeVolume(HostSession *session, const QString &pool, const QString &name,
                  quint64 capacityBytes, QObject *context,
                  std::function<void(Result<StorageVolumeInfo>)> done);
/// Overwrites the volume's data with zeros (virStorageVolWipe).
void wipeVolume(HostSession *session, const QString &pool, const QString &name, QObject *context,
                std::function<void(Status)> done);

/// Whether an error means the host's driver lacks the call (so the UI greys the action).
bool isUnsupported(const Error &error);

} // namespace Storage

} // namespace Vireo
