// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/domain/domainconfigfirmware.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QPushButton;

namespace Vireo {

class DomainContext;

/// The Boot page's firmware choice: BIOS, UEFI or UEFI with Secure Boot, as the host's domain
/// capabilities offer them (what is not offered is greyed, with why). Changed on a shut-off
/// domain (DomainConfig::setFirmware); greyed, with the reason, while it runs. Lives on the GUI
/// thread.
class DomainBootFirmware : public QGroupBox
{
    Q_OBJECT
public:
    explicit DomainBootFirmware(DomainContext *context, QWidget *parent = nullptr);

    QComboBox *choice() const { return m_choice; }
    QPushButton *changeButton() const { return m_change; }
    QLabel *note() const { return m_note; }
    /// Selects a firmware in the combo (as a user would); false when it is greyed.
    bool choose(DomainConfig::Firmware firmware);

    /// Reads the definition's firmware and the host's offer again.
    void reload();

Q_SIGNALS:
    /// The firmware was switched: the page shows the definition again.
    void firmwareChanged();

private:
    void offer();
    void updateState();
    void change();

    DomainContext *m_context;
    QComboBox *m_choice;
    QPushButton *m_change;
    QLabel *m_note;
    std::optional<DomainConfig::Firmware> m_current; ///< the definition's, once read
    QString m_machine;
    DomainConfig::FirmwareChoices m_choices;
    QString m_message; ///< the last change's outcome
    bool m_messageIsError = false;
    bool m_busy = false;
};

} // namespace Vireo
