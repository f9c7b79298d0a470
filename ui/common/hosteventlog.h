// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/types.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Vireo {

class HostSession;

/// Writes a host's own news into the message log: connects and disconnects, a connection that
/// cannot be made (once per reason, not once per retry), requests that failed, and domain state
/// changes that nobody in Vireo asked for (a guest that crashed or shut itself down, a change
/// made with virsh). GUI thread; one per session, a child of it, so every window shares it and
/// nothing is logged twice.
class HostEventLog : public QObject
{
    Q_OBJECT
public:
    /// How long after an action its domain's state changes count as its result.
    static constexpr int ExpectedForMs = 60 * 1000;

    /// The session's log writer, created on first use.
    static HostEventLog *of(HostSession *session);
    /// An action was sent to the domain (or it is being created or deleted): its state changes
    /// for a while are the answer, already logged by whoever sent it. A crash is still logged.
    /// A domain being created is named by its name (its UUID comes later).
    static void expectChange(HostSession *session, const QString &uuidOrName);

    HostSession *session() const { return m_session; }

private:
    explicit HostEventLog(HostSession *session);
    void onHostState(HostState state, const QString &reason);
    void onDomainChanged(const DomainInfo &info);
    void onDomainRemoved(const QString &uuid);
    bool isExpected(const QString &key);

    QPointer<HostSession> m_session;
    struct Known
    {
        DomainState state; ///< Blocked counts as Running: it flaps with load
        int reason;        ///< libvirt's reason for it
        QString name;
    };
    /// Last state seen per domain UUID (lower case).
    QHash<QString, Known> m_states;
    QHash<QString, qint64> m_expectedUntilMs;
    HostState m_hostState = HostState::Disconnected;
    QString m_loggedReason; ///< the failure last logged, so retries do not repeat it
    bool m_wasConnected = false;
};

} // namespace Vireo
