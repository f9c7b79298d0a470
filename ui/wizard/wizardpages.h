#pragma once

#include "core/create/domainxmlbuilder.h"
#include "core/create/osinfo.h"

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace Vireo {

class NewVmWizard;

/// The pages of NewVmWizard. All live on the GUI thread. Each page validates as the user types:
/// problem() says in words what blocks Next (shown inline), and isComplete() is
/// problem().isEmpty().

/// Step 1: host, install source, virtualization type and architecture.
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
    void onCapabilities();
    void onPools();
    void updateVirtTypes();
    void revalidate();
    QString fileProblem(const QString &path, const QString &what, bool required) const;
    QWidget *pathRow(QLineEdit *edit, const QString &title);

    NewVmWizard *m_wizard;
    QComboBox *m_host;
    QLabel *m_hostStatus;
    QButtonGroup *m_methods;
    QStackedWidget *m_stack;
    QLineEdit *m_isoPath;
    QComboBox *m_isoVolume;
    QLineEdit *m_importPath;
    QComboBox *m_importFormat;
    QLineEdit *m_kernel, *m_initrd, *m_cmdline;
    QComboBox *m_virtType;
    QLabel *m_virtWhy;
    QComboBox *m_arch;
    QLabel *m_error;
    QObject *m_volumesContext = nullptr;
};

/// Step 2: the operating system, detected from the ISO or chosen from osinfo-db.
class WizardOsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardOsPage(NewVmWizard *wizard);

    /// Null for "Generic" (nothing known about the OS).
    const OsInfo *selectedOs() const;
    /// Selects an OS by osinfo id ("" for generic); false if unknown.
    bool selectOs(const QString &id);

    void initializePage() override;
    bool isComplete() const override;

private:
    void fill();
    void showDetails();
    void applyDetection(const Result<IsoIdentity> &id);

    NewVmWizard *m_wizard;
    QLabel *m_detected;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_details;
    QString m_lastDetectedFrom;
    QObject *m_readContext = nullptr; ///< guards a pending remote read
};

/// Step 3: vCPUs now and maximum, topology, memory now and maximum; the host's limits beside.
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

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void revalidate();
    NewVmWizard *m_wizard;
    QSpinBox *m_vcpus, *m_maxVcpus;
    QCheckBox *m_topology;
    QSpinBox *m_sockets, *m_cores, *m_threads;
    QSpinBox *m_memory, *m_maxMemory;
    QLabel *m_cpuLimits, *m_memoryLimits;
    QLabel *m_warning;
    QLabel *m_error;
    QString m_defaultsFor = QStringLiteral("-"); ///< OS id whose recommendations were applied
};

/// Step 4: a new volume in a pool (qcow2 or raw, size in GiB), an existing volume or file, or
/// no disk; the pool's free space beside.
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
    void onPools();
    void onPoolChanged();
    void revalidate();
    const struct StoragePoolInfo *currentPool() const;

    NewVmWizard *m_wizard;
    QButtonGroup *m_choices;
    QWidget *m_newBox, *m_existingBox;
    QComboBox *m_pool;
    QLabel *m_poolFree;
    QDoubleSpinBox *m_size;
    QRadioButton *m_qcow2, *m_raw;
    QLineEdit *m_existingPath;
    QComboBox *m_existingVolume;
    QLabel *m_error;
    QStringList m_volumeNames;
    QObject *m_poolContext = nullptr;
    QString m_sizeDefaultsFor = QStringLiteral("-");
};

/// Step 5: name, network, VNC, start/autostart/customize, the XML summary; creation progress.
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
    /// The name of the volume a new disk gets (from the VM's name and format).
    QString newVolumeName() const;
    QString problem() const;

    void initializePage() override;
    bool isComplete() const override;

    /// During creation: step text and progress; afterwards the outcome.
    void setCreating(bool creating);
    void showStep(const QString &text);
    void showProgress(int percent);
    void showOutcome(const QString &text, bool ok);

private:
    void fillNetworks();
    void revalidate();
    NewVmWizard *m_wizard;
    QLineEdit *m_name;
    QComboBox *m_network;
    QComboBox *m_listen;
    QLabel *m_listenWarning;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QCheckBox *m_start, *m_autostart, *m_customize;
    QPlainTextEdit *m_xml;
    QPushButton *m_copy;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_error;
    bool m_nameEdited = false;
};

} // namespace Vireo
