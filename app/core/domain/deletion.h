// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/domainactions.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Vireo {

class HostSession;

/// One disk of a domain to be deleted, as the Delete dialog lists it. Value type.
struct DeletionDisk
{
    QString target; ///< vda, sdb...
    QString device; ///< disk, cdrom, floppy, lun
    QString path;   ///< its image; empty for an empty drive
    QString format;
    bool readOnly = false;
    QString pool; ///< the pool and volume holding the image; empty when none does
    QString volume;
    QStringList usedBy;       ///< other domains whose disks use the same image
    QStringList linkedClones; ///< overlays that read from this image (it is their backing file)

    bool inPool() const { return !pool.isEmpty() && !volume.isEmpty(); }
};

/// What deleting a domain with its storage would touch. Value type.
struct DeletionPlan
{
    QString uuid;
    QString name;
    QList<DeletionDisk> disks; ///< every <disk>, in order
};

/// What a deletion with storage did. Value type.
struct DeletionReport
{
    DomainActions::DomainBackup backup;
    QStringList deleted;                 ///< the paths of the volumes deleted
    QList<QPair<QString, Error>> failed; ///< volumes that stay, and why
};

/// Deleting a domain with (some of) its storage (issue 12).
namespace Deletion {

/// Why this disk's image is kept unless the user chooses otherwise; empty when it is deleted by
/// default. Kept: read-only images and ISOs, images used by another domain, the backing file of
/// a linked clone, and images in no pool (Vireo deletes volumes only, never a bare file). Pure.
QString keepReason(const DeletionDisk &disk);
/// Whether the user may choose to delete it at all (an image in a pool that no other domain
/// and no linked clone needs). Pure.
bool canDelete(const DeletionDisk &disk);

/// Reads the domain's disks, their pools, the other domains that use them and the overlays that
/// read from them. On the worker; done on the GUI thread while context lives.
void inspect(HostSession *session, const QString &uuid, QObject *context,
             std::function<void(Result<DeletionPlan>)> done);

/// Deletes the domain as DomainActions::deleteDomain does (XML backup first, forced off if it
/// runs, undefined with its snapshot metadata, managed save and NVRAM), then the chosen volumes
/// (pool, volume). Nothing is deleted when the undefine fails; a volume that cannot be deleted
/// is reported and the others still go.
void deleteWithStorage(HostSession *session, const QString &uuid, const QString &backupDir,
                       const QList<QPair<QString, QString>> &volumes, QObject *context,
                       std::function<void(Result<DeletionReport>)> done);

} // namespace Deletion
} // namespace Vireo
