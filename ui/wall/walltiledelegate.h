// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSize>
#include <QStyledItemDelegate>

namespace Vireo {

/// Paints one tile of the classroom wall: the thumbnail (or why there is none) above the guest's
/// name and its state and CPU. The thumbnail arrives scaled; painting only copies it. GUI thread.
class WallTileDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// The size thumbnails are scaled to (on the worker), in device-independent pixels.
    static constexpr QSize ThumbnailSize{256, 160};

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Vireo
