// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/common/shutdownwatcher.h"

#include "core/session/hostsession.h"
#include "ui/common/domainactionset.h"
#include "ui/common/messagelog.h"

#include <QTimer>

namespace Vireo {

namespace {
DomainState folded(DomainState s)
{
    return s == DomainState::Blocked ? DomainState::Running : s;
}
} // namespace

ShutdownWatcher *ShutdownWatcher::of(HostSession *session)
{
    if (!session)
        return nullptr;
    if (auto *existing =
            session->findChild<ShutdownWatcher *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ShutdownWatcher(session);
}

ShutdownWatcher::ShutdownWatcher(HostSession *session)
    : QObject(session)
    , m_session(session)
{
    connect(session, &HostSession::domainChanged, this, &ShutdownWatcher::onDomainChanged);
    connect(session, &HostSession::domainsListed, this, [this](const QList<DomainInfo> &all) {
        for (const DomainInfo &d : all)
            if (m_watches.contains(d.uuid.toLower()))
                onDomainChanged(d);
    });
    connect(session, &HostSession::domainRemoved, this,
            [this](const QString &uuid) { drop(uuid.toLower()); });
    connect(session, &HostSession::stateChanged, this, [this](HostState state) {
        // Without the host nothing is known of the guests; a reconnect lists them afresh.
        if (state == HostState::Disconnected)
            for (const QString &key : m_watches.keys())
                drop(key);
    });
}

void ShutdownWatcher::watch(const DomainInfo &info, DomainActionSet *offerer)
{
    const QString key = info.uuid.toLower();
    drop(key); // a second Shut Down starts the wait again
    Watch w;
    w.info = info;
    w.sentIn = folded(info.state);
    w.offerer = offerer;
    w.timer = new QTimer(this);
    w.timer->setSingleShot(true);
    connect(w.timer, &QTimer::timeout, this, [this, key] { expire(key); });
    w.timer->start(m_timeoutMs);
    m_watches.insert(key, w);
}

bool ShutdownWatcher::isWatching(const QString &uuid) const
{
    return m_watches.contains(uuid.toLower());
}

bool ShutdownWatcher::isIgnoring(const QString &uuid) const
{
    const auto it = m_watches.constFind(uuid.toLower());
    return it != m_watches.cend() && it->ignoring;
}

QString ShutdownWatcher::note(const QString &uuid) const
{
    if (!isIgnoring(uuid))
        return {};
    const Watch &w = m_watches[uuid.toLower()];
    return tr("%1 — ignored Shut Down").arg(w.info.stateText());
}

QString ShutdownWatcher::explanation(const QString &uuid) const
{
    if (!isIgnoring(uuid))
        return {};
    const Watch &w = m_watches[uuid.toLower()];
    return tr("'%1' has not shut down %2 s after Shut Down. The guest may not handle the "
              "request (no ACPI support, or a dialog waiting in it). Force Off stops it at once.")
        .arg(w.info.name)
        .arg(m_timeoutMs / 1000.0, 0, 'g', 3);
}

void ShutdownWatcher::onDomainChanged(const DomainInfo &info)
{
    const QString key = info.uuid.toLower();
    const auto it = m_watches.find(key);
    if (it == m_watches.end())
        return;
    if (folded(info.state) != it->sentIn) {
        drop(key); // it is shutting down (or did something else): the request was heard
        return;
    }
    it->info = info;
}

void ShutdownWatcher::expire(const QString &key)
{
    const auto it = m_watches.find(key);
    if (it == m_watches.end() || !m_session)
        return;
    it->ignoring = true;
    const DomainTarget target{m_session, it->info};
    QPointer<DomainActionSet> offerer = it->offerer;
    MessageLog::instance()->addOffer(LogEntry::Level::Error, explanation(key), tr("Force Off…"),
                                     offerer, [offerer, target] {
                                         if (offerer)
                                             offerer->forceOff(target);
                                     });
    Q_EMIT ignoringChanged(it->info.uuid, true);
}

void ShutdownWatcher::drop(const QString &key)
{
    const auto it = m_watches.find(key);
    if (it == m_watches.end())
        return;
    const bool wasIgnoring = it->ignoring;
    const QString uuid = it->info.uuid;
    delete it->timer;
    m_watches.erase(it);
    if (wasIgnoring)
        Q_EMIT ignoringChanged(uuid, false);
}

} // namespace Vireo
