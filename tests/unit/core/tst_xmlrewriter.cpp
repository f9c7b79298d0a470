// SPDX-License-Identifier: GPL-2.0-or-later
// XmlRewriter: the copy-and-replace loop every XML rewriter shares.
#include "core/common/xmlrewriter.h"

#include <QTest>
#include <QXmlStreamWriter>

using namespace Vireo;

namespace {
const QString kDoc =
    QStringLiteral("<domain type='kvm'>\n"
                   "  <name>a</name>\n"
                   "  <metadata><x:y xmlns:x='urn:x'><x:z a='1'>t</x:z></x:y></metadata>\n"
                   "  <os><type>hvm</type><boot dev='hd'/><boot dev='cdrom'/></os>\n"
                   "  <!-- a comment -->\n"
                   "  <devices><disk type='file'><source file='/a &amp; b'/></disk></devices>\n"
                   "</domain>\n");
}

class TestXmlRewriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void copiesWhatNoRuleNames()
    {
        XmlRewriter r;
        auto out = r.apply(kDoc, QStringLiteral("domain"), QStringLiteral("op"));
        QVERIFY2(out.ok(), qPrintable(out.error().text()));
        QVERIFY(out->contains(QLatin1String("<!-- a comment -->")));
        QVERIFY(out->contains(QLatin1String("/a &amp; b")));
        QVERIFY(out->contains(QLatin1String("xmlns:x=\"urn:x\"")));
        QVERIFY(out->contains(QLatin1String("<x:z a=\"1\">t</x:z>")));
        QVERIFY(r.seen(QStringLiteral("domain/devices/disk/source")));
        QVERIFY(!r.seen(QStringLiteral("domain/cpu")));
    }

    void rules_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("remove every match")
            << "remove" << QStringList{"<type>hvm</type>"} << QStringList{"<boot"};
        QTest::newRow("replace sees the old element")
            << "replace" << QStringList{"<name>a-copy</name>"} << QStringList{"<name>a</name>"};
        QTest::newRow("edit the root's attributes")
            << "attributes" << QStringList{"<domain type=\"qemu\">"} << QStringList{"type=\"kvm\""};
        QTest::newRow("append at the end of an element")
            << "append" << QStringList{"<boot dev=\"cdrom\"/><boot dev=\"network\"/></os>"}
            << QStringList{};
        QTest::newRow("append what is missing at the root")
            << "append-missing" << QStringList{"</devices>\n<cpu/></domain>"} << QStringList{};
        QTest::newRow("a rule for a path that is not there changes nothing")
            << "absent-path" << QStringList{"<boot dev=\"hd\"/>"} << QStringList{};
    }
    void rules()
    {
        QFETCH(QString, rule);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        XmlRewriter r;
        if (rule == u"remove")
            r.remove(QStringLiteral("domain/os/boot"));
        else if (rule == u"replace")
            r.replace(QStringLiteral("domain/name"), [](QXmlStreamWriter &w, const XmlElement &e) {
                w.writeTextElement(QStringLiteral("name"), e.text + QStringLiteral("-copy"));
            });
        else if (rule == u"attributes")
            r.editAttributes(QStringLiteral("domain"), [](QXmlStreamAttributes &a) {
                a.clear();
                a.append(QStringLiteral("type"), QStringLiteral("qemu"));
            });
        else if (rule == u"append")
            r.append(QStringLiteral("domain/os"), [](QXmlStreamWriter &w) {
                w.writeEmptyElement(QStringLiteral("boot"));
                w.writeAttribute(QStringLiteral("dev"), QStringLiteral("network"));
            });
        else if (rule == u"append-missing")
            r.append(QStringLiteral("domain"), [&r](QXmlStreamWriter &w) {
                if (!r.seen(QStringLiteral("domain/cpu")))
                    w.writeEmptyElement(QStringLiteral("cpu"));
            });
        else
            r.remove(QStringLiteral("domain/devices/boot"));
        auto out = r.apply(kDoc, QStringLiteral("domain"), QStringLiteral("op"));
        QVERIFY2(out.ok(), qPrintable(out.error().text()));
        for (const QString &p : present)
            QVERIFY2(out->contains(p), qPrintable(out.value()));
        for (const QString &a : absent)
            QVERIFY2(!out->contains(a), qPrintable(out.value()));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong root") << "<network><name>n</name></network>"
                                    << "not a <domain>";
        QTest::newRow("empty") << ""
                               << "Premature end of document";
        QTest::newRow("truncated") << "<domain><name>x</name><devices>"
                                   << "line 1";
        QTest::newRow("mismatched tag") << "<domain>\n<name>x</nom></domain>"
                                        << "line 2";
    }
    void refusesBadInput()
    {
        QFETCH(QString, xml);
        QFETCH(QString, expected);
        XmlRewriter r;
        auto out = r.apply(xml, QStringLiteral("domain"), QStringLiteral("Rewrite"));
        QVERIFY(!out.ok());
        QVERIFY2(out.error().text().contains(expected), qPrintable(out.error().text()));
        QVERIFY(out.error().text().startsWith(QLatin1String("Rewrite")));
    }
};

QTEST_GUILESS_MAIN(TestXmlRewriter)
#include "tst_xmlrewriter.moc"
