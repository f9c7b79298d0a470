#pragma once

#include <QSortFilterProxyModel>

namespace Vireo {

/// Filters and sorts the host/domain tree, and gives each row its state icon. GUI thread.
/// Hosts always stay visible; domains match the text (name or UUID) and the state filter.
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    StateFilter m_state = StateFilter::All;
};

} // namespace Vireo
