// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Vireo {

/// What Vireo found out about one host to decide whether KVM is usable there. Gathered on the
/// host's worker (kvmprobe_p.h); value type, any thread.
struct KvmInputs
{
    enum class Driver { Qemu, Test, Other };
    Driver driver = Driver::Qemu;
    QString driverName; ///< for Other: "lxc", "xen"...
    bool local = true;  ///< Uri::isLocal: this machine's /proc/cpuinfo and /dev/kvm are the host's
    bool session = false; ///< qemu:///session: QEMU runs as the user who connects

    /// "vmx" or "svm" when the CPU has one (local: /proc/cpuinfo; remote: the host CPU's features
    /// in the capabilities, expanded from its model); empty when it has neither.
    QString cpuFlag;
    bool cpuKnown = true; ///< false when neither source could be read

    /// Whether the user QEMU runs as can open /dev/kvm (local hosts only).
    enum class Device {
        Accessible,   ///< it can
        Missing,      ///< /dev/kvm does not exist
        DeniedToQemu, ///< the daemon (root) can open it, QEMU's user cannot: libvirt re-probes
        Denied,       ///< QEMU's user cannot, and neither can the daemon (the same user)
        Unknown,      ///< not checked: a remote host
    };
    Device device = Device::Unknown;
    QString qemuUser;     ///< "libvirt-qemu (uid 64055, gid 64055)", or the connecting user
    QString qemuUserName; ///< "libvirt-qemu": for the commands in the fix
    QString deviceMode;   ///< what /dev/kvm is: "root:kvm 0660"

    bool kvmOffered = false;  ///< the domain capabilities answer for virt type kvm
    QString kvmRefusal;       ///< libvirt's words when they do not
    bool qemuOffered = false; ///< software emulation (TCG) is there
};

/// The one answer to "is KVM usable on this host", for the host check, the wizard and the details
/// window. Value type, any thread.
struct KvmDecision
{
    enum class Verdict {
        Usable,           ///< all three conditions hold
        UsableUnverified, ///< none fails, one could not be checked (a remote host's /dev/kvm)
        NotUsable,        ///< one fails: guests must run under software emulation
        NotApplicable,    ///< not a QEMU host (the test driver, LXC, Xen...)
    };
    /// One condition's state.
    enum class Check { Met, Failed, Unknown };

    Verdict verdict = Verdict::NotUsable;
    Check cpu = Check::Unknown;    ///< vmx or svm in the CPU flags
    Check device = Check::Unknown; ///< /dev/kvm accessible to QEMU's user
    Check offer = Check::Unknown;  ///< libvirt's domain capabilities offer kvm
    /// Root can open /dev/kvm, QEMU's user cannot, and libvirt offers kvm: libvirt's check and
    /// QEMU's probe disagree, so libvirt re-probes QEMU on every call.
    bool reprobesEveryCall = false;
    QString slowWarning; ///< when reprobesEveryCall: why every action on the host is slow
    QString summary;     ///< one line for a headline or the wizard's hint
    QString fix;         ///< what would make KVM usable (or fast); empty when nothing is to do

    bool usable() const
    {
        return verdict == Verdict::Usable || verdict == Verdict::UsableUnverified;
    }
};

/// Decides from the three conditions. Pure; any thread.
KvmDecision decideKvm(const KvmInputs &inputs);

/// The virtualization flag in /proc/cpuinfo-format text: "vmx", "svm" or empty.
QString cpuVirtualizationFlag(const QString &cpuinfo);

/// A file's owner, group and permission bits (from stat), and a user with its groups.
struct FileOwnership
{
    uint uid = 0;
    uint gid = 0;
    uint mode = 0; ///< st_mode & 07777
};
struct UserIds
{
    uint uid = 0;
    uint gid = 0;
    QList<uint> groups; ///< supplementary groups
};
/// Whether the permission bits let the user read and write the file: root always; else the owner,
/// group or other bits, whichever class the user is in first (POSIX: owner bits apply to the
/// owner even when the group bits would allow more). ACLs are not read.
bool allowsReadWrite(const FileOwnership &file, const UserIds &user);

} // namespace Vireo
