// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/domaincontrol.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <variant>

namespace Vireo {

/// The device XML the Add Hardware dialog and the Devices page hand to libvirt, written with
/// QXmlStreamWriter from one spec per type; and the pure rules around it: free target names,
/// unique MACs, which definition a change goes to. Value types and pure functions, any thread.

/// A disk or a CD-ROM drive.
struct DiskDeviceSpec
{
    enum class Source { File, Block, Volume, Empty };
    bool cdrom = false;
    Source source = Source::File;
    QString path;   ///< File, Block
    QString pool;   ///< Volume
    QString volume; ///< Volume
    QString format; ///< <driver type>: raw, qcow2...; empty lets libvirt probe nothing (raw)
    QString bus = QStringLiteral("virtio"); ///< virtio, sata, scsi, usb
    QString cache;                          ///< empty (hypervisor default), none, writeback...
    bool readOnly = false;
    bool shareable = false;
    QString target; ///< vda, sdb...: from freeDiskTarget()
};

struct NicDeviceSpec
{
    enum class Source { Network, Bridge, User };
    Source source = Source::Network;
    QString sourceName; ///< the network or bridge
    QString model = QStringLiteral("virtio");
    QString mac; ///< 52:54:00:...; from generateMac()
    bool linkUp = true;
};

/// VNC graphics, with the wizard's listen rule: an address (127.0.0.1 local only, 0.0.0.0 all).
struct GraphicsDeviceSpec
{
    QString listenAddress = QStringLiteral("127.0.0.1");
    QString password; ///< a secret: written into the XML, never logged
};

struct VideoDeviceSpec
{
    QString model = QStringLiteral("virtio"); ///< virtio, qxl, vga, bochs, ramfb, none
    quint64 vramKiB = 0;                      ///< 0: the model's default
};

/// A serial port, a console, or the QEMU guest agent's channel.
struct CharDeviceSpec
{
    enum class Kind { Serial, Console, GuestAgent };
    Kind kind = Kind::Serial;
    int port = -1; ///< serial/console port; -1 lets libvirt number it
};

/// A USB device of the host, by vendor and product ID ("0x046d").
struct UsbHostDeviceSpec
{
    QString vendorId;
    QString productId;
};

struct RngDeviceSpec
{
    QString backend = QStringLiteral("/dev/urandom");
};

struct WatchdogDeviceSpec
{
    QString model = QStringLiteral("i6300esb"); ///< i6300esb, ib700, itco
    QString action = QStringLiteral("reset");   ///< reset, shutdown, poweroff, pause, dump, none
};

struct SoundDeviceSpec
{
    QString model = QStringLiteral("ich9"); ///< ich9, ich6, ac97, usb
};

struct InputDeviceSpec
{
    QString type = QStringLiteral("tablet"); ///< tablet, keyboard, mouse
    QString bus = QStringLiteral("usb");     ///< usb, virtio, ps2
};

/// A TPM 2.0 emulated by swtpm.
struct TpmDeviceSpec
{
    QString model = QStringLiteral("tpm-crb"); ///< tpm-crb, tpm-tis
};

using DeviceSpec =
    std::variant<DiskDeviceSpec, NicDeviceSpec, GraphicsDeviceSpec, VideoDeviceSpec, CharDeviceSpec,
                 UsbHostDeviceSpec, RngDeviceSpec, WatchdogDeviceSpec, SoundDeviceSpec,
                 InputDeviceSpec, TpmDeviceSpec>;

/// Options for writing device XML.
struct DeviceXmlOptions
{
    bool maskSecrets = false; ///< passwords as ******** (for the preview)
};

/// What is wrong with the spec, in a sentence for the user; empty when it can be written.
QString deviceSpecProblem(const DeviceSpec &spec);
/// The device's XML (one element: <disk>, <interface>...). Fails with deviceSpecProblem().
Result<QString> buildDeviceXml(const DeviceSpec &spec, const DeviceXmlOptions &options = {});
/// Whether a running domain (QEMU) can take the device without a restart: disks on virtio, SCSI
/// or USB, NICs, host USB devices, RNGs, the guest-agent channel, USB and virtio input.
bool canAttachLive(const DeviceSpec &spec);

/// The first target name for bus that used does not hold: vda, vdb... for virtio; sda... for
/// sata, scsi and usb (one namespace, as libvirt has it); hda... for ide; after z comes aa.
QString freeDiskTarget(const QString &bus, const QStringList &used);

/// Whether mac is a unicast MAC address written aa:bb:cc:dd:ee:ff.
bool isValidMac(const QString &mac);
/// A MAC in QEMU's 52:54:00 range that used (any case) does not hold. random gives 32 random
/// bits per call (QRandomGenerator in the app, fixed sequences in tests).
QString generateMac(const QSet<QString> &used, const std::function<quint32()> &random);
/// Why mac cannot be used on this host (badly written, multicast, already taken by a domain);
/// empty when it can.
QString macProblem(const QString &mac, const QSet<QString> &used);

/// When the user wants a change to happen.
enum class ApplyWhen { Now, AfterRestart, NowAndAfterRestart };
/// The libvirt impact (AFFECT_LIVE and/or AFFECT_CONFIG) for the user's choice and the domain's
/// state: a shut-off domain only has its configuration; "now" on a running domain is the live
/// domain only; a device that cannot be attached live fails for "now" with a sentence that says
/// so, and goes to the configuration for "now and after restart".
Result<DomainControl::Scope> deviceScope(ApplyWhen when, bool running, bool liveCapable = true);

} // namespace Vireo
