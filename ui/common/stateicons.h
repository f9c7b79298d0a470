// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/types.h"

#include <QIcon>

namespace Vireo {

/// Icons drawn in code (no theme needed): a domain's state, a host's connection state.
/// GUI thread; cached.
QIcon domainStateIcon(DomainState state);
QIcon hostStateIcon(HostState state);
/// A themed icon when the desktop has one, else one of Qt's standard pixmaps.
QIcon themedIcon(const char *name, int standardPixmap);

} // namespace Vireo
