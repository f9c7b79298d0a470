// SPDX-License-Identifier: GPL-2.0-or-later
// SpinRangeWatcher: a number typed outside the box's range is reported with the value the box
// keeps; numbers in range, and values set by code, are not.

#include "widgets/spinrangewatcher.h"

#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Vireo;

class TestSpinRangeWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportsTypedValuesOutOfRange_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("reports"); ///< -1: no report
        // QSpinBox itself refuses keystrokes that make a number above the maximum; a number
        // below the minimum can be typed (it might grow into a valid one), and is then put back.
        QTest::newRow("zero") << "0" << 0;
        QTest::newRow("below the minimum") << "4" << 4;
        QTest::newRow("in range") << "12" << -1;
    }

    void reportsTypedValuesOutOfRange()
    {
        QFETCH(QString, typed);
        QFETCH(int, reports);
        QSpinBox box;
        box.setRange(5, 80);
        box.setValue(6);
        box.setSuffix(QStringLiteral(" vCPUs"));
        auto *watcher = new SpinRangeWatcher(&box);
        QSignalSpy refused(watcher, &SpinRangeWatcher::refused);
        box.show();
        box.setFocus();
        box.selectAll();
        QTest::keyClicks(&box, typed);
        QTest::keyClick(&box, Qt::Key_Return);
        if (reports < 0) {
            QCoreApplication::processEvents();
            QVERIFY(refused.isEmpty());
            return;
        }
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(0).toLongLong(), qint64(reports));
        QCOMPARE(refused.first().at(1).toLongLong(), qint64(box.value()));
        QCOMPARE(box.value(), 6); // put back
    }

    void codeIsNotTheUser()
    {
        QSpinBox box;
        box.setRange(1, 8);
        auto *watcher = new SpinRangeWatcher(&box);
        QSignalSpy refused(watcher, &SpinRangeWatcher::refused);
        box.setValue(0); // clamped by Qt; nobody typed anything
        QCoreApplication::processEvents();
        QVERIFY(refused.isEmpty());
    }
};

QTEST_MAIN(TestSpinRangeWatcher)
#include "tst_spinrangewatcher.moc"
