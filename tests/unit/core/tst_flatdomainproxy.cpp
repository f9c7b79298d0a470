// SPDX-License-Identifier: GPL-2.0-or-later
// FlatDomainProxy (issue 18's flat list): checked by QAbstractItemModelTester while two real
// test-driver sessions feed the tree under it; rows map to the tree and back, hosts coming and
// going move the rows after them, and a host's label reaches its domains' Host cells.
#include "core/session/domaintreemodel.h"
#include "core/session/flatdomainproxy.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "tests/support/demohost.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using namespace VireoTest;

class TestFlatDomainProxy : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;

    /// Every flat row maps to a domain of the tree and back to itself.
    static void checkMapping(const FlatDomainProxy &flat, const DomainTreeModel &tree)
    {
        QCOMPARE(flat.rowCount(), tree.domainCount());
        for (int r = 0; r < flat.rowCount(); ++r) {
            const QModelIndex src = flat.mapToSource(flat.index(r, 0));
            QVERIFY(src.isValid());
            QVERIFY(tree.domainAt(src).has_value());
            QCOMPARE(flat.mapFromSource(src).row(), r);
            QCOMPARE(flat.index(r, FlatDomainProxy::HostColumn).data().toString(),
                     tree.hostAt(src)->displayName());
            QCOMPARE(flat.index(r, 2).data(DomainTreeModel::HostUriRole).toString(),
                     tree.hostAt(src)->uri());
        }
    }

private Q_SLOTS:
    void followsTheTreeUnderTester()
    {
        DomainTreeModel tree;
        FlatDomainProxy flat;
        flat.setSourceModel(&tree);
        QAbstractItemModelTester tester(&flat,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        HostSession a(demoHostUri(m_dir));
        HostSession b(QStringLiteral("test:///default"));
        HostSession c(demoHostUri(m_dir));
        for (HostSession *s : {&a, &b, &c}) {
            s->setStatsInterval(0);
            tree.addHost(s);
        }
        QCOMPARE(flat.rowCount(), 0);
        // b first, so a's rows arrive in front of rows already there.
        b.connectToHost();
        QTRY_COMPARE(flat.rowCount(), 1);
        c.connectToHost();
        QTRY_COMPARE(flat.rowCount(), 10);
        a.connectToHost();
        QTRY_COMPARE(flat.rowCount(), 19);
        checkMapping(flat, tree);
        QCOMPARE(flat.mapToSource(flat.index(0, 0)).parent(), tree.indexOf(&a));
        // Host rows are not in the flat list.
        QVERIFY(!flat.mapFromSource(tree.indexOf(&a)).isValid());
        QCOMPARE(flat.columnCount(), DomainTreeModel::ColumnCount + 1);
        QVERIFY(!flat.hasChildren(flat.index(0, 0)));

        // A persistent index on one of c's rows follows the removal of b (in front of it).
        const QPersistentModelIndex cRow = flat.index(15, 0);
        const QString cName = cRow.data().toString();
        QSignalSpy removed(&flat, &QAbstractItemModel::rowsRemoved);
        tree.removeHost(&b);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 9); // b's one domain, after a's nine
        QCOMPARE(removed.first().at(2).toInt(), 9);
        QCOMPARE(flat.rowCount(), 18);
        QCOMPARE(cRow.row(), 14);
        QCOMPARE(cRow.data().toString(), cName);
        checkMapping(flat, tree);

        // A label changes the Host cells of that host's rows only.
        QSignalSpy changed(&flat, &QAbstractItemModel::dataChanged);
        c.setLabel(QStringLiteral("Lab C"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 9);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 17);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), FlatDomainProxy::HostColumn);
        QCOMPARE(flat.index(12, FlatDomainProxy::HostColumn).data().toString(),
                 QStringLiteral("Lab C"));
        checkMapping(flat, tree);

        // A host going down keeps its rows (greyed, last seen); letting go of the tree empties.
        a.disconnectFromHost();
        QTRY_COMPARE(a.state(), HostState::Disconnected);
        QCOMPARE(flat.rowCount(), 18);
        QVERIFY(flat.index(0, 0).data(DomainTreeModel::StaleRole).toBool());
        flat.setSourceModel(nullptr);
        QCOMPARE(flat.rowCount(), 0);
    }

    void treeAcceptsOnlyItsOwnIndexes()
    {
        // A flat index handed to the tree by mistake is not read as a host row.
        DomainTreeModel tree;
        FlatDomainProxy flat;
        flat.setSourceModel(&tree);
        HostSession a(demoHostUri(m_dir));
        a.setStatsInterval(0);
        tree.addHost(&a);
        a.connectToHost();
        QTRY_COMPARE(flat.rowCount(), 9);
        QVERIFY(!tree.hostAt(flat.index(0, 0)));
        QVERIFY(!tree.isHost(flat.index(0, 0)));
        QVERIFY(!tree.domainAt(flat.index(0, 0)).has_value());
    }
};

QTEST_GUILESS_MAIN(TestFlatDomainProxy)
#include "tst_flatdomainproxy.moc"
