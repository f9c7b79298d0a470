// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// A check for what "cannot happen" that logs and recovers instead of crashing, in the manner of
// Qt Creator's QTC_ASSERT: a stale model index, a session used after teardown, a value out of
// range. Release builds keep it (a user's log says where), and the program goes on with `action`
// (typically `return`, `return {}` or `continue`).
//
//     VIREO_ASSERT(row < m_rows.size(), return {});
//
// The condition is evaluated once. Any thread.

#include <QtGlobal>

namespace Vireo {

/// Logs "SOFT ASSERT: "cond" in file:line" as a warning (category vireo.assert). Never throws.
void softAssertFailed(const char *condition, const char *file, int line) noexcept;

} // namespace Vireo

#define VIREO_ASSERT(cond, action)                                                                 \
    if (Q_LIKELY(cond)) {                                                                          \
    } else {                                                                                       \
        ::Vireo::softAssertFailed(#cond, __FILE__, __LINE__);                                      \
        action;                                                                                    \
    }                                                                                              \
    do {                                                                                           \
    } while (false)

/// The same check where the code goes on either way (a branch of its own follows).
#define VIREO_CHECK(cond) VIREO_ASSERT(cond, (void)0)
