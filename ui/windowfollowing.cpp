// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/windowfollowing.h"

#include "core/session/hostsession.h"
#include "ui/common/domainmove.h"
#include "ui/common/windowroutes.h"
#include "ui/console/consolepage.h"
#include "ui/console/consolewindow.h"
#include "ui/details/domainwindow.h"

namespace Vireo::WindowFollowing {

DomainMoveWatcher *install(DomainTreeModel *model, QObject *parent)
{
    auto *watcher = new DomainMoveWatcher(
        model,
        [](HostSession *session, const QString &uuid) {
            return DomainWindow::find(session, uuid) || ConsoleWindow::find(session, uuid);
        },
        parent);
    QObject::connect(watcher, &DomainMoveWatcher::domainMoved, watcher, &follow);
    // What Vireo's own Migrate finished: the windows follow even where the events cannot tell.
    WindowRoutes::Routes routes = WindowRoutes::get();
    routes.domainMigrated = [w = QPointer(watcher)](HostSession *from, HostSession *to,
                                                    const QString &uuid) {
        if (w)
            w->noteMigrated(from, to, uuid);
    };
    WindowRoutes::set(routes);
    return watcher;
}

void follow(HostSession *from, HostSession *to, const QString &uuid)
{
    if (DomainWindow *w = DomainWindow::find(from, uuid)) {
        if (DomainWindow::find(to, uuid)) {
            w->close(); // one details window per domain: the one already there stays
        } else {
            w->followTo(to);
            for (ConsolePage *page : w->findChildren<ConsolePage *>())
                page->followTo(to);
        }
    }
    if (ConsoleWindow *c = ConsoleWindow::find(from, uuid)) {
        if (ConsoleWindow::find(to, uuid))
            c->close();
        else
            c->followTo(to);
    }
}

} // namespace Vireo::WindowFollowing
