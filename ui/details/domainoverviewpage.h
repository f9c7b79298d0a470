// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/session/kvmdecision.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Vireo {

class ApplyBar;
class DomainContext;

/// The Overview page of the details window: name, UUID, state, the editable title and
/// description, OS, hypervisor, machine type, acceleration, firmware and autostart. Lives on the
/// GUI thread.
///
/// The acceleration line is the host's one KVM decision (fetchKvmDecision) applied to this
/// domain's type: a kvm domain on a host where KVM is not usable is told that it will not start,
/// and offered the switch to software emulation.
class DomainOverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit DomainOverviewPage(DomainContext *context, QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QPushButton *applyButton() const;
    QCheckBox *autostartBox() const { return m_autostart; }
    QLabel *statusLabel() const;
    QString fieldText(const QString &field) const;
    /// "Use Software Emulation Instead": shown for a kvm domain that is shut off on a host
    /// where KVM is not usable.
    QPushButton *softwareEmulationButton() const { return m_useTcg; }

    /// The host's KVM decision, as fetchKvmDecision gives it when the page opens; tests give one
    /// the test driver cannot (a QEMU host's).
    void setKvmDecision(const KvmDecision &decision);

    /// The acceleration line for a domain of `domainType` under `decision`; `unusableKvm` is set
    /// when the domain is kvm and KVM is not usable here. Pure.
    static QString accelerationText(const KvmDecision &decision, const QString &domainType,
                                    bool *unusableKvm = nullptr);

private:
    void onInfo();
    void onDescription();
    void applyText();
    void setEdited(bool edited);
    void updateAcceleration();
    void switchToSoftwareEmulation();

    DomainContext *m_context;
    QLabel *m_name;
    QLabel *m_uuid;
    QLabel *m_state;
    QLabel *m_addresses; ///< the guest's IP addresses, read on the statistics tick
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    ApplyBar *m_bar;
    QLabel *m_os;
    QLabel *m_hypervisor;
    QLabel *m_machine;
    QLabel *m_acceleration;
    QPushButton *m_useTcg;
    std::optional<KvmDecision> m_kvm;
    QLabel *m_firmware;
    QLabel *m_resources;
    QCheckBox *m_autostart;
    bool m_edited = false;
    bool m_loading = false;
    bool m_autostartPending = false;
};

} // namespace Vireo
