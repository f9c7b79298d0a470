// SPDX-License-Identifier: GPL-2.0-or-later
// How a host's worker keeps its domains current after events and actions: the domains are
// collected and read in batches, one lookup each for a few, one listing for many.
#include "hostworker_p.h"

#include <QLoggingCategory>

namespace Vireo {

Q_DECLARE_LOGGING_CATEGORY(lcHost)

void HostWorker::refreshDomain(const QString &uuid)
{
    if (!m_conn)
        return;
    m_dirty.remove(uuid);
    Changes changes;
    readOne(uuid, changes);
    report(std::move(changes));
}

void HostWorker::markDirty(const QString &uuid)
{
    if (!m_conn)
        return;
    m_dirty.insert(uuid);
    if (!m_batchTimer) {
        // A zero timer fires once the queued calls are handled, so what was queued together
        // (a burst of events, a bulk action and its events) is read together.
        m_batchTimer = new QTimer(this);
        m_batchTimer->setSingleShot(true);
        m_batchTimer->setInterval(0);
        connect(m_batchTimer, &QTimer::timeout, this, &HostWorker::refreshDirty);
    }
    if (!m_batchTimer->isActive())
        m_batchTimer->start();
}

void HostWorker::onDomainEvents(const QSet<QString> &uuids, const QSet<QString> &xmlChanged)
{
    if (!xmlChanged.isEmpty())
        for (const auto &listener : m_xmlListeners)
            listener(xmlChanged);
    for (const QString &uuid : uuids)
        markDirty(uuid);
}

void HostWorker::readOne(const QString &uuid, Changes &out)
{
    const QByteArray key = uuid.toLatin1();
    DomainRef dom(virDomainLookupByUUIDString(m_conn, key.constData()));
    if (!dom) {
        virErrorPtr err = virGetLastError();
        const bool gone = err && err->code == VIR_ERR_NO_DOMAIN;
        virResetLastError();
        // Several events (stopped, undefined) and an action's own refresh can each find a
        // domain gone: say so once.
        if (gone && m_known.remove(uuid))
            out.removed.append(uuid);
        return;
    }
    Result<DomainInfo> info = readDomainInfo(dom.get());
    if (!info) {
        // A transient domain can vanish between lookup and read.
        if (info.error().code == VIR_ERR_NO_DOMAIN && m_known.remove(uuid))
            out.removed.append(uuid);
        return;
    }
    m_known.insert(uuid);
    out.changed.append(std::move(info.value()));
}

void HostWorker::refreshDirty()
{
    QSet<QString> dirty = std::exchange(m_dirty, {});
    if (!m_conn || dirty.isEmpty())
        return;
    Changes changes;
    if (dirty.size() <= SmallBatch) {
        for (const QString &uuid : std::as_const(dirty))
            readOne(uuid, changes);
        report(std::move(changes));
        return;
    }
    Result<QList<DomainInfo>> all = readAllDomains();
    if (!all) {
        const Error e = all.error();
        if (virConnectIsAlive(m_conn) != 1) {
            teardownConnection();
            scheduleReconnect(e.message);
            return;
        }
        m_link->post([e](HostSession *s) { Q_EMIT s->operationFailed(e); });
        return;
    }
    changes.changed.reserve(dirty.size());
    for (DomainInfo &d : all.value()) {
        if (dirty.remove(d.uuid)) {
            m_known.insert(d.uuid);
            changes.changed.append(std::move(d));
        }
    }
    // What the listing no longer has is gone.
    for (const QString &uuid : std::as_const(dirty))
        if (m_known.remove(uuid))
            changes.removed.append(uuid);
    qCDebug(lcHost, "%s: refreshed %lld domains in one listing", qPrintable(m_uri),
            qlonglong(changes.changed.size() + changes.removed.size()));
    report(std::move(changes));
}

void HostWorker::report(Changes changes)
{
    if (changes.changed.isEmpty() && changes.removed.isEmpty())
        return;
    m_link->post([changed = std::move(changes.changed), removed = std::move(changes.removed)](
                     HostSession *s) { s->onDomainsRefreshed(changed, removed); });
}

} // namespace Vireo
