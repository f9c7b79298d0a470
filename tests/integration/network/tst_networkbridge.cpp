// SPDX-License-Identifier: GPL-2.0-or-later
// A bridge-mode network on the real libvirtd: the test makes a Linux bridge of its own on the
// host (ip link; an address and a dnsmasq of its own on it stand for the LAN's DHCP server),
// Vireo's core creates a libvirt network in bridge mode over it, lists it as Bridge with that
// bridge, and the tier's guest attached to the network is plugged into the bridge (its tap is a
// port of it), listed as attached, and gets its lease over the bridge (udhcpc's VIREO-LEASE line
// on the serial log). Everything is removed at the end. Needs root, ip, dnsmasq and
// tests/integration/setup.sh; skips what the machine cannot do, saying so.
#include "scratchhost.h"

#include "core/network/network.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Vireo;
using namespace Vireo::Integration;

class TestNetworkBridge : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    ScratchHost m_scratch;
    QString m_bridge; ///< the host bridge this test made
    QString m_net;
    bool m_netMade = false;
    GuestSpec m_spec;
    QString m_uuid;
    QProcess m_dnsmasq;

    VirtualNetworkInfo listed()
    {
        NetworkDirectory dir(m_scratch.session());
        auto r = waitFor<Result<QList<VirtualNetworkInfo>>>([&](auto d) { dir.list(this, d); });
        if (r)
            for (const VirtualNetworkInfo &n : r.value())
                if (n.name == m_net)
                    return n;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        VIREO_SCRATCH_SET_UP(m_scratch);
        const qint64 pid = QCoreApplication::applicationPid();
        m_bridge = QStringLiteral("vireobr%1").arg(pid % 100000); // at most 15 characters
        m_net = QStringLiteral("vireo-it-br-%1").arg(pid);
        QString out;
        if (!runProgram(QStringLiteral("ip"),
                        {QStringLiteral("link"), QStringLiteral("add"), m_bridge,
                         QStringLiteral("type"), QStringLiteral("bridge")},
                        &out)) {
            const QString why = QStringLiteral("cannot make a bridge here: ") + out.trimmed();
            m_bridge.clear();
            QSKIP(qPrintable(why));
        }
        // An address of the 10.214.x range (the tier's isolated networks use 10.213.x).
        const QString address = QStringLiteral("10.214.%1.1/24").arg(pid % 200 + 20);
        QVERIFY2(runProgram(QStringLiteral("ip"),
                            {QStringLiteral("addr"), QStringLiteral("add"), address,
                             QStringLiteral("dev"), m_bridge},
                            &out),
                 qPrintable(out));
        QVERIFY2(runProgram(QStringLiteral("ip"),
                            {QStringLiteral("link"), QStringLiteral("set"), m_bridge,
                             QStringLiteral("up")},
                            &out),
                 qPrintable(out));
    }

    void bridgeModeNetworkIsListedAsBridge()
    {
        if (m_bridge.isEmpty())
            QSKIP("no bridge");
        NetworkSpec spec;
        spec.name = m_net;
        spec.mode = NetworkMode::Bridge;
        spec.hostBridge = m_bridge;
        auto made = waitFor<Result<VirtualNetworkInfo>>(
            [&](auto d) { Networks::create(m_scratch.session(), spec, this, d); });
        QVERIFY2(made, qPrintable(made.error().text()));
        m_netMade = true;
        QVERIFY(made->active);
        const VirtualNetworkInfo n = listed();
        QCOMPARE(n.xml.mode, NetworkMode::Bridge);
        QCOMPARE(n.xml.forwardMode, QStringLiteral("bridge"));
        QCOMPARE(n.xml.bridge, m_bridge);
        QVERIFY(!n.xml.hasIpv4); // the LAN's addresses are not libvirt's
        QVERIFY(n.attached.isEmpty());
    }

    void guestIsPluggedIntoTheBridge()
    {
        if (!m_netMade)
            QSKIP("no network");
        if (QStandardPaths::findExecutable(QStringLiteral("dnsmasq")).isEmpty())
            QSKIP("no dnsmasq on this machine (dnsmasq-base)");
        // The LAN's DHCP server, on our bridge only.
        const QString third = QString::number(QCoreApplication::applicationPid() % 200 + 20);
        m_dnsmasq.start(QStandardPaths::findExecutable(QStringLiteral("dnsmasq")),
                        {QStringLiteral("--keep-in-foreground"), QStringLiteral("--no-resolv"),
                         QStringLiteral("--port=0"), QStringLiteral("--bind-interfaces"),
                         QStringLiteral("--except-interface=lo"),
                         QStringLiteral("--interface=") + m_bridge,
                         QStringLiteral("--dhcp-range=10.214.%1.100,10.214.%1.150,12h").arg(third),
                         QStringLiteral("--dhcp-leasefile=") + m_scratch.filePath("leases"),
                         QStringLiteral("--pid-file=") + m_scratch.filePath("dnsmasq.pid")});
        QVERIFY2(m_dnsmasq.waitForStarted(5000), qPrintable(m_dnsmasq.errorString()));

        m_spec = testGuestSpec(QStringLiteral("bridge"), m_scratch.path());
        m_spec.networkName = m_net;
        const Booted booted = defineAndBoot(m_scratch.session(), m_scratch.env(), m_spec);
        QVERIFY2(booted.error.isEmpty(), qPrintable(booted.error));
        m_uuid = booted.uuid;
        // libvirt plugged the guest's tap into our bridge.
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(QStringLiteral("/sys/class/net/%1/brif").arg(m_bridge))
                                      .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                                      .isEmpty(),
                                 10000);
        const VirtualNetworkInfo n = listed();
        QCOMPARE(n.attached, QStringList{m_spec.name});
        QCOMPARE(n.attachedRunning, QStringList{m_spec.name});
        // And its frames cross the bridge: dnsmasq's lease reaches udhcpc.
        const SerialLog serial(m_spec.serialLogPath);
        const QString prefix = QStringLiteral("VIREO-LEASE iface=eth0 ip=");
        QTRY_VERIFY2_WITH_TIMEOUT(!serial.lastValue(prefix).isEmpty(),
                                  qPrintable(serial.tail() + m_dnsmasq.readAllStandardError()),
                                  120000);
        QVERIFY2(serial.lastValue(prefix).startsWith(QStringLiteral("10.214.%1.").arg(third)),
                 qPrintable(serial.lastValue(prefix)));
    }

    void cleanupTestCase()
    {
        if (m_scratch.env().uri.isEmpty() || !m_scratch.env().unavailable.isEmpty())
            return;
        removeTestDomains(m_scratch.env().uri);
        if (m_dnsmasq.state() != QProcess::NotRunning) {
            m_dnsmasq.terminate();
            m_dnsmasq.waitForFinished(5000);
        }
        if (m_scratch.session() && m_netMade) {
            const Status s = waitFor<Status>(
                [&](auto d) { Networks::remove(m_scratch.session(), m_net, this, d); });
            if (!s)
                qWarning("could not remove network %s: %s", qPrintable(m_net),
                         qPrintable(s.error().text()));
        }
        if (!m_bridge.isEmpty())
            runProgram(QStringLiteral("ip"),
                       {QStringLiteral("link"), QStringLiteral("del"), m_bridge});
    }
};

QTEST_GUILESS_MAIN(TestNetworkBridge)
#include "tst_networkbridge.moc"
