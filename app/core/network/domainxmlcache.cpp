// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/network/domainxmlcache.h"

#include "core/session/hostsession.h"

#include "domainxmlcache_p.h"

#include <QSet>

namespace Vireo {

void DomainXmlCache::Shared::invalidate(const QString &uuid)
{
    std::lock_guard lock(mutex);
    domains.remove(uuid);
}

void DomainXmlCache::Shared::invalidate(const QSet<QString> &uuids)
{
    std::lock_guard lock(mutex);
    for (const QString &uuid : uuids)
        domains.remove(uuid);
}

void DomainXmlCache::Shared::clear()
{
    std::lock_guard lock(mutex);
    domains.clear();
}

Result<QList<CachedDomain>> DomainXmlCache::Shared::domainsOnWorker(WorkerContext &w,
                                                                    const QString &op)
{
    if (Status s = w.requireConnection(op); !s)
        return s.error();
    virDomainPtr *all = nullptr;
    const int n = virConnectListAllDomains(w.conn, &all, 0);
    if (n < 0)
        return lastLibvirtError(op);
    QSet<QString> running;
    virDomainPtr *active = nullptr;
    const int a = virConnectListAllDomains(w.conn, &active, VIR_CONNECT_LIST_DOMAINS_ACTIVE);
    for (int i = 0; i < a; ++i) {
        DomainRef d(active[i]);
        running.insert(domainUuid(d.get()));
    }
    free(active);
    QList<CachedDomain> out;
    QSet<QString> present;
    for (int i = 0; i < n; ++i) {
        DomainRef dom(all[i]);
        const QString uuid = domainUuid(dom.get());
        present.insert(uuid);
        CachedDomain entry;
        bool cached = false;
        {
            std::lock_guard lock(mutex);
            if (auto it = domains.constFind(uuid); it != domains.cend()) {
                entry = it.value();
                cached = true;
            }
        }
        if (!cached) {
            auto d = readDomainDescription(dom.get(), op);
            if (!d) {
                virResetLastError();
                continue; // went away meanwhile
            }
            entry = {uuid, d->name, false, d->disks, d->interfaces};
            std::lock_guard lock(mutex);
            domains.insert(uuid, entry);
            ++xmlReads;
        }
        entry.running = running.contains(uuid);
        out << entry;
    }
    free(all);
    {
        std::lock_guard lock(mutex);
        for (auto it = domains.begin(); it != domains.end();)
            it = present.contains(it.key()) ? std::next(it) : domains.erase(it);
    }
    virResetLastError();
    return out;
}

DomainXmlCache::DomainXmlCache(HostSession *session)
    : QObject(session)
    , m_shared(std::make_shared<Shared>())
{
    // On the worker, as the events arrive: a device attached or a domain defined by another
    // program (virsh attach-device, virsh define) drops the entry before any later job (a page's
    // listing) can read it. The signals below come only after the worker's refresh.
    session->post([weak = std::weak_ptr<Shared>(m_shared)](WorkerContext &w) {
        w.worker->addXmlChangeListener([weak](const QSet<QString> &uuids) {
            if (auto shared = weak.lock())
                shared->invalidate(uuids);
        });
    });
    connect(session, &HostSession::domainsChanged, this, [this](const QList<DomainInfo> &ds) {
        for (const DomainInfo &d : ds)
            m_shared->invalidate(d.uuid);
    });
    connect(session, &HostSession::domainsRemoved, this, [this](const QStringList &uuids) {
        for (const QString &u : uuids)
            m_shared->invalidate(u);
    });
    // A reconnect may follow any change on the host: start afresh.
    connect(session, &HostSession::domainsListed, this, [this] { m_shared->clear(); });
}

DomainXmlCache *DomainXmlCache::forSession(HostSession *session)
{
    if (!session)
        return nullptr;
    if (auto *c = session->findChild<DomainXmlCache *>(QString(), Qt::FindDirectChildrenOnly))
        return c;
    return new DomainXmlCache(session);
}

bool DomainXmlCache::holds(const QString &uuid) const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->domains.contains(uuid);
}

int DomainXmlCache::domainXmlReads() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->xmlReads;
}

} // namespace Vireo
