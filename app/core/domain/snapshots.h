// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/domainxml.h"
#include "core/domain/snapshotxml.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Vireo {

class HostSession;

/// A domain's snapshots: list, create, revert, delete (libvirt's snapshot API).
///
/// Every call queues its work on the host's worker thread and returns at once; the callback runs
/// on the calling (GUI) thread only while `context` lives. libvirt sends no snapshot events, so
/// callers list again after their own changes.
namespace Snapshots {

/// What the page needs to show and to decide what it can offer.
struct SnapshotList
{
    QList<SnapshotInfo> snapshots; ///< parents before their children
    quint64 libvirtVersion = 0;    ///< virConnectGetLibVersion: major * 1,000,000 + minor * 1,000
};

/// Which snapshots a delete removes, and whether their data goes too.
enum class DeleteScope {
    One,          ///< this snapshot; its children move up to its parent
    WithChildren, ///< this snapshot and every descendant (VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN)
    MetadataOnly, ///< libvirt forgets it; the data stays in the disks or overlay files
};

void list(HostSession *session, const QString &uuid, QObject *context,
          std::function<void(Result<SnapshotList>)> done);

/// Takes a snapshot (virDomainSnapshotCreateXML), and keeps the screen of a running guest as its
/// thumbnail. Checks the request against the domain's
/// disks and this libvirt first (createBlocker), and changes nothing when it fails. Callback:
/// the new snapshot's name.
void create(HostSession *session, const QString &uuid, const SnapshotRequest &request,
            QObject *context, std::function<void(Result<QString>)> done);

/// Reverts the domain to the snapshot (virDomainRevertToSnapshot): it comes back running, paused
/// or shut off, as the snapshot holds it. With `snapshotFirst`, that snapshot of the present
/// state is taken first, and nothing is reverted when taking it fails.
void revert(HostSession *session, const QString &uuid, const QString &name,
            const std::optional<SnapshotRequest> &snapshotFirst, QObject *context,
            std::function<void(Status)> done);

/// Deletes, then forgets the thumbnails of the snapshots that are gone.
void remove(HostSession *session, const QString &uuid, const QString &name, DeleteScope scope,
            QObject *context, std::function<void(Status)> done);

/// Where the thumbnails of the domain's snapshots are kept: <the user's data folder>/snapshots/
/// <uuid>. Each is the guest's screen (virDomainScreenshot) when the snapshot was taken, as the
/// hypervisor sent it (PNG or PPM), named after the snapshot. Any thread.
QString thumbnailFolder(const QString &uuid);

// What this libvirt can do: pure decisions, any thread. Each returns why not in words, naming
// the libvirt version, or an empty string when it can.

/// "9.0.0" from virConnectGetLibVersion's number.
QString versionText(quint64 libvirtVersion);
/// Why a snapshot in `mode` cannot be taken of this domain: the disk that is not qcow2, a disk
/// with no file beside which an overlay could go, a UEFI guest on a libvirt too old.
QString createBlocker(const DomainDescription &domain, SnapshotMode mode, quint64 libvirtVersion);
/// Why the guest's file systems cannot be quiesced for a snapshot in `mode`: libvirt quiesces
/// disk-only snapshots of running guests, through the guest agent, which must answer.
QString quiesceBlocker(const DomainDescription &domain, SnapshotMode mode);
QString revertBlocker(const SnapshotInfo &snapshot, quint64 libvirtVersion);
QString deleteBlocker(const SnapshotInfo &snapshot, DeleteScope scope, quint64 libvirtVersion);

/// The libvirt releases that lifted these limits (QEMU driver).
constexpr quint64 RevertExternalSince = 9'007'000;
constexpr quint64 DeleteExternalSince = 9'000'000;
constexpr quint64 InternalUefiSince = 10'010'000;
/// From this release until InternalUefiSince, shut-off UEFI guests are refused too (libvirt
/// issue 460); before it only running ones are.
constexpr quint64 InternalUefiOfflineRefusedSince = 9'002'000;

} // namespace Snapshots
} // namespace Vireo
