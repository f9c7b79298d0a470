// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/domainxml.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Vireo {

/// What a snapshot holds, read from its <memory> and <disks> elements.
enum class SnapshotKind {
    FullSystem,         ///< internal: memory and disks inside the qcow2 files (a running domain)
    InternalDisks,      ///< internal, disks only (taken while the domain was shut off)
    ExternalDisks,      ///< external overlay files, disks only
    ExternalFullSystem, ///< external overlays plus a memory file
};

/// The domain state a snapshot holds (<state>): what the domain comes back as on revert.
enum class SnapshotState { Running, Paused, ShutOff, DiskSnapshot, Other };

/// One snapshot as the Snapshots page shows it. Value type, any thread.
struct SnapshotInfo
{
    QString name;
    QString description;
    QString parent;    ///< the parent's name; empty for a root
    QDateTime created; ///< <creationTime> (seconds since the epoch), as UTC
    SnapshotState state = SnapshotState::Other;
    QString stateText; ///< <state> as libvirt wrote it: running, paused, shutoff, disk-snapshot
    SnapshotKind kind = SnapshotKind::InternalDisks;
    QStringList overlays; ///< the external files of an external snapshot
    bool current = false; ///< virDomainSnapshotIsCurrent (not in the XML)
    /// The guest's screen when the snapshot was taken (Snapshots::thumbnailFolder); empty when
    /// there is none (the domain was not running, or it was taken elsewhere).
    QString thumbnail;

    bool isExternal() const
    {
        return kind == SnapshotKind::ExternalDisks || kind == SnapshotKind::ExternalFullSystem;
    }
};

/// Reads a <domainsnapshot> (virDomainSnapshotGetXMLDesc). The error names the snapshot's XML.
Result<SnapshotInfo> parseSnapshotXml(const QString &xml);

/// How a new snapshot is taken.
enum class SnapshotMode {
    /// Inside the qcow2 files: with memory when the domain runs or is paused (full system), else
    /// the disks only. Every writable disk must be qcow2.
    Internal,
    /// New qcow2 overlay files beside each writable disk; the originals become their backing
    /// files. Disks only (VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY).
    DiskOnly,
};

struct SnapshotRequest
{
    QString name;
    QString description;
    SnapshotMode mode = SnapshotMode::Internal;
    /// Disk only: the guest agent freezes the guest's file systems while the overlays are made
    /// (VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE), so they hold consistent file systems.
    bool quiesce = false;
};

/// A snapshot name from the date and time, e.g. "2026-12-01_13-05-42" (no colons or slashes:
/// the name goes into overlay file names).
QString defaultSnapshotName(const QDateTime &when);

/// Why a snapshot with this name cannot be taken (empty, a slash, taken already); empty if it
/// can.
QString snapshotNameProblem(const QString &name, const QStringList &existing);

/// Where the overlay of `disk` goes for snapshot `name`: beside it, as <base>.<name>.qcow2.
QString overlayPathFor(const QString &diskSource, const QString &name);

/// Writes the <domainsnapshot> for virDomainSnapshotCreateXML. For DiskOnly it lists each
/// writable file disk with its overlay, and leaves read-only disks out (snapshot='no').
QString buildSnapshotXml(const SnapshotRequest &request, const QList<DomainDisk> &disks);

} // namespace Vireo
