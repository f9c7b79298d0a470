// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace Vireo {

/// Decides which thumbnails of the classroom wall are read now: only those on screen, each at
/// most once per interval (from the start of its last read), never two reads of one guest at
/// once, none while the wall is hidden. Pure bookkeeping with an injectable clock, so a test
/// drives time. GUI thread.
class ThumbnailScheduler
{
public:
    using Clock = std::function<qint64()>; ///< milliseconds, monotonic
    static constexpr qint64 DefaultIntervalMs = 2000;

    explicit ThumbnailScheduler(Clock clock = {}, qint64 intervalMs = DefaultIntervalMs);

    qint64 intervalMs() const { return m_intervalMs; }
    /// The tiles now in the viewport (keys: whatever names a guest; the wall uses host + UUID).
    void setVisible(const QSet<QString> &keys);
    /// False while the window is hidden or minimised: nothing is due.
    void setActive(bool active) { m_active = active; }
    bool isActive() const { return m_active; }
    /// Forgets a guest that left the wall.
    void remove(const QString &key);

    /// The reads to start now, each marked as started (in flight) at the clock's time.
    QStringList takeDue();
    /// A read finished (with a screen or an error): the guest may be read again once its
    /// interval since the start has passed.
    void finished(const QString &key);
    bool inFlight(const QString &key) const { return m_inFlight.contains(key); }
    /// How many reads have been started for the key (for tests and the benchmark).
    int startedCount(const QString &key) const { return m_started.value(key); }

private:
    Clock m_clock;
    qint64 m_intervalMs;
    bool m_active = true;
    QSet<QString> m_visible;
    QSet<QString> m_inFlight;
    QHash<QString, qint64> m_lastStartMs;
    QHash<QString, int> m_started;
};

} // namespace Vireo
