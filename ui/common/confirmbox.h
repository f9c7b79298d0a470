// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Vireo {

/// Asks before something that destroys, window-modal on `parent` (never exec(): the window's
/// event loop goes on): a warning box whose destructive button says `confirmText`, with Cancel
/// the default so that Enter never destroys by accident. `yes` runs only if the user confirms.
/// The box is named `objectName`, for tests. GUI thread.
void askBeforeDestroying(QWidget *parent, const QString &objectName, const QString &title,
                         const QString &text, const QString &confirmText,
                         std::function<void()> yes);

} // namespace Vireo
