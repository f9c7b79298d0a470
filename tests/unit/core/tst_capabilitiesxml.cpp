// SPDX-License-Identifier: GPL-2.0-or-later
// The one parser of capabilities and of domain capabilities, on real answers of libvirt 9.0 with
// QEMU 7.2 (this machine: an AMD CPU without svm inside a VM) and of the test driver.
#include "core/domain/domainxml.h"
#include "core/session/capabilitiesxml.h"
#include "core/session/domaincapabilitiesxml.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Vireo;

static QString fixture(const QString &name)
{
    QFile f(QFINDTESTDATA(QStringLiteral("data/") + name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

class TestCapabilitiesXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capabilities_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("arch");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<int>("features");
        QTest::addColumn<QString>("virtFeature");
        QTest::addColumn<QString>("dacLabel");
        QTest::addColumn<quint64>("numaKiB");
        QTest::addColumn<QStringList>("guests");     // "os/arch/types"
        QTest::addColumn<QString>("x86_64Emulator"); // or i686 for the test driver
        QTest::addColumn<int>("machines");
        QTest::newRow("qemu:///system, kvm offered (QEMU 7.2)")
            << fixture("caps-qemu-9.0-kvm-offered.xml") << "x86_64"
            << "kvm64"
            << "AMD" << 72 << ""
            << "+999:+994" << quint64(6908108)
            << QStringList{"hvm/i686/qemu,kvm", "hvm/x86_64/qemu,kvm"}
            << "/usr/bin/qemu-system-x86_64" << 60;
        QTest::newRow("qemu:///system, /dev/kvm hidden from libvirtd")
            << fixture("caps-qemu-9.0-no-kvm.xml") << "x86_64"
            << "kvm64"
            << "AMD" << 72 << ""
            << "+999:+994" << quint64(7432396) << QStringList{"hvm/i686/qemu", "hvm/x86_64/qemu"}
            << "/usr/bin/qemu-system-x86_64" << 60;
        QTest::newRow("test:///default")
            << fixture("caps-test-default.xml") << "i686"
            << ""
            << "" << 0 << ""
            << "" << quint64(6 * 1024 * 1024) << QStringList{"hvm/i686/test", "xen/i686/test"}
            << "/usr/bin/test-hv" << 0;
        QTest::newRow("Debian's libvirt-qemu label, Intel host with vmx")
            << QStringLiteral(
                   "<capabilities><host><cpu><arch>x86_64</arch><model>Skylake-Client-IBRS</model>"
                   "<vendor>Intel</vendor><feature name='ss'/><feature name='vmx'/></cpu>"
                   "<secmodel><model>apparmor</model><doi>0</doi></secmodel>"
                   "<secmodel><model>dac</model><doi>0</doi>"
                   "<baselabel type='kvm'>+64055:+64055</baselabel>"
                   "<baselabel type='qemu'>+64055:+64055</baselabel></secmodel></host>"
                   "<guest><os_type>hvm</os_type><arch name='x86_64'><wordsize>64</wordsize>"
                   "<emulator>/usr/bin/qemu-system-x86_64</emulator><machine maxCpus='255'>"
                   "pc-q35-7.2</machine><machine canonical='pc-q35-7.2' maxCpus='288'>q35"
                   "</machine><domain type='qemu'/><domain type='kvm'/></arch></guest>"
                   "</capabilities>")
            << "x86_64"
            << "Skylake-Client-IBRS"
            << "Intel" << 2 << "vmx"
            << "+64055:+64055" << quint64(0) << QStringList{"hvm/x86_64/qemu,kvm"}
            << "/usr/bin/qemu-system-x86_64" << 2;
    }
    void capabilities()
    {
        QFETCH(QString, xml);
        QVERIFY(!xml.isEmpty());
        const Result<Capabilities> c = parseCapabilitiesXml(xml);
        QVERIFY2(c.ok(), qPrintable(c.error().text()));
        QTEST(c->hostArch, "arch");
        QTEST(c->cpuModel, "model");
        QTEST(c->cpuVendor, "vendor");
        QTEST(int(c->cpuFeatures.size()), "features");
        QTEST(c->cpuVirtualizationFeature(), "virtFeature");
        QTEST(c->dacBaseLabel(), "dacLabel");
        QTEST(c->numaMemoryKiB(), "numaKiB");
        QStringList guests;
        for (const GuestCapability &g : c->guests)
            guests << g.osType + QLatin1Char('/') + g.arch + QLatin1Char('/') +
                          g.domainTypes.join(QLatin1Char(','));
        QTEST(guests, "guests");
        QTEST(c->guests.last().emulator, "x86_64Emulator");
        QTEST(int(c->guests.last().machines.size()), "machines");
    }

    void refusesWhatIsNotCapabilities_data()
    {
        // Each parser of core says why in the same words (core/common/xmlelement).
        QTest::addColumn<QString>("parser");
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty") << "caps" << QString() << "^the document is empty$";
        QTest::newRow("domain capabilities")
            << "caps" << fixture("domcaps-qemu-9.0-tcg.xml")
            << "^the root element is <domainCapabilities>, not <capabilities>$";
        QTest::newRow("truncated") << "caps" << fixture("caps-test-default.xml").left(400)
                                   << R"(^line \d+, column \d+: .+)";
        QTest::newRow("domcaps: capabilities")
            << "domcaps" << fixture("caps-test-default.xml")
            << "^the root element is <capabilities>, not <domainCapabilities>$";
        QTest::newRow("domcaps: not XML") << "domcaps"
                                          << "<domainCapabilities><path>"
                                          << R"(^line 1, column \d+: .+)";
        QTest::newRow("domain: capabilities")
            << "domain" << fixture("caps-test-default.xml")
            << "^the root element is <capabilities>, not <domain>$";
        QTest::newRow("domain: truncated") << "domain"
                                           << "<domain type='qemu'><name>a</name"
                                           << R"(^line 1, column \d+: .+)";
    }
    void refusesWhatIsNotCapabilities()
    {
        QFETCH(QString, parser);
        QFETCH(QString, xml);
        QFETCH(QString, why);
        Error e;
        if (parser == u"caps") {
            const Result<Capabilities> c = parseCapabilitiesXml(xml);
            QVERIFY(!c.ok());
            e = c.error();
        } else if (parser == u"domcaps") {
            const Result<DomainCapabilities> d = parseDomainCapabilitiesXml(xml);
            QVERIFY(!d.ok());
            e = d.error();
        } else {
            const Result<DomainDescription> d = parseDomainXml(xml);
            QVERIFY(!d.ok());
            e = d.error();
        }
        QVERIFY2(QRegularExpression(why).match(e.message).hasMatch(), qPrintable(e.message));
        QVERIFY(!e.operation.isEmpty());
    }

    void dacLabels_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("group");
        QTest::addColumn<int>("uid"); // -1: a name, no number
        QTest::addColumn<int>("gid");
        QTest::newRow("Debian") << "+64055:+64055" << true << "64055"
                                << "64055" << 64055 << 64055;
        QTest::newRow("this machine") << "+999:+994" << true << "999"
                                      << "994" << 999 << 994;
        QTest::newRow("root") << "+0:+0" << true << "0"
                              << "0" << 0 << 0;
        QTest::newRow("names") << "libvirt-qemu:kvm" << true << "libvirt-qemu"
                               << "kvm" << -1 << -1;
        QTest::newRow("'+' needs a number") << "+qemu:+kvm" << false << ""
                                            << "" << -1 << -1;
        QTest::newRow("no group") << "+107" << false << ""
                                  << "" << -1 << -1;
        QTest::newRow("empty") << "" << false << ""
                               << "" << -1 << -1;
        QTest::newRow("SELinux label") << "system_u:system_r:svirt_t:s0" << false << ""
                                       << "" << -1 << -1;
    }
    void dacLabels()
    {
        QFETCH(QString, label);
        QFETCH(bool, ok);
        const std::optional<DacLabel> d = parseDacLabel(label);
        QCOMPARE(d.has_value(), ok);
        if (!ok)
            return;
        QTEST(d->user, "user");
        QTEST(d->group, "group");
        QTEST(d->uid ? int(*d->uid) : -1, "uid");
        QTEST(d->gid ? int(*d->gid) : -1, "gid");
    }

    void expandedCpuFeatures()
    {
        // virConnectBaselineCPU(..., EXPAND_FEATURES) of this machine's host CPU: the model's own
        // features listed too, and no svm.
        const QStringList f = parseCpuFeatures(fixture("cpu-baseline-expanded-kvm64.xml"));
        QVERIFY(f.contains(QLatin1String("fpu"))); // from the kvm64 model itself
        QVERIFY(f.contains(QLatin1String("avx2")));
        QVERIFY(!f.contains(QLatin1String("svm")));
        const QStringList g =
            parseCpuFeatures(QStringLiteral("<cpu mode='custom' match='exact'><model>EPYC</model>"
                                            "<feature policy='require' name='svm'/>"
                                            "<feature policy='disable' name='vmx'/></cpu>"));
        QCOMPARE(g, QStringList{QStringLiteral("svm")});
        QVERIFY(parseCpuFeatures(QStringLiteral("<domain/>")).isEmpty());
    }

    void domainCapabilities_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("arch");
        QTest::addColumn<QString>("machine");
        QTest::addColumn<int>("maxVcpus");
        QTest::addColumn<QStringList>("modes");
        QTest::addColumn<QStringList>("loaderTypes");
        QTest::addColumn<QStringList>("loaders");
        QTest::addColumn<QStringList>("firmwares");
        QTest::newRow("qemu (TCG) on QEMU 7.2, no OVMF installed")
            << fixture("domcaps-qemu-9.0-tcg.xml") << "qemu"
            << "x86_64"
            << "pc-i440fx-7.2" << 255 << QStringList{"maximum", "host-model", "custom"}
            << QStringList{"rom", "pflash"} << QStringList{} << QStringList{};
        QTest::newRow("kvm, q35 with OVMF")
            << QStringLiteral(
                   "<domainCapabilities><path>/usr/bin/qemu-system-x86_64</path>"
                   "<domain>kvm</domain><machine>pc-q35-7.2</machine><arch>x86_64</arch>"
                   "<vcpu max='288'/><os supported='yes'><enum name='firmware'><value>efi</value>"
                   "</enum><loader supported='yes'><value>/usr/share/OVMF/OVMF_CODE_4M.fd</value>"
                   "<enum name='type'><value>rom</value><value>pflash</value></enum></loader></os>"
                   "<cpu><mode name='host-passthrough' supported='yes'/>"
                   "<mode name='host-model' supported='no'/></cpu></domainCapabilities>")
            << "kvm"
            << "x86_64"
            << "pc-q35-7.2" << 288 << QStringList{"host-passthrough"}
            << QStringList{"rom", "pflash"} << QStringList{"/usr/share/OVMF/OVMF_CODE_4M.fd"}
            << QStringList{"efi"};
    }
    void domainCapabilities()
    {
        QFETCH(QString, xml);
        const Result<DomainCapabilities> d = parseDomainCapabilitiesXml(xml);
        QVERIFY2(d.ok(), qPrintable(d.error().text()));
        QTEST(d->domainType, "type");
        QTEST(d->arch, "arch");
        QTEST(d->machine, "machine");
        QTEST(d->maxVcpus, "maxVcpus");
        QTEST(d->cpuModes, "modes");
        QTEST(d->loaderTypes, "loaderTypes");
        QTEST(d->loaderPaths, "loaders");
        QTEST(d->firmwares, "firmwares");
        QCOMPARE(d->path, QStringLiteral("/usr/bin/qemu-system-x86_64"));
    }

    void domainCapabilitiesRefuseOtherXml()
    {
        QVERIFY(!parseDomainCapabilitiesXml(fixture("caps-test-default.xml")).ok());
        QVERIFY(!parseDomainCapabilitiesXml(QString()).ok());
        QVERIFY(!parseDomainCapabilitiesXml(QStringLiteral("<domainCapabilities><vcpu")).ok());
    }
};

QTEST_GUILESS_MAIN(TestCapabilitiesXml)
#include "tst_capabilitiesxml.moc"
