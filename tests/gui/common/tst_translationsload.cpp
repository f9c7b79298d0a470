// SPDX-License-Identifier: GPL-2.0-or-later
// Which translation a locale gets: zh_CN its own; C and a language Vireo has no file for get
// English with its plural forms ("6 guests", not the sources' "6 guest(s)").

#include "core/session/processsetup.h"
#include "ui/common/translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace Vireo;

class TestTranslationsLoad : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void localeWithoutAFileGetsEnglishPlurals_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("C") << QStringLiteral("C");
        QTest::newRow("de_DE") << QStringLiteral("de_DE");
        QTest::newRow("en_US") << QStringLiteral("en_US");
    }
    void localeWithoutAFileGetsEnglishPlurals()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(language).startsWith(QLatin1String("en")));
        QCOMPARE(
            QCoreApplication::translate("Vireo::WallWindow", "%n guest(s) on the wall", nullptr, 6),
            QStringLiteral("6 guests on the wall"));
        QCOMPARE(
            QCoreApplication::translate("Vireo::WallWindow", "%n guest(s) on the wall", nullptr, 1),
            QStringLiteral("1 guest on the wall"));
    }
};

QTEST_MAIN(TestTranslationsLoad)
#include "tst_translationsload.moc"
