// SPDX-License-Identifier: GPL-2.0-or-later
// VIREO_ASSERT logs and recovers, and core's free functions translate under the one context of
// their library (Tr).
#include "core/common/coretr.h"
#include "core/common/softassert.h"
#include "core/common/types.h"
#include "core/network/network.h"

#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace Vireo;

namespace {

int checkRow(int row, int size, int *evaluations)
{
    VIREO_ASSERT(++*evaluations && row < size, return -1);
    return row;
}

/// Records the contexts it is asked in, and answers one string.
class RecordingTranslator : public QTranslator
{
public:
    QStringList contexts;
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const_cast<RecordingTranslator *>(this)->contexts << QString::fromLatin1(context);
        return QString::fromUtf8(sourceText) == QLatin1String("Running") ? QStringLiteral("运行中")
                                                                         : QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestSoftAssert : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void holdsQuietly()
    {
        int evaluations = 0;
        QTest::failOnWarning(QRegularExpression(QStringLiteral("SOFT ASSERT")));
        QCOMPARE(checkRow(2, 5, &evaluations), 2);
        QCOMPARE(evaluations, 1);
    }

    void failsWithALineAndRecovers()
    {
        int evaluations = 0;
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral(
                                 R"(^SOFT ASSERT: "\+\+\*evaluations && row < size" in .*)"
                                 R"(tst_softassert\.cpp:\d+$)")));
        QCOMPARE(checkRow(7, 5, &evaluations), -1); // the action ran: the function went on
        QCOMPARE(evaluations, 1);                   // the condition once, in the log too
    }

    void aFeatureCallWithoutASessionIsLoggedNotACrash()
    {
        // core's feature calls run through one path to the worker; a null session is a caller's
        // bug that crashed before.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("SOFT ASSERT: \"session\"")));
        bool called = false;
        Networks::list(nullptr, this,
                       [&called](const Result<QList<VirtualNetworkInfo>> &) { called = true; });
        QCoreApplication::processEvents();
        QCOMPARE(called, false);
    }

    void coreTranslatesUnderOneContext()
    {
        RecordingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString running = domainStateName(DomainState::Running);
        QCOMPARE(Tr::tr("Running"), QStringLiteral("运行中"));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(running, QStringLiteral("运行中"));
        QVERIFY(!translator.contexts.isEmpty());
        for (const QString &context : std::as_const(translator.contexts))
            QCOMPARE(context, QStringLiteral("Vireo::Core"));
    }
};

QTEST_GUILESS_MAIN(TestSoftAssert)
#include "tst_softassert.moc"
