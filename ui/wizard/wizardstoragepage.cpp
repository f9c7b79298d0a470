// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/wizard/wizardstoragepage.h"
#include "ui/common/preferences.h"

#include "core/common/memorysize.h"
#include "core/create/vmspecvalidator.h"
#include "core/storage/storage.h"
#include "ui/wizard/newvmwizard.h"
#include "ui/wizard/wizardospage.h"
#include "ui/wizard/wizardpageparts.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Vireo {

using namespace WizardParts;

namespace {} // namespace

WizardStoragePage::WizardStoragePage(NewVmWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Step 4 of 5: Storage"));
    setSubTitle(tr("The virtual machine's disk."));
    auto *layout = new QVBoxLayout(this);
    m_choices = new QButtonGroup(this);
    QRadioButton *newRadio = choiceRadio(NewVolume, "diskNew", tr("Create a &new disk volume"));
    newRadio->setChecked(true);
    layout->addWidget(newRadio);
    layout->addWidget(newVolumeBox());
    layout->addWidget(choiceRadio(Existing, "diskExisting", tr("Use an &existing volume or file")));
    layout->addWidget(existingBox());
    layout->addWidget(choiceRadio(NoDisk, "diskNone", tr("N&o disk")));
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addStretch();
    connectFields();
    onPools();
}

QRadioButton *WizardStoragePage::choiceRadio(Choice choice, const char *name, const QString &text)
{
    auto *radio = new QRadioButton(text, this);
    radio->setObjectName(QLatin1String(name));
    m_choices->addButton(radio, choice);
    return radio;
}

QWidget *WizardStoragePage::newVolumeBox()
{
    m_newBox = new QWidget(this);
    auto *nf = new QFormLayout(m_newBox);
    m_pool = new QComboBox(m_newBox);
    m_pool->setObjectName(QStringLiteral("pool"));
    nf->addRow(buddyLabel(tr("&Pool:"), m_pool, m_newBox), m_pool);
    m_poolFree = hintLabel(QString(), m_newBox);
    m_poolFree->setObjectName(QStringLiteral("poolFree"));
    nf->addRow(QString(), m_poolFree);
    m_size = new QDoubleSpinBox(m_newBox);
    m_size->setObjectName(QStringLiteral("diskSize"));
    m_size->setRange(0.1, 64 * 1024);
    m_size->setDecimals(1);
    m_size->setValue(20);
    m_size->setSuffix(tr(" GiB"));
    nf->addRow(buddyLabel(tr("&Size:"), m_size, m_newBox), m_size);
    nf->addRow(new QLabel(tr("Format:"), m_newBox), formatChoice(m_newBox));
    return m_newBox;
}

QWidget *WizardStoragePage::formatChoice(QWidget *parent)
{
    auto *formats = new QWidget(parent);
    auto *fh = new QVBoxLayout(formats);
    fh->setContentsMargins(0, 0, 0, 0);
    m_qcow2 =
        new QRadioButton(tr("&qcow2: grows as the guest writes; supports snapshots."), formats);
    m_qcow2->setObjectName(QStringLiteral("formatQcow2"));
    m_raw = new QRadioButton(tr("&raw: allocated in full now; fastest."), formats);
    m_raw->setObjectName(QStringLiteral("formatRaw"));
    // The default of Edit > Preferences.
    (Preferences::instance()->newVmStorageFormat() == QLatin1String("raw") ? m_raw : m_qcow2)
        ->setChecked(true);
    fh->addWidget(m_qcow2);
    fh->addWidget(m_raw);
    return formats;
}

QWidget *WizardStoragePage::existingBox()
{
    m_existingBox = new QWidget(this);
    auto *ef = new QFormLayout(m_existingBox);
    m_existingPath = new QLineEdit(m_existingBox);
    m_existingPath->setObjectName(QStringLiteral("existingPath"));
    ef->addRow(buddyLabel(tr("Pa&th:"), m_existingPath, m_existingBox), m_existingPath);
    m_existingVolume = new QComboBox(m_existingBox);
    m_existingVolume->setObjectName(QStringLiteral("existingVolume"));
    ef->addRow(buddyLabel(tr("or a &volume:"), m_existingVolume, m_existingBox), m_existingVolume);
    m_existingBox->setEnabled(false);
    return m_existingBox;
}

void WizardStoragePage::connectFields()
{
    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool) {
        m_newBox->setEnabled(choice() == NewVolume);
        m_existingBox->setEnabled(choice() == Existing);
        revalidate();
    });
    connect(m_pool, &QComboBox::currentIndexChanged, this, &WizardStoragePage::onPoolChanged);
    connect(m_size, &QDoubleSpinBox::valueChanged, this, &WizardStoragePage::revalidate);
    connect(m_qcow2, &QRadioButton::toggled, this, &WizardStoragePage::revalidate);
    connect(m_existingPath, &QLineEdit::textChanged, this, &WizardStoragePage::revalidate);
    connect(m_existingVolume, &QComboBox::activated, this, [this](int i) {
        const QString path = m_existingVolume->itemData(i).toString();
        if (!path.isEmpty())
            m_existingPath->setText(path);
    });
    connect(m_wizard, &NewVmWizard::poolsChanged, this, &WizardStoragePage::onPools);
    connect(m_wizard, &NewVmWizard::pathChecked, this, &WizardStoragePage::revalidate);
}

void WizardStoragePage::onPools()
{
    const QString keep = m_pool->currentText();
    QSignalBlocker block(m_pool);
    m_pool->clear();
    for (const StoragePoolInfo &p : m_wizard->pools())
        if (p.active)
            m_pool->addItem(p.name);
    int i = m_pool->findText(keep);
    if (i < 0)
        i = m_pool->findText(QStringLiteral("default"));
    m_pool->setCurrentIndex(qMax(0, i));
    block.unblock();
    onPoolChanged();
}

const StoragePoolInfo *WizardStoragePage::currentPool() const
{
    for (const StoragePoolInfo &p : m_wizard->pools())
        if (p.name == m_pool->currentText())
            return &p;
    return nullptr;
}

void WizardStoragePage::onPoolChanged()
{
    const StoragePoolInfo *p = currentPool();
    m_poolFree->setText(p ? tr("%1 free of %2 (%3)")
                                .arg(formatBytes(p->availableBytes), formatBytes(p->capacityBytes),
                                     p->targetPath.isEmpty() ? p->type : p->targetPath)
                          : tr("No active storage pool on this host."));
    m_volumeNames.clear();
    m_existingVolume->clear();
    m_existingVolume->addItem(tr("(none)"));
    delete m_poolContext;
    m_poolContext = new QObject(this);
    if (p && m_wizard->session()) {
        Storage::listVolumes(m_wizard->session(), p->name, m_poolContext,
                             [this](Result<QList<StorageVolumeInfo>> vols) {
                                 if (!vols)
                                     return;
                                 for (const StorageVolumeInfo &v : vols.value()) {
                                     m_volumeNames << v.name;
                                     if (v.format != QLatin1String("iso"))
                                         m_existingVolume->addItem(v.name, v.path);
                                 }
                                 revalidate();
                                 Q_EMIT volumesListed();
                             });
    }
    revalidate();
}

void WizardStoragePage::initializePage()
{
    const OsInfo *os = m_wizard->osPage()->selectedOs();
    const QString id = os ? os->id : QString();
    if (id != m_sizeDefaultsFor) {
        m_sizeDefaultsFor = id;
        m_size->setValue(os && os->recommendedStorageBytes
                             ? double(os->recommendedStorageBytes) / double(GiB)
                             : 20.0);
    }
    revalidate();
}

WizardStoragePage::Choice WizardStoragePage::choice() const
{
    return Choice(m_choices->checkedId());
}
QString WizardStoragePage::pool() const
{
    return m_pool->currentText();
}
QString WizardStoragePage::format() const
{
    return m_raw->isChecked() ? QStringLiteral("raw") : QStringLiteral("qcow2");
}
quint64 WizardStoragePage::sizeBytes() const
{
    // Whole MiB: what storage backends allocate in.
    return quint64(m_size->value() * 1024.0) * MiB;
}
QString WizardStoragePage::existingPath() const
{
    return m_existingPath->text().trimmed();
}
QString WizardStoragePage::existingFormat() const
{
    const QString p = existingPath();
    return p.endsWith(QLatin1String(".qcow2")) ? QStringLiteral("qcow2") : QStringLiteral("raw");
}

QString WizardStoragePage::problem() const
{
    return VmSpecValidator::storageStep(m_wizard->draft()).problem;
}

void WizardStoragePage::revalidate()
{
    m_wizard->checkPaths();
    StepCheck check = VmSpecValidator::storageStep(m_wizard->draft());
    // A note (the qcow2 disk may outgrow the pool) takes the problem's place when there is none.
    if (check.ok() && !check.notes.isEmpty()) {
        check.problem = check.notes.join(QLatin1Char('\n'));
        check.waiting = false;
    }
    showCheck(m_error, check);
    Q_EMIT completeChanged();
}

bool WizardStoragePage::isComplete() const
{
    return problem().isEmpty();
}

} // namespace Vireo
