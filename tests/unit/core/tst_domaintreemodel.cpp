// SPDX-License-Identifier: GPL-2.0-or-later
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

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

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
    // A test-driver host with `count` generated domains, all running.
    QString generatedUri(int count)
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("generated%1.xml").arg(++n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        QByteArray out = "<node><cpu><mhz>3000</mhz><model>gen</model><active>8</active>"
                         "<nodes>1</nodes><sockets>1</sockets><cores>4</cores><threads>2</threads>"
                         "</cpu><memory>67108864</memory>\n";
        for (int i = 0; i < count; ++i)
            out += QStringLiteral("<domain type='test'><name>gen-%1</name>"
                                  "<uuid>7e1c0000-0000-4000-8000-%2</uuid>"
                                  "<memory unit='MiB'>64</memory><vcpu>1</vcpu>"
                                  "<os><type>hvm</type></os></domain>\n")
                       .arg(i, 5, 10, QLatin1Char('0'))
                       .arg(i, 12, 10, QLatin1Char('0'))
                       .toUtf8();
        out += "</node>\n";
        if (f.write(out) != out.size())
            return {};
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
        QTRY_COMPARE(a.state(), HostState::Connected); // what the host row's text below needs
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
                 QStringLiteral("2 GiB / 4 GiB"));
        QCOMPARE(web.siblingAtColumn(DomainTreeModel::VcpuColumn).data().toString(),
                 QStringLiteral("2 of 4"));
        QCOMPARE(findRow(model, hostA, QStringLiteral("legacy-erp"))
                     .siblingAtColumn(DomainTreeModel::StateColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Saved"));
        // The host's row says how many of its domains run (4 of the demo host's 9).
        QCOMPARE(hostA.siblingAtColumn(DomainTreeModel::StateColumn).data().toString(),
                 QStringLiteral("Connected · 4 of 9 running"));
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
                                    [&](Result<DomainActions::DomainBackup> r) { done = r.ok(); });
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

    void hostRemovedInTheMiddleOfAChunkedInsert()
    {
        // 5,000 domains go in by chunks of InsertChunk, one per event-loop turn. The host is
        // removed after the first chunk, while the next one is queued: the queued chunk must
        // find its host gone (it used to keep a raw pointer to the deleted node), and must not
        // land on a host added meanwhile, whose node may get the same address.
        static_assert(DomainTreeModel::InsertChunk < 5000);
        DomainTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *big = new HostSession(generatedUri(5000));
        big->setStatsInterval(0);
        HostSession later(QStringLiteral("test:///default"));
        model.addHost(big);
        QSignalSpy listed(&model, &DomainTreeModel::hostListed);
        bool removed = false;
        int firstChunk = 0;
        QObject ctx;
        connect(&model, &QAbstractItemModel::rowsInserted, &ctx,
                [&](const QModelIndex &parent, int first, int last) {
                    if (removed || !parent.isValid())
                        return;
                    removed = true;
                    firstChunk = last - first + 1;
                    // Queued now, so it runs before the next chunk, which is queued after this.
                    QMetaObject::invokeMethod(
                        &ctx,
                        [&] {
                            model.removeHost(big);
                            model.addHost(&later); // not connected: it never lists
                        },
                        Qt::QueuedConnection);
                });
        big->connectToHost();
        QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
        QCOMPARE(firstChunk, DomainTreeModel::InsertChunk);
        QTRY_COMPARE(model.hosts(), QList<HostSession *>{&later});
        // Turns enough for every chunk that was still to come.
        for (int i = 0; i < 5000 / DomainTreeModel::InsertChunk + 2; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(model.rowCount(model.indexOf(&later)), 0);
        QCOMPARE(model.domainCount(), 0);
        QVERIFY2(listed.isEmpty(), "a chunk of a removed host reached another host");
        delete big;
    }

    void chunkedInsertOfManyDomainsCompletes()
    {
        DomainTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        HostSession s(generatedUri(5000));
        s.setStatsInterval(0);
        model.addHost(&s);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy listed(&model, &DomainTreeModel::hostListed);
        s.connectToHost();
        QVERIFY(listed.wait(30000));
        QCOMPARE(model.rowCount(model.indexOf(&s)), 5000);
        QCOMPARE(inserted.size(), 5000 / DomainTreeModel::InsertChunk);
        QCOMPARE(findRow(model, model.indexOf(&s), QStringLiteral("gen-04999"))
                     .siblingAtColumn(DomainTreeModel::StateColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Running"));
    }

    void slowFirstConnectionSaysSo()
    {
        // A host whose libvirtd accepts the connection and then does not answer (as while it
        // probes QEMU for the first time): virConnectOpen blocks on the worker.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray socketPath = QFile::encodeName(dir.filePath(QStringLiteral("sock")));
        const int daemon = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(daemon >= 0);
        sockaddr_un addr = {};
        addr.sun_family = AF_UNIX;
        QVERIFY(size_t(socketPath.size()) < sizeof addr.sun_path);
        memcpy(addr.sun_path, socketPath.constData(), size_t(socketPath.size()));
        QCOMPARE(::bind(daemon, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
        QCOMPARE(::listen(daemon, 4), 0); // never accepts: the client waits for an answer
        DomainTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        HostSession slow(QStringLiteral("qemu+unix:///system?socket=") +
                         QString::fromLocal8Bit(socketPath));
        slow.setReconnectBackoff(60000, 60000);
        HostSession quick(fixtureUri());
        model.addHost(&slow);
        model.addHost(&quick);
        slow.connectToHost();
        QVERIFY(!slow.isSlowToConnect());
        const QModelIndex row = model.indexOf(&slow);
        const auto stateText = [&] {
            return row.siblingAtColumn(DomainTreeModel::StateColumn).data().toString();
        };
        QCOMPARE(stateText(), QStringLiteral("Connecting…"));
        // The window stays usable: another host connects and lists meanwhile.
        quick.connectToHost();
        QTRY_COMPARE(model.rowCount(model.indexOf(&quick)), 9);
        QCOMPARE(slow.state(), HostState::Connecting);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QTRY_VERIFY_WITH_TIMEOUT(slow.isSlowToConnect(), 15000);
        QVERIFY(!changed.isEmpty()); // the row was told to repaint
        QVERIFY2(stateText().contains(QLatin1String("still examining the hypervisor")),
                 qPrintable(stateText()));
        const QString tip = row.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("the first time can take a minute")), qPrintable(tip));
        QCOMPARE(slow.state(), HostState::Connecting);

        // The daemon hangs up: the open fails, and the row says why instead.
        ::close(daemon);
        QTRY_COMPARE_WITH_TIMEOUT(slow.state(), HostState::Disconnected, 15000);
        QVERIFY(!slow.isSlowToConnect());
        QVERIFY2(!stateText().contains(QLatin1String("examining")), qPrintable(stateText()));
        QVERIFY(!row.data(Qt::ToolTipRole).toString().contains(QLatin1String("examining")));
    }
};

QTEST_GUILESS_MAIN(TestDomainTreeModel)
#include "tst_domaintreemodel.moc"
