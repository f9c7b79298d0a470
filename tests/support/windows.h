// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Closing every window a test left open, before the sessions they show go. Header only; QtWidgets.

#include <QApplication>
#include <QList>
#include <QPointer>
#include <QWidget>

namespace VireoTest {

/// Deletes the top-level widgets that have no parent: the windows. A menu is a top-level widget
/// too, but its owner deletes it; deleting a toolbar's menu before its window crashed the
/// window's teardown (it removed its actions from the freed menu).
inline void deleteWindows()
{
    QList<QPointer<QWidget>> windows;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (!w->parentWidget())
            windows.append(w);
    for (const QPointer<QWidget> &w : std::as_const(windows))
        delete w.data(); // null once an earlier window took it along
}

} // namespace VireoTest
