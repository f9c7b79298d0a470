// SPDX-License-Identifier: GPL-2.0-or-later
// A burst of 10,000 lifecycle events (5,000 domains defined and started by another program on the
// same host) is read in one batch, not with one lookup and half a dozen calls per event, and the
// tree model ends with every domain in its state. Likewise when they all go again.
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"

#include <libvirt/libvirt.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Vireo;

class TestEventStorm : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private:
    static constexpr int Domains = 5000;

    static QByteArray domainXml(int i)
    {
        return QStringLiteral("<domain type='test'><name>storm-%1</name>"
                              "<memory unit='MiB'>64</memory><vcpu>1</vcpu>"
                              "<os><type>hvm</type></os></domain>")
            .arg(i, 5, 10, QLatin1Char('0'))
            .toUtf8();
    }

    static int rowsInState(const DomainTreeModel &model, const QModelIndex &host, DomainState state)
    {
        int n = 0;
        for (int r = 0; r < model.rowCount(host); ++r)
            if (model.index(r, 0, host).data(DomainTreeModel::DomainStateRole).toInt() ==
                int(state))
                ++n;
        return n;
    }

private Q_SLOTS:
    void burstOfEventsIsReadInOneBatch()
    {
        DomainTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // test:///default is one host per process: the second connection below shares it, as
        // virsh on the same machine would.
        HostSession s(QStringLiteral("test:///default"));
        s.setStatsInterval(0);
        model.addHost(&s);
        QSignalSpy listed(&model, &DomainTreeModel::hostListed);
        s.connectToHost();
        QVERIFY(listed.wait(10000));
        const QModelIndex host = model.indexOf(&s);
        QCOMPARE(model.rowCount(host), 1); // the driver's own "test" domain

        virConnectPtr other = virConnectOpen("test:///default");
        QVERIFY(other);
        QSignalSpy changedBatches(&s, &HostSession::domainsChanged);
        QSignalSpy changed(&s, &HostSession::domainChanged);
        QSignalSpy removedBatches(&s, &HostSession::domainsRemoved);

        // While libvirt's event loop is stopped the driver keeps the events; started again, it
        // delivers them all at once: a burst.
        LibvirtEventLoop::stop();
        QList<virDomainPtr> doms;
        for (int i = 0; i < Domains; ++i) {
            virDomainPtr d = virDomainDefineXML(other, domainXml(i).constData());
            QVERIFY(d);
            QCOMPARE(virDomainCreate(d), 0); // defined + started: two events each
            doms.append(d);
        }
        LibvirtEventLoop::start();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(host), Domains + 1, 60000);
        QCOMPARE(rowsInState(model, host, DomainState::Running), Domains + 1);
        QCOMPARE(changedBatches.size(), 1);
        QCOMPARE(changedBatches.first().first().value<QList<DomainInfo>>().size(), Domains);
        QCOMPARE(changed.size(), Domains); // one per domain, not one per event
        QCOMPARE(removedBatches.size(), 0);

        // And all away again: stopped and undefined, 10,000 events more.
        changedBatches.clear();
        changed.clear();
        LibvirtEventLoop::stop();
        for (virDomainPtr d : std::as_const(doms)) {
            QCOMPARE(virDomainDestroy(d), 0);
            QCOMPARE(virDomainUndefine(d), 0);
            virDomainFree(d);
        }
        LibvirtEventLoop::start();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(host), 1, 60000);
        QCOMPARE(removedBatches.size(), 1);
        QCOMPARE(removedBatches.first().first().toStringList().size(), Domains);
        QCOMPARE(changedBatches.size(), 0);
        QCOMPARE(model.index(0, 0, host).data().toString(), QStringLiteral("test"));
        virConnectClose(other);
    }

    void fewEventsAreReadOneByOne()
    {
        // Below the batch threshold each domain is looked up by itself: a single start must not
        // cost a listing of the whole host.
        HostSession s(QStringLiteral("test:///default"));
        s.setStatsInterval(0);
        QSignalSpy listed(&s, &HostSession::domainsListed);
        s.connectToHost();
        QVERIFY(listed.wait(10000));
        virConnectPtr other = virConnectOpen("test:///default");
        QVERIFY(other);
        QSignalSpy batches(&s, &HostSession::domainsChanged);
        virDomainPtr d = virDomainDefineXML(other, domainXml(99999).constData());
        QVERIFY(d);
        QTRY_VERIFY(!batches.isEmpty());
        const auto first = batches.first().first().value<QList<DomainInfo>>();
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().name, QStringLiteral("storm-99999"));
        QCOMPARE(first.first().state, DomainState::Shutoff);
        QSignalSpy removed(&s, &HostSession::domainRemoved);
        QCOMPARE(virDomainUndefine(d), 0);
        virDomainFree(d);
        QVERIFY(removed.wait(10000));
        virConnectClose(other);
    }
};

QTEST_GUILESS_MAIN(TestEventStorm)
#include "tst_eventstorm.moc"
