// SPDX-License-Identifier: GPL-2.0-or-later
// Edit > Preferences (issue 16): the dialog writes each choice to QSettings as it changes, the
// places that read them follow at once (the confirmations of the domain actions, the New-VM
// wizard's disk format, listen address and firmware, a console's clipboard default, the manager's
// statistics interval), and --lang is checked.
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/commandline.h"
#include "ui/common/domainactionset.h"
#include "ui/common/domainwindowchrome.h"
#include "ui/common/preferences.h"
#include "ui/common/preferencesdialog.h"
#include "ui/console/consolesettings.h"
#include "ui/details/domainwindow.h"
#include "ui/wizard/newvmwizard.h"
#include "ui/wizard/wizardfirmwarebox.h"

#include "tests/support/demohost.h"
#include "tests/support/windows.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPointer>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vireo;
using Id = DomainActionSet::Id;

namespace {
const QString kWeb = QStringLiteral("9c1db738-6d35-5022-9639-dce24fd4c37b"); // running

template<typename T>
T *child(QWidget *w, const char *name)
{
    T *c = w->findChild<T *>(QLatin1String(name));
    if (!c)
        qWarning("no child %s", name);
    return c;
}
} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VireoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
    }

    void init()
    {
        QSettings().clear();
        m_session = VireoTest::connectedDemoHost(m_dir);
        QVERIFY(m_session);
    }

    void cleanup()
    {
        // Before the session goes: a details window outliving it would reach a dead session.
        VireoTest::deleteWindows();
        m_session.reset();
    }

    void dialogShowsTheDefaultsAndWritesEachChoiceAtOnce()
    {
        PreferencesDialog dialog;
        dialog.show();
        auto *interval = child<QDoubleSpinBox>(&dialog, "statsInterval");
        auto *format = child<QComboBox>(&dialog, "storageFormat");
        auto *listen = child<QComboBox>(&dialog, "listenAddress");
        auto *language = child<QComboBox>(&dialog, "language");
        auto *clipboard = child<QCheckBox>(&dialog, "guestClipboard");
        auto *forceOff = child<QCheckBox>(&dialog, "confirmForceOff");
        auto *pause = child<QCheckBox>(&dialog, "confirmPause");
        QVERIFY(interval && format && listen && language && clipboard && forceOff && pause);
        // Delete always opens its own dialog (the disks are chosen there): no switch that does
        // nothing.
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("confirmDelete")));
        QCOMPARE(interval->value(), 2.0);
        QCOMPARE(format->currentData().toString(), QStringLiteral("qcow2"));
        QCOMPARE(listen->currentData().toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(language->currentData().toString(), QString());
        QVERIFY(!clipboard->isChecked());
        QVERIFY(forceOff->isChecked() && !pause->isChecked());

        Preferences *p = Preferences::instance();
        QSignalSpy changed(p, &Preferences::changed);
        interval->setValue(0.5);
        QCOMPARE(p->statsIntervalMs(), 500);
        interval->setValue(0.0);
        QCOMPARE(p->statsIntervalMs(), 0); // "Off"
        format->setCurrentIndex(format->findData(QStringLiteral("raw")));
        QCOMPARE(p->newVmStorageFormat(), QStringLiteral("raw"));
        listen->setCurrentIndex(listen->findData(QStringLiteral("0.0.0.0")));
        QCOMPARE(p->newVmListenAddress(), QStringLiteral("0.0.0.0"));
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        QCOMPARE(p->language(), QStringLiteral("zh_CN"));
        clipboard->setChecked(true);
        QVERIFY(p->guestClipboardToHost());
        forceOff->setChecked(false);
        pause->setChecked(true);
        QVERIFY(!p->confirms(Preferences::Confirm::ForceOff));
        QVERIFY(p->confirms(Preferences::Confirm::Pause));
        QCOMPARE(changed.count(), 8);
        // Kept in QSettings: a new dialog (as after a restart) shows them.
        QCOMPARE(QSettings().value(QStringLiteral("preferences/newVm/storageFormat")).toString(),
                 QStringLiteral("raw"));
        PreferencesDialog again;
        QCOMPARE(child<QComboBox>(&again, "storageFormat")->currentData().toString(),
                 QStringLiteral("raw"));
        QVERIFY(!child<QCheckBox>(&again, "confirmForceOff")->isChecked());
    }

    void forceOffAsksOnlyWhileItsConfirmationIsOn()
    {
        DomainWindow *w = DomainWindow::showFor(m_session.get(), kWeb);
        DomainActionSet *set = w->chrome()->actions();
        QStringList asked;
        set->setConfirmHandler([&](const QString &title, const QString &) {
            asked << title;
            return false; // the question is answered No: only its absence lets the action run
        });
        QTRY_VERIFY(set->targets().size() == 1 &&
                    set->targets().first().info.state == DomainState::Running);
        set->action(Id::Pause)->trigger(); // Pause asks only when turned on
        QTRY_COMPARE(set->targets().first().info.state, DomainState::Paused);
        QVERIFY(asked.isEmpty());
        Preferences::instance()->setConfirms(Preferences::Confirm::Pause, true);
        set->action(Id::Run)->trigger(); // Run resumes
        QTRY_COMPARE(set->targets().first().info.state, DomainState::Running);
        set->action(Id::Pause)->trigger();
        QCOMPARE(asked, QStringList{QStringLiteral("Pause")});
        QTest::qWait(200);
        QCOMPARE(set->targets().first().info.state, DomainState::Running);

        set->action(Id::ForceOff)->trigger();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.last(), QStringLiteral("Force Off"));
        QTest::qWait(200);
        QCOMPARE(set->targets().first().info.state, DomainState::Running);
        Preferences::instance()->setConfirms(Preferences::Confirm::ForceOff, false);
        set->action(Id::ForceOff)->trigger();
        QTRY_COMPARE(set->targets().first().info.state, DomainState::Shutoff);
        QCOMPARE(asked.size(), 2);
    }

    void newVmWizardStartsFromTheDefaults()
    {
        Preferences::instance()->setNewVmStorageFormat(QStringLiteral("raw"));
        Preferences::instance()->setNewVmListenAddress(QStringLiteral("0.0.0.0"));
        NewVmWizard wizard(QList<HostSession *>{m_session.get()}, m_session.get());
        wizard.show();
        QVERIFY(child<QRadioButton>(&wizard, "formatRaw")->isChecked());
        QCOMPARE(child<QComboBox>(&wizard, "listen")->currentData().toString(),
                 QStringLiteral("0.0.0.0"));
        // An open listen address starts with its warning, as when chosen by hand.
        QVERIFY(!child<QLabel>(&wizard, "listenWarning")->isHidden());

        Preferences::instance()->setNewVmStorageFormat(QStringLiteral("qcow2"));
        Preferences::instance()->setNewVmListenAddress(QStringLiteral("127.0.0.1"));
        NewVmWizard plain(QList<HostSession *>{m_session.get()}, m_session.get());
        QVERIFY(child<QRadioButton>(&plain, "formatQcow2")->isChecked());
        QVERIFY(child<QLabel>(&plain, "listenWarning")->isHidden());
    }

    void newControlsHaveNamesDefaultsAndAreKept()
    {
        PreferencesDialog dialog;
        auto *firmware = child<QComboBox>(&dialog, "firmware");
        auto *scaling = child<QComboBox>(&dialog, "consoleScaling");
        QVERIFY(firmware && scaling);
        QCOMPARE(firmware->accessibleName(), QStringLiteral("Firmware"));
        QCOMPARE(firmware->currentData().toString(), QStringLiteral("bios"));
        QCOMPARE(scaling->currentIndex(), 2); // always, as consoles did before
        for (const char *name : {"sampleCpu", "sampleMemory", "sampleDisk", "sampleNetwork"}) {
            auto *check = child<QCheckBox>(&dialog, name);
            QVERIFY(check && check->isChecked() && !check->accessibleName().isEmpty());
        }
        firmware->setCurrentIndex(firmware->findData(QStringLiteral("efi")));
        QCOMPARE(Preferences::instance()->newVmFirmware(), QStringLiteral("efi"));
        child<QCheckBox>(&dialog, "sampleDisk")->setChecked(false);
        QVERIFY(!Preferences::instance()->statsSampling().disk);
        QVERIFY(Preferences::instance()->statsSampling().cpu);
        PreferencesDialog again;
        QCOMPARE(child<QComboBox>(&again, "firmware")->currentData().toString(),
                 QStringLiteral("efi"));
        QVERIFY(!child<QCheckBox>(&again, "sampleDisk")->isChecked());
        QVERIFY(child<QCheckBox>(&again, "sampleNetwork")->isChecked());
    }

    void wizardFirmwareStartsFromTheDefault()
    {
        FirmwareOffer uefi;
        uefi.uefi = true;
        {
            WizardFirmwareBox box; // the preference's default: BIOS
            box.offer(uefi, nullptr);
            QCOMPARE(box.firmware(), QString());
        }
        Preferences::instance()->setNewVmFirmware(QStringLiteral("efi"));
        {
            WizardFirmwareBox box;
            box.offer(uefi, nullptr);
            QCOMPARE(box.firmware(), QStringLiteral("efi"));
            QVERIFY(!box.secureBoot());
        }
        {
            WizardFirmwareBox box; // a host without OVMF: BIOS, the only firmware it has
            box.offer(FirmwareOffer{}, nullptr);
            QCOMPARE(box.firmware(), QString());
        }
    }

    void consoleClipboardFollowsTheDefaultUntilChosen()
    {
        const QString uri = QStringLiteral("test:///default");
        QVERIFY(!ConsoleSettings::acceptsGuestClipboard(uri, kWeb));
        Preferences::instance()->setGuestClipboardToHost(true);
        QVERIFY(ConsoleSettings::acceptsGuestClipboard(uri, kWeb));
        ConsoleSettings::setAcceptsGuestClipboard(uri, kWeb, false); // this domain's own choice
        QVERIFY(!ConsoleSettings::acceptsGuestClipboard(uri, kWeb));
    }

    void langOptionTakesOnlyShippedLanguages()
    {
        const QString exe = QStringLiteral("vireo");
        auto zh = CommandLine::parse({exe, QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QVERIFY(zh);
        QCOMPARE(zh->language, QStringLiteral("zh_CN"));
        QCOMPARE(CommandLine::languageOption({exe, QStringLiteral("--lang=en")}),
                 QStringLiteral("en"));
        QVERIFY(!CommandLine::parse({exe, QStringLiteral("--lang"), QStringLiteral("klingon")}));
        auto quit = CommandLine::parse({exe, QStringLiteral("--quit-after"), QStringLiteral("50")});
        QVERIFY(quit);
        QCOMPARE(quit->quitAfterMs, 50);
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
