// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/wall/thumbnailscheduler.h"

#include <QElapsedTimer>

namespace Vireo {

ThumbnailScheduler::ThumbnailScheduler(Clock clock, qint64 intervalMs)
    : m_clock(std::move(clock))
    , m_intervalMs(intervalMs)
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] { return timer->elapsed(); };
    }
}

void ThumbnailScheduler::setVisible(const QSet<QString> &keys)
{
    m_visible = keys;
}

void ThumbnailScheduler::remove(const QString &key)
{
    m_visible.remove(key);
    m_inFlight.remove(key);
    m_lastStartMs.remove(key);
    m_started.remove(key);
}

QStringList ThumbnailScheduler::takeDue()
{
    QStringList due;
    if (!m_active)
        return due;
    const qint64 now = m_clock();
    for (const QString &key : std::as_const(m_visible)) {
        if (m_inFlight.contains(key))
            continue;
        const auto last = m_lastStartMs.constFind(key);
        if (last != m_lastStartMs.constEnd() && now - *last < m_intervalMs)
            continue;
        due.append(key);
    }
    due.sort(); // a stable order: the tests and the reads follow the wall's keys
    for (const QString &key : std::as_const(due)) {
        m_inFlight.insert(key);
        m_lastStartMs.insert(key, now);
        ++m_started[key];
    }
    return due;
}

void ThumbnailScheduler::finished(const QString &key)
{
    m_inFlight.remove(key);
}

} // namespace Vireo
