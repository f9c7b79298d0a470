// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/common/stateicons.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace Vireo {

static QPixmap canvas(int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    return pm;
}

static QIcon drawState(DomainState state)
{
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pm = canvas(size);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r(1, 1, size - 2, size - 2);
        QColor c;
        switch (state) {
        case DomainState::Running:
        case DomainState::Blocked:
            c = QColor(0x2e, 0x9d, 0x4b);
            break;
        case DomainState::Paused:
        case DomainState::PMSuspended:
            c = QColor(0xd9, 0x8c, 0x00);
            break;
        case DomainState::Crashed:
            c = QColor(0xc0, 0x1c, 0x28);
            break;
        case DomainState::Shutdown:
            c = QColor(0x88, 0x66, 0xaa);
            break;
        default:
            c = QColor(0x77, 0x77, 0x77);
            break;
        }
        p.setPen(QPen(c.darker(130), 1));
        p.setBrush(c);
        p.drawEllipse(r);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        const double s = size;
        if (state == DomainState::Running || state == DomainState::Blocked) {
            QPainterPath tri;
            tri.moveTo(s * 0.38, s * 0.28);
            tri.lineTo(s * 0.74, s * 0.5);
            tri.lineTo(s * 0.38, s * 0.72);
            tri.closeSubpath();
            p.drawPath(tri);
        } else if (state == DomainState::Paused || state == DomainState::PMSuspended) {
            p.drawRect(QRectF(s * 0.32, s * 0.28, s * 0.13, s * 0.44));
            p.drawRect(QRectF(s * 0.55, s * 0.28, s * 0.13, s * 0.44));
        } else if (state == DomainState::Crashed) {
            p.setPen(QPen(Qt::white, s * 0.1));
            p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
            p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        } else if (state == DomainState::NoState) {
            // Unknown (a host that is not connected): a question mark, not a shut-off square.
            QFont f = p.font();
            f.setBold(true);
            f.setPixelSize(qMax(8, int(s * 0.7)));
            p.setFont(f);
            p.setPen(Qt::white);
            p.drawText(r, Qt::AlignCenter, QStringLiteral("?"));
        } else {
            p.drawRect(QRectF(s * 0.32, s * 0.32, s * 0.36, s * 0.36));
        }
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

QIcon domainStateIcon(DomainState state)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(state));
    if (it == cache.end())
        it = cache.insert(int(state), drawState(state));
    return *it;
}

QIcon hostStateIcon(HostState state)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(state));
    if (it != cache.end())
        return *it;
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pm = canvas(size);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const double s = size;
        // A small monitor with a status light.
        p.setPen(QPen(QColor(0x44, 0x44, 0x44), 1));
        p.setBrush(QColor(0xdd, 0xe3, 0xea));
        p.drawRoundedRect(QRectF(s * 0.06, s * 0.12, s * 0.88, s * 0.6), 2, 2);
        p.drawRect(QRectF(s * 0.35, s * 0.74, s * 0.3, s * 0.1));
        const QColor light = state == HostState::Connected    ? QColor(0x2e, 0x9d, 0x4b)
                             : state == HostState::Connecting ? QColor(0xd9, 0x8c, 0x00)
                                                              : QColor(0xc0, 0x1c, 0x28);
        p.setPen(Qt::NoPen);
        p.setBrush(light);
        p.drawEllipse(QRectF(s * 0.58, s * 0.5, s * 0.4, s * 0.4));
        p.end();
        icon.addPixmap(pm);
    }
    return *cache.insert(int(state), icon);
}

QIcon themedIcon(const char *name, int standardPixmap)
{
    const QString n = QString::fromLatin1(name);
    if (QIcon::hasThemeIcon(n))
        return QIcon::fromTheme(n);
    return QApplication::style()->standardIcon(QStyle::StandardPixmap(standardPixmap));
}

} // namespace Vireo
