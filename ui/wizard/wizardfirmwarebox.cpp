// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/wizard/wizardfirmwarebox.h"

#include "core/create/osinfo.h"
#include "ui/common/preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QStandardItemModel>

namespace Vireo {

namespace {
const QString kBios = QStringLiteral("bios");
const QString kUefi = QStringLiteral("efi");
const QString kSecure = QStringLiteral("efi-secure");

void offerItem(QComboBox *combo, const QString &value, bool offered, const QString &why)
{
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    const int i = combo->findData(value);
    if (!model || i < 0)
        return;
    QStandardItem *item = model->item(i);
    item->setEnabled(offered);
    item->setToolTip(offered ? QString() : why);
}
} // namespace

WizardFirmwareBox::WizardFirmwareBox(QWidget *parent)
    : QGroupBox(tr("Firmware and TPM"), parent)
    , m_firmware(new QComboBox(this))
    , m_tpm(new QCheckBox(tr("Add a &TPM 2.0 (emulated by swtpm)"), this))
    , m_note(new QLabel(this))
{
    m_firmware->addItem(tr("BIOS (SeaBIOS)"), kBios);
    m_firmware->addItem(tr("UEFI (OVMF)"), kUefi);
    m_firmware->addItem(tr("UEFI with Secure Boot"), kSecure);
    m_firmware->setAccessibleName(tr("Firmware"));
    m_tpm->setAccessibleName(tr("Add a TPM 2.0"));
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("About the firmware"));
    auto *form = new QFormLayout(this);
    auto *label = new QLabel(tr("&Firmware:"), this);
    label->setBuddy(m_firmware);
    form->addRow(label, m_firmware);
    form->addRow(m_tpm);
    form->addRow(m_note);
    connect(m_firmware, &QComboBox::currentIndexChanged, this, [this] {
        explain();
        Q_EMIT changed();
    });
    connect(m_tpm, &QCheckBox::toggled, this, &WizardFirmwareBox::changed);
    explain();
}

void WizardFirmwareBox::offer(const FirmwareOffer &offer, const OsInfo *os)
{
    m_offer = offer;
    offerItem(m_firmware, kUefi, offer.uefi,
              tr("The host offers no UEFI firmware: install ovmf there."));
    offerItem(m_firmware, kSecure, offer.secureBoot,
              tr("The host's UEFI firmware does not offer Secure Boot for this machine type."));
    m_tpm->setEnabled(offer.tpm);
    m_tpm->setToolTip(offer.tpm ? QString()
                                : tr("The host cannot emulate a TPM: install swtpm and "
                                     "swtpm-tools there."));
    m_osNeedsUefi = os && os->needsUefi();
    const QString osId = os ? os->id : QString();
    if (osId != m_presetFor) {
        m_presetFor = osId;
        // Windows 11 wants Secure Boot and a TPM; take what the host has of them. Any other OS
        // starts from Edit > Preferences' default, when the host offers it.
        QString choice =
            Preferences::instance()->newVmFirmware() == kUefi && offer.uefi ? kUefi : kBios;
        if (m_osNeedsUefi && offer.uefi)
            choice = os->wantsTpm() && offer.secureBoot ? kSecure : kUefi;
        m_firmware->setCurrentIndex(m_firmware->findData(choice));
        m_tpm->setChecked(os && os->wantsTpm() && offer.tpm);
    }
    if (!offer.tpm)
        m_tpm->setChecked(false);
    const QString current = m_firmware->currentData().toString();
    if ((current == kUefi && !offer.uefi) || (current == kSecure && !offer.secureBoot))
        m_firmware->setCurrentIndex(m_firmware->findData(kBios));
    explain();
}

void WizardFirmwareBox::explain()
{
    const QString current = m_firmware->currentData().toString();
    if (m_osNeedsUefi && current == kBios)
        m_note->setText(m_offer.uefi ? tr("This operating system cannot boot from BIOS: choose "
                                          "UEFI.")
                                     : tr("This operating system cannot boot from BIOS, and the "
                                          "host offers no UEFI firmware (install ovmf there)."));
    else if (current == kSecure)
        m_note->setText(tr("Secure Boot needs the q35 machine type, which the domain gets."));
    else
        m_note->clear();
}

QString WizardFirmwareBox::firmware() const
{
    return m_firmware->currentData().toString() == kBios ? QString() : kUefi;
}

bool WizardFirmwareBox::secureBoot() const
{
    return m_firmware->currentData().toString() == kSecure;
}

bool WizardFirmwareBox::tpm() const
{
    return m_tpm->isEnabled() && m_tpm->isChecked();
}

} // namespace Vireo
