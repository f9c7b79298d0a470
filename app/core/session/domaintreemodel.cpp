// SPDX-License-Identifier: GPL-2.0-or-later
// The tree's structure: hosts and their rows, changed by diff from listings, batches of events
// and removals (data() and the texts are in domaintreemodeldata.cpp).
#include "core/session/domaintreemodel.h"

#include "core/common/softassert.h"
#include "core/session/hostsession.h"

#include <QSet>

namespace Vireo {

void DomainTreeModel::CpuHistory::add(double percent)
{
    samples[pos] = quint8(qBound(0.0, percent, 100.0) + 0.5);
    pos = (pos + 1) % HistoryLength;
    count = quint8(qMin(count + 1, HistoryLength));
}

QByteArray DomainTreeModel::CpuHistory::bytes() const
{
    QByteArray out;
    out.reserve(count);
    const int start = (pos + HistoryLength - count) % HistoryLength;
    for (int i = 0; i < count; ++i)
        out.append(char(samples[(start + i) % HistoryLength]));
    return out;
}

void DomainTreeModel::HostNode::reindex()
{
    rowOf.clear();
    rowOf.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        rowOf.insert(rows[i].info.uuid, i);
}

DomainTreeModel::DomainTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

DomainTreeModel::~DomainTreeModel()
{
    qDeleteAll(m_hosts);
}

void DomainTreeModel::addHost(HostSession *session)
{
    if (findNode(session))
        return;
    auto *node = new HostNode;
    node->id = m_nextNodeId++;
    node->session = session;
    const int row = m_hosts.size();
    beginInsertRows({}, row, row);
    m_hosts.append(node);
    endInsertRows();

    connect(session, &HostSession::domainsListed, this,
            [this, node](const QList<DomainInfo> &list) { onListed(node, list); });
    connect(session, &HostSession::domainsChanged, this,
            [this, node](const QList<DomainInfo> &list) { onChanged(node, list); });
    connect(session, &HostSession::domainsRemoved, this,
            [this, node](const QStringList &uuids) { onRemoved(node, uuids); });
    connect(session, &HostSession::statsUpdated, this,
            [this, node](const QList<DomainStats> &s) { onStats(node, s); });
    if (m_addressesShown)
        session->setGuestAddressesWanted(this, true);
    connect(session, &HostSession::hostStatsUpdated, this, [this, node](const HostStats &s) {
        node->stats = s;
        if (s.cpuPercent >= 0)
            node->cpuHistory.add(s.cpuPercent);
        hostRowChanged(node);
    });
    connect(session, &HostSession::stateChanged, this, [this, node] { onHostState(node); });
    connect(session, &HostSession::statsSamplingChanged, this, [this, node] { onHostState(node); });
    connect(session, &HostSession::connectingSlowly, this, [this, node] { hostRowChanged(node); });
    connect(session, &HostSession::hostInfoChanged, this, [this, node] { hostRowChanged(node); });
    connect(session, &HostSession::labelChanged, this, [this, node] { hostRowChanged(node); });
    // Not QObject::destroyed: by then the rows' data() could no longer ask the session.
    connect(session, &HostSession::aboutToBeDestroyed, this,
            [this, node] { removeHost(node->session); });
}

void DomainTreeModel::removeHost(HostSession *session)
{
    HostNode *node = findNode(session);
    if (!node)
        return;
    disconnect(session, nullptr, this, nullptr);
    session->setGuestAddressesWanted(this, false);
    const int row = hostRow(node);
    beginRemoveRows({}, row, row);
    m_hosts.removeAt(row);
    endRemoveRows();
    delete node;
}

QList<HostSession *> DomainTreeModel::hosts() const
{
    QList<HostSession *> out;
    for (const HostNode *n : m_hosts)
        out.append(n->session);
    return out;
}

DomainTreeModel::HostNode *DomainTreeModel::findNode(const HostSession *session) const
{
    for (HostNode *n : m_hosts)
        if (n->session == session)
            return n;
    return nullptr;
}

DomainTreeModel::HostNode *DomainTreeModel::nodeById(quint64 id) const
{
    for (HostNode *n : m_hosts)
        if (n->id == id)
            return n;
    return nullptr;
}

int DomainTreeModel::hostRow(const HostNode *node) const
{
    return int(m_hosts.indexOf(const_cast<HostNode *>(node)));
}

DomainTreeModel::HostNode *DomainTreeModel::nodeOf(const QModelIndex &index) const
{
    // An index of a proxy (the flat list's) is not ours to read: map it to the tree first.
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (auto *node = static_cast<HostNode *>(index.internalPointer()))
        return node; // a domain row: its host's node
    return m_hosts.value(index.row());
}

HostSession *DomainTreeModel::hostAt(const QModelIndex &index) const
{
    HostNode *node = nodeOf(index);
    return node ? node->session : nullptr;
}

bool DomainTreeModel::isHost(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.internalPointer();
}

std::optional<DomainInfo> DomainTreeModel::domainAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || !index.internalPointer())
        return std::nullopt;
    auto *node = static_cast<HostNode *>(index.internalPointer());
    // index() makes only valid rows: a row past the end is a stale index kept across a removal.
    VIREO_ASSERT(index.row() < node->rows.size(), return std::nullopt);
    return node->rows[index.row()].info;
}

std::optional<DomainInfo> DomainTreeModel::domain(const HostSession *session,
                                                  const QString &uuid) const
{
    const HostNode *node = findNode(session);
    if (!node)
        return std::nullopt;
    const auto it = node->rowOf.constFind(uuid);
    if (it == node->rowOf.constEnd())
        return std::nullopt;
    return node->rows[*it].info;
}

std::optional<DomainInfo> DomainTreeModel::findDomain(const HostSession *session,
                                                      const QString &uuidOrName) const
{
    if (auto d = domain(session, uuidOrName.toLower()))
        return d;
    const HostNode *node = findNode(session);
    if (!node)
        return std::nullopt;
    for (const DomainRow &r : node->rows)
        if (r.info.name == uuidOrName)
            return r.info;
    return std::nullopt;
}

QModelIndex DomainTreeModel::indexOf(const HostSession *session, const QString &uuid,
                                     int column) const
{
    HostNode *node = findNode(session);
    if (!node)
        return {};
    const auto it = node->rowOf.constFind(uuid);
    if (it == node->rowOf.constEnd())
        return {};
    return createIndex(*it, column, node);
}

QModelIndex DomainTreeModel::indexOf(const HostSession *session) const
{
    const HostNode *node = findNode(session);
    return node ? createIndex(hostRow(node), 0, nullptr) : QModelIndex();
}

int DomainTreeModel::domainCount() const
{
    int n = 0;
    for (const HostNode *node : m_hosts)
        n += node->rows.size();
    return n;
}

QModelIndex DomainTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_hosts.size() ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.row() >= m_hosts.size())
        return {}; // domains have no children
    HostNode *node = m_hosts[parent.row()];
    return row < node->rows.size() ? createIndex(row, column, node) : QModelIndex();
}

QModelIndex DomainTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const int row = hostRow(static_cast<HostNode *>(child.internalPointer()));
    return row >= 0 ? createIndex(row, 0, nullptr) : QModelIndex();
}

int DomainTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_hosts.size();
    if (parent.internalPointer() || parent.column() != 0 || parent.row() >= m_hosts.size())
        return 0;
    return m_hosts[parent.row()]->rows.size();
}

int DomainTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags DomainTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (auto *node = static_cast<HostNode *>(index.internalPointer())) {
        // A domain of a host that is not connected: greyed, and nothing to select or open.
        if (node->session->state() != HostState::Connected)
            return Qt::ItemNeverHasChildren;
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

void DomainTreeModel::hostRowChanged(HostNode *node)
{
    const int row = hostRow(node);
    if (row < 0)
        return;
    Q_EMIT dataChanged(createIndex(row, 0, nullptr), createIndex(row, ColumnCount - 1, nullptr));
}

void DomainTreeModel::onHostState(HostNode *node)
{
    const bool connected = node->session->state() == HostState::Connected;
    if (!connected || !node->session->statsSampling().cpu) {
        // Not sampled any more (Edit > Preferences): the old figures would seem current.
        node->stats.cpuPercent = -1;
        node->cpuHistory.clear();
        for (DomainRow &r : node->rows) {
            r.cpuPercent = -1;
            r.history.clear();
        }
    }
    if (!connected || !node->session->statsSampling().memory)
        node->stats.memoryTotalKiB = node->stats.memoryFreeKiB = 0;
    if (!connected) {
        // Nothing is known of the host now: its figures go, and its domains' rows show they are
        // what was last seen (they stay, so the list and its selection survive a reconnect,
        // which updates them in place).
        node->stats = {};
        node->cpuHistory.clear();
        for (DomainRow &r : node->rows) {
            r.cpuPercent = -1;
            r.history.clear();
        }
    }
    hostRowChanged(node);
    if (!node->rows.isEmpty())
        Q_EMIT dataChanged(createIndex(0, 0, node),
                           createIndex(int(node->rows.size()) - 1, ColumnCount - 1, node));
}

template<typename Pred>
bool DomainTreeModel::removeRowsWhere(HostNode *node, Pred gone)
{
    // From the end so earlier row numbers stay valid; contiguous runs in one go; one reindex.
    const QModelIndex parentIndex = createIndex(hostRow(node), 0, nullptr);
    int row = node->rows.size() - 1;
    bool removed = false;
    while (row >= 0) {
        if (!gone(node->rows[row].info.uuid)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && gone(node->rows[first - 1].info.uuid))
            --first;
        beginRemoveRows(parentIndex, first, row);
        node->rows.remove(first, row - first + 1);
        endRemoveRows();
        removed = true;
        row = first - 1;
    }
    if (removed)
        node->reindex();
    return removed;
}

void DomainTreeModel::onListed(HostNode *node, const QList<DomainInfo> &domains)
{
    QSet<QString> present;
    present.reserve(domains.size());
    for (const DomainInfo &d : domains)
        present.insert(d.uuid);

    removeRowsWhere(node, [&present](const QString &uuid) { return !present.contains(uuid); });

    // Updates in place; new domains go in by chunks.
    node->pending.clear();
    node->pendingIndex.clear();
    node->listingPending = true;
    int minChanged = INT_MAX, maxChanged = -1;
    for (const DomainInfo &d : domains) {
        const auto it = node->rowOf.constFind(d.uuid);
        if (it == node->rowOf.constEnd()) {
            node->pendingIndex.insert(d.uuid, node->pending.size());
            node->pending.append(d);
            continue;
        }
        node->rows[*it].info = d;
        minChanged = qMin(minChanged, *it);
        maxChanged = qMax(maxChanged, *it);
    }
    if (maxChanged >= 0)
        Q_EMIT dataChanged(createIndex(minChanged, 0, node),
                           createIndex(maxChanged, ColumnCount - 1, node));
    insertPendingChunk(node);
}

void DomainTreeModel::insertPendingChunk(HostNode *node)
{
    if (!node->pending.isEmpty()) {
        const int count = int(qMin<qsizetype>(InsertChunk, node->pending.size()));
        const int first = node->rows.size();
        beginInsertRows(createIndex(hostRow(node), 0, nullptr), first, first + count - 1);
        for (int i = 0; i < count; ++i) {
            DomainRow r;
            r.info = std::move(node->pending[i]);
            node->rowOf.insert(r.info.uuid, node->rows.size());
            node->rows.append(std::move(r));
        }
        node->pending.remove(0, count);
        node->pendingIndex.clear();
        for (qsizetype i = 0; i < node->pending.size(); ++i)
            node->pendingIndex.insert(node->pending[i].uuid, i);
        endInsertRows();
    }
    if (!node->pending.isEmpty()) {
        scheduleChunk(node);
        return;
    }
    hostRowChanged(node);
    if (std::exchange(node->listingPending, false))
        Q_EMIT hostListed(node->session);
}

void DomainTreeModel::scheduleChunk(HostNode *node)
{
    if (node->flushScheduled)
        return;
    node->flushScheduled = true;
    // By id: removeHost() may delete the node before this runs, and a new node may even be
    // allocated at the same address.
    QMetaObject::invokeMethod(
        this,
        [this, id = node->id] {
            HostNode *n = nodeById(id);
            if (!n)
                return; // the host was removed meanwhile
            n->flushScheduled = false;
            insertPendingChunk(n);
        },
        Qt::QueuedConnection);
}

void DomainTreeModel::onChanged(HostNode *node, const QList<DomainInfo> &domains)
{
    int minChanged = INT_MAX, maxChanged = -1;
    bool added = false;
    for (const DomainInfo &domain : domains) {
        if (const auto p = node->pendingIndex.constFind(domain.uuid);
            p != node->pendingIndex.constEnd()) {
            node->pending[*p] = domain;
            continue;
        }
        const auto it = node->rowOf.constFind(domain.uuid);
        if (it == node->rowOf.constEnd()) {
            // New: in by chunks, like a listing (a burst can define thousands).
            node->pendingIndex.insert(domain.uuid, node->pending.size());
            node->pending.append(domain);
            added = true;
            continue;
        }
        DomainRow &r = node->rows[*it];
        r.info = domain;
        if (!isActive(domain.state)) {
            r.cpuPercent = -1;
            r.history.clear();
        }
        minChanged = qMin(minChanged, *it);
        maxChanged = qMax(maxChanged, *it);
    }
    if (maxChanged >= 0) {
        Q_EMIT dataChanged(createIndex(minChanged, 0, node),
                           createIndex(maxChanged, ColumnCount - 1, node));
        hostRowChanged(node); // its "n of m running"
    }
    if (added && !node->flushScheduled)
        insertPendingChunk(node);
}

void DomainTreeModel::onRemoved(HostNode *node, const QStringList &uuids)
{
    QSet<QString> gone;
    gone.reserve(uuids.size());
    for (const QString &uuid : uuids) {
        if (!node->pendingIndex.contains(uuid))
            gone.insert(uuid);
    }
    if (gone.size() != uuids.size()) {
        // Some were still waiting to go in.
        const QSet<QString> all(uuids.cbegin(), uuids.cend());
        node->pending.removeIf([&all](const DomainInfo &d) { return all.contains(d.uuid); });
        node->pendingIndex.clear();
        for (qsizetype i = 0; i < node->pending.size(); ++i)
            node->pendingIndex.insert(node->pending[i].uuid, i);
    }
    if (!gone.isEmpty() &&
        removeRowsWhere(node, [&gone](const QString &uuid) { return gone.contains(uuid); }))
        hostRowChanged(node);
}

void DomainTreeModel::onStats(HostNode *node, const QList<DomainStats> &stats)
{
    int minChanged = INT_MAX, maxChanged = -1;
    for (const DomainStats &s : stats) {
        const auto it = node->rowOf.constFind(s.uuid);
        if (it == node->rowOf.constEnd())
            continue;
        DomainRow &r = node->rows[*it];
        bool changed = false;
        if (s.cpuPercent >= 0) {
            r.cpuPercent = s.cpuPercent;
            r.history.add(s.cpuPercent);
            changed = true;
        }
        if (s.balloonCurrentKiB > 0 && quint64(s.balloonCurrentKiB) != r.info.memoryKiB) {
            r.info.memoryKiB = quint64(s.balloonCurrentKiB);
            changed = true;
        }
        if (s.addressesRead && s.addresses != r.addresses) {
            r.addresses = s.addresses;
            changed = true;
        }
        if (s.vcpuCurrent > 0 && s.vcpuCurrent != r.info.vcpus) {
            r.info.vcpus = s.vcpuCurrent;
            changed = true;
        }
        if (changed) {
            minChanged = qMin(minChanged, *it);
            maxChanged = qMax(maxChanged, *it);
        }
    }
    if (maxChanged >= 0)
        Q_EMIT dataChanged(createIndex(minChanged, CpuColumn, node),
                           createIndex(maxChanged, IpColumn, node));
}

void DomainTreeModel::setGuestAddressesShown(bool shown)
{
    if (shown == m_addressesShown)
        return;
    m_addressesShown = shown;
    for (HostNode *n : std::as_const(m_hosts))
        n->session->setGuestAddressesWanted(this, shown);
}

} // namespace Vireo
