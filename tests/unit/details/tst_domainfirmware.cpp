// SPDX-License-Identifier: GPL-2.0-or-later
// A domain's firmware from the details window (issue 14): what its XML boots with, the rewrite to
// BIOS, UEFI or UEFI with Secure Boot (data-driven rows), what the host offers and why not, and
// the switch on the test driver: a shut-off domain changes and keeps its VNC password, a running
// one is refused in words.
#include "core/domain/domainactions.h"
#include "core/domain/domainconfigfirmware.h"
#include "core/domain/domainxml.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"

#include "tests/support/demohost.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using namespace VireoTest;
using DomainConfig::Firmware;

Q_DECLARE_METATYPE(Vireo::DomainConfig::Firmware)

namespace {

QString domainXml(const QString &os, const QString &features = {},
                  const QString &machine = QStringLiteral("pc"))
{
    return QStringLiteral("<domain type='qemu'><name>fw</name><memory unit='MiB'>64</memory>"
                          "<os%1><type arch='x86_64' machine='%2'>hvm</type>%3</os>%4"
                          "<devices/></domain>")
        .arg(os.section(QLatin1Char('|'), 0, 0), machine, os.section(QLatin1Char('|'), 1),
             features);
}

} // namespace

class TestDomainFirmware : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void firmwareOfTheXml_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<Firmware>("expected");
        QTest::newRow("nothing: BIOS") << domainXml(QStringLiteral("|")) << Firmware::Bios;
        QTest::newRow("firmware='efi'")
            << domainXml(QStringLiteral(" firmware='efi'|")) << Firmware::Uefi;
        QTest::newRow("secure-boot feature")
            << domainXml(QStringLiteral(" firmware='efi'|<firmware><feature enabled='yes' "
                                        "name='secure-boot'/></firmware>"),
                         {}, QStringLiteral("q35"))
            << Firmware::UefiSecureBoot;
        QTest::newRow("secure-boot off")
            << domainXml(QStringLiteral(" firmware='efi'|<firmware><feature enabled='no' "
                                        "name='secure-boot'/></firmware>"))
            << Firmware::Uefi;
        QTest::newRow("an OVMF loader")
            << domainXml(QStringLiteral("|<loader readonly='yes' type='pflash'>/usr/share/OVMF/"
                                        "OVMF_CODE_4M.fd</loader>"))
            << Firmware::Uefi;
        QTest::newRow("a secure loader")
            << domainXml(QStringLiteral("|<loader readonly='yes' secure='yes' type='pflash'>/usr/"
                                        "share/OVMF/OVMF_CODE_4M.ms.fd</loader>"),
                         {}, QStringLiteral("q35"))
            << Firmware::UefiSecureBoot;
    }
    void firmwareOfTheXml()
    {
        QFETCH(QString, xml);
        QFETCH(Firmware, expected);
        auto f = DomainConfig::firmwareOf(xml);
        QVERIFY2(f.ok(), qPrintable(f.error().text()));
        QCOMPARE(*f, expected);
    }

    void rewritesTheFirmware_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<Firmware>("to");
        QTest::addColumn<QStringList>("has");
        QTest::addColumn<QStringList>("hasNot");
        const QString ovmf = QStringLiteral(
            " firmware='efi'|<loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.fd"
            "</loader><nvram>/var/lib/libvirt/qemu/nvram/fw_VARS.fd</nvram><kernel>/k</kernel>");
        QTest::newRow("BIOS to UEFI")
            << domainXml(QStringLiteral("|<boot dev='hd'/>")) << Firmware::Uefi
            << QStringList{QStringLiteral("<os firmware=\"efi\">"),
                           QStringLiteral("<feature enabled=\"no\" name=\"secure-boot\"/>"),
                           QStringLiteral("<boot dev=\"hd\"/>")}
            << QStringList{QStringLiteral("smm")};
        QTest::newRow("UEFI to BIOS: loader and NVRAM go, the kernel stays")
            << domainXml(ovmf) << Firmware::Bios << QStringList{QStringLiteral("<kernel>/k")}
            << QStringList{QStringLiteral("efi"), QStringLiteral("loader"), QStringLiteral("nvram"),
                           QStringLiteral("firmware")};
        QTest::newRow("UEFI to Secure Boot on q35, features added")
            << domainXml(ovmf, {}, QStringLiteral("q35")) << Firmware::UefiSecureBoot
            << QStringList{QStringLiteral("<feature enabled=\"yes\" name=\"secure-boot\"/>"),
                           QStringLiteral("<features><smm state=\"on\"/></features>")}
            << QStringList{QStringLiteral("OVMF_CODE_4M.fd"), QStringLiteral("nvram")};
        QTest::newRow("Secure Boot: SMM joins the features there are")
            << domainXml(QStringLiteral("|"), QStringLiteral("<features><acpi/></features>"),
                         QStringLiteral("pc-q35-7.2"))
            << Firmware::UefiSecureBoot
            << QStringList{QStringLiteral("<features><acpi/><smm state=\"on\"/></features>")}
            << QStringList{};
    }
    void rewritesTheFirmware()
    {
        QFETCH(QString, xml);
        QFETCH(Firmware, to);
        QFETCH(QStringList, has);
        QFETCH(QStringList, hasNot);
        auto out = DomainConfig::rewriteFirmware(xml, to);
        QVERIFY2(out.ok(), qPrintable(out.error().text()));
        for (const QString &s : has)
            QVERIFY2(out->contains(s), qPrintable(s + QStringLiteral(" in ") + *out));
        for (const QString &s : hasNot)
            QVERIFY2(!out->contains(s), qPrintable(s + QStringLiteral(" in ") + *out));
        auto back = DomainConfig::firmwareOf(*out);
        QVERIFY(back.ok());
        QCOMPARE(*back, to);
    }

    void secureBootNeedsQ35()
    {
        auto out =
            DomainConfig::rewriteFirmware(domainXml(QStringLiteral("|")), Firmware::UefiSecureBoot);
        QVERIFY(!out.ok());
        QVERIFY2(out.error().message.contains(u"q35"), qPrintable(out.error().message));
    }

    void whatTheHostOffers()
    {
        DomainCapabilities caps;
        caps.firmwares = {QStringLiteral("efi"), QStringLiteral("bios")};
        caps.loaderSecure = {QStringLiteral("yes"), QStringLiteral("no")};
        auto all = DomainConfig::firmwareChoices(caps, QStringLiteral("pc-q35-7.2"));
        QVERIFY(all.uefiWhyNot.isEmpty() && all.secureBootWhyNot.isEmpty() &&
                all.unknownWhy.isEmpty());
        auto pc = DomainConfig::firmwareChoices(caps, QStringLiteral("pc-i440fx-7.2"));
        QVERIFY(pc.uefiWhyNot.isEmpty());
        QVERIFY2(pc.secureBootWhyNot.contains(u"q35"), qPrintable(pc.secureBootWhyNot));
        caps.loaderSecure = {QStringLiteral("no")};
        QVERIFY(DomainConfig::firmwareChoices(caps, QStringLiteral("q35"))
                    .secureBootWhyNot.contains(u"Secure Boot build"));
        caps.firmwares = {QStringLiteral("bios")};
        auto none = DomainConfig::firmwareChoices(caps, QStringLiteral("q35"));
        QVERIFY(none.uefiWhyNot.contains(u"ovmf"));
        QCOMPARE(none.secureBootWhyNot, none.uefiWhyNot);
        auto unknown = DomainConfig::firmwareChoices(
            Result<DomainCapabilities>(Error{QStringLiteral("op"), QStringLiteral("no"), 0}),
            QStringLiteral("pc"));
        QVERIFY(!unknown.unknownWhy.isEmpty() && unknown.uefiWhyNot.isEmpty());
    }

    void switchesAShutOffDomainAndKeepsItsPassword()
    {
        QTemporaryDir dir;
        auto session = connectedDemoHost(dir);
        QVERIFY(session);
        const QString xml = QStringLiteral(
            "<domain type='test'><name>fw-switch</name><memory unit='MiB'>64</memory><os><type "
            "arch='x86_64'>hvm</type></os><devices><graphics type='vnc' port='-1' "
            "passwd='fw-S3cret'/></devices></domain>");
        auto defined = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::defineXml(session.get(), xml, ctx, done);
        });
        QVERIFY(defined && defined->ok());
        const QString uuid = defined->value();
        auto status = ask<Status>([&](QObject *ctx, auto done) {
            DomainConfig::setFirmware(session.get(), uuid, Firmware::Uefi, ctx, done);
        });
        QVERIFY(status);
        QVERIFY2(status->ok(), qPrintable(status->error().text()));
        auto after = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::fetchDomainXml(session.get(), uuid, {true, true}, ctx, done);
        });
        QVERIFY(after && after->ok());
        QCOMPARE(*DomainConfig::firmwareOf(after->value()), Firmware::Uefi);
        QVERIFY(after->value().contains(u"passwd='fw-S3cret'"));
        // And back.
        status = ask<Status>([&](QObject *ctx, auto done) {
            DomainConfig::setFirmware(session.get(), uuid, Firmware::Bios, ctx, done);
        });
        QVERIFY(status && status->ok());
        after = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::fetchDomainXml(session.get(), uuid, {true, true}, ctx, done);
        });
        QCOMPARE(*DomainConfig::firmwareOf(after->value()), Firmware::Bios);
    }

    void refusesARunningDomain()
    {
        QTemporaryDir dir;
        auto session = connectedDemoHost(dir);
        QVERIFY(session);
        auto status = ask<Status>([&](QObject *ctx, auto done) {
            DomainConfig::setFirmware(session.get(), kWeb, Firmware::Uefi, ctx, done);
        });
        QVERIFY(status && !status->ok());
        QVERIFY2(status->error().message.contains(u"running"), qPrintable(status->error().text()));
        auto xml = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::fetchDomainXml(session.get(), kWeb, {true, false}, ctx, done);
        });
        QCOMPARE(*DomainConfig::firmwareOf(xml->value()), Firmware::Bios);
    }
};

QTEST_GUILESS_MAIN(TestDomainFirmware)
#include "tst_domainfirmware.moc"
