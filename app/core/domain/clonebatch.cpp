// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/clonebatch.h"

#include "core/common/coretr.h"
#include "core/session/hostsession.h"

#include <QTimer>

namespace Vireo {

QString CloneBatchReport::text() const
{
    const int total = int(made.size() + failed.size() + notTried.size());
    QString out = Tr::tr("%1 of %2 clones made.").arg(made.size()).arg(total);
    for (const CloneOutcome &m : made)
        if (!m.startError.isEmpty())
            out += QLatin1Char('\n') +
                   Tr::tr("%1 was made but did not start: %2").arg(m.name, m.startError);
    for (const auto &[name, error] : failed)
        out += QLatin1Char('\n') + Tr::tr("%1 failed (undone): %2").arg(name, error.text());
    if (cancelled && !notTried.isEmpty())
        out += QLatin1Char('\n') +
               Tr::tr("Cancelled; not made: %1").arg(notTried.join(QStringLiteral(", ")));
    return out;
}

CloneBatch::CloneBatch(HostSession *session, const QString &sourceUuid, const QStringList &names,
                       const QList<CloneDiskMode> &modes, bool startEach, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sourceUuid(sourceUuid)
    , m_names(names)
    , m_modes(modes)
    , m_startEach(startEach)
{}

void CloneBatch::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_index = 0;
    m_report = CloneBatchReport{};
    Q_EMIT progress(0);
    startNext();
}

void CloneBatch::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

void CloneBatch::startNext()
{
    if (m_cancelled || m_index >= m_names.size()) {
        m_report.cancelled = m_cancelled;
        m_report.notTried = m_names.mid(m_index);
        m_running = false;
        Q_EMIT progress(100);
        Q_EMIT finished(m_report);
        return;
    }
    const int index = m_index;
    ClonePlan plan{m_sourceUuid, m_names.at(index), m_modes, m_startEach};
    m_job = new CloneJob(m_session, plan, this);
    connect(m_job, &CloneJob::progress, this, [this, index](int percent) {
        Q_EMIT progress(int((index * 100 + percent) / qMax<qsizetype>(m_names.size(), 1)));
    });
    connect(m_job, &CloneJob::finished, this,
            [this, index](const Result<CloneOutcome> &r, bool cancelled) {
                m_job->deleteLater();
                m_job = nullptr;
                if (r)
                    m_report.made.append(r.value());
                else if (!cancelled)
                    m_report.failed.append({m_names.at(index), r.error()});
                // A cancelled clone was undone: it counts among those not made.
                m_index = cancelled ? index : index + 1;
                Q_EMIT cloneFinished(index, r);
                // The next one from the event loop: a handler of cloneFinished may cancel.
                QTimer::singleShot(0, this, &CloneBatch::startNext);
            });
    Q_EMIT cloneStarted(index, plan.name);
    if (m_cancelled) { // by a handler of cloneStarted: this one is not tried
        delete m_job;
        startNext();
        return;
    }
    m_job->start();
}

} // namespace Vireo
