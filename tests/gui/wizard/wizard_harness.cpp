// SPDX-License-Identifier: GPL-2.0-or-later
// Manual harness: shows the New-VM wizard on a host (default: the demo fixture), optionally
// advanced to a step, so its pages can be looked at under Xvfb. Not a test.
//   wizard_harness [uri] [step 1-5] [iso path]
// WIZARD_STOP_NETWORK=name stops that network first (test:// hosts of this process: to look at
// the Finish page's notice for a network that is not running).

#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/wizard/newvmwizard.h"
#include "ui/wizard/wizardfinishpage.h"

#include <libvirt/libvirt.h>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTimer>

using namespace Vireo;

int main(int argc, char **argv)
{
    Vireo::prepareProcess(); // before the application object exists
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString uri =
        args.value(1, QStringLiteral("test://" VIREO_SOURCE "/resources/demo/demo-host.xml"));
    const int step = args.value(2, QStringLiteral("1")).toInt();
    const QString iso = args.value(3);
    LibvirtEventLoop::start();
    virConnectPtr own = nullptr; // kept open: test:///default lives while a connection does
    if (qEnvironmentVariableIsSet("WIZARD_STOP_NETWORK")) {
        own = virConnectOpen(uri.toUtf8().constData());
        const QByteArray name = qgetenv("WIZARD_STOP_NETWORK");
        if (virNetworkPtr net = own ? virNetworkLookupByName(own, name.constData()) : nullptr) {
            virNetworkDestroy(net);
            virNetworkFree(net);
        }
    }
    HostSession host(uri);
    host.setStatsInterval(0);
    host.connectToHost();
    NewVmWizard *wizard = nullptr;
    QObject::connect(&host, &HostSession::stateChanged, &app, [&](HostState s) {
        if (s != HostState::Connected || wizard)
            return;
        wizard = NewVmWizard::showFor({&host}, &host);
        QObject::connect(wizard, &NewVmWizard::capabilitiesChanged, wizard, [wizard, step, iso] {
            if (!wizard->capabilities())
                return;
            if (!iso.isEmpty())
                wizard->findChild<QLineEdit *>(QStringLiteral("isoPath"))->setText(iso);
            // Let the OS list load, then walk to the step asked for.
            QTimer::singleShot(1500, wizard, [wizard, step] {
                for (int i = 1; i < step; ++i)
                    wizard->next();
                // Optional looks at the finish step: WIZARD_NAME=..., WIZARD_LISTEN_ALL=1.
                if (qEnvironmentVariableIsSet("WIZARD_NAME"))
                    wizard->findChild<QLineEdit *>(QStringLiteral("name"))
                        ->setText(qEnvironmentVariable("WIZARD_NAME"));
                if (qEnvironmentVariableIsSet("WIZARD_LISTEN_ALL")) {
                    auto *listen = wizard->findChild<QComboBox *>(QStringLiteral("listen"));
                    listen->setCurrentIndex(listen->findData(QStringLiteral("0.0.0.0")));
                }
            });
        });
    });
    const int rc = app.exec();
    if (own)
        virConnectClose(own);
    LibvirtEventLoop::stop();
    return rc;
}
