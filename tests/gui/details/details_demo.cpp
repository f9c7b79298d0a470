// SPDX-License-Identifier: GPL-2.0-or-later
// Manual harness: shows the details window of one domain of the demo host (default
// web-frontend), on a private copy of the fixture, with statistics every second.
//   details_demo [domain-name-or-uuid] [page title] [uri]
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"
#include "ui/details/domainwindow.h"

#include <QApplication>

using namespace Vireo;

int main(int argc, char **argv)
{
    Vireo::prepareProcess(); // before the application object exists
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString domain = args.value(1, QStringLiteral("web-frontend"));
    const QString page = args.value(2);
    const QString uri = args.value(3, demoHostUri());
    HostSession session(uri);
    session.setStatsInterval(1000);
    QObject::connect(&session, &HostSession::domainsListed, &app,
                     [&](const QList<DomainInfo> &domains) {
                         for (const DomainInfo &d : domains) {
                             if (d.name == domain || d.uuid == domain) {
                                 DomainWindow *w = DomainWindow::showFor(&session, d.uuid);
                                 w->move(0, 0);
                                 if (!page.isEmpty())
                                     w->showPage(page);
                                 return;
                             }
                         }
                         qWarning("no domain %s", qPrintable(domain));
                     });
    session.connectToHost();
    return app.exec();
}
