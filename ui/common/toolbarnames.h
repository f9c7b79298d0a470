// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

class QToolBar;

namespace Vireo {

/// Names the toolbar's overflow button ("More tools"), which Qt leaves unnamed, so a screen
/// reader does not announce a nameless check box. GUI thread.
void nameToolBarExtension(QToolBar *bar);

} // namespace Vireo
