// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace Vireo {

class NewVmWizard;
class WizardFirmwareBox;

/// Step 3 of NewVmWizard: vCPUs now and maximum, topology, memory now and maximum; the host's
/// limits beside. Lives on the GUI thread.
class WizardCpuMemoryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardCpuMemoryPage(NewVmWizard *wizard);

    int vcpus() const;
    int maxVcpus() const;
    bool manualTopology() const;
    int sockets() const;
    int cores() const;
    int threads() const;
    quint64 memoryMiB() const;
    quint64 maxMemoryMiB() const;
    QString problem() const;
    /// BIOS or UEFI, Secure Boot and TPM (issue 14).
    WizardFirmwareBox *firmwareBox() const { return m_firmware; }

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    QGroupBox *cpuBox();
    QWidget *topologyRow(QWidget *parent);
    QGroupBox *memoryBox();
    void connectFields();
    void showHostLimits();
    void applyRecommendation();
    void revalidate();

    NewVmWizard *m_wizard;
    QSpinBox *m_vcpus = nullptr, *m_maxVcpus = nullptr;
    QCheckBox *m_topology = nullptr;
    QWidget *m_topologyRow = nullptr;
    QSpinBox *m_sockets = nullptr, *m_cores = nullptr, *m_threads = nullptr;
    QSpinBox *m_memory = nullptr, *m_maxMemory = nullptr;
    QLabel *m_cpuLimits = nullptr, *m_memoryLimits = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_error = nullptr;
    WizardFirmwareBox *m_firmware = nullptr;
    QString m_rangeNotice; ///< a typed value the boxes refused, until the next change
    QString m_defaultsFor = QStringLiteral("-"); ///< OS id whose recommendations were applied
};

} // namespace Vireo
