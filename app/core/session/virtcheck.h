// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/session/kvmdecision.h"

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

/// The host check: one item per condition of the KVM decision, and a verdict that is the
/// decision's own summary, so the headline never contradicts an item. Value type.
struct VirtCheck
{
    QList<VirtCheckItem> items;
    KvmDecision kvm;
    bool kvmOffered = false;  ///< the host's domain capabilities offer kvm
    bool qemuOffered = false; ///< software emulation (TCG) is available
    QString verdict;          ///< one line: what guests on this host will run as
};

/// Whether /proc/modules-format text lists kvm (and which vendor module).
QString loadedKvmModules(const QString &modules);

/// What the kvm module looks like on a local host: /proc/modules' text and whether
/// /sys/module/kvm exists (built into the kernel).
struct KvmModuleState
{
    QString procModules;
    bool builtIn = false;
};

/// Builds the check from the decision's inputs. Pure; any thread.
VirtCheck describeVirtCheck(const KvmInputs &inputs, const KvmModuleState &module);

/// The KVM decision alone (for the details window), gathered like the check's. Worker, then
/// done on the GUI thread while context lives.
void fetchKvmDecision(HostSession *session, QObject *context,
                      std::function<void(Result<KvmDecision>)> done);

/// Runs the check on the host's worker: gathers the KVM decision's inputs (CPU flags, /dev/kvm
/// for QEMU's user, libvirt's offer) and the kvm module's state, then describeVirtCheck.
void runVirtCheck(HostSession *session, QObject *context,
                  std::function<void(Result<VirtCheck>)> done);

} // namespace Vireo
