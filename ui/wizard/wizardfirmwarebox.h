// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/create/hostcapabilities.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;

namespace Vireo {

struct OsInfo;

/// The wizard's firmware choice: BIOS, UEFI (OVMF) or UEFI with Secure Boot, and a TPM 2.0
/// (swtpm), offered as the host's domain capabilities allow, and preselected for the operating
/// systems that need them (osinfo-db: Windows 11 cannot boot from BIOS). Lives on the GUI thread.
class WizardFirmwareBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit WizardFirmwareBox(QWidget *parent = nullptr);

    /// What the host offers, and the OS chosen (null: none); preselects for a new OS only, so
    /// the user's choice stays while they go back and forth.
    void offer(const FirmwareOffer &offer, const OsInfo *os);

    QString firmware() const; ///< "" (BIOS, the default) or "efi"
    bool secureBoot() const;
    bool tpm() const;

    QComboBox *firmwareCombo() const { return m_firmware; }
    QCheckBox *tpmBox() const { return m_tpm; }
    QLabel *note() const { return m_note; }

Q_SIGNALS:
    void changed();

private:
    void explain();

    QComboBox *m_firmware;
    QCheckBox *m_tpm;
    QLabel *m_note;
    FirmwareOffer m_offer;
    QString m_presetFor = QStringLiteral("-"); ///< OS id the preselection was made for
    bool m_osNeedsUefi = false;
};

} // namespace Vireo
