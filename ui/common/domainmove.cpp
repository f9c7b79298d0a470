// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/common/domainmove.h"

#include "core/migration/migrationrequest.h"
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"

#include <QTimer>

#include <utility>

namespace Vireo {

DomainMoveWatcher::DomainMoveWatcher(DomainTreeModel *model, ShownPredicate isShown,
                                     QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_isShown(std::move(isShown))
{
    for (HostSession *s : m_model->hosts())
        watch(s);
    // A host added later is listed once it connects: that is when its events start.
    connect(m_model, &DomainTreeModel::hostListed, this, [this](HostSession *s) {
        watch(s);
        // A fresh listing replaces what the host's earlier events said.
        for (auto &hosts : m_seen)
            hosts.remove(s);
    });
}

void DomainMoveWatcher::watch(HostSession *session)
{
    for (const QPointer<HostSession> &w : std::as_const(m_watched))
        if (w == session)
            return;
    m_watched.removeAll(QPointer<HostSession>());
    m_watched.append(session);
    connect(session, &HostSession::domainsChanged, this,
            [this, session](const QList<DomainInfo> &domains) { onChanged(session, domains); });
    connect(session, &HostSession::domainsRemoved, this,
            [this, session](const QStringList &uuids) { onRemoved(session, uuids); });
    connect(session, &HostSession::aboutToBeDestroyed, this, [this, session] {
        for (auto &hosts : m_seen)
            hosts.remove(session);
    });
}

void DomainMoveWatcher::onChanged(HostSession *session, const QList<DomainInfo> &domains)
{
    for (const DomainInfo &d : domains) {
        const QString uuid = d.uuid.toLower();
        m_seen[uuid][session] = d;
        schedule(uuid);
    }
}

void DomainMoveWatcher::onRemoved(HostSession *session, const QStringList &uuids)
{
    for (const QString &u : uuids) {
        const QString uuid = u.toLower();
        m_seen[uuid][session] = std::nullopt;
        schedule(uuid);
    }
}

void DomainMoveWatcher::noteMigrated(HostSession *from, HostSession *to, const QString &uuid)
{
    if (!from || !to || from == to)
        return;
    m_noted.insert(uuid.toLower(), Noted{from, to});
    schedule(uuid.toLower());
}

void DomainMoveWatcher::schedule(const QString &uuid)
{
    // After the signal has reached the model too, and once for a burst.
    if (m_due.isEmpty())
        QTimer::singleShot(0, this, [this] {
            const QSet<QString> due = std::exchange(m_due, {});
            for (const QString &u : due)
                check(u);
        });
    m_due.insert(uuid);
}

void DomainMoveWatcher::check(const QString &uuid)
{
    bool shown = false;
    for (HostSession *from : m_model->hosts()) {
        if (!m_isShown(from, uuid))
            continue;
        shown = true;
        if (HostSession *to = moveTarget(from, uuid)) {
            m_noted.remove(uuid);
            Q_EMIT domainMoved(from, to, uuid);
        }
    }
    if (!shown) {
        // No window to follow it: forget what the events said (they come again).
        m_seen.remove(uuid);
        m_noted.remove(uuid);
    }
}

std::optional<DomainInfo> DomainMoveWatcher::stateOn(HostSession *session,
                                                     const QString &uuid) const
{
    const auto hosts = m_seen.constFind(uuid);
    if (hosts != m_seen.constEnd()) {
        const auto seen = hosts->constFind(session);
        if (seen != hosts->constEnd())
            return *seen;
    }
    return m_model->domain(session, uuid);
}

HostSession *DomainMoveWatcher::moveTarget(HostSession *from, const QString &u) const
{
    const QString uuid = u.toLower();
    const Noted noted = m_noted.value(uuid);
    if (noted.from == from && noted.to && stateOn(noted.to, uuid))
        return noted.to;
    const std::optional<DomainInfo> here = stateOn(from, uuid);
    if (here && guestRunsHere(*here))
        return nullptr; // still here (a failed migration ends so too)
    const QList<HostSession *> hosts = m_model->hosts();
    for (HostSession *h : hosts) {
        if (h == from || h->state() != HostState::Connected)
            continue;
        if (const auto there = stateOn(h, uuid); there && guestRunsHere(*there))
            return h;
    }
    // Undefined here while another host defines it: an offline move. A host that dropped says
    // nothing of its domains, so only a connected one counts as having let it go.
    if (here || from->state() != HostState::Connected)
        return nullptr;
    for (HostSession *h : hosts)
        if (h != from && h->state() == HostState::Connected && stateOn(h, uuid))
            return h;
    return nullptr;
}

} // namespace Vireo
