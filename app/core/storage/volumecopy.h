// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/storage/storage.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QTimer;

namespace Vireo {

class HostSession;

/// Copies a volume into a new one in the same pool, in the same format or converted to another
/// (raw <-> qcow2): virStorageVolCreateXMLFrom, which libvirt does with qemu-img on the host, so
/// it works on remote hosts too. Used by the Storage page's Convert and by CloneJob's full copy.
/// Lives on the GUI thread.
///
/// virStorageVolCreateXMLFrom blocks until the copy is done and cannot be interrupted, so it
/// runs on a thread of its own (on the worker's connection, which libvirt lets several threads
/// use), while the worker reads the new volume's allocation for the progress. A cancel takes
/// effect when the copy ends: the new volume is then deleted. A copy whose job is destroyed
/// deletes its volume itself when it ends. A failed copy leaves nothing.
class VolumeCopy : public QObject
{
    Q_OBJECT
public:
    struct Spec
    {
        QString pool;
        QString sourceVolume;
        QString newVolume;
        QString format; ///< the new volume's: raw, qcow2...
        quint64 capacityBytes = 0;
        /// What the copy is expected to allocate (the source's allocation), for the progress.
        quint64 expectedBytes = 0;
    };
    struct CopyState; ///< shared by the copy's thread and the worker only

    VolumeCopy(HostSession *session, const Spec &spec, QObject *parent = nullptr);
    ~VolumeCopy() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const Spec &spec() const { return m_spec; }
    /// How often the progress is read (default 250 ms).
    void setPollInterval(int ms) { m_pollMs = qMax(ms, 10); }

Q_SIGNALS:
    /// The share of the expected bytes allocated so far, 0 to 1.
    void progress(double fraction);
    /// The new volume, or why not (then it is gone); cancelled: the user stopped it.
    void finished(const Vireo::Result<Vireo::StorageVolumeInfo> &volume, bool cancelled);

private:
    void poll();
    /// The copy's thread is done: poll now rather than at the next tick (a tick of 250 ms would
    /// add 125 ms on average to a conversion of a few seconds).
    void wake();
    void finish(const Result<StorageVolumeInfo> &result, bool cancelled);

    QPointer<HostSession> m_session;
    Spec m_spec;
    std::shared_ptr<CopyState> m_copy;
    bool m_running = false;
    bool m_cancelled = false;
    int m_pollMs = 250;
    QTimer *m_pollTimer = nullptr;
    bool m_pollInFlight = false;   ///< a poll job is on the worker
    bool m_wokenMeanwhile = false; ///< wake() came during it: poll again at once
};

/// Why `name` cannot be the converted copy of `volume` in its pool (empty, taken, the same
/// format); empty if it can. Pure.
QString volumeConversionProblem(const StorageVolumeInfo &volume, const QString &name,
                                const QString &format, const QList<StorageVolumeInfo> &inPool);
/// The name a converted copy gets by default: the volume's name with the other format's
/// extension (disk.img -> disk.qcow2, disk.qcow2 -> disk.raw). Pure.
QString convertedVolumeName(const QString &name, const QString &format);

} // namespace Vireo
