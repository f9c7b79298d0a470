// SPDX-License-Identifier: GPL-2.0-or-later
// ResourceSlider: debounced apply, apply on release, keyboard, one request in flight, newest value
// only, revert with the message on failure.
#include "widgets/resourceslider.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace Vireo;

class TestResourceSlider : public QObject
{
    Q_OBJECT
private:
    static QString statusText(ResourceSlider &s)
    {
        for (QLabel *l : s.findChildren<QLabel *>()) {
            if (l->accessibleName().endsWith(QLatin1String("status"), Qt::CaseInsensitive))
                return l->text();
        }
        return {};
    }

    // The slider's apply delay; once it is idle, nothing more will be sent on its own.
    static QTimer *delayTimer(ResourceSlider &s)
    {
        return s.findChild<QTimer *>(QString(), Qt::FindDirectChildrenOnly);
    }

private Q_SLOTS:
    void keyboardArrowAppliesAfterPause()
    {
        ResourceSlider s(ResourceSlider::Unit::Count);
        s.setCountNoun(QStringLiteral("vCPU"), QStringLiteral("vCPUs"));
        s.setAccessibleName(QStringLiteral("vCPUs"));
        s.setRange(1, 4);
        s.setReportedValue(2);
        s.setApplyDelay(50);
        s.show();
        QVERIFY(QTest::qWaitForWindowExposed(&s));
        QSignalSpy apply(&s, &ResourceSlider::applyRequested);
        s.slider()->setFocus();
        QTest::keyClick(s.slider(), Qt::Key_Right);
        QCOMPARE(s.value(), 3);
        QCOMPARE(apply.count(), 0); // waits for the pause
        QVERIFY(apply.wait(2000));
        QCOMPARE(apply.count(), 1);
        QCOMPARE(apply.first().first().toLongLong(), 3);
        QVERIFY(s.isPending());
        QVERIFY(statusText(s).contains(QLatin1String("3 vCPUs")));
        s.applySucceeded(3);
        QVERIFY(!s.isPending());
        QCOMPARE(s.reportedValue(), 3);
        QCOMPARE(s.value(), 3);
        QCOMPARE(s.slider()->accessibleName(), QStringLiteral("vCPUs"));
        QVERIFY(!s.spinBox()->accessibleName().isEmpty());
    }

    void severalKeysSendOnlyTheLastValue()
    {
        ResourceSlider s(ResourceSlider::Unit::Count);
        s.setRange(1, 8);
        s.setReportedValue(1);
        s.setApplyDelay(100);
        QSignalSpy apply(&s, &ResourceSlider::applyRequested);
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(s.slider(), Qt::Key_Right);
        QVERIFY(apply.wait(2000));
        QCOMPARE(apply.count(), 1);
        QCOMPARE(apply.first().first().toLongLong(), 5);
    }

    void dragAppliesOnRelease()
    {
        ResourceSlider s(ResourceSlider::Unit::MiB);
        s.setRange(256, 4096);
        s.setReportedValue(1024);
        s.setApplyDelay(10);
        QSignalSpy apply(&s, &ResourceSlider::applyRequested);
        s.slider()->setSliderDown(true);
        s.slider()->setValue(2048);
        QVERIFY(!delayTimer(s)->isActive()); // held: no timer, applied on release only
        QCOMPARE(apply.count(), 0);
        s.slider()->setSliderDown(false); // emits sliderReleased
        QCOMPARE(apply.count(), 1);
        QCOMPARE(apply.first().first().toLongLong(), 2048);
    }

    void valuePickedWhilePendingIsSentAfterTheAnswer()
    {
        ResourceSlider s(ResourceSlider::Unit::MiB);
        s.setRange(256, 4096);
        s.setReportedValue(1024);
        s.setApplyDelay(0);
        QSignalSpy apply(&s, &ResourceSlider::applyRequested);
        s.setValueFromUser(2048);
        QTRY_COMPARE(apply.count(), 1);
        // Two more moves while the first is on its way: only the newest goes out, afterwards.
        s.setValueFromUser(1500);
        s.setValueFromUser(3000);
        QTRY_VERIFY(!delayTimer(s)->isActive()); // the pause is over; the request waits
        QCOMPARE(apply.count(), 1);
        // A stats tick must not move the handle while the user's value is pending.
        s.setReportedValue(1024);
        QCOMPARE(s.value(), 3000);
        s.applySucceeded(2048);
        QCOMPARE(apply.count(), 2);
        QCOMPARE(apply.at(1).first().toLongLong(), 3000);
        s.applySucceeded(3000);
        QCOMPARE(s.value(), 3000);
        QVERIFY(!s.isPending());
    }

    void failureRevertsAndShowsTheMessage()
    {
        ResourceSlider s(ResourceSlider::Unit::Count);
        s.setRange(1, 4);
        s.setReportedValue(3);
        s.setApplyDelay(0);
        QSignalSpy apply(&s, &ResourceSlider::applyRequested);
        QTest::keyClick(s.slider(), Qt::Key_Left);
        QTRY_COMPARE(apply.count(), 1);
        QCOMPARE(apply.first().first().toLongLong(), 2);
        s.applyFailed(QStringLiteral("vcpu unplug refused by the guest"));
        QVERIFY(!s.isPending());
        QCOMPARE(s.value(), 3);
        QCOMPARE(s.spinBox()->value(), 3);
        QCOMPARE(s.errorText(), QStringLiteral("vcpu unplug refused by the guest"));
        QVERIFY(statusText(s).contains(QLatin1String("refused")));
        // The next move clears the error.
        QTest::keyClick(s.slider(), Qt::Key_Right);
        QVERIFY(s.errorText().isEmpty());
    }

    void reportedValueMovesAnIdleSlider()
    {
        ResourceSlider s(ResourceSlider::Unit::Count);
        s.setRange(1, 4);
        QSignalSpy apply(&s, &ResourceSlider::applyRequested);
        s.setReportedValue(4);
        QCOMPARE(s.value(), 4);
        QCOMPARE(s.spinBox()->value(), 4);
        QVERIFY(!delayTimer(s)->isActive()); // a reported value is never sent back
        QCOMPARE(apply.count(), 0);
    }

    void spinBoxAppliesOnEnter()
    {
        ResourceSlider s(ResourceSlider::Unit::MiB);
        s.setRange(256, 4096);
        s.setReportedValue(512);
        s.setApplyDelay(0);
        QSignalSpy apply(&s, &ResourceSlider::applyRequested);
        s.spinBox()->setFocus();
        s.spinBox()->selectAll();
        QTest::keyClicks(s.spinBox(), QStringLiteral("300"));
        QVERIFY(!delayTimer(s)->isActive()); // no request per digit
        QCOMPARE(apply.count(), 0);
        QTest::keyClick(s.spinBox(), Qt::Key_Return);
        QTRY_COMPARE(apply.count(), 1);
        QCOMPARE(apply.first().first().toLongLong(), 300);
        QCOMPARE(s.value(), 300);
    }

    void unitsAreExplicit()
    {
        ResourceSlider memory(ResourceSlider::Unit::MiB);
        memory.setRange(256, 4096);
        QCOMPARE(memory.formatValue(2048), QStringLiteral("2048 MiB"));
        // Its owner says how sizes are written (widgets know nothing of core's way).
        memory.setFormatter([](qint64 mib) { return QStringLiteral("%1 units").arg(mib / 256); });
        QCOMPARE(memory.formatValue(2048), QStringLiteral("8 units"));
        const QStringList labels = [&] {
            QStringList out;
            for (QLabel *l : memory.findChildren<QLabel *>())
                out << l->text();
            return out;
        }();
        QVERIFY2(labels.contains(QStringLiteral("16 units")), qPrintable(labels.join(u'|')));
        ResourceSlider s(ResourceSlider::Unit::Count);
        s.setCountNoun(QStringLiteral("vCPU"), QStringLiteral("vCPUs"));
        QCOMPARE(s.formatValue(1), QStringLiteral("1 vCPU"));
        QCOMPARE(s.formatValue(3), QStringLiteral("3 vCPUs"));
    }
};

QTEST_MAIN(TestResourceSlider)
#include "tst_resourceslider.moc"
