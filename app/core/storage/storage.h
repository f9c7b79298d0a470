// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Vireo {

class HostSession;

/// A storage pool as the wizard and the Storage page show it. Value type.
struct StoragePoolInfo
{
    enum class State { Inactive, Building, Running, Degraded, Inaccessible };

    QString name;
    QString uuid;
    QString type; ///< dir, logical, netfs...
    QString targetPath;
    bool active = false; ///< running or degraded: its volumes can be listed
    State state = State::Inactive;
    bool autostart = false;
    bool persistent = true; ///< defined (not only created): it can be undefined
    quint64 capacityBytes = 0;
    quint64 allocationBytes = 0;
    quint64 availableBytes = 0;
};

/// A volume of a pool. Value type.
struct StorageVolumeInfo
{
    QString pool;
    QString name;
    QString path;
    QString format; ///< raw, qcow2, iso... as the pool reports it
    quint64 capacityBytes = 0;
    quint64 allocationBytes = 0;
    QString backingPath; ///< a qcow2 overlay's backing image
    /// Domains whose disks use this volume (by path or pool/volume); filled by
    /// Storage::listVolumesWithUsers only.
    QStringList usedBy;
    QStringList usedByRunning; ///< those of usedBy that are running
};

/// Storage pools and volumes through libvirt's storage API. Every call queues its work on the
/// host's worker thread and returns at once; callbacks run on the GUI thread while `context` lives.
namespace Storage {

void listPools(HostSession *session, QObject *context,
               std::function<void(Result<QList<StoragePoolInfo>>)> done);
/// Volumes of an active pool (refreshes the pool first, so files copied in by hand show up).
void listVolumes(HostSession *session, const QString &pool, QObject *context,
                 std::function<void(Result<QList<StorageVolumeInfo>>)> done);
/// Deletes a volume (virStorageVolDelete). Identified by pool and name.
void deleteVolume(HostSession *session, const QString &pool, const QString &name, QObject *context,
                  std::function<void(Status)> done);
/// Whether a path is a volume of some pool on the host: its pool and name, or an error.
void lookupVolumeByPath(HostSession *session, const QString &path, QObject *context,
                        std::function<void(Result<StorageVolumeInfo>)> done);

/// Reads `length` bytes at `offset` of the volume at `path` (virStorageVolDownload), e.g. an ISO's
/// volume descriptors on a remote host. Fewer bytes come back if the volume is shorter.
void readVolumeBytes(HostSession *session, const QString &path, quint64 offset, quint64 length,
                     QObject *context, std::function<void(Result<QByteArray>)> done);

/// The volume XML virStorageVolCreateXML receives (QXmlStreamWriter; pure, any thread).
/// qcow2 starts empty (allocation 0); raw asks for its full size.
QString volumeXml(const QString &name, const QString &format, quint64 capacityBytes,
                  quint64 allocationBytes);

} // namespace Storage

/// Creates one volume with progress and cancel. Lives on the GUI thread.
///
/// qcow2 is created at once (only metadata). A raw volume is allocated in full: it is created
/// small and grown in steps with virStorageVolResize(ALLOCATE), one worker job per step, so the
/// progress is real and cancel() takes effect between steps (the partial volume is deleted).
/// Drivers without resize get the whole allocation in one call (progress jumps 0 -> 100).
class VolumeCreation : public QObject
{
    Q_OBJECT
public:
    VolumeCreation(HostSession *session, const QString &pool, const QString &name,
                   const QString &format, quint64 capacityBytes, QObject *parent = nullptr);

    void start();
    /// Stops after the current step and deletes what was created; finished() reports cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

    /// How many bytes each raw allocation step adds (default 512 MiB).
    void setStepBytes(quint64 bytes) { m_stepBytes = qMax<quint64>(bytes, 1024 * 1024); }
    /// Makes the new (qcow2) volume an overlay of the image at `path`, whose format is `format`:
    /// it reads from it and keeps only what the guest changes.
    void setBacking(const QString &path, const QString &format)
    {
        m_backingPath = path;
        m_backingFormat = format;
    }

Q_SIGNALS:
    void progress(int percent);
    /// The volume on success; on failure nothing is left behind. cancelled: the user stopped it.
    void finished(const Vireo::Result<Vireo::StorageVolumeInfo> &result, bool cancelled);

private:
    void growStep();
    void finish(const Result<StorageVolumeInfo> &result, bool cancelled);
    void removeThenFinish(const Error &error, bool cancelled);

    QPointer<HostSession> m_session;
    QString m_pool, m_name, m_format;
    QString m_backingPath, m_backingFormat;
    quint64 m_capacity = 0;
    quint64 m_allocated = 0;
    quint64 m_stepBytes = 512ull * 1024 * 1024;
    bool m_running = false;
    bool m_cancelled = false;
    StorageVolumeInfo m_volume;
};

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::StorageVolumeInfo)
Q_DECLARE_METATYPE(Vireo::Result<Vireo::StorageVolumeInfo>)
