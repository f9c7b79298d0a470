// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/storage/storagexml.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QObject;

namespace Vireo {

class HostSession;

/// What the Define Pool dialog asks for. Which fields count depends on the type:
/// dir: targetPath. fs: sourceDevices (one), sourceFormat, targetPath.
/// netfs: sourceHost, sourceDir, sourceFormat (nfs, cifs, glusterfs...), targetPath.
/// logical: sourceName (the volume group), sourceDevices (optional physical volumes).
/// Value type.
struct PoolDefinition
{
    QString type = QStringLiteral("dir");
    QString name;
    QString targetPath;
    QString sourceHost;
    QString sourceDir;
    QStringList sourceDevices;
    QString sourceName;
    QString sourceFormat;
    /// fs: format the device with sourceFormat if it holds no file system (never over one).
    /// logical: create the volume group on sourceDevices (they must be empty).
    bool build = false;
    bool autostart = true;
};

/// Pool definitions: the types Vireo has fields for, their validation and their XML. Pure; any
/// thread.
namespace PoolDefinitions {

/// The types whose fields the dialog has: dir, fs, netfs, logical.
QStringList editableTypes();
/// libvirt's own lists for those four, offered when the host cannot list its types (a libvirt
/// before 5.2, the test driver).
QList<PoolTypeOffer> fallbackOffers();
/// Whether `def` may be defined: a name not in `taken`, and the fields of its type (offer: what
/// the host offers for that type, whose formats the format must be one of). The error says which
/// field is wrong and how.
Status check(const PoolDefinition &def, const PoolTypeOffer &offer, const QStringList &taken);
/// The XML virStoragePoolDefineXML receives (QXmlStreamWriter).
QString xml(const PoolDefinition &def);

} // namespace PoolDefinitions

namespace Storage {

/// The pool types the host can define, each with its formats (virConnectGetStoragePoolCapabilities,
/// parsed on the worker). A driver without that call (the test driver) answers with an error that
/// isUnsupported() recognises.
void poolTypes(HostSession *session, QObject *context,
               std::function<void(Result<QList<PoolTypeOffer>>)> done);
/// Defines a pool, builds it (dir, netfs and fs: the target folder; fs with build: the file
/// system, only on a device without one; logical with build: the volume group), starts it and
/// sets its autostart. A failed step undoes the ones before it (the definition is removed), so
/// nothing half-made stays. The definition is not checked here: call PoolDefinitions::check.
void definePool(HostSession *session, const PoolDefinition &def, QObject *context,
                std::function<void(Status)> done);
/// A dir pool at `path` (definePool with type dir).
void defineDirPool(HostSession *session, const QString &name, const QString &path, bool autostart,
                   QObject *context, std::function<void(Status)> done);

} // namespace Storage

} // namespace Vireo
