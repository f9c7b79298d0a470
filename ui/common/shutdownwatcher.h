// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/types.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QTimer;

namespace Vireo {

class DomainActionSet;
class HostSession;

/// Follows the Shut Downs sent to a host's domains. A guest may ignore the request (no ACPI
/// support, a dialog waiting, a hung OS): when its state has not changed timeout() after the
/// request (30 s), the watcher says so in the message log, with a Force Off… offer, and marks
/// the domain as ignoring until its state changes, for its row in the manager and its windows.
/// GUI thread; one per session, a child of it.
class ShutdownWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 30 * 1000;

    /// The session's watcher, created on first use.
    static ShutdownWatcher *of(HostSession *session);

    /// How long a guest has to change state after Shut Down (tests shorten it).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    /// A Shut Down was sent to the domain. `offerer` is the action set that sent it: taking the
    /// offer asks it to force the domain off (asking the user first).
    void watch(const DomainInfo &info, DomainActionSet *offerer);
    bool isWatching(const QString &uuid) const;
    /// Whether the domain ignored its Shut Down (until its state changes).
    bool isIgnoring(const QString &uuid) const;
    /// A short line for the domain's row ("Running — ignored Shut Down"); empty when all is well.
    QString note(const QString &uuid) const;
    /// The whole story, for a tooltip or a window's notice.
    QString explanation(const QString &uuid) const;

Q_SIGNALS:
    void ignoringChanged(const QString &uuid, bool ignoring);

private:
    explicit ShutdownWatcher(HostSession *session);
    void onDomainChanged(const DomainInfo &info);
    void expire(const QString &key);
    void drop(const QString &key);

    struct Watch
    {
        DomainInfo info;         ///< as it was when Shut Down was sent, then kept current
        DomainState sentIn;      ///< the state Shut Down was sent in
        QTimer *timer = nullptr; ///< until the timeout
        bool ignoring = false;
        QPointer<DomainActionSet> offerer;
    };
    QPointer<HostSession> m_session;
    QHash<QString, Watch> m_watches; ///< by lower-case UUID
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace Vireo
