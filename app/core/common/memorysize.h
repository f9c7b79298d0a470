// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Vireo {

/// Memory and disk sizes for people to read, in binary units, the same way everywhere:
/// "512 KiB", "512 MiB" (whole MiB), "1.5 GiB", "2 GiB" (one decimal, none when it is .0),
/// "1.2 TiB". Rounded to the nearest shown digit. Pure; any thread.
QString formatKiB(quint64 kib);
QString formatBytes(quint64 bytes);

} // namespace Vireo
