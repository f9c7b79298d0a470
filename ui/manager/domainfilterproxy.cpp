// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/manager/domainfilterproxy.h"

#include "core/session/domaintreemodel.h"
#include "core/session/flatdomainproxy.h"
#include "core/session/hostsession.h"
#include "ui/common/stateicons.h"
#include "widgets/errorstyle.h"

namespace Vireo {

DomainFilterProxy::DomainFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DomainTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false);
}

void DomainFilterProxy::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidateRowsFilter();
}

void DomainFilterProxy::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    invalidateRowsFilter();
}

static QString noteKey(const QString &uri, const QString &uuid)
{
    return uri + QLatin1Char('\n') + uuid.toLower();
}

void DomainFilterProxy::setDomainNote(HostSession *session, const QString &uuid,
                                      const QString &note, const QString &tooltip)
{
    const QString key = noteKey(session->uri(), uuid);
    if (note.isEmpty())
        m_notes.remove(key);
    else
        m_notes.insert(key, {note, tooltip});
    DomainTreeModel *tree = qobject_cast<DomainTreeModel *>(sourceModel());
    if (auto *flat = qobject_cast<FlatDomainProxy *>(sourceModel()))
        tree = flat->tree();
    if (tree) {
        const QModelIndex idx =
            fromTree(tree->indexOf(session, uuid, DomainTreeModel::StateColumn));
        if (idx.isValid())
            Q_EMIT dataChanged(idx, idx);
    }
}

void DomainFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    // Before the base class filters the new source's rows.
    m_flat = qobject_cast<FlatDomainProxy *>(model) != nullptr;
    QSortFilterProxyModel::setSourceModel(model);
}

QModelIndex DomainFilterProxy::toTree(const QModelIndex &proxyIndex) const
{
    const QModelIndex src = mapToSource(proxyIndex);
    if (auto *flat = qobject_cast<FlatDomainProxy *>(sourceModel()))
        return flat->mapToSource(src);
    return src;
}

QModelIndex DomainFilterProxy::fromTree(const QModelIndex &treeIndex) const
{
    if (auto *flat = qobject_cast<FlatDomainProxy *>(sourceModel()))
        return mapFromSource(flat->mapFromSource(treeIndex));
    return mapFromSource(treeIndex);
}

QString DomainFilterProxy::hostUriOf(const QModelIndex &index)
{
    // The tree's domain rows leave the URI to their host's row; the flat list's carry it.
    return index.parent().isValid() ? index.parent().data(DomainTreeModel::HostUriRole).toString()
                                    : index.data(DomainTreeModel::HostUriRole).toString();
}

QString DomainFilterProxy::domainNote(const QModelIndex &proxyIndex) const
{
    if (m_notes.isEmpty() || !proxyIndex.isValid() ||
        proxyIndex.data(DomainTreeModel::IsHostRole).toBool())
        return {};
    const QString uri = hostUriOf(proxyIndex);
    const QString uuid = proxyIndex.data(DomainTreeModel::UuidRole).toString();
    return m_notes.value(noteKey(uri, uuid)).text;
}

QVariant DomainFilterProxy::data(const QModelIndex &index, int role) const
{
    if (!m_notes.isEmpty() && index.column() == DomainTreeModel::StateColumn &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::ForegroundRole) &&
        !index.data(DomainTreeModel::IsHostRole).toBool()) {
        const auto it = m_notes.constFind(
            noteKey(hostUriOf(index), index.data(DomainTreeModel::UuidRole).toString()));
        if (it != m_notes.cend()) {
            if (role == Qt::DisplayRole)
                return it->text;
            if (role == Qt::ToolTipRole)
                return it->tooltip.isEmpty() ? it->text : it->tooltip;
            return ErrorStyle::warningColor();
        }
    }
    if (role == Qt::DecorationRole && index.column() == DomainTreeModel::NameColumn) {
        if (index.data(DomainTreeModel::IsHostRole).toBool())
            return hostStateIcon(HostState(index.data(DomainTreeModel::HostStateRole).toInt()));
        return domainStateIcon(DomainState(index.data(DomainTreeModel::DomainStateRole).toInt()));
    }
    return QSortFilterProxyModel::data(index, role);
}

bool DomainFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    // Hosts stay visible, so the user sees where nothing matched. (The flat list has none: all
    // its rows are domains, from every host.)
    if (!sourceParent.isValid() && !isFlat())
        return true;
    if (!m_text.isEmpty()) {
        const QString name = idx.data(Qt::DisplayRole).toString();
        if (!name.contains(m_text, Qt::CaseInsensitive) &&
            !idx.data(DomainTreeModel::UuidRole).toString().startsWith(m_text, Qt::CaseInsensitive))
            return false;
    }
    // What a host that is not connected last said is not its state now: shown under All only.
    if (m_state != StateFilter::All && idx.data(DomainTreeModel::StaleRole).toBool())
        return false;
    const auto state = DomainState(idx.data(DomainTreeModel::DomainStateRole).toInt());
    switch (m_state) {
    case StateFilter::All:
        return true;
    case StateFilter::Active:
        return isActive(state);
    case StateFilter::Running:
        return state == DomainState::Running || state == DomainState::Blocked;
    case StateFilter::Paused:
        return state == DomainState::Paused || state == DomainState::PMSuspended;
    case StateFilter::Inactive:
        return !isActive(state);
    }
    return true;
}

bool DomainFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(DomainTreeModel::SortRole);
    const QVariant r = right.data(DomainTreeModel::SortRole);
    if (l.userType() == QMetaType::QString)
        return QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive) < 0;
    return QPartialOrdering::Less == QVariant::compare(l, r);
}

} // namespace Vireo
