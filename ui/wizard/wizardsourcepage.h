// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/create/domainxmlbuilder.h"
#include "core/create/vmspecvalidator.h"

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QVBoxLayout;

namespace Vireo {

class NewVmWizard;

/// Step 1 of NewVmWizard: host, install source, virtualization type and architecture.
/// Lives on the GUI thread. problem() says in words what blocks Next (shown inline), and
/// isComplete() is problem().isEmpty().
class WizardSourcePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardSourcePage(NewVmWizard *wizard);

    InstallMethod method() const;
    QString mediaPath() const;
    QString importPath() const;
    QString importFormat() const;
    QString kernelPath() const;
    QString initrdPath() const;
    QString kernelArgs() const;
    QString domainType() const;
    QString arch() const;
    /// Empty when Next may proceed.
    QString problem() const;

    bool isComplete() const override;
    int nextId() const override;

private:
    void addHostRow(QVBoxLayout *layout);
    void addMethodChoice(QVBoxLayout *layout);
    void addSourcePanels(QVBoxLayout *layout);
    QWidget *isoPanel();
    QWidget *importPanel();
    QWidget *kernelPanel();
    void addHardwareRows(QVBoxLayout *layout);
    void connectFields();
    QWidget *pathRow(QLineEdit *edit, const QString &title);

    void onCapabilities();
    void onPools();
    void updateVirtTypes();
    /// The KVM decision's line for the virt type chosen now (the default's, or the user's).
    void updateVirtHint();
    void revalidate();
    StepCheck check() const;

    NewVmWizard *m_wizard;
    QComboBox *m_host = nullptr;
    QLabel *m_hostStatus = nullptr;
    QButtonGroup *m_methods = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_isoPath = nullptr;
    QComboBox *m_isoVolume = nullptr;
    QLineEdit *m_importPath = nullptr;
    QComboBox *m_importFormat = nullptr;
    QLineEdit *m_kernel = nullptr, *m_initrd = nullptr, *m_cmdline = nullptr;
    QComboBox *m_virtType = nullptr;
    QLabel *m_virtWhy = nullptr;
    QComboBox *m_arch = nullptr;
    QLabel *m_error = nullptr;
    QObject *m_volumesContext = nullptr;
};

} // namespace Vireo
