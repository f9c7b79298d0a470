// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#ifndef VIREO_CORE_PRIVATE
#error "private to vireo_core: the rest of Vireo sees value types, never libvirt"
#endif

#include "core/network/domainxmlcache.h"

#include "hostworker_p.h"

#include <QHash>
#include <QSet>

#include <mutex>

namespace Vireo {

/// The worker side of DomainXmlCache. Any thread, under its lock.
struct DomainXmlCache::Shared
{
    std::mutex mutex;
    QHash<QString, CachedDomain> domains; ///< by UUID; only fresh entries
    int xmlReads = 0;

    void invalidate(const QString &uuid);
    void invalidate(const QSet<QString> &uuids);
    void clear();
    /// Every domain of the host (worker only): the XML read of those not cached, running from
    /// one listing of the active ones. Domains gone behind our back leave the cache.
    Result<QList<CachedDomain>> domainsOnWorker(WorkerContext &w, const QString &op);
};

} // namespace Vireo
