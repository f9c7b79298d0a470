// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/create/domainxmlbuilder.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace Vireo {

class NewVmWizard;
class WizardNetworkChoice;

/// Step 5 of NewVmWizard: name, network, VNC, start/autostart/customize, the XML summary;
/// creation progress. Lives on the GUI thread.
class WizardFinishPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardFinishPage(NewVmWizard *wizard);

    QString name() const;
    NetworkKind networkKind() const;
    QString networkSource() const;
    QString listenAddress() const;
    QString vncPassword() const;
    bool startAfter() const;
    bool autostart() const;
    bool customize() const;
    /// Whether the new machine's console opens after Finish (it starts, and the user wants it).
    bool opensConsole() const;
    /// The name of the volume a new disk gets (from the VM's name and format).
    QString newVolumeName() const;
    QString problem() const;
    WizardNetworkChoice *networkChoice() const { return m_networkChoice; }

    void initializePage() override;
    bool isComplete() const override;

    /// During creation: step text and progress; afterwards the outcome.
    void setCreating(bool creating);
    void showStep(const QString &text);
    void showProgress(int percent);
    void showOutcome(const QString &text, bool ok);

private:
    void addIdentityForm(QVBoxLayout *layout);
    void addVncRows(QFormLayout *form);
    void addStartChoices(QVBoxLayout *layout);
    void addXmlPreview(QVBoxLayout *layout);
    void addProgress(QVBoxLayout *layout);
    void connectFields();
    void onListenChanged();
    void revalidate();
    void updateOpenConsole();

    NewVmWizard *m_wizard;
    QLineEdit *m_name = nullptr;
    WizardNetworkChoice *m_networkChoice = nullptr;
    QComboBox *m_network = nullptr; ///< the choice's box
    QComboBox *m_listen = nullptr;
    QLabel *m_listenWarning = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_start = nullptr, *m_autostart = nullptr, *m_customize = nullptr;
    QCheckBox *m_openConsole = nullptr;
    QPlainTextEdit *m_xml = nullptr;
    QPushButton *m_copy = nullptr;
    QPlainTextEdit *m_virtInstall = nullptr; ///< the same domain as a virt-install command
    QPushButton *m_copyCommand = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    bool m_nameEdited = false;
};

} // namespace Vireo
