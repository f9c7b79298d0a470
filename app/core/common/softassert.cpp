// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/common/softassert.h"

#include <QLoggingCategory>

namespace Vireo {

Q_LOGGING_CATEGORY(lcAssert, "vireo.assert")

void softAssertFailed(const char *condition, const char *file, int line) noexcept
{
    qCWarning(lcAssert, "SOFT ASSERT: \"%s\" in %s:%d", condition, file, line);
}

} // namespace Vireo
