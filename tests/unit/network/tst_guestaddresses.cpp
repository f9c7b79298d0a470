// SPDX-License-Identifier: GPL-2.0-or-later
// Guest addresses in the manager's optional IP column, on the demo host (test driver, which
// answers virDomainInterfaceAddresses for running guests): not read at all while no view shows
// the column; read on the statistics tick for running guests once it is shown; a shut-off or
// paused guest gets none; hidden again, the reading stops.
#include "../../support/demohost.h"
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;

class TestGuestAddresses : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_host;
    std::unique_ptr<DomainTreeModel> m_model;

    /// The next statistics batch.
    QList<DomainStats> nextTick()
    {
        QSignalSpy spy(m_host.get(), &HostSession::statsUpdated);
        if (!spy.wait(5000))
            return {};
        return spy.first().first().value<QList<DomainStats>>();
    }
    QString ipOf(const QString &uuid)
    {
        return m_model->indexOf(m_host.get(), uuid, DomainTreeModel::IpColumn).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The model follows the session from before it connects, as the manager's does.
        const QString uri = VireoTest::demoHostUri(m_dir);
        QVERIFY(!uri.isEmpty());
        m_host = std::make_unique<HostSession>(uri);
        m_host->setStatsInterval(0);
        m_model = std::make_unique<DomainTreeModel>();
        m_model->addHost(m_host.get());
        m_host->connectToHost();
        QTRY_VERIFY(m_model->indexOf(m_host.get(), VireoTest::kWeb).isValid());
        m_host->setStatsInterval(200);
    }
    void cleanupTestCase()
    {
        m_model.reset();
        m_host.reset();
    }

    void hiddenColumnReadsNothing()
    {
        QVERIFY(!m_host->guestAddressesWanted());
        for (int i = 0; i < 2; ++i) {
            const QList<DomainStats> stats = nextTick();
            QVERIFY(!stats.isEmpty());
            for (const DomainStats &s : stats)
                QVERIFY(!s.addressesRead);
        }
        QVERIFY(ipOf(VireoTest::kWeb).isEmpty());
    }

    void shownColumnGetsRunningGuestsAddresses()
    {
        m_model->setGuestAddressesShown(true);
        QVERIFY(m_host->guestAddressesWanted());
        QTRY_VERIFY_WITH_TIMEOUT(!ipOf(VireoTest::kWeb).isEmpty(), 5000);
        QVERIFY2(ipOf(VireoTest::kWeb).startsWith(u"192.168.122."),
                 qPrintable(ipOf(VireoTest::kWeb)));
        QVERIFY(ipOf(VireoTest::kWin).isEmpty()); // shut off
        QCOMPARE(m_model->headerData(DomainTreeModel::IpColumn, Qt::Horizontal).toString(),
                 QStringLiteral("IP address"));
        bool pausedRead = false;
        for (const DomainStats &s : nextTick())
            if (s.state == DomainState::Paused && s.addressesRead)
                pausedRead = true;
        QVERIFY(!pausedRead);
    }

    void hiddenAgainStops()
    {
        m_model->setGuestAddressesShown(false);
        QVERIFY(!m_host->guestAddressesWanted());
        nextTick(); // a tick already queued may still carry them
        for (const DomainStats &s : nextTick())
            QVERIFY(!s.addressesRead);
    }

    void oneGuestOnlyReadsThatGuest()
    {
        // A details window wants its own guest's addresses, not the whole host's.
        QObject details;
        m_host->setGuestAddressesWanted(&details, true, VireoTest::kWeb);
        bool webRead = false;
        for (int i = 0; i < 3 && !webRead; ++i) {
            for (const DomainStats &s : nextTick()) {
                if (s.uuid == VireoTest::kWeb && s.addressesRead)
                    webRead = !s.addresses.isEmpty();
                else
                    QVERIFY2(!s.addressesRead, qPrintable(s.uuid));
            }
        }
        QVERIFY(webRead);
        m_host->setGuestAddressesWanted(&details, false);
        QVERIFY(!m_host->guestAddressesWanted());
    }

    void aWantingViewThatGoesStopsIt()
    {
        auto view = std::make_unique<QObject>();
        m_host->setGuestAddressesWanted(view.get(), true);
        QVERIFY(m_host->guestAddressesWanted());
        view.reset();
        QVERIFY(!m_host->guestAddressesWanted());
    }
};

QTEST_GUILESS_MAIN(TestGuestAddresses)
#include "tst_guestaddresses.moc"
