// SPDX-License-Identifier: GPL-2.0-or-later
// ApplyBar on its own: which buttons work in each state (clean, edited, pending, failed, done,
// unavailable), what the status line says and in which style, and the keyboard.

#include "widgets/applybar.h"
#include "widgets/errorstyle.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace Vireo;

class TestApplyBar : public QObject
{
    Q_OBJECT
private:
    static bool looksLikeError(const QLabel *label)
    {
        return label->styleSheet().contains(ErrorStyle::color().name());
    }

private Q_SLOTS:
    void cleanThenEdited()
    {
        ApplyBar bar;
        QVERIFY(!bar.applyButton()->isEnabled());
        QVERIFY(!bar.revertButton()->isEnabled());
        QVERIFY(bar.statusLabel()->isHidden());
        bar.setEdited(true);
        QVERIFY(bar.applyButton()->isEnabled());
        QVERIFY(bar.revertButton()->isEnabled());
    }

    void applyPendingFailedSucceeded()
    {
        ApplyBar bar;
        bar.show();
        QSignalSpy apply(&bar, &ApplyBar::applyRequested);
        bar.setEdited(true);
        bar.applyButton()->click();
        QCOMPARE(apply.size(), 1);

        bar.setPending();
        QVERIFY(bar.isPending());
        QCOMPARE(bar.statusText(), QStringLiteral("Applying…"));
        QVERIFY(!bar.showsError());
        QVERIFY(!bar.applyButton()->isEnabled());
        QVERIFY(!bar.revertButton()->isEnabled());
        bar.applyButton()->click();
        QCOMPARE(apply.size(), 1); // nothing is sent twice

        bar.failed(QStringLiteral("the host said no"));
        QVERIFY(!bar.isPending());
        QVERIFY(bar.isEdited()); // the edits stay to be fixed
        QVERIFY(bar.showsError());
        QVERIFY(looksLikeError(bar.statusLabel()));
        QVERIFY(bar.statusLabel()->isVisible());
        QCOMPARE(bar.statusText(), QStringLiteral("the host said no"));
        QVERIFY(bar.applyButton()->isEnabled());

        bar.setPending(QStringLiteral("Validating…"));
        QCOMPARE(bar.statusText(), QStringLiteral("Validating…"));
        QVERIFY(!looksLikeError(bar.statusLabel()));
        bar.succeeded(QStringLiteral("Saved."));
        QVERIFY(!bar.isEdited());
        QVERIFY(!bar.showsError());
        QCOMPARE(bar.statusText(), QStringLiteral("Saved."));
        QVERIFY(!bar.applyButton()->isEnabled());
        bar.succeeded();
        QVERIFY(bar.statusLabel()->isHidden());
    }

    void revertClearsEditsAndMessage()
    {
        ApplyBar bar;
        QSignalSpy revert(&bar, &ApplyBar::revertRequested);
        bar.setEdited(true);
        bar.failed(QStringLiteral("bad value"));
        bar.revertButton()->click();
        QCOMPARE(revert.size(), 1);
        QVERIFY(!bar.isEdited());
        QVERIFY(!bar.showsError());
        QVERIFY(bar.statusText().isEmpty());
        QVERIFY(!bar.revertButton()->isEnabled());
    }

    void applyOnlyFollowsAvailability()
    {
        ApplyBar bar(ApplyBar::Buttons::ApplyOnly);
        bar.setApplyText(QStringLiteral("Apply &maximum"));
        bar.show();
        QVERIFY(bar.revertButton()->isHidden());
        QVERIFY(bar.applyButton()->isEnabled()); // applies the value as it stands
        bar.setAvailable(false);
        QVERIFY(!bar.applyButton()->isEnabled());
        bar.setAvailable(true);
        bar.setPending();
        QVERIFY(!bar.applyButton()->isEnabled());
        bar.succeeded();
        QVERIFY(bar.applyButton()->isEnabled());
    }

    void keyboard()
    {
        QWidget page;
        auto *layout = new QVBoxLayout(&page);
        auto *field = new QLineEdit(&page);
        auto *bar = new ApplyBar(ApplyBar::Buttons::ApplyAndRevert, &page);
        layout->addWidget(field);
        layout->addWidget(bar);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy apply(bar, &ApplyBar::applyRequested);
        field->setFocus();

        // Ctrl+Return from the field applies, but only when there is something to apply.
        QTest::keyClick(field, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(apply.size(), 0);
        bar->setEdited(true);
        QTest::keyClick(field, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(apply.size(), 1);
        bar->setPending();
        QTest::keyClick(field, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(apply.size(), 1);
        bar->failed(QStringLiteral("no"));

        // The mnemonic, and Tab reaches the buttons.
        QTest::keyClick(field, Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE(apply.size(), 2); // a mnemonic clicks with the button's short animation
        field->setFocus();
        QTest::keyClick(field, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), bar->applyButton());
        QTest::keyClick(bar->applyButton(), Qt::Key_Space);
        QCOMPARE(apply.size(), 3);
    }

    void accessibleNames()
    {
        ApplyBar bar;
        bar.setAccessibleName(QStringLiteral("Boot options"));
        QCOMPARE(bar.applyButton()->accessibleName(), QStringLiteral("Apply: Boot options"));
        QCOMPARE(bar.revertButton()->accessibleName(), QStringLiteral("Revert: Boot options"));
        QCOMPARE(bar.statusLabel()->accessibleName(), QStringLiteral("Boot options status"));
    }

    void errorStyleIsOnePlace()
    {
        QLabel label;
        ErrorStyle::setError(&label, true);
        QVERIFY(label.styleSheet().contains(QStringLiteral("#b00020")));
        ErrorStyle::setError(&label, false);
        QVERIFY(label.styleSheet().isEmpty());
        QVERIFY(ErrorStyle::bannerStyleSheet().contains(ErrorStyle::textStyleSheet()));
    }
};

QTEST_MAIN(TestApplyBar)
#include "tst_applybar.moc"
