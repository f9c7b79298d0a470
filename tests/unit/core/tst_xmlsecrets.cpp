// SPDX-License-Identifier: GPL-2.0-or-later
// Secrets travel with the XML that is edited and defined back: a console password survives an
// edit on the details window's XML page (it is read with VIR_DOMAIN_XML_SECURE).
#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"
#include "ui/details/domaincontext.h"
#include "ui/details/domainxmlpage.h"

#include <QApplication>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Vireo;

class TestXmlSecrets : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;

    template<typename T, typename Call>
    static std::optional<T> ask(Call call)
    {
        std::optional<T> out;
        QObject ctx;
        call(&ctx, [&out](T v) { out.emplace(std::move(v)); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            return std::nullopt;
        return out;
    }

private Q_SLOTS:
    void xmlPageKeepsTheConsolePassword()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("host.xml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(demoHostFixture());
        f.close();
        HostSession s(QStringLiteral("test://") + path);
        s.setStatsInterval(0);
        QSignalSpy listed(&s, &HostSession::domainsListed);
        s.connectToHost();
        QVERIFY(listed.wait(10000));

        const QString xml = QStringLiteral(
            "<domain type='test'><name>secret-console</name><memory unit='MiB'>64</memory>"
            "<vcpu>1</vcpu><os><type>hvm</type></os><devices>"
            "<graphics type='vnc' port='-1' autoport='yes' passwd='s3cret-Pw'/>"
            "</devices></domain>");
        auto defined = ask<Result<QString>>(
            [&](QObject *ctx, auto done) { DomainActions::defineXml(&s, xml, ctx, done); });
        QVERIFY(defined && defined->ok());
        const QString uuid = defined->value();

        DomainContext context(&s, uuid);
        DomainXmlPage page(&context);
        QTRY_VERIFY(page.editor()->toPlainText().contains(QLatin1String("<name>secret-console")));

        // The user adds a description and applies.
        QString edited = page.editor()->toPlainText();
        edited.replace(
            QLatin1String("</name>"),
            QLatin1String("</name>\n  <description>edited on the XML page</description>"));
        page.editor()->setPlainText(edited);
        QVERIFY(page.applyButton()->isEnabled());
        QSignalSpy applied(&page, &DomainXmlPage::applied);
        page.applyButton()->click();
        QVERIFY(applied.wait(10000));

        auto after = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::fetchDomainXml(&s, uuid, {.inactive = true, .secure = true}, ctx, done);
        });
        QVERIFY(after && after->ok());
        QVERIFY(after->value().contains(QLatin1String("edited on the XML page")));
        QVERIFY2(after->value().contains(QLatin1String("passwd='s3cret-Pw'")),
                 "the console password was lost by the edit");
        // Without SECURE libvirt leaves the password out: the check above really reads it.
        auto plain = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::fetchDomainXml(&s, uuid, {.inactive = true}, ctx, done);
        });
        QVERIFY(plain && plain->ok());
        QVERIFY(!plain->value().contains(QLatin1String("s3cret-Pw")));
    }
};

QTEST_MAIN(TestXmlSecrets)
#include "tst_xmlsecrets.moc"
