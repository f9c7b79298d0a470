// SPDX-License-Identifier: GPL-2.0-or-later
// An isolated network with DHCP made through Vireo's core on the real libvirtd; the tier's guest
// boots with a NIC on it and udhcpc prints its lease on the serial log. The network's lease table
// (virNetworkGetDHCPLeases) and the guest's address as the statistics tick reads it
// (virDomainInterfaceAddresses, only once a view wants addresses) give that same IP and MAC.
// Stopping the network while the guest runs is refused until the user was asked. Everything is
// removed at the end. Needs tests/integration/setup.sh; skips without a hypervisor.
#include "guest.h"

#include "core/network/network.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using namespace Vireo::Integration;

class TestNetworkGuest : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    Environment m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    QString m_net;
    GuestSpec m_spec;
    QString m_uuid;
    QString m_ip;  ///< from the guest's serial log
    QString m_mac; ///< ditto

    Status removeNetwork()
    {
        Pending<Status> removed;
        Networks::remove(m_session.get(), m_net, this, removed.callback());
        if (!QTest::qWaitFor([&] { return removed.ready(); }, kLibvirtCallMs))
            return Error{QStringLiteral("test"), QStringLiteral("no answer"), 0};
        return removed.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = Environment::detect();
        if (!m_env.unavailable.isEmpty())
            QSKIP(qPrintable(m_env.unavailable));
        const QString notReady = prepareScratch(m_env, m_dir.path());
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
        QString error;
        m_session = connectedSession(m_env.uri, &error);
        QVERIFY2(m_session, qPrintable(error));
        m_session->setStatsInterval(1000);
        // Network names are short (they name a bridge's dnsmasq files): the pid keeps runs apart.
        m_net = QStringLiteral("vireo-it-%1").arg(QCoreApplication::applicationPid());
    }

    void createIsolatedNetworkWithDhcp()
    {
        Pending<Result<QList<VirtualNetworkInfo>>> listed;
        Networks::list(m_session.get(), this, listed.callback());
        QTRY_VERIFY_WITH_TIMEOUT(listed.ready(), kLibvirtCallMs);
        QVERIFY2(listed->ok(), qPrintable(listed->error().text()));
        QList<QPair<QString, Ipv4Subnet>> others;
        for (const VirtualNetworkInfo &n : listed->value())
            if (n.xml.hasIpv4)
                others.append({n.name, n.xml.subnet});
        // A /24 in 10.213.x that the host does not use yet.
        NetworkSpec spec;
        for (int third = 40; third < 250 && spec.subnet.isEmpty(); ++third) {
            const auto s =
                NetworkXmlFormat::parseSubnet(QStringLiteral("10.213.%1.0/24").arg(third));
            if (std::none_of(others.cbegin(), others.cend(),
                             [&](const auto &o) { return o.second.overlaps(s.value()); })) {
                spec.subnet = s->text();
                spec.dhcpStart = QStringLiteral("10.213.%1.100").arg(third);
                spec.dhcpEnd = QStringLiteral("10.213.%1.150").arg(third);
            }
        }
        QVERIFY(!spec.subnet.isEmpty());
        spec.name = m_net;
        spec.mode = NetworkMode::Isolated;
        spec.dhcp = true;
        Pending<Result<VirtualNetworkInfo>> made;
        Networks::create(m_session.get(), spec, this, made.callback());
        QTRY_VERIFY_WITH_TIMEOUT(made.ready(), kLibvirtCallMs);
        QVERIFY2(made->ok(), qPrintable(made->error().text()));
        QVERIFY(made->value().active);
        QCOMPARE(made->value().xml.mode, NetworkMode::Isolated);
        QCOMPARE(made->value().xml.subnet.text(), spec.subnet);
        QVERIFY(!made->value().bridge.isEmpty()); // libvirt gave it a bridge (virbrN)

        // The same subnet again is refused in words, naming our network.
        spec.name = m_net + QStringLiteral("b");
        Pending<Result<VirtualNetworkInfo>> twice;
        Networks::create(m_session.get(), spec, this, twice.callback());
        QTRY_VERIFY_WITH_TIMEOUT(twice.ready(), kLibvirtCallMs);
        QVERIFY(!twice->ok());
        QVERIFY2(twice->error().message.contains(QStringLiteral("of the network '%1'").arg(m_net)),
                 qPrintable(twice->error().message));
    }

    void guestGetsALease()
    {
        if (m_net.isEmpty())
            QSKIP("no network");
        m_spec = testGuestSpec(QStringLiteral("net"), m_dir.path());
        m_spec.networkName = m_net;
        const Booted booted = defineAndBoot(m_session.get(), m_env, m_spec);
        QVERIFY2(booted.error.isEmpty(), qPrintable(booted.error));
        m_uuid = booted.uuid;
        const SerialLog serial(m_spec.serialLogPath);
        const QString prefix = QStringLiteral("VIREO-LEASE iface=eth0 ip=");
        QTRY_VERIFY2_WITH_TIMEOUT(!serial.lastValue(prefix).isEmpty(), qPrintable(serial.tail()),
                                  120000);
        // "10.213.40.117 mac=52:54:00:..."
        const QString line = serial.lastValue(prefix);
        m_ip = line.section(QLatin1Char(' '), 0, 0);
        const qsizetype at = line.indexOf(QLatin1String("mac="));
        QVERIFY2(at > 0, qPrintable(line));
        m_mac = line.mid(at + 4).section(QLatin1Char(' '), 0, 0).trimmed();
        QVERIFY2(m_ip.startsWith(QLatin1String("10.213.")), qPrintable(line));
    }

    void leaseTableShowsTheSameAddress()
    {
        if (m_ip.isEmpty())
            QSKIP("no lease");
        bool found = false;
        QString seen;
        // dnsmasq writes its lease file as it answers: it may lag the guest by a moment.
        for (int i = 0; i < 30 && !found; ++i) {
            Pending<Result<QList<DhcpLease>>> leases;
            Networks::leases(m_session.get(), m_net, this, leases.callback());
            QTRY_VERIFY_WITH_TIMEOUT(leases.ready(), kLibvirtCallMs);
            QVERIFY2(leases->ok(), qPrintable(leases->error().text()));
            seen.clear();
            for (const DhcpLease &l : leases->value()) {
                seen += l.ip + QLatin1Char(' ') + l.mac + QLatin1Char(';');
                if (l.ip.section(QLatin1Char('/'), 0, 0) == m_ip &&
                    l.mac.compare(m_mac, Qt::CaseInsensitive) == 0) {
                    found = true;
                    QVERIFY(l.expiry.isValid());
                }
            }
            if (!found)
                QTest::qWait(1000);
        }
        QVERIFY2(
            found,
            qPrintable(QStringLiteral("serial log: %1 %2; leases: %3").arg(m_ip, m_mac, seen)));
    }

    void guestAddressAsVireoReadsIt()
    {
        if (m_ip.isEmpty())
            QSKIP("no lease");
        QStringList addresses;
        QObject column; // stands for the manager's shown IP column
        connect(m_session.get(), &HostSession::statsUpdated, this,
                [&](const QList<DomainStats> &stats) {
                    for (const DomainStats &s : stats)
                        if (s.uuid == m_uuid && s.addressesRead)
                            addresses = s.addresses;
                });
        m_session->setGuestAddressesWanted(&column, true);
        QTRY_VERIFY2_WITH_TIMEOUT(
            addresses.contains(m_ip),
            qPrintable(addresses.join(QStringLiteral(", ")) + QStringLiteral(" vs ") + m_ip),
            30000);
        m_session->setGuestAddressesWanted(&column, false);
        disconnect(m_session.get(), &HostSession::statsUpdated, this, nullptr);
    }

    void stoppingAsksWhileTheGuestRuns()
    {
        if (m_uuid.isEmpty())
            QSKIP("no guest");
        Pending<Status> stopped;
        Networks::stop(m_session.get(), m_net, false, this, stopped.callback());
        QTRY_VERIFY_WITH_TIMEOUT(stopped.ready(), kLibvirtCallMs);
        QVERIFY(!stopped->ok());
        QVERIFY(Networks::isInUse(stopped->error()));
        QVERIFY2(stopped->error().message.contains(m_spec.name),
                 qPrintable(stopped->error().message));
        NetworkDirectory dir(m_session.get());
        Pending<Result<QList<VirtualNetworkInfo>>> listed;
        dir.list(this, listed.callback());
        QTRY_VERIFY_WITH_TIMEOUT(listed.ready(), kLibvirtCallMs);
        QVERIFY(listed->ok());
        bool stillActive = false;
        for (const VirtualNetworkInfo &n : listed->value())
            if (n.name == m_net) {
                stillActive = n.active;
                QCOMPARE(n.attachedRunning, QStringList{m_spec.name});
            }
        QVERIFY(stillActive);
        // Asked and confirmed: it stops.
        Pending<Status> forced;
        Networks::stop(m_session.get(), m_net, true, this, forced.callback());
        QTRY_VERIFY_WITH_TIMEOUT(forced.ready(), kLibvirtCallMs);
        QVERIFY2(forced->ok(), qPrintable(forced->error().text()));
    }

    void cleanupTestCase()
    {
        if (!m_env.unavailable.isEmpty())
            return;
        removeTestDomains(m_env.uri);
        if (m_session && !m_net.isEmpty()) {
            const Status s = removeNetwork();
            if (!s)
                qWarning("could not remove network %s: %s", qPrintable(m_net),
                         qPrintable(s.error().text()));
        }
    }
};

QTEST_GUILESS_MAIN(TestNetworkGuest)
#include "tst_networkguest.moc"
