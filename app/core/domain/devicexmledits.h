// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/devicexml.h"

#include <QString>

namespace Vireo {

/// Finding, reading and changing one device in a domain's XML (with the XML rewriter): what the
/// device calls send to libvirt, and what a configuration-only change defines back. Pure
/// functions, any thread.

/// The spec of an existing disk, CD-ROM, NIC or video element (what the Edit dialog starts
/// from). Fails for other devices and for sources the specs cannot say (network disks).
Result<DeviceSpec> deviceSpecFromXml(const QString &deviceXml);

/// Which device of a domain: its element name and, for disks and NICs, their target or MAC;
/// otherwise its position among the devices of that kind.
struct DeviceKey
{
    QString kind;    ///< disk, interface, video...
    QString id;      ///< disk target / NIC MAC; empty for the others
    int ordinal = 0; ///< the index among the devices of this kind (when id is empty)
};

/// The device's element in a domain's XML, written back as text (with secrets when the XML was
/// fetched with them). Fails when the domain has no such device.
Result<QString> deviceElementXml(const QString &domainXml, const DeviceKey &key);
/// The <alias name> of the device in a live domain's XML; empty when there is none.
QString deviceAlias(const QString &domainXml, const DeviceKey &key);
/// The domain XML with the device added at the end of <devices>.
Result<QString> appendDevice(const QString &domainXml, const QString &deviceXml);
/// The domain XML without the device. Fails when it has no such device.
Result<QString> removeDevice(const QString &domainXml, const DeviceKey &key);
/// The domain XML with the device replaced by deviceXml. Fails when it has no such device.
Result<QString> replaceDevice(const QString &domainXml, const DeviceKey &key,
                              const QString &deviceXml);

/// The CD-ROM element with its source set to isoPath (empty: ejected), everything else kept.
Result<QString> cdromWithMedia(const QString &cdromXml, const QString &isoPath);
/// The interface element with <link state='up|down'/>.
Result<QString> interfaceWithLink(const QString &interfaceXml, bool up);

/// The domain XML with every SPICE <graphics> turned into VNC, keeping its listen address(es)
/// and password; the SPICE-only devices libvirt refuses without it (spicevmc channels and USB
/// redirection) go, a SPICE audio backend becomes 'none'. Fails when the domain has no SPICE.
Result<QString> switchSpiceToVnc(const QString &domainXml);

} // namespace Vireo
