// SPDX-License-Identifier: GPL-2.0-or-later
// The wizard's virt-install line from the DomainSpec its XML builder uses: one row per choice.

#include "core/create/virtinstall.h"
#include "core/session/processsetup.h"

#include <QTest>

using namespace Vireo;

Q_DECLARE_METATYPE(Vireo::DomainSpec)

namespace {
DomainSpec base()
{
    DomainSpec s;
    s.name = QStringLiteral("web1");
    s.install = InstallMethod::ImportDisk;
    s.diskPath = QStringLiteral("/var/lib/libvirt/images/web1.qcow2");
    s.guestExtras = false;
    s.graphics = false;
    return s;
}
} // namespace

class TestVirtInstall : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:

    void options_data()
    {
        QTest::addColumn<DomainSpec>("spec");
        QTest::addColumn<quint64>("newDisk");
        QTest::addColumn<QStringList>("present"); ///< "--option value" pairs that must be there
        QTest::addColumn<QStringList>("absent");  ///< options that must not

        DomainSpec s = base();
        QTest::newRow("import") << s << quint64(0)
                                << QStringList{"--name web1",
                                               "--memory 1024",
                                               "--vcpus 1",
                                               "--virt-type kvm",
                                               "--arch x86_64",
                                               "--osinfo generic",
                                               "--disk path=/var/lib/libvirt/images/web1.qcow2,"
                                               "format=qcow2,bus=virtio",
                                               "--boot hd",
                                               "--network network=default,model=virtio",
                                               "--graphics none"}
                                << QStringList{"--machine", "--tpm", "--memballoon", "--cpu"};
        s = base();
        s.memoryMiB = 1024;
        s.maxMemoryMiB = 4096;
        s.vcpus = 2;
        s.maxVcpus = 4;
        s.sockets = 1;
        s.cores = 2;
        s.threads = 2;
        s.cpuMode = QStringLiteral("host-passthrough");
        QTest::newRow("balloon and hot-add")
            << s << quint64(0)
            << QStringList{"--memory memory=4096,currentMemory=1024",
                           "--vcpus 2,maxvcpus=4,sockets=1,cores=2,threads=2",
                           "--cpu host-passthrough"}
            << QStringList{};
        s = base();
        s.install = InstallMethod::LocalMedia;
        s.mediaPath = QStringLiteral("/iso/debian 12.iso");
        s.osinfoId = QStringLiteral("http://debian.org/debian/12");
        s.graphics = true;
        s.vncListen = QStringLiteral("0.0.0.0");
        s.vncPassword = QStringLiteral("secret");
        s.guestExtras = true;
        QTest::newRow("cdrom, vnc, extras")
            << s << quint64(20) * 1024 * 1024 * 1024
            << QStringList{"--disk path=/var/lib/libvirt/images/web1.qcow2,size=20,format=qcow2,"
                           "bus=virtio",
                           "--disk path=/iso/debian 12.iso,device=cdrom,bus=sata,readonly=on",
                           "--boot hd,cdrom",
                           "--osinfo id=http://debian.org/debian/12",
                           "--graphics vnc,listen=0.0.0.0,password=********",
                           "--video virtio",
                           "--serial pty",
                           "--memballoon virtio",
                           "--rng /dev/urandom"}
            << QStringList{"secret"};
        s = base();
        s.firmware = QStringLiteral("efi");
        s.secureBoot = true;
        s.tpm = true;
        QTest::newRow("secure boot, tpm")
            << s << quint64(0)
            << QStringList{"--machine q35",
                           "--boot hd,uefi,firmware.feature0.name=secure-boot,"
                           "firmware.feature0.enabled=yes",
                           "--features smm.state=on", "--tpm emulator,model=tpm-crb,version=2.0"}
            << QStringList{};
        s = base();
        s.hasDisk = false;
        s.install = InstallMethod::NetworkBoot;
        s.network = NetworkKind::Bridge;
        s.networkSource = QStringLiteral("br0");
        s.nicModel = QStringLiteral("e1000");
        s.domainType = QStringLiteral("qemu");
        QTest::newRow("pxe on a bridge, no disk")
            << s << quint64(0)
            << QStringList{"--boot network", "--network bridge=br0,model=e1000", "--virt-type qemu"}
            << QStringList{"--disk"};
        s = base();
        s.install = InstallMethod::KernelBoot;
        s.kernelPath = QStringLiteral("/boot/vmlinuz");
        s.initrdPath = QStringLiteral("/boot/initrd");
        s.kernelArgs = QStringLiteral("console=ttyS0,115200");
        s.network = NetworkKind::None;
        QTest::newRow("kernel boot")
            << s << quint64(0)
            << QStringList{"--boot kernel=/boot/vmlinuz,initrd=/boot/initrd,"
                           "kernel_args=console=ttyS0,,115200",
                           "--network none"}
            << QStringList{};
    }

    void options()
    {
        QFETCH(DomainSpec, spec);
        QFETCH(quint64, newDisk);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        VirtInstall::Options o;
        o.newDiskBytes = newDisk;
        const QStringList args = VirtInstall::arguments(spec, o);
        QStringList pairs;
        for (int i = 0; i + 1 < args.size(); ++i)
            pairs << args.at(i) + QLatin1Char(' ') + args.at(i + 1);
        for (const QString &p : present)
            QVERIFY2(pairs.contains(p), qPrintable(p + QStringLiteral(" in ") + args.join(' ')));
        for (const QString &a : absent)
            for (const QString &arg : args)
                QVERIFY2(!arg.contains(a), qPrintable(a));
        QCOMPARE(args.last(), QStringLiteral("--noautoconsole"));
    }

    void commandLine()
    {
        DomainSpec s = base();
        s.install = InstallMethod::LocalMedia;
        s.mediaPath = QStringLiteral("/iso/a b.iso");
        VirtInstall::Options o;
        o.uri = QStringLiteral("qemu:///system");
        o.printXml = true;
        const QString line = VirtInstall::commandLine(s, o);
        QVERIFY(
            line.startsWith(QStringLiteral("virt-install --connect qemu:///system --name web1 ")));
        QVERIFY(
            line.contains(QStringLiteral("'path=/iso/a b.iso,device=cdrom,bus=sata,readonly=on'")));
        QVERIFY(line.endsWith(QStringLiteral("--print-xml")));
    }
};

QTEST_GUILESS_MAIN(TestVirtInstall)
#include "tst_virtinstall.moc"
