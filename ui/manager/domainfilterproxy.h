// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

namespace Vireo {

class HostSession;

/// Filters and sorts the host/domain tree, and gives each row its state icon. GUI thread.
/// Hosts always stay visible; domains match the text (name or UUID) and the state filter.
/// A domain can carry a note that replaces its state text (a guest that ignored Shut Down).
class DomainFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class StateFilter { All, Active, Running, Paused, Inactive };

    explicit DomainFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const { return m_state; }

    /// Shows `note` as the domain's state (with `tooltip`); an empty note takes it away.
    void setDomainNote(HostSession *session, const QString &uuid, const QString &note,
                       const QString &tooltip = {});
    QString domainNote(const QModelIndex &proxyIndex) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The tree's index of one of this proxy's rows, whether the source is the tree or the
    /// flat list (FlatDomainProxy) over it; and back (invalid for a host in the flat list).
    QModelIndex toTree(const QModelIndex &proxyIndex) const;
    QModelIndex fromTree(const QModelIndex &treeIndex) const;
    /// Whether the source is the flat list: every row a domain, hosts only in the Host column.
    bool isFlat() const { return m_flat; }
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /// The host URI of a domain row of this proxy, in either mode.
    static QString hostUriOf(const QModelIndex &index);

    QString m_text;
    bool m_flat = false;
    StateFilter m_state = StateFilter::All;
    struct Note
    {
        QString text;
        QString tooltip;
    };
    /// By "host URI\nlower-case UUID"; almost always empty, so rows pay nothing for it.
    QHash<QString, Note> m_notes;
};

} // namespace Vireo
