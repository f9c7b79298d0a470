// SPDX-License-Identifier: GPL-2.0-or-later
// Edit > Preferences > Console (issue 16): the scaling (never / only in full screen / always) and
// the grab release keys, recorded by pressing them, reach every open console at once.
#include "../../unit/vnc/rfbtestserver.h"

#include "core/session/processsetup.h"
#include "ui/common/grabkeysbutton.h"
#include "ui/common/preferences.h"
#include "ui/common/preferencesdialog.h"
#include "ui/console/consolesettings.h"
#include "vnc/vncconsole.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Vireo;
using namespace RfbTest;
using Scaling = Preferences::ConsoleScaling;

class TestConsolePreferences : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    struct Rig
    {
        std::unique_ptr<VncConsole> console;
        std::unique_ptr<Server> server;
    };
    // A console showing a 160x120 screen from the scripted server, following the preferences.
    Rig start()
    {
        Rig r;
        auto [c, s] = socketPair();
        r.console = std::make_unique<VncConsole>();
        ConsoleSettings::followPreferences(r.console.get());
        r.console->resize(400, 300);
        r.console->show();
        r.server = std::make_unique<Server>(s);
        r.console->connectToSocket(c);
        r.server->handshake(160, 120);
        return r;
    }
    static QString grabHint(VncConsole *console)
    {
        const QString name = QStringLiteral("Keyboard grab");
        for (QLabel *l : console->findChildren<QLabel *>())
            if (l->accessibleName() == name)
                return l->text();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VireoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_consolepreferences"));
    }
    void init() { QSettings().clear(); }

    void scalingFollowsThePreferenceAtOnce()
    {
        Rig r = start();
        QTRY_VERIFY_WITH_TIMEOUT(r.console->isShowingScreen(), 10000);
        QCOMPARE(r.console->scaleMode(), VncView::ScaleMode::Fit); // the default: always
        Preferences::instance()->setConsoleScaling(Scaling::Never);
        QCOMPARE(r.console->scaleMode(), VncView::ScaleMode::OneToOne);
        Preferences::instance()->setConsoleScaling(Scaling::FullScreenOnly);
        QCOMPARE(r.console->scaleMode(), VncView::ScaleMode::OneToOne);
        r.console->setFullScreen(true);
        QVERIFY(r.console->isFullScreen());
        QCOMPARE(r.console->scaleMode(), VncView::ScaleMode::Fit);
        r.console->setFullScreen(false);
        QCOMPARE(r.console->scaleMode(), VncView::ScaleMode::OneToOne);
        // The toolbar still chooses for the moment; another preference does not undo it.
        r.console->setScaleMode(VncView::ScaleMode::Fit);
        Preferences::instance()->setNewVmFirmware(QStringLiteral("efi"));
        QCOMPARE(r.console->scaleMode(), VncView::ScaleMode::Fit);
        Preferences::instance()->setConsoleScaling(Scaling::Always);
        QCOMPARE(r.console->scaleMode(), VncView::ScaleMode::Fit);
        // Kept: a console opened later starts from it.
        Preferences::instance()->setConsoleScaling(Scaling::Never);
        Rig later = start();
        QCOMPARE(later.console->scaleMode(), VncView::ScaleMode::OneToOne);
    }

    void grabReleaseKeysFollowThePreference()
    {
        Rig r = start();
        QTRY_VERIFY_WITH_TIMEOUT(r.console->isShowingScreen(), 10000);
        Preferences::instance()->setGrabReleaseKeys({Qt::Key_Control, Qt::Key_Shift});
        VncView *view = r.console->view();
        view->grabInput();
        QCOMPARE(grabHint(r.console.get()),
                 QStringLiteral("Keyboard grabbed: press Ctrl+Shift to release"));
        // Ctrl+Alt is now a guest combination like any other.
        QTest::keyPress(view, Qt::Key_Control);
        QTest::keyPress(view, Qt::Key_Alt, Qt::ControlModifier);
        QTest::keyRelease(view, Qt::Key_Alt, Qt::ControlModifier);
        QTest::keyRelease(view, Qt::Key_Control);
        QVERIFY(view->isInputGrabbed());
        // Ctrl+Shift+A is one too: a key between does not release.
        QTest::keyPress(view, Qt::Key_Control);
        QTest::keyPress(view, Qt::Key_Shift, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyRelease(view, Qt::Key_Shift, Qt::ControlModifier);
        QTest::keyRelease(view, Qt::Key_Control);
        QVERIFY(view->isInputGrabbed());
        QTest::keyPress(view, Qt::Key_Shift);
        QTest::keyPress(view, Qt::Key_Control, Qt::ShiftModifier);
        QTest::keyRelease(view, Qt::Key_Control, Qt::ShiftModifier);
        QVERIFY(!view->isInputGrabbed());
        QTest::keyRelease(view, Qt::Key_Shift);
        QCOMPARE(grabHint(r.console.get()),
                 QStringLiteral("Click the screen to grab the keyboard"));
    }

    void recorderTakesTheKeysPressedTogether()
    {
        PreferencesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *button = dialog.findChild<GrabKeysButton *>(QStringLiteral("grabKeys"));
        QVERIFY(button);
        QCOMPARE(button->accessibleName(), QStringLiteral("Keys that release the keyboard grab"));
        QCOMPARE(button->text(), QStringLiteral("Ctrl+Alt"));
        QCOMPARE(button->accessibleDescription(), QStringLiteral("Ctrl+Alt"));
        QSignalSpy recorded(button, &GrabKeysButton::keysRecorded);
        // From the keyboard: Space starts recording.
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        QVERIFY(button->isRecording());
        QTest::keyPress(button, Qt::Key_Control);
        QTest::keyPress(button, Qt::Key_Shift, Qt::ControlModifier);
        QTest::keyPress(button, Qt::Key_F12, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyRelease(button, Qt::Key_F12, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!button->isRecording());
        QCOMPARE(recorded.count(), 1);
        const QList<int> keys{Qt::Key_Control, Qt::Key_Shift, Qt::Key_F12};
        QCOMPARE(button->keys(), keys);
        QCOMPARE(button->text(), QStringLiteral("Ctrl+Shift+F12"));
        QCOMPARE(Preferences::instance()->grabReleaseKeys(), keys);
        QTest::keyRelease(button, Qt::Key_Shift, Qt::ControlModifier);
        QTest::keyRelease(button, Qt::Key_Control);
        // Escape alone cancels: the keys stay.
        button->click();
        QVERIFY(button->isRecording());
        QTest::keyClick(button, Qt::Key_Escape);
        QVERIFY(!button->isRecording());
        QCOMPARE(Preferences::instance()->grabReleaseKeys(), keys);
        // Kept in QSettings, and the dialog's scaling choice is there with its name.
        PreferencesDialog again;
        QCOMPARE(again.findChild<GrabKeysButton *>(QStringLiteral("grabKeys"))->text(),
                 QStringLiteral("Ctrl+Shift+F12"));
        auto *scaling = again.findChild<QComboBox *>(QStringLiteral("consoleScaling"));
        QVERIFY(scaling);
        QCOMPARE(scaling->accessibleName(), QStringLiteral("Scale the console to its window"));
        scaling->setCurrentIndex(1);
        QCOMPARE(Preferences::instance()->consoleScaling(), Scaling::FullScreenOnly);
    }
};

QTEST_MAIN(TestConsolePreferences)
#include "tst_consolepreferences.moc"
