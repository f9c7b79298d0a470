// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace Vireo {

/// The names a clone gets: the batch's name pattern, a suggested name, the names of the new
/// volumes. Pure functions; any thread.
namespace CloneNames {

/// The most clones one batch makes.
constexpr int MaxBatch = 500;

/// Expands one numeric range in braces, as a shell does: "lab-{01..20}" gives lab-01 … lab-20,
/// "pc{1..3}-x" gives pc1-x, pc2-x, pc3-x. A bound with a leading zero pads every number to the
/// wider bound's width. The range may count down. Exactly one range; the names that come out
/// must be valid domain names (no '/', no control characters), and at most MaxBatch.
Result<QStringList> expandPattern(const QString &pattern);

/// Why `name` cannot name a domain; empty when it can.
QString nameProblem(const QString &name);

/// "<original>-clone", then "<original>-clone-2", -3…: the first that is not in `taken`.
QString suggestName(const QString &original, const QSet<QString> &taken);

/// The name of the volume a cloned disk gets in its pool. The original domain's name in the
/// volume's name becomes the clone's (web.qcow2 -> web-clone.qcow2); a volume named otherwise
/// gets "<clone>-<target>". A linked clone's overlay is always qcow2, so its suffix is .qcow2;
/// a copy keeps the original's suffix.
QString volumeName(const QString &originalVolume, const QString &originalDomain,
                   const QString &cloneName, const QString &target, bool linked);

} // namespace CloneNames
} // namespace Vireo
