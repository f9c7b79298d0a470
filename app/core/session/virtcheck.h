#pragma once

#include "core/common/result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace Vireo {

class HostSession;

/// One line of the host's virtualization check, with what it means for a newcomer.
struct VirtCheckItem
{
    enum class Level { Ok, Warning, Problem, Unknown };
    QString title; ///< "CPU virtualization extensions"
    Level level = Level::Unknown;
    QString finding;     ///< "vmx (Intel VT-x) present"
    QString explanation; ///< why it matters, in a sentence or two
};

struct VirtCheck
{
    QList<VirtCheckItem> items;
    bool kvmOffered = false;  ///< the host's domain capabilities offer kvm
    bool qemuOffered = false; ///< software emulation (TCG) is available
    QString verdict;          ///< one line: what guests on this host will run as
};

/// Parses the CPU flags of /proc/cpuinfo-format text: "vmx", "svm" or empty.
QString cpuVirtualizationFlag(const QString &cpuinfo);
/// Whether /proc/modules-format text lists kvm (and which vendor module).
QString loadedKvmModules(const QString &modules);

/// Runs the check on the host's worker: CPU flags, /dev/kvm and the kvm module (local hosts;
/// remote hosts: the CPU features libvirt reports), and which virt types the host's domain
/// capabilities offer.
void runVirtCheck(HostSession *session, QObject *context,
                  std::function<void(Result<VirtCheck>)> done);

} // namespace Vireo
