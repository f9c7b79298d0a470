// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/graphicsxml.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Vireo {

/// One device of a domain as the details window lists it.
struct DomainDevice
{
    QString kind;  ///< the element name: disk, interface, graphics, video, memballoon, serial...
    QString title; ///< e.g. "Disk vda", "NIC 52:54:00:00:00:01"
    QList<QPair<QString, QString>> properties; ///< (label, value) in display order
    QString key; ///< what names it among its kind: a disk's target, a NIC's MAC; else empty
};

/// One <disk> of a domain, as snapshots need it: what it is, its format and where it lives.
struct DomainDisk
{
    QString target;        ///< <target dev=...>: vda, sdb...
    QString device;        ///< disk, cdrom, floppy, lun
    QString format;        ///< <driver type=...>: qcow2, raw...; empty when not said
    QString source;        ///< as diskSource() spells it: a file, a device, pool/volume...
    QString sourceType;    ///< <disk type=...>: file, block, volume, network...
    bool readOnly = false; ///< <readonly/>, or a CD-ROM (always read-only)
    QString sourcePath;    ///< <source file=...> or <source dev=...>; empty otherwise
    QString sourcePool;    ///< <source pool=... volume=...> (type='volume' disks)
    QString sourceVolume;
};

/// A serial port or console of a domain that a text console can open: a <serial> or <console>
/// backed by a pty (libvirt opens only those with virDomainOpenConsole). A <console> that only
/// mirrors a <serial> (target type serial, the same port) is the serial port itself, not listed
/// again.
struct DomainTextConsole
{
    enum class Kind { Serial, Console };
    Kind kind = Kind::Serial;
    int port = 0;       ///< <target port=...>: Serial 0, Serial 1, Console 0...
    QString targetType; ///< <target type=...>: isa-serial, virtio, serial...
    QString alias;      ///< <alias name=...> in the live XML: the dev_name of virDomainOpenConsole
    QString ptyPath;    ///< the host's pty (live XML), for the user's information only
    int index = 0;      ///< position among the domain's <serial> (or <console>) elements
    /// What virDomainOpenConsole is given: the alias, or before the guest ran (no alias yet) the
    /// one libvirt's QEMU driver gives it, "serial" or "console" and the element's position.
    QString deviceName() const
    {
        if (!alias.isEmpty())
            return alias;
        return (kind == Kind::Serial ? QStringLiteral("serial") : QStringLiteral("console")) +
               QString::number(index);
    }
    bool operator==(const DomainTextConsole &) const = default;
};

/// One <interface> of a domain: where it is plugged in (the Networks page's attached domains,
/// the guest addresses' "has a NIC").
struct DomainInterface
{
    QString type;    ///< <interface type=...>: network, bridge, direct, user...
    QString network; ///< <source network=...> (type='network')
    QString bridge;  ///< <source bridge=...> (type='bridge'; also the live XML of type='network')
    QString mac;     ///< <mac address=...>
    QString model;   ///< <model type=...>
};

/// Direct kernel boot and boot device order, as in the domain's <os> element.
struct BootOptions
{
    QStringList bootDevices; ///< "hd", "cdrom", "network", "fd", in boot order
    QString kernel;
    QString initrd;
    QString cmdline;
    bool bootMenu = false; ///< <bootmenu enable='yes'/>: the firmware offers a boot menu
};

/// What the details window shows of a domain's XML. Value type, any thread.
struct DomainDescription
{
    QString name;
    QString uuid;
    QString title;
    QString description;
    QString hypervisor; ///< <domain type=...>: kvm, qemu, test...
    int id = -1;        ///< <domain id=...>: set while it runs (live XML), else -1
    QString osType;     ///< hvm, xen, exe...
    QString arch;
    QString machine;
    QString firmware;  ///< "efi" or "bios" (libvirt's default when nothing says otherwise)
    QString loader;    ///< firmware image path, if any
    QString nvramPath; ///< <os><nvram>: the guest's own copy of the UEFI variables; empty if none
    QString osInfoId;  ///< libosinfo id from the metadata, e.g. http://debian.org/debian/12
    BootOptions boot;
    bool deviceBootOrder = false; ///< some device has its own <boot order=...>
    int vcpuMaximum = 0;
    int vcpuCurrent = 0;
    int sockets = 0, dies = 0, cores = 0, threads = 0; ///< 0 when no <topology>
    quint64 memoryKiB = 0;                             ///< <memory>: the maximum
    quint64 currentMemoryKiB = 0; ///< <currentMemory>: the balloon target in the XML
    QString balloonModel;         ///< <memballoon model=...>; empty when there is no element
    int balloonStatsPeriod = 0;   ///< <memballoon><stats period=...> in seconds; 0 when off
    QList<DomainDevice> devices;
    QList<DomainDisk> disks;               ///< every <disk>, in order
    QList<DomainInterface> interfaces;     ///< every <interface>, in order
    QList<DomainGraphics> graphics;        ///< every <graphics>, in order (index = position)
    QList<DomainTextConsole> textConsoles; ///< pty serial ports first, then pty consoles
    /// The guest agent's channel is connected (live XML): qemu-guest-agent answers in the guest.
    bool guestAgentConnected = false;

    QString cpuMode;  ///< <cpu mode=...>: host-model, host-passthrough, custom; empty: none
    QString cpuModel; ///< <cpu><model>: the named CPU model (custom mode), else empty

    /// The libvirt networks its <interface type='network'>s use, once each, in order.
    QStringList networks() const
    {
        QStringList names;
        for (const DomainInterface &nic : interfaces)
            if (nic.type == u"network" && !nic.network.isEmpty() && !names.contains(nic.network))
                names.append(nic.network);
        return names;
    }
    /// Every interface's MAC address in lower case, in order (for MACs free on the host).
    QStringList macAddresses() const
    {
        QStringList macs;
        for (const DomainInterface &nic : interfaces)
            macs.append(nic.mac.toLower());
        return macs;
    }
};

/// Reads a domain's XML (as libvirt returns it) with QXmlStreamReader.
Result<DomainDescription> parseDomainXml(const QString &xml);

/// Returns the XML with the <os> element's boot devices, boot menu, kernel, initrd and cmdline
/// replaced by `boot` (empty fields are removed; a boot menu keeps its timeout). Everything else
/// is copied as it was.
Result<QString> rewriteBootOptions(const QString &xml, const BootOptions &boot);

/// vCPU maximum and topology, as in <vcpu> and <cpu><topology>.
struct CpuLayout
{
    int maximum = 1;
    int sockets = 0; ///< 0: no topology (libvirt's default, one socket per vCPU)
    int cores = 0;
    int threads = 0;
};

/// Returns the XML with the vCPU maximum (and the current count lowered to it if needed) and the
/// CPU topology replaced. The topology must fit the maximum (cpuTopologyProblem).
Result<QString> rewriteCpuLayout(const QString &xml, const CpuLayout &layout);

/// Checks XML a user edited before it is defined: it must parse, be a <domain>, and keep the
/// domain's UUID (a changed or missing UUID would define a second domain instead).
Status checkEditedDomainXml(const QString &xml, const QString &expectedUuid);

/// Converts a libvirt scaled integer (<memory unit='MiB'>) to KiB. Unknown units give 0.
quint64 toKiB(quint64 value, const QString &unit);

} // namespace Vireo
