#include "ui/manager/domainfilterproxy.h"

#include "core/session/domaintreemodel.h"
#include "ui/common/stateicons.h"

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

QVariant DomainFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == DomainTreeModel::NameColumn) {
        if (index.data(DomainTreeModel::IsHostRole).toBool())
            return hostStateIcon(HostState(index.data(DomainTreeModel::HostStateRole).toInt()));
        return domainStateIcon(DomainState(index.data(DomainTreeModel::DomainStateRole).toInt()));
    }
    return QSortFilterProxyModel::data(index, role);
}

bool DomainFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid())
        return true; // hosts stay visible, so the user sees where nothing matched
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_text.isEmpty()) {
        const QString name = idx.data(Qt::DisplayRole).toString();
        if (!name.contains(m_text, Qt::CaseInsensitive) &&
            !idx.data(DomainTreeModel::UuidRole).toString().startsWith(m_text, Qt::CaseInsensitive))
            return false;
    }
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
