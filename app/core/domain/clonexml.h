// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace Vireo {

/// What a clone does with one disk of the original.
enum class CloneDiskMode {
    Copy,     ///< a full copy in the same pool (virStorageVolCreateXMLFrom)
    Linked,   ///< a new qcow2 overlay that reads from the original, which must not change
    Share,    ///< the clone uses the same image (read-only media such as ISOs)
    LeaveOut, ///< the clone has no such disk
};

/// The new source of one <disk> of the clone. Value type.
struct CloneDiskChange
{
    CloneDiskMode mode = CloneDiskMode::Share;
    QString path; ///< the new volume's path (Copy, Linked)
    QString pool; ///< its pool and name: written for a type='volume' disk
    QString volume;
    QString format; ///< the new volume's format: qcow2 for Linked, the original's for Copy
};

/// Everything the clone's XML changes from the original's. Value type.
struct CloneXmlChanges
{
    QString name;
    QString uuid;                 ///< empty: none is written, libvirt makes one
    QStringList macs;             ///< the new MAC of each <interface>, in order
    QList<CloneDiskChange> disks; ///< one per <disk>, in order
    /// The clone's own copy of the UEFI variables; empty drops the path, so libvirt makes a fresh
    /// one from the firmware's template at the first start.
    QString nvramPath;
};

/// The clone's domain XML: the original's (read with VIR_DOMAIN_XML_SECURE | INACTIVE) with a new
/// name, UUID and MACs, its graphics on an automatic port, each disk rewritten to its new
/// volume (or left as it was, or left out) and its NVRAM path. Everything else is copied as it
/// was (XmlRewriter). Fails when a list does not match the domain's disks or interfaces. Pure.
Result<QString> rewriteCloneXml(const QString &xml, const CloneXmlChanges &changes);

/// A new locally administered MAC in QEMU's range (52:54:00:xx:xx:xx) that is not in `taken`,
/// which it joins (lower case). `random` gives 32 random bits (tests give a fixed sequence).
QString newMacAddress(QSet<QString> &taken, const std::function<quint32()> &random);

} // namespace Vireo
