// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>
#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QVBoxLayout;

namespace Vireo {

class NewVmWizard;
struct StoragePoolInfo;

/// Step 4 of NewVmWizard: a new volume in a pool (qcow2 or raw, size in GiB), an existing volume
/// or file, or no disk; the pool's free space beside. Lives on the GUI thread.
class WizardStoragePage : public QWizardPage
{
    Q_OBJECT
public:
    enum Choice { NewVolume, Existing, NoDisk };
    explicit WizardStoragePage(NewVmWizard *wizard);

    Choice choice() const;
    QString pool() const;
    QString format() const;
    quint64 sizeBytes() const;
    QString existingPath() const;
    QString existingFormat() const;
    /// Names of the volumes already in the selected pool.
    QStringList volumeNames() const { return m_volumeNames; }
    QString problem() const;

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    /// The selected pool's volumes arrived (volumeNames() changed).
    void volumesListed();

private:
    QRadioButton *choiceRadio(Choice choice, const char *name, const QString &text);
    QWidget *newVolumeBox();
    QWidget *formatChoice(QWidget *parent);
    QWidget *existingBox();
    void connectFields();
    void onPools();
    void onPoolChanged();
    void revalidate();
    const StoragePoolInfo *currentPool() const;

    NewVmWizard *m_wizard;
    QButtonGroup *m_choices = nullptr;
    QWidget *m_newBox = nullptr, *m_existingBox = nullptr;
    QComboBox *m_pool = nullptr;
    QLabel *m_poolFree = nullptr;
    QDoubleSpinBox *m_size = nullptr;
    QRadioButton *m_qcow2 = nullptr, *m_raw = nullptr;
    QLineEdit *m_existingPath = nullptr;
    QComboBox *m_existingVolume = nullptr;
    QLabel *m_error = nullptr;
    QStringList m_volumeNames;
    QObject *m_poolContext = nullptr;
    QString m_sizeDefaultsFor = QStringLiteral("-");
};

} // namespace Vireo
