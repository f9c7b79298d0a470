// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/create/vmspecvalidator.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>

class QTimer;

namespace Vireo {

/// Looks at the wizard's local paths off the GUI thread: whether each exists and is a readable
/// file, and for the install media, its ISO volume descriptor (for OS detection).
///
/// Lives on the GUI thread; the looking runs on Qt's global thread pool, because a stat() or a
/// read can hang on a slow or network file system. want() names the paths the fields hold now;
/// after a pause in typing, the ones not known yet are checked. Results are cached per path;
/// known() and facts() only read that cache, so the pages' isComplete() never touches a file.
class PathChecker : public QObject
{
    Q_OBJECT
public:
    /// Looks at one path; runs on a pool thread.
    using Probe = std::function<PathFacts(const QString &path, bool readIso)>;

    explicit PathChecker(QObject *parent = nullptr);

    /// The real look at the local file system (QFileInfo, then the ISO's descriptors).
    static PathFacts probeLocalPath(const QString &path, bool readIso);
    /// Replaces the probe (tests count and hold its calls). Default: probeLocalPath.
    void setProbe(Probe probe);
    /// The pause after the last want() before checking. Default 250 ms.
    void setDebounce(int ms);
    /// How old a cached answer may be before a want() looks again (it keeps answering
    /// meanwhile). Default 5 s.
    void setRecheckAfter(int ms);

    /// The paths the fields name now; replaces the previous wish.
    void want(const QList<VmSpecValidator::PathWanted> &paths);
    /// Every path answered so far.
    const QHash<QString, PathFacts> &known() const { return m_known; }
    /// Whether a check is waiting for the pause or running.
    bool isChecking() const;

Q_SIGNALS:
    /// A check of this path answered (known() has it).
    void checked(const QString &path);

private:
    bool satisfied(const VmSpecValidator::PathWanted &w) const;
    bool stale(const QString &path) const;
    void startDue();
    void start(const VmSpecValidator::PathWanted &w);
    void onAnswer(const QString &path, const PathFacts &facts);

    Probe m_probe;
    QTimer *m_debounce;
    int m_recheckAfterMs = 5000;
    QList<VmSpecValidator::PathWanted> m_wanted;
    QHash<QString, PathFacts> m_known;
    QHash<QString, QDateTime> m_checkedAt;
    QSet<QString> m_running;
    QSet<QString> m_isoAsked; ///< paths whose last look included the ISO's descriptor
};

} // namespace Vireo
