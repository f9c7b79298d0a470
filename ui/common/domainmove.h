// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/types.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace Vireo {

class DomainTreeModel;
class HostSession;

/// Sees a domain move from one host to another, by Vireo's Migrate or by anyone else, from the
/// hosts' own domain events, so that its open windows can follow it. GUI thread.
///
/// A domain shown on host A has moved to host B when its guest runs on B (guestRunsHere) and no
/// longer on A (gone, shut off, or paused behind a switch to post-copy); a domain undefined on A
/// has moved to the host that defines it. A migration that fails leaves the guest running on A,
/// so nothing moves. The watcher keeps the states it saw in events for the domains that are
/// shown (isShown), since a host's events may come before the model has its rows, and decides
/// once the event's signal has reached every receiver.
class DomainMoveWatcher : public QObject
{
    Q_OBJECT
public:
    using ShownPredicate = std::function<bool(HostSession *, const QString &uuid)>;
    /// Follows every host of model, those added later too. isShown: whether a window shows that
    /// domain of that host (only those are followed).
    DomainMoveWatcher(DomainTreeModel *model, ShownPredicate isShown, QObject *parent = nullptr);

    /// Vireo migrated uuid from one host to the other: it moves there as soon as the destination
    /// reports it, also where the events alone cannot tell (offline, the source's copy kept).
    void noteMigrated(HostSession *from, HostSession *to, const QString &uuid);

    /// The host the domain shown on from has moved to, or null (it is still there, or nowhere
    /// else). Uses the states seen in events, else the model's.
    HostSession *moveTarget(HostSession *from, const QString &uuid) const;

Q_SIGNALS:
    void domainMoved(Vireo::HostSession *from, Vireo::HostSession *to, const QString &uuid);

private:
    void watch(HostSession *session);
    void onChanged(HostSession *session, const QList<DomainInfo> &domains);
    void onRemoved(HostSession *session, const QStringList &uuids);
    void schedule(const QString &uuid);
    void check(const QString &uuid);
    /// The domain as the host has it: seen in an event, else in the model; nullopt: not there.
    std::optional<DomainInfo> stateOn(HostSession *session, const QString &uuid) const;

    DomainTreeModel *m_model;
    ShownPredicate m_isShown;
    QList<QPointer<HostSession>> m_watched;
    /// uuid -> host -> the state its last event gave (nullopt: removed there).
    QHash<QString, QHash<HostSession *, std::optional<DomainInfo>>> m_seen;
    struct Noted
    {
        QPointer<HostSession> from, to;
    };
    QHash<QString, Noted> m_noted; ///< uuid -> a migration Vireo finished
    QSet<QString> m_due;           ///< uuids to check once the current signal is delivered
};

} // namespace Vireo
