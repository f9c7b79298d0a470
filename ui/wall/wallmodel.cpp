// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/wall/wallmodel.h"

#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"

#include <QCollator>

namespace Vireo {

WallModel::WallModel(DomainTreeModel *tree, QObject *parent)
    : QAbstractListModel(parent)
    , m_tree(tree)
{}

bool WallModel::isActive(DomainState state)
{
    return state != DomainState::Shutoff && state != DomainState::NoState &&
           state != DomainState::Crashed;
}

QString WallModel::keyOf(const HostSession *session, const QString &uuid)
{
    return QString::number(quintptr(session), 16) + QLatin1Char('/') + uuid;
}

void WallModel::setHosts(const QList<HostSession *> &hosts)
{
    for (const auto &old : std::as_const(m_hosts))
        if (old)
            disconnect(old, nullptr, this, nullptr);
    removeWhere([](const Tile &) { return true; });
    m_hosts.clear();
    for (HostSession *session : hosts) {
        if (!session)
            continue;
        m_hosts.append(session);
        follow(session);
        if (!m_tree)
            continue;
        const QModelIndex hostIndex = m_tree->indexOf(session);
        for (int r = 0, n = m_tree->rowCount(hostIndex); r < n; ++r) {
            const QModelIndex index = m_tree->index(r, 0, hostIndex);
            if (index.data(DomainTreeModel::StaleRole).toBool())
                continue;
            if (auto info = m_tree->domainAt(index)) {
                addOrUpdate(session, *info, true);
                const int row = rowOfKey(keyOf(session, info->uuid));
                if (row >= 0)
                    m_tiles[row].cpuPercent =
                        index.data(DomainTreeModel::CpuPercentRole).toDouble();
            }
        }
    }
}

QList<HostSession *> WallModel::hosts() const
{
    QList<HostSession *> out;
    for (const auto &s : m_hosts)
        if (s)
            out.append(s);
    return out;
}

void WallModel::follow(HostSession *session)
{
    connect(session, &HostSession::domainsChanged, this,
            [this, session](const QList<DomainInfo> &domains) {
                for (const DomainInfo &d : domains)
                    addOrUpdate(session, d, true);
            });
    connect(session, &HostSession::domainsRemoved, this, [this, session](const QStringList &uuids) {
        removeWhere([session, &uuids](const Tile &t) {
            return t.session == session && uuids.contains(t.info.uuid);
        });
    });
    connect(session, &HostSession::domainsListed, this,
            [this, session](const QList<DomainInfo> &domains) { onListed(session, domains); });
    connect(session, &HostSession::statsUpdated, this,
            [this, session](const QList<DomainStats> &stats) { onStats(session, stats); });
    connect(session, &HostSession::stateChanged, this, [this, session](HostState state) {
        if (state != HostState::Connected)
            removeWhere([session](const Tile &t) { return t.session == session; });
    });
    connect(session, &HostSession::aboutToBeDestroyed, this, [this, session] {
        removeWhere([session](const Tile &t) { return t.session == session || !t.session; });
        m_hosts.removeAll(session);
    });
}

int WallModel::insertRowFor(const HostSession *session, const QString &name) const
{
    // Hosts in the order chosen, guests by name within each (lab-2 before lab-10).
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const int hostRank = m_hosts.indexOf(const_cast<HostSession *>(session));
    int row = 0;
    for (; row < m_tiles.size(); ++row) {
        const Tile &t = m_tiles.at(row);
        const int rank = m_hosts.indexOf(t.session.data());
        if (rank > hostRank || (rank == hostRank && collator.compare(t.info.name, name) > 0))
            break;
    }
    return row;
}

void WallModel::addOrUpdate(HostSession *session, const DomainInfo &info, bool addIfRunning)
{
    const int row = rowOfKey(keyOf(session, info.uuid));
    if (row >= 0) {
        Tile &t = m_tiles[row];
        const bool stopped = isActive(t.info.state) && !isActive(info.state);
        t.info = info;
        if (stopped) {
            t.thumbnail = QImage();
            t.cpuPercent = -1;
        }
        if (!isActive(info.state))
            t.reason = tr("Not running");
        else if (stopped || t.reason == tr("Not running"))
            t.reason = tr("Waiting for the screen…");
        const QModelIndex i = index(row);
        Q_EMIT dataChanged(i, i);
        return;
    }
    if (!addIfRunning || !isActive(info.state))
        return;
    const int at = insertRowFor(session, info.name);
    beginInsertRows({}, at, at);
    Tile t;
    t.session = session;
    t.info = info;
    t.reason = tr("Waiting for the screen…");
    m_tiles.insert(at, t);
    reindex();
    endInsertRows();
}

void WallModel::removeWhere(const std::function<bool(const Tile &)> &gone)
{
    for (int row = m_tiles.size() - 1; row >= 0; --row) {
        if (!gone(m_tiles.at(row)))
            continue;
        const QString key = keyOf(m_tiles.at(row).session.data(), m_tiles.at(row).info.uuid);
        beginRemoveRows({}, row, row);
        m_tiles.removeAt(row);
        reindex();
        endRemoveRows();
        Q_EMIT tileRemoved(key);
    }
}

void WallModel::onListed(HostSession *session, const QList<DomainInfo> &domains)
{
    QSet<QString> listed;
    for (const DomainInfo &d : domains)
        listed.insert(d.uuid);
    removeWhere([session, &listed](const Tile &t) {
        return t.session == session && !listed.contains(t.info.uuid);
    });
    for (const DomainInfo &d : domains)
        addOrUpdate(session, d, true);
}

void WallModel::onStats(HostSession *session, const QList<DomainStats> &stats)
{
    int first = -1, last = -1;
    for (const DomainStats &s : stats) {
        const int row = rowOfKey(keyOf(session, s.uuid));
        if (row < 0)
            continue;
        Tile &t = m_tiles[row];
        if (qFuzzyCompare(t.cpuPercent + 1, s.cpuPercent + 1))
            continue;
        t.cpuPercent = s.cpuPercent;
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first), index(last));
}

HostSession *WallModel::sessionAt(int row) const
{
    return row >= 0 && row < m_tiles.size() ? m_tiles.at(row).session.data() : nullptr;
}

DomainInfo WallModel::infoAt(int row) const
{
    return row >= 0 && row < m_tiles.size() ? m_tiles.at(row).info : DomainInfo{};
}

QString WallModel::keyAt(int row) const
{
    return row >= 0 && row < m_tiles.size()
               ? keyOf(m_tiles.at(row).session.data(), m_tiles.at(row).info.uuid)
               : QString();
}

int WallModel::rowOfKey(const QString &key) const
{
    return m_rowOf.value(key, -1);
}

void WallModel::reindex()
{
    m_rowOf.clear();
    for (int row = 0; row < m_tiles.size(); ++row)
        m_rowOf.insert(keyOf(m_tiles.at(row).session.data(), m_tiles.at(row).info.uuid), row);
}

void WallModel::setThumbnail(const QString &key, const QImage &image)
{
    const int row = rowOfKey(key);
    if (row < 0 || !isActive(m_tiles.at(row).info.state))
        return;
    m_tiles[row].thumbnail = image;
    m_tiles[row].reason.clear();
    Q_EMIT dataChanged(index(row), index(row), {ThumbnailRole, ReasonRole});
}

void WallModel::setThumbnailError(const QString &key, const QString &reason)
{
    const int row = rowOfKey(key);
    if (row < 0 || !isActive(m_tiles.at(row).info.state))
        return;
    m_tiles[row].thumbnail = QImage();
    m_tiles[row].reason = reason;
    Q_EMIT dataChanged(index(row), index(row), {ThumbnailRole, ReasonRole});
}

int WallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tiles.size());
}

QVariant WallModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tiles.size())
        return {};
    const Tile &t = m_tiles.at(index.row());
    const QString stateLine =
        t.cpuPercent >= 0 && isActive(t.info.state)
            ? tr("%1 · CPU %2 %").arg(t.info.stateText()).arg(qRound(t.cpuPercent))
            : t.info.stateText();
    switch (role) {
    case Qt::DisplayRole:
        return t.info.name;
    case Qt::AccessibleTextRole:
        // What a screen reader says for the tile: guest, state and CPU.
        return t.cpuPercent >= 0 && isActive(t.info.state)
                   ? tr("%1, %2, CPU %3 %")
                         .arg(t.info.name, t.info.stateText())
                         .arg(qRound(t.cpuPercent))
                   : tr("%1, %2").arg(t.info.name, t.info.stateText());
    case Qt::AccessibleDescriptionRole:
    case Qt::ToolTipRole:
        return t.reason.isEmpty() ? tr("Click or press Enter to open the console") : t.reason;
    case UuidRole:
        return t.info.uuid;
    case KeyRole:
        return keyOf(t.session.data(), t.info.uuid);
    case StateRole:
        return int(t.info.state);
    case CpuPercentRole:
        return t.cpuPercent;
    case ThumbnailRole:
        return t.thumbnail;
    case ReasonRole:
        return t.reason;
    case StateTextRole:
        return stateLine;
    default:
        return {};
    }
}

} // namespace Vireo
