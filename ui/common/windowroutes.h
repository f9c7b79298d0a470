// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace Vireo {

class HostSession;

/// What every window needs to reach the others, and the application itself. GUI thread.
///
/// The windows live in separate libraries and know nothing of the Application that wires them;
/// it sets these routes once at start. A route that is not set leaves its action disabled.
namespace WindowRoutes {

struct Routes
{
    std::function<void()> showManager;
    std::function<void(HostSession *, const QString &uuid)> showDetails;
    std::function<void(HostSession *, const QString &uuid)> showConsole;
    /// Vireo migrated the domain from one host to the other: its windows follow it.
    std::function<void(HostSession *from, HostSession *to, const QString &uuid)> domainMigrated;
};

void set(const Routes &routes);
const Routes &get();

/// File > Quit (Ctrl+Q) for a window: quits the application, from any window, also while the
/// manager is hidden (`--show-domain-console`).
QAction *createQuitAction(QWidget *window);
/// What Quit does; the default is QCoreApplication::quit(), which closes every window first
/// (a window that refuses, such as a wizard rolling back, keeps the application running).
void setQuitHandler(std::function<void()> handler);
void quitApplication();

} // namespace WindowRoutes
} // namespace Vireo
