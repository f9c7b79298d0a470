// SPDX-License-Identifier: GPL-2.0-or-later
// DomainConfig on libvirt's test driver (a private copy of the demo host): title and
// description, boot options and CPU layout reach the definition; bad input changes nothing.
#include "core/console/graphics.h"
#include "core/domain/domainactions.h"
#include "core/domain/domainconfig.h"
#include "core/domain/domainxml.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"

#include "tests/support/demohost.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Vireo;
using namespace VireoTest;

class TestDomainConfig : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;

    DomainDescription xml(const QString &uuid, bool inactive)
    {
        auto r = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::fetchDomainXml(m_session.get(), uuid, {.inactive = inactive}, ctx, done);
        });
        if (!r || !r->ok())
            return {};
        auto parsed = parseDomainXml(r->value());
        return parsed ? parsed.value() : DomainDescription{};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_session = VireoTest::connectedDemoHost(m_dir);
        QVERIFY(m_session);
    }

    void cleanup() { m_session.reset(); }

    void fetchesTheReportedInfo()
    {
        auto info = ask<Result<DomainInfo>>([&](QObject *ctx, auto done) {
            DomainConfig::fetchDomainInfo(m_session.get(), kWeb, ctx, done);
        });
        QVERIFY(info && info->ok());
        QCOMPARE(info->value().name, QStringLiteral("web-frontend"));
        QCOMPARE(info->value().vcpus, 2);
        QCOMPARE(info->value().maxVcpus, 4);
        QCOMPARE(info->value().memoryKiB, 2048ull * 1024);
        auto missing = ask<Result<DomainInfo>>([&](QObject *ctx, auto done) {
            DomainConfig::fetchDomainInfo(
                m_session.get(), QStringLiteral("00000000-0000-0000-0000-000000000000"), ctx, done);
        });
        QVERIFY(missing && !missing->ok());
        QVERIFY(!missing->error().message.isEmpty());
    }

    void titleAndDescriptionLiveAndConfig()
    {
        auto s = ask<Status>([&](QObject *ctx, auto done) {
            DomainConfig::setTitleAndDescription(m_session.get(), kWeb, QStringLiteral("Web"),
                                                 QStringLiteral("two\nlines"), ctx, done);
        });
        QVERIFY(s && s->ok());
        QCOMPARE(xml(kWeb, false).title, QStringLiteral("Web"));
        QCOMPARE(xml(kWeb, true).title, QStringLiteral("Web"));
        QCOMPARE(xml(kWeb, true).description, QStringLiteral("two\nlines"));
        // Empty removes.
        s = ask<Status>([&](QObject *ctx, auto done) {
            DomainConfig::setTitleAndDescription(m_session.get(), kWeb, QString(), QString(), ctx,
                                                 done);
        });
        QVERIFY(s && s->ok());
        QCOMPARE(xml(kWeb, true).title, QString());
        QCOMPARE(xml(kWeb, true).description, QString());
    }

    void multiLineTitleIsRefused()
    {
        const QString before = xml(kWin, true).description;
        QVERIFY(!before.isEmpty());
        auto s = ask<Status>([&](QObject *ctx, auto done) {
            DomainConfig::setTitleAndDescription(m_session.get(), kWin, QStringLiteral("a\nb"),
                                                 QStringLiteral("new"), ctx, done);
        });
        QVERIFY(s && !s->ok());
        QVERIFY2(s->error().text().contains(QLatin1String("single line")),
                 qPrintable(s->error().text()));
        QVERIFY(s->error().operation.contains(QLatin1String("win11-desktop")));
        QCOMPARE(xml(kWin, true).description, before); // nothing changed
    }

    void bootOptionsAndCpuLayoutReachTheDefinition()
    {
        BootOptions boot;
        boot.bootDevices = {QStringLiteral("cdrom"), QStringLiteral("hd")};
        auto s = ask<Status>([&](QObject *ctx, auto done) {
            DomainConfig::setBootOptions(m_session.get(), kWin, boot, ctx, done);
        });
        QVERIFY2(s && s->ok(), s ? qPrintable(s->error().text()) : "no answer");
        QCOMPARE(xml(kWin, true).boot.bootDevices, boot.bootDevices);

        s = ask<Status>([&](QObject *ctx, auto done) {
            DomainConfig::setCpuLayout(m_session.get(), kWin, CpuLayout{8, 2, 2, 2}, ctx, done);
        });
        QVERIFY2(s && s->ok(), s ? qPrintable(s->error().text()) : "no answer");
        const DomainDescription d = xml(kWin, true);
        QCOMPARE(d.vcpuMaximum, 8);
        QCOMPARE(d.vcpuCurrent, 4);
        QCOMPARE(d.sockets, 2);

        // A layout that does not add up: refused, nothing changed.
        s = ask<Status>([&](QObject *ctx, auto done) {
            DomainConfig::setCpuLayout(m_session.get(), kWin, CpuLayout{6, 2, 2, 2}, ctx, done);
        });
        QVERIFY(s && !s->ok());
        QVERIFY(s->error().operation.contains(QLatin1String("win11-desktop")));
        QCOMPARE(xml(kWin, true).vcpuMaximum, 8);
    }

    /// Defines a domain of its own (never the fixture's) and returns its UUID.
    QString define(const QString &xmlText)
    {
        auto r = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::defineXml(m_session.get(), xmlText, ctx, done);
        });
        return r && r->ok() ? r->value() : QString();
    }

    QString vncPassword(const QString &uuid)
    {
        auto r = ask<Result<QString>>([&](QObject *ctx, auto done) {
            Graphics::fetchVncPassword(m_session.get(), uuid, ctx, done);
        });
        return r && r->ok() ? r->value() : QStringLiteral("(no answer)");
    }

    // Issue 10: changing the boot order or CPU layout fetched the XML without
    // VIR_DOMAIN_XML_SECURE and defined it back, wiping the VNC password.
    void secretsSurviveEveryEdit()
    {
        const QString uuid = define(QStringLiteral(
            "<domain type='test'><name>secret-guest</name><memory unit='MiB'>256</memory>"
            "<vcpu>2</vcpu><os><type arch='i686'>hvm</type><boot dev='hd'/></os><devices>"
            "<graphics type='vnc' passwd='secret'/></devices></domain>"));
        QVERIFY(!uuid.isEmpty());
        QCOMPARE(vncPassword(uuid), QStringLiteral("secret"));

        BootOptions boot;
        boot.bootDevices = {QStringLiteral("cdrom"), QStringLiteral("hd")};
        auto s = ask<Status>([&](QObject *ctx, auto done) {
            DomainConfig::setBootOptions(m_session.get(), uuid, boot, ctx, done);
        });
        QVERIFY2(s && s->ok(), s ? qPrintable(s->error().text()) : "no answer");
        QCOMPARE(xml(uuid, true).boot.bootDevices, boot.bootDevices);
        QCOMPARE(vncPassword(uuid), QStringLiteral("secret"));

        s = ask<Status>([&](QObject *ctx, auto done) {
            DomainConfig::setCpuLayout(m_session.get(), uuid, CpuLayout{4, 1, 2, 2}, ctx, done);
        });
        QVERIFY2(s && s->ok(), s ? qPrintable(s->error().text()) : "no answer");
        QCOMPARE(xml(uuid, true).vcpuMaximum, 4);
        QCOMPARE(vncPassword(uuid), QStringLiteral("secret"));

        s = ask<Status>([&](QObject *ctx, auto done) {
            DomainConfig::setTitleAndDescription(m_session.get(), uuid, QStringLiteral("Secret"),
                                                 QStringLiteral("kept"), ctx, done);
        });
        QVERIFY(s && s->ok());
        QCOMPARE(xml(uuid, true).title, QStringLiteral("Secret"));
        QCOMPARE(vncPassword(uuid), QStringLiteral("secret"));
    }

    // Issue 10's "Use software emulation instead": kvm becomes qemu, host-passthrough goes, the
    // password stays, and the domain runs.
    void softwareEmulationRedefinesAndStarts()
    {
        const QString uuid = define(QStringLiteral(
            "<domain type='kvm'><name>kvm-guest</name><memory unit='MiB'>256</memory>"
            "<vcpu>2</vcpu><os><type arch='i686'>hvm</type></os>"
            "<cpu mode='host-passthrough'><topology sockets='1' cores='2' threads='1'/></cpu>"
            "<devices><graphics type='vnc' passwd='secret'/></devices></domain>"));
        QVERIFY(!uuid.isEmpty());
        QCOMPARE(xml(uuid, true).hypervisor, QStringLiteral("kvm"));
        auto s = ask<Status>([&](QObject *ctx, auto done) {
            DomainConfig::startWithSoftwareEmulation(m_session.get(), uuid, ctx, done);
        });
        QVERIFY2(s && s->ok(), s ? qPrintable(s->error().text()) : "no answer");
        const DomainDescription d = xml(uuid, true);
        QCOMPARE(d.hypervisor, QStringLiteral("qemu"));
        QCOMPARE(d.cores, 2); // the topology stays
        auto raw = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::fetchDomainXml(m_session.get(), uuid, {.inactive = true}, ctx, done);
        });
        QVERIFY(raw && raw->ok());
        QVERIFY(!raw->value().contains(QLatin1String("host-passthrough")));
        QCOMPARE(vncPassword(uuid), QStringLiteral("secret"));
        auto info = ask<Result<DomainInfo>>([&](QObject *ctx, auto done) {
            DomainConfig::fetchDomainInfo(m_session.get(), uuid, ctx, done);
        });
        QVERIFY(info && info->ok());
        QCOMPARE(info->value().state, DomainState::Running);

        // A domain that is not kvm is refused and left as it was.
        s = ask<Status>([&](QObject *ctx, auto done) {
            DomainConfig::startWithSoftwareEmulation(m_session.get(), kWin, ctx, done);
        });
        QVERIFY(s && !s->ok());
        QVERIFY2(s->error().text().contains(QLatin1String("not a kvm domain")),
                 qPrintable(s->error().text()));
        QCOMPARE(xml(kWin, true).hypervisor, QStringLiteral("test"));
    }
};

QTEST_GUILESS_MAIN(TestDomainConfig)
#include "tst_domainconfig.moc"
