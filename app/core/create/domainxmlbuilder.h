// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/cputopology.h"

#include <QString>
#include <QStringList>

namespace Vireo {

/// How a new domain gets its operating system (virt-install's --cdrom/--import/--boot
/// kernel=/--pxe).
enum class InstallMethod {
    LocalMedia,  ///< an ISO file or pool volume attached as a CD-ROM
    ImportDisk,  ///< an existing disk image that already holds a system
    KernelBoot,  ///< direct kernel boot: kernel, initrd, command line
    NetworkBoot, ///< PXE
    Manual,      ///< no install source; the user attaches one later
};

enum class NetworkKind {
    None,
    VirtualNetwork, ///< a libvirt network (<interface type='network'>)
    Bridge,         ///< a host bridge (<interface type='bridge'>)
    User,           ///< user-mode networking (session connections)
};

/// Everything the New-VM wizard decides about a domain. Plain value type: no libvirt, any thread.
struct DomainSpec
{
    QString name;
    QString description;
    QString domainType = QStringLiteral("kvm"); ///< <domain type>: kvm, qemu, test...
    QString arch = QStringLiteral("x86_64");
    QString osType = QStringLiteral("hvm");
    QString machine;  ///< empty: the hypervisor's default
    QString osinfoId; ///< libosinfo id, e.g. http://debian.org/debian/12 (metadata only)

    InstallMethod install = InstallMethod::LocalMedia;
    QString mediaPath; ///< ISO (LocalMedia)
    QString cdromBus = QStringLiteral("sata");
    QString kernelPath, initrdPath, kernelArgs; ///< KernelBoot

    bool hasDisk = true;
    QString diskPath;                             ///< file or block device
    QString diskFormat = QStringLiteral("qcow2"); ///< qcow2 or raw
    QString diskBus = QStringLiteral("virtio");

    quint64 memoryMiB = 1024;                ///< what the guest has at start (<currentMemory>)
    quint64 maxMemoryMiB = 1024;             ///< the balloon's ceiling (<memory>)
    int vcpus = 1;                           ///< online at start
    int maxVcpus = 1;                        ///< what live hot-add can reach
    int sockets = 0, cores = 0, threads = 0; ///< 0: no explicit topology
    QString cpuMode; ///< e.g. host-passthrough; empty: the hypervisor's default

    NetworkKind network = NetworkKind::VirtualNetwork;
    QString networkSource = QStringLiteral("default"); ///< network or bridge name
    QString nicModel = QStringLiteral("virtio");

    bool graphics = true;
    QString vncListen = QStringLiteral("127.0.0.1");
    QString vncPassword; ///< secret: masked in previews, never logged
    QString videoModel = QStringLiteral("virtio");
    /// Serial console, guest-agent channel, virtio RNG and balloon (not for the test driver).
    bool guestExtras = true;

    /// Empty: the hypervisor's default (BIOS on x86); "efi": UEFI, the image chosen by libvirt
    /// from the host's firmware descriptors (OVMF).
    QString firmware;
    bool secureBoot = false; ///< UEFI with Secure Boot (a q35 machine with SMM)
    bool tpm = false;        ///< a TPM 2.0 emulated by swtpm (tpm-crb)

    CpuTopology topology() const { return {sockets, cores, threads}; }
    bool hasTopology() const { return !topology().isEmpty(); }
};

/// Turns a DomainSpec into libvirt domain XML with QXmlStreamWriter (every user string escaped).
/// Pure functions: no libvirt, any thread.
namespace DomainXmlBuilder {

/// Characters allowed in a domain name, and its maximum length.
constexpr int maxNameLength = 64;
/// Empty when the name is fine, else why not (in words).
QString nameProblem(const QString &name);
/// Whether text is an IPv4 or IPv6 address (what a VNC listen address must be).
bool isIpAddress(const QString &text);

/// Every problem with the spec, in words; empty when it can be built.
QStringList problems(const DomainSpec &spec);

struct Options
{
    /// Writes the VNC password as "********" (for a preview the user can copy).
    bool maskSecrets = false;
};

/// The domain XML, or the first problem.
Result<QString> build(const DomainSpec &spec, const Options &options = {});

} // namespace DomainXmlBuilder
} // namespace Vireo
