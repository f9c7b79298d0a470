// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/domain/clonejob.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>

namespace Vireo {

/// What a batch made and what it did not. Value type.
struct CloneBatchReport
{
    QList<CloneOutcome> made;            ///< in the order of the names
    QList<QPair<QString, Error>> failed; ///< the name and why; each was undone alone
    QStringList notTried;                ///< after a cancel
    bool cancelled = false;

    /// "18 of 20 clones made. lab-03: … ; lab-07: …", for the dialog and the message log.
    QString text() const;
};

/// Makes many clones of one domain, one after the other (a trainer's "Clone ×N"), with one
/// progress for the whole batch. Lives on the GUI thread. Each clone is a CloneJob: one that
/// fails is undone alone and the batch goes on; cancel() stops (and undoes) the clone in progress
/// and leaves the rest untried; the clones made stay.
class CloneBatch : public QObject
{
    Q_OBJECT
public:
    /// `modes`: one per disk of the original (a batch defaults to linked: Clone::defaultModes).
    CloneBatch(HostSession *session, const QString &sourceUuid, const QStringList &names,
               const QList<CloneDiskMode> &modes, bool startEach, QObject *parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    /// The clone in progress (for tests and the dialog's status line); null between clones.
    CloneJob *currentJob() const { return m_job; }

Q_SIGNALS:
    /// The whole batch, 0-100.
    void progress(int percent);
    /// A clone begins (`index` into the names).
    void cloneStarted(int index, const QString &name);
    void cloneFinished(int index, const Vireo::Result<Vireo::CloneOutcome> &result);
    void finished(const Vireo::CloneBatchReport &report);

private:
    void startNext();

    QPointer<HostSession> m_session;
    QString m_sourceUuid;
    QStringList m_names;
    QList<CloneDiskMode> m_modes;
    bool m_startEach = false;
    int m_index = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QPointer<CloneJob> m_job;
    CloneBatchReport m_report;
};

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::CloneBatchReport)
