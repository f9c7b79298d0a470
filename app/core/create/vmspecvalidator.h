// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/create/hostcapabilities.h"
#include "core/create/osinfo.h"
#include "core/create/vmcreator.h"
#include "core/storage/storage.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Vireo {

/// What a check of one path on this machine found. Value type, any thread.
struct PathFacts
{
    bool exists = false;
    bool isFile = false;
    bool readable = false;
    /// The ISO's volume descriptor (or why it could not be read), when it was asked for.
    std::optional<Result<IsoIdentity>> iso;
};

/// Everything the New-VM wizard's checks look at: the fields as the pages hold them (as the plan
/// Finish would carry out) and what is known around them. Value type, any thread.
struct VmDraft
{
    /// What Finish would create now; a new volume's disk path is still empty.
    VmCreationPlan plan;
    bool hostSelected = false;
    /// Empty until the host's capabilities have arrived.
    std::optional<HostCapabilities> capabilities;
    QString capabilitiesError; ///< why they could not be read
    bool poolsLoaded = false;
    QList<StoragePoolInfo> pools;
    QStringList poolVolumes; ///< names of the volumes already in plan.pool
    /// The host is this machine, so its paths can be checked here (see paths).
    bool pathsAreLocal = false;
    /// Local paths whose check has answered. A path missing here is still being checked.
    QHash<QString, PathFacts> paths;
};

/// The verdict on one wizard step. Value type.
struct StepCheck
{
    QString problem;      ///< what blocks Next, in words; empty when nothing does
    bool waiting = false; ///< the problem is a wait (host data, a file check), not a mistake
    QStringList notes;    ///< remarks that do not block (e.g. "the guest will run slower")

    bool ok() const { return problem.isEmpty(); }
};

/// The New-VM wizard's field checks: pure functions of a VmDraft, no widgets, no file access, no
/// libvirt; any thread. The pages show their words and block Next on a problem.
namespace VmSpecValidator {

/// Host, architecture, virtualization type and the install source's paths.
StepCheck sourceStep(const VmDraft &draft);
/// vCPUs, maximum and topology against the hypervisor; memory and maximum against the host.
StepCheck cpuMemoryStep(const VmDraft &draft);
/// The new volume against its pool's free space, or the existing disk's path.
StepCheck storageStep(const VmDraft &draft);
/// Name, network and VNC; and whether an earlier step has come to need attention meanwhile
/// (a host switch, pools still loading).
StepCheck finishStep(const VmDraft &draft);

/// Local paths the source and storage steps look at, with whether the ISO's descriptor is
/// wanted (the install media) or only the file's existence.
struct PathWanted
{
    QString path;
    bool readIso = false;
};
QList<PathWanted> pathsToCheck(const VmDraft &draft);

} // namespace VmSpecValidator
} // namespace Vireo
