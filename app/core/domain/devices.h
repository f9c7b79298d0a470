// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/devicexml.h"
#include "core/domain/devicexmledits.h"
#include "core/domain/domaincontrol.h"
#include "core/session/domaincapabilitiesxml.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

namespace Vireo {

class HostSession;

/// Adding, removing and changing a domain's devices (virDomainAttachDeviceFlags,
/// virDomainDetachDeviceFlags, virDomainUpdateDeviceFlags) with AFFECT_LIVE and/or AFFECT_CONFIG.
///
/// Every function queues its work on the host's worker thread and returns at once; the callback
/// runs on the calling (GUI) thread only while `context` lives. The domain XML these edit and
/// define back is fetched with VIR_DOMAIN_XML_SECURE, so passwords survive.
///
/// A configuration-only change on a driver without the device calls (libvirt's test driver)
/// rewrites the persistent definition and defines it back instead; the result is the same.
namespace Devices {

using DomainControl::Scope;

void attach(HostSession *session, const QString &uuid, const QString &deviceXml, Scope scope,
            QObject *context, std::function<void(Status)> done);
/// Replaces the keyed device by deviceXml (virDomainUpdateDeviceFlags): media, link state, and
/// whatever else the hypervisor changes in place.
void update(HostSession *session, const QString &uuid, const DeviceKey &key,
            const QString &deviceXml, Scope scope, QObject *context,
            std::function<void(Status)> done);
/// Replaces the keyed device in the persistent definition (detach + attach would renumber it):
/// what the Devices page's edits of a shut-off domain use; a running domain gets it at the next
/// start.
void redefine(HostSession *session, const QString &uuid, const DeviceKey &key,
              const QString &deviceXml, QObject *context, std::function<void(Status)> done);

/// How a removal ended.
struct Removal
{
    enum class Outcome {
        Removed,  ///< gone (from the configuration only, when that was all that was asked)
        Refused,  ///< the guest answered that it will not release the device
        NoAnswer, ///< the guest said nothing within the time limit
    };
    Outcome outcome = Outcome::Removed;
    Scope scope = Scope::Config;
    int timeoutSeconds = 0;
};

/// Removes a device. A live removal is asked for (virDomainDetachDeviceAlias) and the worker goes
/// on with its other jobs; done comes with the guest's answer (the device-removed or
/// removal-failed event) or after timeoutSeconds without one. The configuration's copy (for
/// LiveAndConfig) goes as soon as the guest has been asked, as libvirt's own LIVE|CONFIG detach
/// does. libvirt errors come back as errors; a device the configuration lacks fails before
/// anything is asked.
void detach(HostSession *session, const QString &uuid, const DeviceKey &key, Scope scope,
            int timeoutSeconds, QObject *context, std::function<void(Result<Removal>)> done);
/// What the user reads about a removal: which of the three happened and what is left in the
/// configuration. `device` names it ("Disk vdb").
QString removalMessage(const Removal &removal, const QString &device);

/// Inserts isoPath into a CD-ROM drive (target "sdb"), or ejects it when isoPath is empty.
void changeMedia(HostSession *session, const QString &uuid, const QString &target,
                 const QString &isoPath, Scope scope, QObject *context,
                 std::function<void(Status)> done);
/// Sets a NIC's link up or down.
void setLinkState(HostSession *session, const QString &uuid, const QString &mac, bool up,
                  Scope scope, QObject *context, std::function<void(Status)> done);

/// Every MAC address the host's domains use, live and configured (lower case).
void fetchUsedMacs(HostSession *session, QObject *context,
                   std::function<void(Result<QSet<QString>>)> done);

/// A device of the host that could be given to a guest.
struct HostDevice
{
    enum class Bus { Usb, Pci };
    Bus bus = Bus::Usb;
    QString name;      ///< the node device's name: usb_1_2, pci_0000_00_02_0
    QString vendorId;  ///< "0x046d"
    QString productId; ///< "0xc52b"
    QString vendor;    ///< "Logitech, Inc."; may be empty
    QString product;
    QString address; ///< "bus 1 device 3", "0000:00:02.0"
};

/// USB and PCI devices from virConnectListAllNodeDevices, USB first.
void listHostDevices(HostSession *session, QObject *context,
                     std::function<void(Result<QList<HostDevice>>)> done);
/// Reads one node device's XML (the part listHostDevices uses). Pure; for tests.
Result<HostDevice> parseNodeDeviceXml(const QString &xml);

/// The domain capabilities for the domain's architecture and virtualization type: what the Add
/// Hardware dialog offers (TPM emulator, firmware).
void fetchDomainCapabilities(HostSession *session, const QString &uuid, QObject *context,
                             std::function<void(Result<DomainCapabilities>)> done);

/// Rewrites the persistent definition's SPICE display as VNC (switchSpiceToVnc); a running
/// domain keeps SPICE until it next starts.
void switchToVnc(HostSession *session, const QString &uuid, QObject *context,
                 std::function<void(Status)> done);

} // namespace Devices
} // namespace Vireo
