// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/common/memorysize.h"

#include "core/common/coretr.h"

#include <QCoreApplication>

#include <cmath>

namespace Vireo {

/// value in units of 1024^unit bytes; unit 0 = bytes.
static QString format(double value, int unit)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Vireo::Core", "%1 B"),   QT_TRANSLATE_NOOP("Vireo::Core", "%1 KiB"),
        QT_TRANSLATE_NOOP("Vireo::Core", "%1 MiB"), QT_TRANSLATE_NOOP("Vireo::Core", "%1 GiB"),
        QT_TRANSLATE_NOOP("Vireo::Core", "%1 TiB"), QT_TRANSLATE_NOOP("Vireo::Core", "%1 PiB")};
    constexpr int last = 5;
    while (unit < last && value >= 1024) {
        value /= 1024;
        ++unit;
    }
    // Bytes, KiB and MiB in whole numbers; GiB and up with one decimal. Rounding can reach
    // 1024 of a unit ("1023.96 GiB"): that is one of the next.
    const double step = unit >= 3 ? 10 : 1;
    double shown = std::round(value * step) / step;
    if (shown >= 1024 && unit < last) {
        ++unit;
        shown = std::round(shown / 1024 * 10) / 10;
    }
    const bool whole = shown == std::floor(shown);
    return Tr::tr(names[unit]).arg(shown, 0, 'f', whole ? 0 : 1);
}

QString formatKiB(quint64 kib)
{
    return format(double(kib), 1);
}

QString formatBytes(quint64 bytes)
{
    return format(double(bytes), 0);
}

} // namespace Vireo
