// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/capacitybar.h"

#include <QApplication>
#include <QPainter>

namespace Vireo {

CapacityBar::CapacityBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CapacityBar::setValues(quint64 used, quint64 total, const QString &text)
{
    m_used = used;
    m_total = total;
    m_text = text;
    setAccessibleDescription(text);
    setToolTip(text);
    update();
}

void CapacityBar::paintBar(QPainter *painter, const QRect &rect, const QPalette &palette,
                           quint64 used, quint64 total, const QString &text)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF outer = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    painter->setPen(palette.color(QPalette::Mid));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(outer, 3, 3);
    if (total > 0 && used > 0) {
        const double fraction = used >= total ? 1.0 : double(used) / double(total);
        // At least a sliver, so "a little" never looks like "nothing".
        const double width = qMax(2.0, (outer.width() - 2) * fraction);
        QRectF filled(outer.left() + 1, outer.top() + 1, width, outer.height() - 2);
        painter->setPen(Qt::NoPen);
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlpha(150);
        painter->setBrush(fill);
        painter->drawRoundedRect(filled, 2, 2);
    }
    if (!text.isEmpty()) {
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(
            rect.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
            painter->fontMetrics().elidedText(text, Qt::ElideRight, rect.width() - 12));
    }
    painter->restore();
}

QSize CapacityBar::sizeHint() const
{
    return {320, fontMetrics().height() + 10};
}

QSize CapacityBar::minimumSizeHint() const
{
    return {80, fontMetrics().height() + 10};
}

void CapacityBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paintBar(&p, rect(), palette(), m_used, m_total, m_text);
}

CapacityDelegate::CapacityDelegate(int usedRole, int totalRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_usedRole(usedRole)
    , m_totalRole(totalRole)
{}

void CapacityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    // The cell's selection background first, then the bar inside it.
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    CapacityBar::paintBar(painter, option.rect.adjusted(2, 3, -2, -3), option.palette,
                          index.data(m_usedRole).toULongLong(),
                          index.data(m_totalRole).toULongLong(), index.data().toString());
}

QSize CapacityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(qMax(s.height(), option.fontMetrics.height() + 10));
    s.setWidth(qMax(s.width(), 180));
    return s;
}

} // namespace Vireo
