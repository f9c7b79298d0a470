// SPDX-License-Identifier: GPL-2.0-or-later
#include "sparklinedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Vireo {

SparklineDelegate::SparklineDelegate(int historyRole, int capacity, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_historyRole(historyRole)
    , m_capacity(qMax(2, capacity))
{}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QByteArray history = index.data(m_historyRole).toByteArray();
    const QRect r = opt.rect.adjusted(3, 3, -3, -3);
    const int textWidth = opt.fontMetrics.horizontalAdvance(QStringLiteral("100 %")) + 6;
    const QRect chart(r.left(), r.top(), qMax(10, r.width() - textWidth), r.height());
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor line =
        selected ? opt.palette.highlightedText().color() : opt.palette.color(QPalette::Highlight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor frame = line;
    frame.setAlpha(60);
    painter->setPen(frame);
    painter->drawLine(chart.bottomLeft(), chart.bottomRight());
    if (history.size() >= 2) {
        const double step = double(chart.width()) / (m_capacity - 1);
        const double x0 = chart.right() - step * (history.size() - 1);
        QPainterPath path;
        path.moveTo(x0, chart.bottom());
        for (int i = 0; i < history.size(); ++i) {
            const double v = qBound(0, int(quint8(history[i])), 100) / 100.0;
            path.lineTo(x0 + step * i, chart.bottom() - v * chart.height());
        }
        path.lineTo(chart.right(), chart.bottom());
        QColor fill = line;
        fill.setAlpha(70);
        painter->fillPath(path, fill);
        painter->setPen(QPen(line, 1.2));
        QPainterPath top;
        for (int i = 0; i < history.size(); ++i) {
            const double v = qBound(0, int(quint8(history[i])), 100) / 100.0;
            const QPointF p(x0 + step * i, chart.bottom() - v * chart.height());
            if (i == 0)
                top.moveTo(p);
            else
                top.lineTo(p);
        }
        painter->drawPath(top);
    }
    painter->restore();

    if (!text.isEmpty()) {
        painter->save();
        painter->setPen(selected ? opt.palette.highlightedText().color()
                                 : opt.palette.text().color());
        painter->drawText(QRect(chart.right() + 4, r.top(), textWidth - 4, r.height()),
                          Qt::AlignRight | Qt::AlignVCenter, text);
        painter->restore();
    }
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(qMax(s.width(), 130));
    return s;
}

} // namespace Vireo
