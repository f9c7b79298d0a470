// SPDX-License-Identifier: GPL-2.0-or-later
// The wizard's firmware choice (issue 14): what the host's domain capabilities offer is
// offered, the rest greyed with the reason; Windows 11 (osinfo-db: no BIOS) gets UEFI, Secure
// Boot where offered, and a TPM where swtpm is; the user's choice stays for the same OS.
#include "core/create/osinfo.h"
#include "ui/wizard/wizardfirmwarebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QStandardItemModel>
#include <QTest>

using namespace Vireo;

namespace {
OsInfo windows11()
{
    OsInfo os;
    os.id = QStringLiteral("http://microsoft.com/win/11");
    os.family = QStringLiteral("winnt");
    os.unsupportedFirmware = {QStringLiteral("bios")};
    return os;
}
OsInfo debian()
{
    OsInfo os;
    os.id = QStringLiteral("http://debian.org/debian/12");
    os.family = QStringLiteral("linux");
    return os;
}
bool offered(QComboBox *combo, const QString &value)
{
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    return model->item(combo->findData(value))->isEnabled();
}
} // namespace

class TestWizardFirmware : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void windows11GetsUefiSecureBootAndTpm()
    {
        WizardFirmwareBox box;
        const OsInfo win = windows11();
        box.offer(FirmwareOffer{true, true, true}, &win);
        QCOMPARE(box.firmware(), QStringLiteral("efi"));
        QVERIFY(box.secureBoot());
        QVERIFY(box.tpm());
        QVERIFY(box.note()->text().contains(u"q35"));
    }

    void takesWhatTheHostHas()
    {
        WizardFirmwareBox box;
        const OsInfo win = windows11();
        // OVMF without Secure Boot for this machine, no swtpm.
        box.offer(FirmwareOffer{true, false, false}, &win);
        QCOMPARE(box.firmware(), QStringLiteral("efi"));
        QVERIFY(!box.secureBoot());
        QVERIFY(!box.tpm());
        QVERIFY(!box.tpmBox()->isEnabled());
        QVERIFY(box.tpmBox()->toolTip().contains(u"swtpm"));
        QVERIFY(!offered(box.firmwareCombo(), QStringLiteral("efi-secure")));
        // No OVMF at all: BIOS, and the note says the OS cannot boot from it.
        WizardFirmwareBox bare;
        bare.offer(FirmwareOffer{}, &win);
        QCOMPARE(bare.firmware(), QString());
        QVERIFY(!offered(bare.firmwareCombo(), QStringLiteral("efi")));
        QVERIFY(bare.note()->text().contains(u"cannot boot from BIOS"));
    }

    void otherSystemsStayOnBiosAndKeepTheUsersChoice()
    {
        WizardFirmwareBox box;
        const OsInfo deb = debian();
        box.offer(FirmwareOffer{true, true, true}, &deb);
        QCOMPARE(box.firmware(), QString());
        QVERIFY(!box.tpm());
        box.firmwareCombo()->setCurrentIndex(box.firmwareCombo()->findData(QStringLiteral("efi")));
        box.tpmBox()->setChecked(true);
        box.offer(FirmwareOffer{true, true, true}, &deb); // back and forth in the wizard
        QCOMPARE(box.firmware(), QStringLiteral("efi"));
        QVERIFY(box.tpm());
        QVERIFY(!box.firmwareCombo()->accessibleName().isEmpty());
        QVERIFY(!box.tpmBox()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestWizardFirmware)
#include "tst_wizardfirmware.moc"
