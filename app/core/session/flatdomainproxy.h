// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/session/domaintreemodel.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QPointer>

namespace Vireo {

/// The domains of every host of a DomainTreeModel in one list, with a Host column: the
/// manager's "Flat list" mode. GUI thread (where its tree lives).
///
/// A proxy, so the tree's contract stays as it is: flat row = the domains of the hosts above
/// plus the domain's row under its host. The tree's inserts, removals and dataChanged are
/// passed on as ranges (a host's domains are contiguous), never as a reset. Host rows are not
/// listed; each domain row answers HostUriRole, and HostColumn names its host (the user's
/// label when there is one).
class FlatDomainProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    /// After the tree's own columns.
    static constexpr int HostColumn = DomainTreeModel::ColumnCount;
    static constexpr int ColumnCount = HostColumn + 1;

    explicit FlatDomainProxy(QObject *parent = nullptr);

    /// Follows the tree (nullptr lets go of it). Any other model is refused.
    void setSourceModel(QAbstractItemModel *model) override;
    DomainTreeModel *tree() const { return m_tree; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;

private:
    /// The host row (in the tree) a flat row belongs to; -1 when out of range.
    int hostOfRow(int flatRow) const;
    void recount();
    void onAboutToInsert(const QModelIndex &parent, int first, int last);
    void onInserted(const QModelIndex &parent, int first, int last);
    void onAboutToRemove(const QModelIndex &parent, int first, int last);
    void onRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);

    QPointer<DomainTreeModel> m_tree;
    /// m_offsets[h]: the flat row of host h's first domain; m_offsets.last() is the total.
    QList<int> m_offsets{0};
    /// Each host's name as last shown, so a statistics tick on its row does not touch its
    /// domains' Host cells; only a new name (a label) does.
    QList<QString> m_hostNames;
    bool m_removingRows = false;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Vireo
