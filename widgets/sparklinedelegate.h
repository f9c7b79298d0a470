// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Vireo {

/// Paints a CPU history as a small area chart with the current value beside it.
/// GUI thread. The history comes from the model as a QByteArray (0..100 per byte, oldest first)
/// under historyRole; the text is the model's DisplayRole.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    SparklineDelegate(int historyRole, int capacity, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_historyRole;
    int m_capacity;
};

} // namespace Vireo
