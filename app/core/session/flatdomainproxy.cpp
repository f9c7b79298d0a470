// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/session/flatdomainproxy.h"

#include "core/common/softassert.h"

#include <algorithm>

namespace Vireo {

FlatDomainProxy::FlatDomainProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void FlatDomainProxy::setSourceModel(QAbstractItemModel *model)
{
    auto *tree = qobject_cast<DomainTreeModel *>(model);
    VIREO_ASSERT(tree || !model, return );
    beginResetModel();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_tree = tree;
    QAbstractProxyModel::setSourceModel(model);
    if (tree) {
        m_connections = {
            connect(tree, &QAbstractItemModel::rowsAboutToBeInserted, this,
                    &FlatDomainProxy::onAboutToInsert),
            connect(tree, &QAbstractItemModel::rowsInserted, this, &FlatDomainProxy::onInserted),
            connect(tree, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &FlatDomainProxy::onAboutToRemove),
            connect(tree, &QAbstractItemModel::rowsRemoved, this, &FlatDomainProxy::onRemoved),
            connect(tree, &QAbstractItemModel::dataChanged, this, &FlatDomainProxy::onDataChanged),
            // The tree never resets nor moves rows (it updates by diff); should it ever, the
            // flat list starts over rather than be wrong.
            connect(tree, &QAbstractItemModel::modelAboutToBeReset, this,
                    &FlatDomainProxy::beginResetModel),
            connect(tree, &QAbstractItemModel::modelReset, this,
                    [this] {
                        recount();
                        endResetModel();
                    }),
            connect(tree, &QAbstractItemModel::layoutAboutToBeChanged, this,
                    &FlatDomainProxy::beginResetModel),
            connect(tree, &QAbstractItemModel::layoutChanged, this,
                    [this] {
                        recount();
                        endResetModel();
                    }),
        };
    }
    recount();
    endResetModel();
}

void FlatDomainProxy::recount()
{
    const int hosts = m_tree ? m_tree->rowCount() : 0;
    m_offsets.resize(hosts + 1);
    m_hostNames.resize(hosts);
    m_offsets[0] = 0;
    for (int h = 0; h < hosts; ++h) {
        const QModelIndex host = m_tree->index(h, 0);
        m_offsets[h + 1] = m_offsets[h] + m_tree->rowCount(host);
        m_hostNames[h] = host.data().toString();
    }
}

int FlatDomainProxy::hostOfRow(int flatRow) const
{
    if (flatRow < 0 || flatRow >= m_offsets.last())
        return -1;
    // The last host whose first row is at or before flatRow (hosts with no domains share an
    // offset with the next one, and upper_bound skips past them).
    const auto it = std::upper_bound(m_offsets.cbegin(), m_offsets.cend(), flatRow);
    return int(it - m_offsets.cbegin()) - 1;
}

QModelIndex FlatDomainProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_tree || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const int h = hostOfRow(proxyIndex.row());
    if (h < 0)
        return {};
    const int column = proxyIndex.column() == HostColumn ? 0 : proxyIndex.column();
    return m_tree->index(proxyIndex.row() - m_offsets[h], column, m_tree->index(h, 0));
}

QModelIndex FlatDomainProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_tree || !sourceIndex.isValid() || sourceIndex.model() != m_tree)
        return {};
    const QModelIndex host = sourceIndex.parent();
    if (!host.isValid() || host.row() >= m_offsets.size() - 1)
        return {}; // a host row: not listed
    return createIndex(m_offsets[host.row()] + sourceIndex.row(), sourceIndex.column());
}

QModelIndex FlatDomainProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_offsets.last() || column < 0 ||
        column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex FlatDomainProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex FlatDomainProxy::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int FlatDomainProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_offsets.last();
}

int FlatDomainProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool FlatDomainProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && m_offsets.last() > 0;
}

QVariant FlatDomainProxy::data(const QModelIndex &index, int role) const
{
    const QModelIndex src = mapToSource(index);
    if (!src.isValid())
        return {};
    if (role == DomainTreeModel::HostUriRole)
        return src.parent().data(DomainTreeModel::HostUriRole);
    if (index.column() != HostColumn)
        return src.data(role);
    switch (role) {
    case Qt::DisplayRole:
    case DomainTreeModel::SortRole:
        return m_hostNames.value(src.parent().row());
    case Qt::ToolTipRole:
        return src.parent().data(DomainTreeModel::HostUriRole);
    case Qt::DecorationRole:
    case Qt::TextAlignmentRole:
        return {};
    default:
        return src.data(role); // the domain's own roles (UUID, state, stale) on every column
    }
}

QVariant FlatDomainProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == HostColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Host")) : QVariant();
    return m_tree ? m_tree->headerData(section, orientation, role) : QVariant();
}

Qt::ItemFlags FlatDomainProxy::flags(const QModelIndex &index) const
{
    const QModelIndex src = mapToSource(index);
    return src.isValid() ? m_tree->flags(src) : Qt::NoItemFlags;
}

void FlatDomainProxy::onAboutToInsert(const QModelIndex &parent, int first, int last)
{
    if (!parent.isValid())
        return; // new hosts come with no domains (DomainTreeModel::addHost): no flat rows yet
    const int at = m_offsets.value(parent.row());
    beginInsertRows({}, at + first, at + last);
}

void FlatDomainProxy::onInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid()) {
        recount();
        endInsertRows();
        return;
    }
    // Should a host ever arrive with its domains, the flat rows after it all move.
    int children = 0;
    for (int h = first; h <= last; ++h)
        children += m_tree->rowCount(m_tree->index(h, 0));
    if (children == 0) {
        recount();
        return;
    }
    beginResetModel();
    recount();
    endResetModel();
}

void FlatDomainProxy::onAboutToRemove(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid()) {
        const int at = m_offsets.value(parent.row());
        beginRemoveRows({}, at + first, at + last);
        m_removingRows = true;
        return;
    }
    // Hosts going: their domains' rows go with them.
    const int from = m_offsets.value(first);
    const int to = m_offsets.value(last + 1) - 1;
    if (to >= from) {
        beginRemoveRows({}, from, to);
        m_removingRows = true;
    }
}

void FlatDomainProxy::onRemoved(const QModelIndex &, int, int)
{
    recount();
    if (m_removingRows) {
        m_removingRows = false;
        endRemoveRows();
    }
}

void FlatDomainProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                    const QList<int> &roles)
{
    const QModelIndex host = topLeft.parent();
    if (host.isValid()) {
        const int at = m_offsets.value(host.row());
        Q_EMIT dataChanged(createIndex(at + topLeft.row(), topLeft.column()),
                           createIndex(at + bottomRight.row(), bottomRight.column()), roles);
        return;
    }
    for (int h = topLeft.row(); h <= bottomRight.row() && h < m_hostNames.size(); ++h) {
        const QString name = m_tree->index(h, 0).data().toString();
        if (name == m_hostNames[h])
            continue;
        m_hostNames[h] = name;
        if (m_offsets[h + 1] > m_offsets[h])
            Q_EMIT dataChanged(createIndex(m_offsets[h], HostColumn),
                               createIndex(m_offsets[h + 1] - 1, HostColumn));
    }
}

} // namespace Vireo
