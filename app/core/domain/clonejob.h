// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/common/types.h"
#include "core/domain/clonexml.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTimer;

namespace Vireo {

class HostSession;
class VolumeCopy;
struct StorageVolumeInfo;

/// One disk of a domain to be cloned, as the clone dialog shows it. Value type.
struct CloneDisk
{
    QString target; ///< vda, sdb...
    QString device; ///< disk, cdrom, floppy, lun
    QString format; ///< the disk's <driver type>: qcow2, raw...
    QString path;   ///< its image on the host; empty for an empty drive or a network disk
    bool readOnly = false;
    QString pool;   ///< the storage pool holding the image; empty when none does
    QString volume; ///< the image's volume name in that pool
    quint64 capacityBytes = 0;
    quint64 allocationBytes = 0;
    /// Overlays (linked clones) that read from this image: it is a template, and must not change.
    QStringList linkedClones;

    /// Copy and Linked make a new volume in the image's pool: the image must be a volume.
    bool inPool() const { return !pool.isEmpty() && !volume.isEmpty(); }
};

/// What the clone dialog needs to know of the original. Value type.
struct CloneSource
{
    QString uuid;
    QString name;
    DomainState state = DomainState::NoState;
    QList<CloneDisk> disks; ///< every <disk>, in order
    bool hasNvram = false;
    QSet<QString> domainNames; ///< every domain's name on the host (for a free name)
};

/// The choices for one clone. Value type.
struct ClonePlan
{
    QString sourceUuid;
    QString name;
    QList<CloneDiskMode> modes; ///< one per disk of the original, in order
    bool start = false;         ///< start the clone once it is defined
};

/// What one clone made. Value type.
struct CloneOutcome
{
    QString name;
    QString uuid;
    QStringList volumes; ///< the paths of the volumes it made
    /// The clone exists but did not start (when asked to): why. The clone is kept.
    QString startError;
    /// The original's NVRAM could not be copied (not a volume, on a remote host): the clone
    /// starts with fresh UEFI variables. Empty otherwise.
    QString nvramNote;
};

/// Cloning of domains (issue 12): reading the original, the defaults, and the job.
namespace Clone {

/// Reads the original's disks (with their pools and the linked clones that read from them) and
/// the names taken on the host. On the worker; done on the GUI thread while context lives.
void inspect(HostSession *session, const QString &uuid, QObject *context,
             std::function<void(Result<CloneSource>)> done);

/// The mode a disk gets unless the user chooses: read-only media and empty drives are shared,
/// a writable image in a pool is copied (or linked when `preferLinked`, as a batch does), and a
/// writable image outside every pool is left out (it can be neither copied nor shared safely).
/// Pure.
CloneDiskMode defaultMode(const CloneDisk &disk, bool preferLinked);
QList<CloneDiskMode> defaultModes(const CloneSource &source, bool preferLinked);
/// Why this disk cannot be cloned in `mode`; empty when it can. Pure.
QString modeProblem(const CloneDisk &disk, CloneDiskMode mode);

/// Which volumes are the backing files of others: each backing path with the paths of the
/// overlays (linked clones) that read from it. Pure.
QHash<QString, QStringList> linkedClonesByBacking(const QList<StorageVolumeInfo> &volumes);

} // namespace Clone

/// Clones one domain (shut off or paused). Lives on the GUI thread; each step is a job on the
/// host's worker, so other work on the host goes on in between and cancel() takes effect at the
/// next step.
///
/// Steps: check (the name is free on the host, the volumes' names free in their pools), one
/// volume per copied or linked disk, the NVRAM, the definition (new UUID, MACs free on the host,
/// graphics on an automatic port), then the start when asked. A full copy is a VolumeCopy
/// (virStorageVolCreateXMLFrom on a thread of its own, followed from the worker): a cancel during
/// it takes effect when the copy ends, and the copy is deleted. A failure or a cancel undoes every
/// step: the volumes made are deleted, the NVRAM copy removed, the domain undefined. A start that
/// fails keeps the clone.
class CloneJob : public QObject
{
    Q_OBJECT
public:
    enum class Step { Check, Volume, Nvram, Define, Start };
    Q_ENUM(Step)

    CloneJob(HostSession *session, const ClonePlan &plan, QObject *parent = nullptr);
    ~CloneJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const ClonePlan &plan() const { return m_plan; }
    /// How often the copy's progress is read (default 250 ms).
    void setPollInterval(int ms) { m_pollMs = qMax(ms, 10); }

    struct Prepared; ///< what the check found (GUI thread)

Q_SIGNALS:
    /// A step begins (`disk`: the disk's index for Step::Volume, else -1).
    void stepStarted(Vireo::CloneJob::Step step, int disk);
    void progress(int percent);
    /// The clone, or why not (then nothing is left behind); cancelled: the user stopped it.
    void finished(const Vireo::Result<Vireo::CloneOutcome> &result, bool cancelled);

private:
    void nextVolume();
    void copyNvram();
    void define();
    void startClone();
    void undoThenFinish(const Error &error, bool cancelled);
    void finish(const Result<CloneOutcome> &result, bool cancelled);
    void reportProgress(double fraction);
    bool stopIfCancelled();

    QPointer<HostSession> m_session;
    ClonePlan m_plan;
    std::unique_ptr<Prepared> m_prep;
    QPointer<VolumeCopy> m_copy; ///< the running full copy, if any
    int m_nextDisk = 0;
    int m_pollMs = 250;
    bool m_running = false;
    bool m_cancelled = false;
    CloneOutcome m_outcome;
    /// What to undo: (pool, volume) of each volume made, the NVRAM file copied, the definition.
    QList<QPair<QString, QString>> m_madeVolumes;
    QString m_madeNvramFile;
    QString m_definedUuid;
};

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::CloneOutcome)
Q_DECLARE_METATYPE(Vireo::Result<Vireo::CloneOutcome>)
