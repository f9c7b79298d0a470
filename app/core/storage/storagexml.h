// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Vireo {

/// What a pool's XML says (virStoragePoolGetXMLDesc). Value type, any thread.
struct StoragePoolXml
{
    QString name;
    QString uuid;
    QString type;       ///< <pool type=...>: dir, fs, netfs, logical...
    QString targetPath; ///< <target><path>; empty for pools without one
    quint64 capacityBytes = 0;
    quint64 allocationBytes = 0;
    quint64 availableBytes = 0;
};

/// One pool type the host's storage driver offers (virConnectGetStoragePoolCapabilities), with
/// the source formats it lists for it. Value type.
struct PoolTypeOffer
{
    QString type;              ///< dir, fs, netfs, logical, iscsi...
    QStringList sourceFormats; ///< <poolOptions><enum name='sourceFormatType'>; may be empty
    QString defaultFormat;     ///< <poolOptions><defaultFormat type=...>
};

/// What a volume's XML says (virStorageVolGetXMLDesc). Value type, any thread.
struct StorageVolumeXml
{
    QString name;
    QString type;   ///< <volume type=...>: file, block, dir...
    QString path;   ///< <target><path>
    QString format; ///< <target><format type=...>: raw, qcow2, iso...
    quint64 capacityBytes = 0;
    quint64 allocationBytes = 0;
    QString backingPath;   ///< <backingStore><path>: the image a qcow2 overlay reads from
    QString backingFormat; ///< <backingStore><format type=...>
};

/// The storage XML parsers, written once (QXmlStreamReader through XmlElement). Pure; any thread.
/// Sizes are read with their unit attribute (bytes, KiB, MiB, GiB, TiB; libvirt's "k", "M"...).
namespace StorageXml {

Result<StoragePoolXml> parsePool(const QString &xml);
Result<StorageVolumeXml> parseVolume(const QString &xml);

/// The pool types the host's storage driver supports, from virConnectGetStoragePoolCapabilities'
/// <storagepoolCapabilities>: each <pool type=...> with supported='yes', in the host's order,
/// with its source formats.
Result<QList<PoolTypeOffer>> parsePoolCapabilities(const QString &xml);

/// A size element's value in bytes from its text and unit, or an error naming the element.
Result<quint64> sizeInBytes(const QString &text, const QString &unit);

/// The volume XML virStorageVolCreateXML receives (QXmlStreamWriter). A backing path makes a
/// qcow2 overlay of that image (its format given by backingFormat). A qcow2 is version 3
/// (compat 1.1, as qemu-img makes it), not libvirt's default version 2.
QString volumeXml(const QString &name, const QString &format, quint64 capacityBytes,
                  quint64 allocationBytes, const QString &backingPath = {},
                  const QString &backingFormat = {});

} // namespace StorageXml

} // namespace Vireo
