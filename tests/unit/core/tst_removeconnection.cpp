// SPDX-License-Identifier: GPL-2.0-or-later
// Remove connection really closes the connection: the worker deregisters its callbacks and closes
// on its own thread, and the GUI thread never waits for it.
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"
#include "ui/application.h"

#include <QApplication>
#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;

class TestRemoveConnection : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VireoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_removeconnection"));
        QSettings().clear();
    }

    void removeConnectionClosesIt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("host.xml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(demoHostFixture());
        f.close();

        Application app;
        QPointer<HostSession> s = app.addConnection(QStringLiteral("test://") + path, true, false);
        QVERIFY(s);
        QTRY_COMPARE(s->state(), HostState::Connected);
        QCOMPARE(HostSession::openConnectionCount(), 1);
        QVERIFY(HostSession::callbackRegistrationCount() > 0);

        app.removeConnection(s);
        QVERIFY(!app.sessions().contains(s.data()));
        QTRY_VERIFY(!s); // deleted
        QTRY_COMPARE(HostSession::openConnectionCount(), 0);
        QTRY_COMPARE(HostSession::callbackRegistrationCount(), 0);
        QTRY_COMPARE(HostSession::liveWorkerCount(), 0);
    }
};

QTEST_MAIN(TestRemoveConnection)
#include "tst_removeconnection.moc"
