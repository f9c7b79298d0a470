// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/wizard/pathchecker.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace Vireo {

PathChecker::PathChecker(QObject *parent)
    : QObject(parent)
    , m_probe(&PathChecker::probeLocalPath)
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &PathChecker::startDue);
}

PathFacts PathChecker::probeLocalPath(const QString &path, bool readIso)
{
    const QFileInfo info(path);
    PathFacts facts;
    facts.exists = info.exists();
    facts.isFile = info.isFile();
    facts.readable = info.isReadable();
    // Only a regular file is read: opening a FIFO or a device could wait for ever.
    if (readIso && facts.isFile && facts.readable)
        facts.iso = Iso::readIdentity(path);
    return facts;
}

void PathChecker::setProbe(Probe probe)
{
    m_probe = std::move(probe);
}

void PathChecker::setDebounce(int ms)
{
    m_debounce->setInterval(ms);
}

void PathChecker::setRecheckAfter(int ms)
{
    m_recheckAfterMs = ms;
}

bool PathChecker::satisfied(const VmSpecValidator::PathWanted &w) const
{
    return m_known.contains(w.path) && (!w.readIso || m_isoAsked.contains(w.path));
}

bool PathChecker::stale(const QString &path) const
{
    const QDateTime at = m_checkedAt.value(path);
    return !at.isValid() || at.msecsTo(QDateTime::currentDateTimeUtc()) > m_recheckAfterMs;
}

void PathChecker::want(const QList<VmSpecValidator::PathWanted> &paths)
{
    m_wanted = paths;
    for (const auto &w : paths) {
        if (m_running.contains(w.path))
            continue;
        if (!satisfied(w) || stale(w.path)) {
            m_debounce->start(); // restarted by every keystroke: checked once typing pauses
            return;
        }
    }
}

bool PathChecker::isChecking() const
{
    return m_debounce->isActive() || !m_running.isEmpty();
}

void PathChecker::startDue()
{
    for (const auto &w : std::as_const(m_wanted)) {
        if (!m_running.contains(w.path) && (!satisfied(w) || stale(w.path)))
            start(w);
    }
}

void PathChecker::start(const VmSpecValidator::PathWanted &w)
{
    m_running.insert(w.path);
    if (w.readIso)
        m_isoAsked.insert(w.path);
    else
        m_isoAsked.remove(w.path);
    // The watcher belongs to this object: if it goes first, the answer is simply dropped.
    auto promise = std::make_shared<QPromise<PathFacts>>();
    auto *watcher = new QFutureWatcher<PathFacts>(this);
    const QString path = w.path;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            onAnswer(path, watcher->result());
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, probe = m_probe, w] {
        promise->addResult(probe(w.path, w.readIso));
        promise->finish();
    });
}

void PathChecker::onAnswer(const QString &path, const PathFacts &facts)
{
    m_running.remove(path);
    m_known.insert(path, facts);
    m_checkedAt.insert(path, QDateTime::currentDateTimeUtc());
    // Asked for the ISO's descriptor meanwhile (the same path in another field)? Look again.
    for (const auto &w : std::as_const(m_wanted)) {
        if (w.path == path && !satisfied(w)) {
            start(w);
            break;
        }
    }
    Q_EMIT checked(path);
}

} // namespace Vireo
