// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/domain/domainxml.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Vireo {

class HostSession;

/// What the Storage and Networks pages need of a domain's XML: its disks (a volume's "Used by")
/// and its interfaces (a network's attached domains). Value type.
struct CachedDomain
{
    QString uuid;
    QString name;
    bool running = false; ///< active (running or paused) at the listing
    QList<DomainDisk> disks;
    QList<DomainInterface> interfaces;
};

/// Each domain of one host parsed once (parseDomainXml) and kept until an event says the domain
/// changed (defined, started, stopped, a device added or removed, by Vireo or any other program:
/// dropped on the worker as the event arrives) or went, or the host is listed afresh; so a
/// refresh of either page reads only the XML of domains that changed since the last one. One per
/// session, shared by the pages (forSession). Lives on the GUI thread, a child of its session;
/// the worker reads and fills the shared part under its lock (private/domainxmlcache_p.h).
class DomainXmlCache : public QObject
{
    Q_OBJECT
public:
    /// The session's cache, made on first use. GUI thread.
    static DomainXmlCache *forSession(HostSession *session);

    /// How many domain XMLs the worker has read into this cache (for tests).
    int domainXmlReads() const;
    /// Whether the domain's parsed XML is cached now (for tests). Any thread.
    bool holds(const QString &uuid) const;

    struct Shared; ///< worker-side: each domain's entry (shared, locked)
    std::shared_ptr<Shared> shared() const { return m_shared; }

private:
    explicit DomainXmlCache(HostSession *session);

    std::shared_ptr<Shared> m_shared;
};

} // namespace Vireo
