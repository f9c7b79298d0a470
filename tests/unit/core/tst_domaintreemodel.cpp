// DomainTreeModel: checked by QAbstractItemModelTester while real sessions feed it, and its diff
// updates keep persistent indexes (selection) alive.
#include "core/domain/domainactions.h"
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;

class TestDomainTreeModel : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    QString fixtureUri()
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("model%1.xml").arg(++n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(demoHostFixture());
        return QStringLiteral("test://") + path;
    }
    static QModelIndex findRow(const DomainTreeModel &m, const QModelIndex &host,
                               const QString &name)
    {
        for (int r = 0; r < m.rowCount(host); ++r)
            if (m.index(r, 0, host).data().toString() == name)
                return m.index(r, 0, host);
        return {};
    }

private Q_SLOTS:
    void populatesFromSessionsUnderTester()
    {
        DomainTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        HostSession a(fixtureUri());
        HostSession b(QStringLiteral("test:///default"));
        model.addHost(&a);
        model.addHost(&b);
        QCOMPARE(model.rowCount(), 2);
        a.connectToHost();
        b.connectToHost();
        const QModelIndex hostA = model.indexOf(&a);
        const QModelIndex hostB = model.indexOf(&b);
        QTRY_COMPARE(model.rowCount(hostA), 9);
        QTRY_COMPARE(model.rowCount(hostB), 1);
        QCOMPARE(model.domainCount(), 10);
        QVERIFY(model.isHost(hostA));
        QCOMPARE(model.hostAt(hostA), &a);

        const QModelIndex web = findRow(model, hostA, QStringLiteral("web-frontend"));
        QVERIFY(web.isValid());
        QCOMPARE(model.hostAt(web), &a);
        QCOMPARE(web.parent(), hostA);
        QCOMPARE(web.siblingAtColumn(DomainTreeModel::StateColumn).data().toString(),
                 QStringLiteral("Running"));
        QCOMPARE(web.siblingAtColumn(DomainTreeModel::MemoryColumn).data().toString(),
                 QStringLiteral("2.0 GiB / 4.0 GiB"));
        QCOMPARE(web.siblingAtColumn(DomainTreeModel::VcpuColumn).data().toString(),
                 QStringLiteral("2 of 4"));
        QCOMPARE(findRow(model, hostA, QStringLiteral("legacy-erp"))
                     .siblingAtColumn(DomainTreeModel::StateColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Saved"));
        QCOMPARE(hostA.siblingAtColumn(DomainTreeModel::StateColumn).data().toString(),
                 QStringLiteral("Connected"));
        auto found = model.findDomain(&a, QStringLiteral("db-primary"));
        QVERIFY(found);
        QCOMPARE(model.findDomain(&a, found->uuid)->name, QStringLiteral("db-primary"));
    }

    void eventsUpdateRowsInPlaceAndKeepPersistentIndexes()
    {
        DomainTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        HostSession s(fixtureUri());
        model.addHost(&s);
        s.connectToHost();
        const QModelIndex host = model.indexOf(&s);
        QTRY_COMPARE(model.rowCount(host), 9);
        QPersistentModelIndex win(findRow(model, host, QStringLiteral("win11-desktop")));
        QPersistentModelIndex web(findRow(model, host, QStringLiteral("web-frontend")));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        DomainActions::performAction(&s, {win.data(DomainTreeModel::UuidRole).toString()},
                                     DomainAction::Start);
        QTRY_COMPARE(win.data(DomainTreeModel::DomainStateRole).toInt(), int(DomainState::Running));
        QCOMPARE(win.data().toString(), QStringLiteral("win11-desktop"));
        QCOMPARE(model.rowCount(host), 9);
        QCOMPARE(inserted.size(), 0);

        // Removal of another row keeps both persistent indexes pointing at their domains.
        QTemporaryDir backups;
        QObject ctx;
        bool done = false;
        DomainActions::deleteDomain(&s,
                                    findRow(model, host, QStringLiteral("ci-runner-01"))
                                        .data(DomainTreeModel::UuidRole)
                                        .toString(),
                                    backups.path(), &ctx,
                                    [&](Result<QString> r) { done = r.ok(); });
        QTRY_VERIFY(done);
        QTRY_COMPARE(model.rowCount(host), 8);
        QVERIFY(win.isValid() && web.isValid());
        QCOMPARE(win.data().toString(), QStringLiteral("win11-desktop"));
        QCOMPARE(web.data().toString(), QStringLiteral("web-frontend"));
        QCOMPARE(reset.size(), 0);
    }

    void reconnectDiffsTheListWithoutReset()
    {
        DomainTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        HostSession s(fixtureUri());
        model.addHost(&s);
        s.connectToHost();
        const QModelIndex host = model.indexOf(&s);
        QTRY_COMPARE(model.rowCount(host), 9);
        QPersistentModelIndex db(findRow(model, host, QStringLiteral("db-primary")));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        s.disconnectFromHost();
        QTRY_COMPARE(s.state(), HostState::Disconnected);
        QSignalSpy listed(&s, &HostSession::domainsListed);
        s.connectToHost(); // a fresh test-driver instance with the same UUIDs
        QVERIFY(listed.wait(5000));
        QCOMPARE(model.rowCount(host), 9);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QVERIFY(db.isValid());
        QCOMPARE(db.data().toString(), QStringLiteral("db-primary"));
    }

    void removingAHostRemovesItsRows()
    {
        DomainTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *s = new HostSession(fixtureUri());
        HostSession other(QStringLiteral("test:///default"));
        model.addHost(s);
        model.addHost(&other);
        s->connectToHost();
        QTRY_COMPARE(model.rowCount(model.indexOf(s)), 9);
        delete s; // the model follows the session's destruction
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.hostAt(model.index(0, 0)), &other);
    }

    void memoryFormatting()
    {
        QCOMPARE(formatMemoryKiB(512 * 1024), QStringLiteral("512 MiB"));
        QCOMPARE(formatMemoryKiB(1024 * 1024), QStringLiteral("1.0 GiB"));
        QCOMPARE(formatMemoryKiB(1536 * 1024), QStringLiteral("1.5 GiB"));
    }
};

QTEST_GUILESS_MAIN(TestDomainTreeModel)
#include "tst_domaintreemodel.moc"
