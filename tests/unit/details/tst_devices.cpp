// SPDX-License-Identifier: GPL-2.0-or-later
// Devices: the device calls on libvirt's test driver. It has none of the device calls
// (virDomainAttachDeviceFlags & co answer VIR_ERR_NO_SUPPORT), so configuration-only changes
// take the redefine path here; live changes are refused with libvirt's words. The live path is
// the integration tier's (tst_devicehotplug).
#include "core/domain/devices.h"
#include "core/domain/domainactions.h"
#include "core/domain/domainxml.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"

#include "tests/support/demohost.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using namespace VireoTest;
using Scope = DomainControl::Scope;

class TestDevices : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;

    QString xml(const QString &uuid, bool secure = false)
    {
        auto r = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::fetchDomainXml(m_session.get(), uuid, {true, secure}, ctx, done);
        });
        return r && r->ok() ? r->value() : QString();
    }
    DomainDescription description(const QString &uuid)
    {
        auto d = parseDomainXml(xml(uuid));
        return d ? *d : DomainDescription{};
    }
    Status attach(const QString &uuid, const DeviceSpec &spec, Scope scope = Scope::Config)
    {
        auto device = buildDeviceXml(spec);
        if (!device)
            return device.error();
        auto r = ask<Status>([&](QObject *ctx, auto done) {
            Devices::attach(m_session.get(), uuid, *device, scope, ctx, done);
        });
        return r ? *r : Status(Error{QStringLiteral("timeout"), {}, 0});
    }

private Q_SLOTS:
    void init()
    {
        m_session = connectedDemoHost(m_dir);
        QVERIFY(m_session);
    }
    void cleanup() { m_session.reset(); }

    void addsAndRemovesADiskInTheConfiguration()
    {
        DiskDeviceSpec disk;
        disk.path = QStringLiteral("/var/lib/libvirt/images/data.qcow2");
        disk.format = QStringLiteral("qcow2");
        QStringList used;
        for (const DomainDisk &d : description(kWin).disks)
            used << d.target;
        disk.target = freeDiskTarget(disk.bus, used);
        QCOMPARE(disk.target, QStringLiteral("vdb"));
        Status s = attach(kWin, disk);
        QVERIFY2(s.ok(), qPrintable(s.error().text()));
        QCOMPARE(description(kWin).disks.size(), 2);
        QCOMPARE(description(kWin).disks.last().sourcePath, disk.path);

        auto removal = ask<Result<Devices::Removal>>([&](QObject *ctx, auto done) {
            Devices::detach(m_session.get(), kWin,
                            {QStringLiteral("disk"), QStringLiteral("vdb"), 0}, Scope::Config, 5,
                            ctx, done);
        });
        QVERIFY(removal && removal->ok());
        QCOMPARE(removal->value().outcome, Devices::Removal::Outcome::Removed);
        QCOMPARE(description(kWin).disks.size(), 1);
        QCOMPARE(description(kWin).disks.first().target, QStringLiteral("vda"));
    }

    void refusesALiveChangeTheDriverCannotMake()
    {
        // web-frontend runs; the test driver cannot hot-plug: libvirt's error comes back, and
        // nothing is redefined behind the user's back.
        const int before = description(kWeb).devices.size();
        Status s = attach(kWeb, RngDeviceSpec{}, Scope::LiveAndConfig);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().text().contains(u"not supported"), qPrintable(s.error().text()));
        QCOMPARE(description(kWeb).devices.size(), before);
    }

    void insertsAndEjectsMedia()
    {
        DiskDeviceSpec cd;
        cd.cdrom = true;
        cd.source = DiskDeviceSpec::Source::Empty;
        cd.bus = QStringLiteral("sata");
        cd.target = QStringLiteral("sda");
        QVERIFY(attach(kWin, cd).ok());
        auto media = [&](const QString &iso) {
            auto r = ask<Status>([&](QObject *ctx, auto done) {
                Devices::changeMedia(m_session.get(), kWin, QStringLiteral("sda"), iso,
                                     Scope::Config, ctx, done);
            });
            return r && r->ok();
        };
        QVERIFY(media(QStringLiteral("/isos/debian.iso")));
        QCOMPARE(description(kWin).disks.last().sourcePath, QStringLiteral("/isos/debian.iso"));
        QVERIFY(media({}));
        QVERIFY(description(kWin).disks.last().sourcePath.isEmpty());
        QCOMPARE(description(kWin).disks.last().device, QStringLiteral("cdrom"));
    }

    void cutsAndConnectsTheLink()
    {
        auto link = [&](bool up) {
            auto r = ask<Status>([&](QObject *ctx, auto done) {
                Devices::setLinkState(m_session.get(), kWin, QStringLiteral("52:54:00:00:00:07"),
                                      up, Scope::Config, ctx, done);
            });
            return r && r->ok();
        };
        QVERIFY(link(false));
        QVERIFY(xml(kWin).contains(QStringLiteral("<link state='down'/>")));
        QVERIFY(link(true));
        QVERIFY(xml(kWin).contains(QStringLiteral("<link state='up'/>")));
    }

    void editsANicWhileShutOff()
    {
        NicDeviceSpec nic;
        nic.sourceName = QStringLiteral("default");
        nic.model = QStringLiteral("e1000e");
        nic.mac = QStringLiteral("52:54:00:00:00:07");
        auto r = ask<Status>([&](QObject *ctx, auto done) {
            Devices::redefine(m_session.get(), kWin,
                              {QStringLiteral("interface"), QStringLiteral("52:54:00:00:00:07"), 0},
                              *buildDeviceXml(nic), ctx, done);
        });
        QVERIFY(r && r->ok());
        QVERIFY(xml(kWin).contains(QStringLiteral("<model type='e1000e'/>")));
    }

    void knowsTheMacsInUse()
    {
        auto macs = ask<Result<QSet<QString>>>(
            [&](QObject *ctx, auto done) { Devices::fetchUsedMacs(m_session.get(), ctx, done); });
        QVERIFY(macs && macs->ok());
        QVERIFY(macs->value().contains(QStringLiteral("52:54:00:00:00:07")));
        QVERIFY(macs->value().contains(QStringLiteral("52:54:00:00:00:08")));
        const QString mac = generateMac(macs->value(), [] { return 0x000007u; });
        QVERIFY(mac.isEmpty()); // every draw hits the taken 52:54:00:00:00:07
    }

    void switchesSpiceToVncKeepingThePassword()
    {
        // A SPICE display with a password, as virt-manager makes them.
        Status s = [&] {
            auto r = ask<Status>([&](QObject *ctx, auto done) {
                Devices::attach(m_session.get(), kWin,
                                QStringLiteral("<graphics type='spice' autoport='yes' "
                                               "passwd='sp1ce'><listen type='address' "
                                               "address='127.0.0.1'/></graphics>"),
                                Scope::Config, ctx, done);
            });
            return r ? *r : Status(Error{});
        }();
        QVERIFY2(s.ok(), qPrintable(s.error().text()));
        QVERIFY(xml(kWin, true).contains(QStringLiteral("type='spice'")));
        auto r = ask<Status>([&](QObject *ctx, auto done) {
            Devices::switchToVnc(m_session.get(), kWin, ctx, done);
        });
        QVERIFY(r && r->ok());
        const QString after = xml(kWin, true);
        QVERIFY(!after.contains(QStringLiteral("type='spice'")));
        QVERIFY(after.contains(QStringLiteral("passwd='sp1ce'")));
        QCOMPARE(description(kWin).graphics.size(), 2);
    }

    void listsHostDevices()
    {
        // The test driver's node devices are a computer and SCSI hosts: no USB, no PCI.
        auto devs = ask<Result<QList<Devices::HostDevice>>>(
            [&](QObject *ctx, auto done) { Devices::listHostDevices(m_session.get(), ctx, done); });
        QVERIFY(devs && devs->ok());
        QVERIFY(devs->value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDevices)
#include "tst_devices.moc"
