// DomainConfig on libvirt's test driver (a private copy of the demo host): title and
// description, boot options and CPU layout reach the definition; bad input changes nothing.
#include "core/domain/domainactions.h"
#include "core/domain/domainconfig.h"
#include "core/domain/domainxml.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Vireo;

namespace {
const QString kWeb = QStringLiteral("9c1db738-6d35-5022-9639-dce24fd4c37b"); // running
const QString kWin = QStringLiteral("7a640993-3395-57fc-b2be-2c94023cca41"); // shut off
} // namespace

class TestDomainConfig : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;

    template<typename T, typename Call>
    std::optional<T> ask(Call call)
    {
        std::optional<T> out;
        QObject ctx;
        call(&ctx, [&out](T v) { out.emplace(std::move(v)); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            return std::nullopt;
        return out;
    }

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
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("host%1.xml").arg(++n));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(demoHostFixture());
        f.close();
        m_session = std::make_unique<HostSession>(QStringLiteral("test://") + path);
        m_session->setStatsInterval(0);
        QSignalSpy listed(m_session.get(), &HostSession::domainsListed);
        m_session->connectToHost();
        QVERIFY(listed.wait(10000));
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
};

QTEST_GUILESS_MAIN(TestDomainConfig)
#include "tst_domainconfig.moc"
