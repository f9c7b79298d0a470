// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/common/hosteventlog.h"

#include "core/session/hostsession.h"
#include "ui/common/messagelog.h"

#include <QDateTime>

namespace Vireo {

namespace {
DomainState folded(DomainState s)
{
    return s == DomainState::Blocked ? DomainState::Running : s;
}
} // namespace

HostEventLog *HostEventLog::of(HostSession *session)
{
    if (!session)
        return nullptr;
    if (auto *existing = session->findChild<HostEventLog *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new HostEventLog(session);
}

void HostEventLog::expectChange(HostSession *session, const QString &uuidOrName)
{
    if (HostEventLog *log = of(session))
        log->m_expectedUntilMs.insert(uuidOrName.toLower(),
                                      QDateTime::currentMSecsSinceEpoch() + ExpectedForMs);
}

HostEventLog::HostEventLog(HostSession *session)
    : QObject(session)
    , m_session(session)
    , m_hostState(session->state())
    , m_wasConnected(session->state() == HostState::Connected)
{
    connect(session, &HostSession::stateChanged, this, &HostEventLog::onHostState);
    connect(session, &HostSession::operationFailed, this,
            [](const Error &e) { MessageLog::instance()->error(e.text()); });
    connect(session, &HostSession::domainsListed, this, [this](const QList<DomainInfo> &all) {
        // A fresh list after a (re)connect: what changed meanwhile is not news from this host.
        m_states.clear();
        m_states.reserve(all.size());
        for (const DomainInfo &d : all)
            m_states.insert(d.uuid.toLower(), {folded(d.state), d.stateReason, d.name});
    });
    connect(session, &HostSession::domainChanged, this, &HostEventLog::onDomainChanged);
    connect(session, &HostSession::domainRemoved, this, &HostEventLog::onDomainRemoved);
}

void HostEventLog::onHostState(HostState state, const QString &reason)
{
    MessageLog *log = MessageLog::instance();
    const QString name = m_session->displayName();
    const HostState before = m_hostState;
    m_hostState = state;
    if (state == HostState::Connected) {
        m_loggedReason.clear();
        // A test-driver URI is a private file path (the demo host's): the name says enough.
        const bool fileUri = m_session->uri().startsWith(QLatin1String("test://"));
        if (before != HostState::Connected)
            log->info(fileUri ? tr("Connected to %1").arg(name)
                              : tr("Connected to %1 (%2)").arg(name, m_session->uri()));
        m_wasConnected = true;
        return;
    }
    if (state != HostState::Disconnected)
        return;
    if (reason.isEmpty()) {
        if (before != HostState::Disconnected)
            log->info(tr("Disconnected from %1").arg(name));
        m_wasConnected = false;
        m_loggedReason.clear();
        return;
    }
    if (reason == m_loggedReason)
        return; // the same failure on the next retry
    m_loggedReason = reason;
    if (m_wasConnected)
        log->error(tr("Lost the connection to %1: %2").arg(name, reason));
    else
        log->error(tr("Cannot connect to %1: %2").arg(name, reason));
    m_wasConnected = false;
}

bool HostEventLog::isExpected(const QString &key)
{
    const auto it = m_expectedUntilMs.find(key);
    if (it == m_expectedUntilMs.end())
        return false;
    if (it.value() >= QDateTime::currentMSecsSinceEpoch())
        return true;
    m_expectedUntilMs.erase(it);
    return false;
}

void HostEventLog::onDomainChanged(const DomainInfo &info)
{
    const QString key = info.uuid.toLower();
    const DomainState now = folded(info.state);
    const auto it = m_states.find(key);
    if (it == m_states.end()) {
        m_states.insert(key, {now, info.stateReason, info.name}); // new: its creator says so
        return;
    }
    const QString before = domainStateText(it->state, it->reason);
    const QString after = domainStateText(now, info.stateReason);
    it->name = info.name;
    // The reason counts: "Paused" becoming "Paused (I/O error)" is news.
    if (before == after)
        return;
    it->state = now;
    it->reason = info.stateReason;
    const QString host = m_session->displayName();
    if (info.hasCrashed()) {
        MessageLog::instance()->error(
            tr("'%1' on %2 crashed: now %3, before %4").arg(info.name, host, after, before));
        return;
    }
    if (isExpected(key) || isExpected(info.name.toLower()))
        return;
    MessageLog::instance()->info(
        tr("'%1' on %2 changed from %3 to %4").arg(info.name, host, before, after));
}

void HostEventLog::onDomainRemoved(const QString &uuid)
{
    const QString key = uuid.toLower();
    const auto it = m_states.find(key);
    if (it == m_states.end())
        return;
    const QString name = it->name;
    m_states.erase(it);
    if (!isExpected(key))
        MessageLog::instance()->info(
            tr("'%1' was removed from %2").arg(name, m_session->displayName()));
    m_expectedUntilMs.remove(key);
}

} // namespace Vireo
