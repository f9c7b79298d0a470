// SPDX-License-Identifier: GPL-2.0-or-later
// Issue 18: a host's label shows at once in the titles of the windows already open on it (the
// domain's details and console windows, the Classroom Wall, the Migrate dialog's heading and
// destinations), and a label cleared gives them the host's own name back. On the demo host with
// a second test-driver host beside it; the label set through Set Label…, as a user does.
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"
#include "tests/support/demomanager.h"
#include "ui/console/consolewindow.h"
#include "ui/details/domaincontext.h"
#include "ui/details/domainwindow.h"
#include "ui/manager/hostlabeldialog.h"
#include "ui/manager/migratedialog.h"
#include "ui/wall/wallwindow.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using namespace VireoTest;

class TestLabelTitles : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void openWindowsFollowTheLabel()
    {
        QTemporaryDir dir;
        // Declared first, so it goes after the model that lists it.
        auto otherHost = std::make_unique<HostSession>(QStringLiteral("test:///default"));
        HostSession &other = *otherHost;
        auto m = DemoManager::open(dir);
        QVERIFY(m);
        HostSession *demo = m->session.get();
        m->model->addHost(&other);
        other.connectToHost();
        QTRY_COMPARE(other.state(), HostState::Connected);
        const QString own = demo->defaultName();
        QVERIFY(!own.isEmpty());
        QCOMPARE(demo->displayName(), own);

        QPointer<DomainWindow> details = DomainWindow::showFor(demo, kWeb);
        QTRY_VERIFY(details->context()->hasInfo());
        QPointer<ConsoleWindow> console = ConsoleWindow::showFor(demo, kWeb);
        auto wall = std::make_unique<WallWindow>(m->model.get());
        wall->setHosts({demo, &other});
        auto migrate = std::make_unique<MigrateDialog>(m->model.get(), demo, kWeb);
        migrate->setDestination(&other);
        QCOMPARE(migrate->destination(), &other);

        const QString detailsTitle = QStringLiteral("web-frontend on %1 — Vireo");
        const QString consoleTitle = QStringLiteral("web-frontend on %1 – Running – Console");
        const QString wallTitle = QStringLiteral("Classroom Wall – %1, %2");
        const QString heading = QStringLiteral("Move <b>web-frontend</b> from <b>%1</b> to "
                                               "another host.");
        QTRY_COMPARE(details->windowTitle(), detailsTitle.arg(own));
        QTRY_COMPARE(console->windowTitle(), consoleTitle.arg(own));
        QCOMPARE(wall->windowTitle(), wallTitle.arg(own, other.defaultName()));
        QCOMPARE(migrate->headingLabel()->text(), heading.arg(own));

        // Set Label… on the demo host, as the user does it.
        HostLabelDialog *dialog = m->window->editHostLabel(demo);
        dialog->labelEdit()->setText(QStringLiteral("Rack 4"));
        dialog->apply();
        QCOMPARE(demo->displayName(), QStringLiteral("Rack 4"));
        QCOMPARE(details->windowTitle(), detailsTitle.arg(QStringLiteral("Rack 4")));
        QCOMPARE(console->windowTitle(), consoleTitle.arg(QStringLiteral("Rack 4")));
        QCOMPARE(wall->windowTitle(), wallTitle.arg(QStringLiteral("Rack 4"), other.defaultName()));
        QCOMPARE(migrate->headingLabel()->text(), heading.arg(QStringLiteral("Rack 4")));

        // The destination's label: its entry in the list changes, the choice stays.
        other.setLabel(QStringLiteral("Spare"));
        QCOMPARE(migrate->destinationBox()->currentText(),
                 QStringLiteral("Spare (%1)").arg(other.uri()));
        QCOMPARE(migrate->destination(), &other);
        QCOMPARE(wall->windowTitle(),
                 wallTitle.arg(QStringLiteral("Rack 4"), QStringLiteral("Spare")));

        // Cleared: the host's own name again, everywhere.
        dialog = m->window->editHostLabel(demo);
        dialog->labelEdit()->clear();
        dialog->apply();
        QCOMPARE(demo->displayName(), own);
        QCOMPARE(details->windowTitle(), detailsTitle.arg(own));
        QCOMPARE(console->windowTitle(), consoleTitle.arg(own));
        QCOMPARE(migrate->headingLabel()->text(), heading.arg(own));
        other.setLabel({});
        QCOMPARE(wall->windowTitle(), wallTitle.arg(own, other.defaultName()));
        QCOMPARE(migrate->destinationBox()->currentText(),
                 QStringLiteral("%1 (%2)").arg(other.defaultName(), other.uri()));

        migrate.reset();
        wall.reset();
        delete console.data();
        delete details.data();
    }
};

QTEST_MAIN(TestLabelTitles)
#include "tst_labeltitles.moc"
