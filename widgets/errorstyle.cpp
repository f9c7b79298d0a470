// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/errorstyle.h"

#include <QLabel>

namespace Vireo::ErrorStyle {

QColor color()
{
    return QColor(0xb0, 0x00, 0x20);
}

QColor warningColor()
{
    return QColor(0x8a, 0x53, 0x00);
}

QString textStyleSheet()
{
    return QStringLiteral("color: %1;").arg(color().name());
}

QString warningStyleSheet()
{
    return QStringLiteral("color: %1;").arg(warningColor().name());
}

QString bannerStyleSheet()
{
    // The band is the error colour at about a tenth of its strength on white.
    return QStringLiteral("background: #fdecea; %1 padding: 6px;").arg(textStyleSheet());
}

void setError(QLabel *label, bool error)
{
    label->setStyleSheet(error ? textStyleSheet() : QString());
}

} // namespace Vireo::ErrorStyle
