// SPDX-License-Identifier: GPL-2.0-or-later
// The Networks page's core on libvirt's test driver (the demo host: a NAT network 'default' with
// all nine domains on it, four running and two paused): listed with mode, subnet, DHCP range and
// the attached domains; created with its checks (an overlapping subnet refused in words, nothing
// defined); stopped only after asking while running domains use it; autostart; deleted; the
// domain XML cache read once and again only for a domain that changed; leases unsupported here.
#include "../../support/demohost.h"
#include "core/domain/domainactions.h"
#include "core/network/network.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using VireoTest::ask;

class TestNetworks : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_host;

    std::optional<VirtualNetworkInfo> find(const QString &name)
    {
        auto r = ask<Result<QList<VirtualNetworkInfo>>>(
            [&](QObject *c, auto done) { Networks::list(m_host.get(), c, done); });
        if (r && *r)
            for (const VirtualNetworkInfo &n : r->value())
                if (n.name == name)
                    return n;
        return std::nullopt;
    }
    Status status(std::function<void(QObject *, std::function<void(Status)>)> call)
    {
        auto r = ask<Status>(call);
        return r ? *r : Status(Error{QStringLiteral("test"), QStringLiteral("no answer"), 0});
    }
    static NetworkSpec labSpec(const QString &subnet = QStringLiteral("10.77.0.0/24"))
    {
        return NetworkSpec{QStringLiteral("lab"),        NetworkMode::Isolated,        subnet, true,
                           QStringLiteral("10.77.0.10"), QStringLiteral("10.77.0.50"), {},     {}};
    }

private Q_SLOTS:
    void init()
    {
        m_host = VireoTest::connectedDemoHost(m_dir);
        QVERIFY(m_host);
    }
    void cleanup() { m_host.reset(); }

    void listsDefaultWithItsDomains()
    {
        NetworkDirectory dir(m_host.get());
        auto r = ask<Result<QList<VirtualNetworkInfo>>>(
            [&](QObject *c, auto done) { dir.list(c, done); });
        QVERIFY(r && *r);
        QCOMPARE(r->value().size(), 1);
        const VirtualNetworkInfo &n = r->value().first();
        QCOMPARE(n.name, QStringLiteral("default"));
        QVERIFY(n.active);
        QCOMPARE(n.bridge, QStringLiteral("virbr0"));
        QCOMPARE(n.xml.mode, NetworkMode::Nat);
        QCOMPARE(n.xml.subnet.text(), QStringLiteral("192.168.122.0/24"));
        QCOMPARE(n.xml.dhcpStart, QStringLiteral("192.168.122.2"));
        QCOMPARE(n.xml.dhcpEnd, QStringLiteral("192.168.122.254"));
        QCOMPARE(n.attached.size(), 9);
        QVERIFY(n.attached.contains(QStringLiteral("win11-desktop")));
        // Running and paused: the six active ones.
        QCOMPARE(n.attachedRunning.size(), 6);
        QVERIFY(n.attachedRunning.contains(QStringLiteral("web-frontend")));
        QVERIFY(!n.attachedRunning.contains(QStringLiteral("win11-desktop")));
    }

    void cacheReadsOnlyChangedDomains()
    {
        NetworkDirectory dir(m_host.get());
        auto list = [&] {
            return ask<Result<QList<VirtualNetworkInfo>>>(
                [&](QObject *c, auto done) { dir.list(c, done); });
        };
        QVERIFY(list());
        QCOMPARE(dir.domainXmlReads(), 9);
        QVERIFY(list());
        QCOMPARE(dir.domainXmlReads(), 9); // nothing changed: no XML read
        QSignalSpy changed(m_host.get(), &HostSession::domainsChanged);
        DomainActions::performAction(m_host.get(), {VireoTest::kWin}, DomainAction::Start);
        QVERIFY(changed.wait(5000));
        auto r = list();
        QVERIFY(r && *r);
        QCOMPARE(dir.domainXmlReads(), 10); // only win11-desktop again
        QVERIFY(r->value().first().attachedRunning.contains(QStringLiteral("win11-desktop")));
    }

    void createChecksAndDefines()
    {
        // Overlapping the default network: refused in words, nothing defined.
        auto bad = ask<Result<VirtualNetworkInfo>>([&](QObject *c, auto done) {
            Networks::create(m_host.get(), labSpec(QStringLiteral("192.168.0.0/16")), c, done);
        });
        QVERIFY(bad && !*bad);
        QVERIFY2(
            bad->error().message.contains(u"overlaps 192.168.122.0/24 of the network 'default'"),
            qPrintable(bad->error().message));
        QVERIFY(!find(QStringLiteral("lab")));

        auto made = ask<Result<VirtualNetworkInfo>>(
            [&](QObject *c, auto done) { Networks::create(m_host.get(), labSpec(), c, done); });
        QVERIFY(made && *made);
        QVERIFY2(made->ok(), qPrintable(made->error().text()));
        auto lab = find(QStringLiteral("lab"));
        QVERIFY(lab);
        QVERIFY(lab->active);
        QVERIFY(lab->autostart);
        QCOMPARE(lab->xml.mode, NetworkMode::Isolated);
        QCOMPARE(lab->xml.gateway, QStringLiteral("10.77.0.1"));
        QCOMPARE(lab->xml.dhcpEnd, QStringLiteral("10.77.0.50"));

        // The same name again: refused.
        auto again = ask<Result<VirtualNetworkInfo>>([&](QObject *c, auto done) {
            Networks::create(m_host.get(), labSpec(QStringLiteral("10.78.0.0/24")), c, done);
        });
        QVERIFY(again && !*again);
        QVERIFY(again->error().message.contains(u"already has a network named 'lab'"));
    }

    void stopAsksWhileRunningDomainsUseIt()
    {
        const Status refused = status([&](QObject *c, auto done) {
            Networks::stop(m_host.get(), QStringLiteral("default"), false, c, done);
        });
        QVERIFY(!refused);
        QVERIFY(Networks::isInUse(refused.error()));
        QVERIFY2(refused.error().message.contains(u"web-frontend"),
                 qPrintable(refused.error().message));
        QVERIFY(find(QStringLiteral("default"))->active);

        QVERIFY(status([&](QObject *c, auto done) {
            Networks::stop(m_host.get(), QStringLiteral("default"), true, c, done);
        }));
        QVERIFY(!find(QStringLiteral("default"))->active);
        QVERIFY(status([&](QObject *c, auto done) {
            Networks::start(m_host.get(), QStringLiteral("default"), c,
                            [done](Result<VirtualNetworkInfo> r) {
                                done(r ? Status(Done{}) : Status(r.error()));
                            });
        }));
        QVERIFY(find(QStringLiteral("default"))->active);
    }

    void stopUnusedNeedsNoAsking()
    {
        QVERIFY(ask<Result<VirtualNetworkInfo>>(
            [&](QObject *c, auto done) { Networks::create(m_host.get(), labSpec(), c, done); }));
        QVERIFY(status([&](QObject *c, auto done) {
            Networks::stop(m_host.get(), QStringLiteral("lab"), false, c, done);
        }));
        QVERIFY(!find(QStringLiteral("lab"))->active);
    }

    void autostartAndDelete()
    {
        QVERIFY(status([&](QObject *c, auto done) {
            Networks::setAutostart(m_host.get(), QStringLiteral("default"), true, c, done);
        }));
        QVERIFY(find(QStringLiteral("default"))->autostart);
        QVERIFY(status([&](QObject *c, auto done) {
            Networks::setAutostart(m_host.get(), QStringLiteral("default"), false, c, done);
        }));
        QVERIFY(!find(QStringLiteral("default"))->autostart);
        QVERIFY(status([&](QObject *c, auto done) {
            Networks::remove(m_host.get(), QStringLiteral("default"), c, done);
        }));
        QVERIFY(!find(QStringLiteral("default")));
        const Status missing = status([&](QObject *c, auto done) {
            Networks::remove(m_host.get(), QStringLiteral("default"), c, done);
        });
        QVERIFY(!missing);
        QVERIFY(missing.error().operation.contains(u"default"));
    }

    void leasesUnsupportedOnTestDriver()
    {
        auto r = ask<Result<QList<DhcpLease>>>([&](QObject *c, auto done) {
            Networks::leases(m_host.get(), QStringLiteral("default"), c, done);
        });
        QVERIFY(r && !*r);
        QVERIFY(Networks::isUnsupported(r->error()));
        QVERIFY(r->error().operation.contains(u"default"));
    }
};

QTEST_GUILESS_MAIN(TestNetworks)
#include "tst_networks.moc"
