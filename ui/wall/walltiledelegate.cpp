// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/wall/walltiledelegate.h"

#include "core/common/types.h"
#include "ui/common/stateicons.h"
#include "ui/wall/wallmodel.h"

#include <QApplication>
#include <QPainter>

namespace Vireo {

namespace {
constexpr int Margin = 6; // px around the thumbnail and between the lines
}

QSize WallTileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {ThumbnailSize.width() + 2 * Margin, ThumbnailSize.height() + 2 * line + 4 * Margin};
}

void WallTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const QRect frame(opt.rect.x() + Margin, opt.rect.y() + Margin, ThumbnailSize.width(),
                      ThumbnailSize.height());
    const QImage thumb = index.data(WallModel::ThumbnailRole).value<QImage>();
    painter->fillRect(frame, QColor(32, 32, 32));
    if (!thumb.isNull()) {
        const QSize s =
            thumb.deviceIndependentSize().toSize().scaled(frame.size(), Qt::KeepAspectRatio);
        const QRect target(frame.x() + (frame.width() - s.width()) / 2,
                           frame.y() + (frame.height() - s.height()) / 2, s.width(), s.height());
        painter->drawImage(target, thumb);
    } else {
        painter->setPen(QColor(200, 200, 200));
        painter->drawText(frame.adjusted(Margin, Margin, -Margin, -Margin),
                          Qt::AlignCenter | Qt::TextWordWrap,
                          index.data(WallModel::ReasonRole).toString());
    }
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(
        opt.palette.color(QPalette::Normal, selected ? QPalette::HighlightedText : QPalette::Text));
    const int line = opt.fontMetrics.height();
    QRect text(frame.x(), frame.bottom() + Margin, frame.width(), line);
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->drawText(
        text, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, text.width()));
    painter->setFont(opt.font);
    text.translate(0, line + Margin / 2);
    const QIcon icon = domainStateIcon(DomainState(index.data(WallModel::StateRole).toInt()));
    icon.paint(painter, QRect(text.x(), text.y(), line, line));
    painter->drawText(text.adjusted(line + Margin, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(index.data(WallModel::StateTextRole).toString(),
                                                 Qt::ElideRight, text.width() - line - Margin));
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect.adjusted(1, 1, -1, -1);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, opt.widget);
    }
    painter->restore();
}

} // namespace Vireo
