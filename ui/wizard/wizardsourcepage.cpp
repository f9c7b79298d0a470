// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/wizard/wizardsourcepage.h"

#include "core/common/memorysize.h"
#include "core/session/hostsession.h"
#include "core/storage/storage.h"
#include "ui/wizard/newvmwizard.h"
#include "ui/wizard/wizardpageparts.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Vireo {

using namespace WizardParts;

namespace {

QFormLayout *panelForm(QWidget *panel)
{
    auto *f = new QFormLayout(panel);
    f->setContentsMargins(0, 0, 0, 0);
    return f;
}

} // namespace

WizardSourcePage::WizardSourcePage(NewVmWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Step 1 of 5: Host and installation source"));
    setSubTitle(tr("Where the virtual machine runs and how its operating system gets installed."));
    auto *layout = new QVBoxLayout(this);
    addHostRow(layout);
    addMethodChoice(layout);
    addSourcePanels(layout);
    addHardwareRows(layout);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addStretch();
    connectFields();
    {
        QSignalBlocker block(m_host);
        m_host->setCurrentIndex(int(wizard->hosts().indexOf(wizard->session())));
    }
    onCapabilities();
}

void WizardSourcePage::addHostRow(QVBoxLayout *layout)
{
    auto *form = new QFormLayout;
    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("hostCombo"));
    for (HostSession *h : m_wizard->hosts())
        m_host->addItem(h ? h->displayName() + QStringLiteral(" (") + h->uri() + QLatin1Char(')')
                          : QString());
    form->addRow(buddyLabel(tr("&Host:"), m_host, this), m_host);
    m_hostStatus = hintLabel(QString(), this);
    m_hostStatus->setObjectName(QStringLiteral("hostStatus"));
    form->addRow(QString(), m_hostStatus);
    layout->addLayout(form);
}

void WizardSourcePage::addMethodChoice(QVBoxLayout *layout)
{
    auto *methodBox = new QGroupBox(tr("How do you want to install the operating system?"), this);
    auto *methodLayout = new QVBoxLayout(methodBox);
    m_methods = new QButtonGroup(this);
    const struct
    {
        InstallMethod method;
        const char *name;
        QString text;
    } methods[] = {
        {InstallMethod::LocalMedia, "methodIso", tr("&Local install media (ISO image)")},
        {InstallMethod::ImportDisk, "methodImport", tr("&Import an existing disk image")},
        {InstallMethod::KernelBoot, "methodKernel",
         tr("&Direct kernel boot (kernel, initrd, command line)")},
        {InstallMethod::NetworkBoot, "methodPxe", tr("&Network boot (PXE)")},
        {InstallMethod::Manual, "methodManual", tr("&Manual install (attach media later)")},
    };
    for (const auto &m : methods) {
        auto *radio = new QRadioButton(m.text, methodBox);
        radio->setObjectName(QLatin1String(m.name));
        m_methods->addButton(radio, int(m.method));
        methodLayout->addWidget(radio);
    }
    m_methods->button(int(InstallMethod::LocalMedia))->setChecked(true);
    layout->addWidget(methodBox);
}

void WizardSourcePage::addSourcePanels(QVBoxLayout *layout)
{
    // One panel per install method, in InstallMethod's order.
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(isoPanel());
    m_stack->addWidget(importPanel());
    m_stack->addWidget(kernelPanel());
    m_stack->addWidget(hintLabel(tr("The virtual machine boots from the network (PXE) the first "
                                    "time its disk is empty. Its network needs a PXE server."),
                                 m_stack));
    m_stack->addWidget(hintLabel(tr("No installation source: attach a CD-ROM or boot from the "
                                    "network later, in the virtual machine's details."),
                                 m_stack));
    layout->addWidget(m_stack);
}

QWidget *WizardSourcePage::isoPanel()
{
    auto *page = new QWidget(m_stack);
    auto *f = panelForm(page);
    m_isoPath = new QLineEdit(page);
    m_isoPath->setObjectName(QStringLiteral("isoPath"));
    m_isoPath->setPlaceholderText(tr("/path/to/installer.iso"));
    f->addRow(buddyLabel(tr("ISO &file:"), m_isoPath, page),
              pathRow(m_isoPath, tr("Choose an ISO image")));
    m_isoVolume = new QComboBox(page);
    m_isoVolume->setObjectName(QStringLiteral("isoVolume"));
    f->addRow(buddyLabel(tr("or a &pool volume:"), m_isoVolume, page), m_isoVolume);
    connect(m_isoVolume, &QComboBox::activated, this, [this](int i) {
        const QString path = m_isoVolume->itemData(i).toString();
        if (!path.isEmpty())
            m_isoPath->setText(path);
    });
    return page;
}

QWidget *WizardSourcePage::importPanel()
{
    auto *page = new QWidget(m_stack);
    auto *f = panelForm(page);
    m_importPath = new QLineEdit(page);
    m_importPath->setObjectName(QStringLiteral("importPath"));
    m_importPath->setPlaceholderText(tr("/var/lib/libvirt/images/existing.qcow2"));
    f->addRow(buddyLabel(tr("Disk &image:"), m_importPath, page),
              pathRow(m_importPath, tr("Choose a disk image")));
    m_importFormat = new QComboBox(page);
    m_importFormat->setObjectName(QStringLiteral("importFormat"));
    m_importFormat->addItem(QStringLiteral("qcow2"));
    m_importFormat->addItem(QStringLiteral("raw"));
    f->addRow(buddyLabel(tr("F&ormat:"), m_importFormat, page), m_importFormat);
    connect(m_importPath, &QLineEdit::textChanged, this, [this](const QString &p) {
        // A guess the user can correct: the extension usually tells.
        if (p.endsWith(QLatin1String(".img")) || p.endsWith(QLatin1String(".raw")))
            m_importFormat->setCurrentText(QStringLiteral("raw"));
        else if (p.endsWith(QLatin1String(".qcow2")))
            m_importFormat->setCurrentText(QStringLiteral("qcow2"));
    });
    return page;
}

QWidget *WizardSourcePage::kernelPanel()
{
    auto *page = new QWidget(m_stack);
    auto *f = panelForm(page);
    m_kernel = new QLineEdit(page);
    m_kernel->setObjectName(QStringLiteral("kernelPath"));
    m_initrd = new QLineEdit(page);
    m_initrd->setObjectName(QStringLiteral("initrdPath"));
    m_cmdline = new QLineEdit(page);
    m_cmdline->setObjectName(QStringLiteral("kernelArgs"));
    m_cmdline->setPlaceholderText(QStringLiteral("console=ttyS0"));
    f->addRow(buddyLabel(tr("&Kernel:"), m_kernel, page), pathRow(m_kernel, tr("Choose a kernel")));
    f->addRow(buddyLabel(tr("&Initrd (optional):"), m_initrd, page),
              pathRow(m_initrd, tr("Choose an initrd")));
    f->addRow(buddyLabel(tr("&Command line:"), m_cmdline, page), m_cmdline);
    return page;
}

void WizardSourcePage::addHardwareRows(QVBoxLayout *layout)
{
    auto *hw = new QFormLayout;
    m_virtType = new QComboBox(this);
    m_virtType->setObjectName(QStringLiteral("virtType"));
    m_arch = new QComboBox(this);
    m_arch->setObjectName(QStringLiteral("arch"));
    hw->addRow(buddyLabel(tr("&Architecture:"), m_arch, this), m_arch);
    hw->addRow(buddyLabel(tr("&Virtualization:"), m_virtType, this), m_virtType);
    m_virtWhy = hintLabel(QString(), this);
    m_virtWhy->setObjectName(QStringLiteral("virtWhy"));
    hw->addRow(QString(), m_virtWhy);
    layout->addLayout(hw);
}

void WizardSourcePage::connectFields()
{
    connect(m_host, &QComboBox::currentIndexChanged, m_wizard, &NewVmWizard::selectHost);
    connect(m_methods, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (on)
            m_stack->setCurrentIndex(id);
        revalidate();
    });
    connect(m_arch, &QComboBox::currentIndexChanged, this, &WizardSourcePage::updateVirtTypes);
    connect(m_virtType, &QComboBox::currentIndexChanged, this, [this] {
        updateVirtHint();
        revalidate();
    });
    for (QLineEdit *e : {m_isoPath, m_importPath, m_kernel, m_initrd, m_cmdline})
        connect(e, &QLineEdit::textChanged, this, &WizardSourcePage::revalidate);
    connect(m_wizard, &NewVmWizard::capabilitiesChanged, this, &WizardSourcePage::onCapabilities);
    connect(m_wizard, &NewVmWizard::poolsChanged, this, &WizardSourcePage::onPools);
    connect(m_wizard, &NewVmWizard::pathChecked, this, &WizardSourcePage::revalidate);
}

QWidget *WizardSourcePage::pathRow(QLineEdit *edit, const QString &title)
{
    auto *row = new QWidget(edit->parentWidget());
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    edit->setParent(row);
    h->addWidget(edit, 1);
    auto *browse = new QPushButton(tr("Browse…"), row);
    browse->setAccessibleName(title);
    h->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit, title] {
        const QString path = QFileDialog::getOpenFileName(this, title, edit->text());
        if (!path.isEmpty())
            edit->setText(path);
    });
    // Browsing this machine's files only makes sense for a local host.
    connect(m_wizard, &NewVmWizard::capabilitiesChanged, browse,
            [this, browse] { browse->setEnabled(m_wizard->hostIsLocal()); });
    return row;
}
void WizardSourcePage::onCapabilities()
{
    const HostCapabilities *caps = m_wizard->capabilities();
    const QString archBefore = m_arch->currentText();
    {
        QSignalBlocker block(m_arch);
        m_arch->clear();
        if (caps)
            m_arch->addItems(caps->architectures());
        const int keep = m_arch->findText(archBefore);
        m_arch->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    if (!caps) {
        const QString err = m_wizard->capabilitiesError();
        m_hostStatus->setText(err.isEmpty() ? tr("Reading the host's capabilities…") : err);
    } else {
        // Some drivers cannot tell the free memory (they report 0): say nothing rather than 0.
        m_hostStatus->setText(
            caps->freeMemoryKiB
                ? tr("%1 CPUs, %2 memory (%3 available)")
                      .arg(caps->hostCpus)
                      .arg(formatKiB(caps->memoryKiB), formatKiB(caps->freeMemoryKiB))
                : tr("%1 CPUs, %2 memory").arg(caps->hostCpus).arg(formatKiB(caps->memoryKiB)));
        m_hostStatus->setToolTip(caps->memoryNote);
    }
    updateVirtTypes();
}

void WizardSourcePage::onPools()
{
    // ISO volumes of every active pool, listed on the worker.
    delete m_volumesContext;
    m_volumesContext = new QObject(this);
    m_isoVolume->clear();
    m_isoVolume->addItem(tr("(none)"));
    HostSession *s = m_wizard->session();
    if (!s)
        return;
    for (const StoragePoolInfo &pool : m_wizard->pools()) {
        if (!pool.active)
            continue;
        Storage::listVolumes(
            s, pool.name, m_volumesContext, [this](Result<QList<StorageVolumeInfo>> vols) {
                if (!vols)
                    return;
                for (const StorageVolumeInfo &v : vols.value())
                    if (v.format == QLatin1String("iso") ||
                        v.name.endsWith(QLatin1String(".iso"), Qt::CaseInsensitive))
                        m_isoVolume->addItem(v.pool + QLatin1Char('/') + v.name, v.path);
            });
    }
}

void WizardSourcePage::updateVirtTypes()
{
    const HostCapabilities *caps = m_wizard->capabilities();
    QSignalBlocker block(m_virtType);
    m_virtType->clear();
    if (caps) {
        const QString preferred = caps->preferredDomainType(arch());
        for (const QString &t : caps->domainTypes(arch()))
            m_virtType->addItem(t == QLatin1String("kvm")    ? tr("KVM (hardware)")
                                : t == QLatin1String("qemu") ? tr("QEMU (software emulation)")
                                                             : t,
                                t);
        m_virtType->setCurrentIndex(qMax(0, m_virtType->findData(preferred)));
    }
    updateVirtHint();
    revalidate();
}

void WizardSourcePage::updateVirtHint()
{
    // What running guests as the chosen type means here: after switching to QEMU it must not
    // still say that the host offers KVM.
    const HostCapabilities *caps = m_wizard->capabilities();
    if (!caps || domainType().isEmpty()) {
        m_virtWhy->clear();
        return;
    }
    m_virtWhy->setText(caps->domainTypeHint(domainType(), arch()));
}

InstallMethod WizardSourcePage::method() const
{
    return InstallMethod(m_methods->checkedId());
}
QString WizardSourcePage::mediaPath() const
{
    return m_isoPath->text().trimmed();
}
QString WizardSourcePage::importPath() const
{
    return m_importPath->text().trimmed();
}
QString WizardSourcePage::importFormat() const
{
    return m_importFormat->currentText();
}
QString WizardSourcePage::kernelPath() const
{
    return m_kernel->text().trimmed();
}
QString WizardSourcePage::initrdPath() const
{
    return m_initrd->text().trimmed();
}
QString WizardSourcePage::kernelArgs() const
{
    return m_cmdline->text().trimmed();
}
QString WizardSourcePage::domainType() const
{
    return m_virtType->currentData().toString();
}
QString WizardSourcePage::arch() const
{
    return m_arch->currentText();
}

StepCheck WizardSourcePage::check() const
{
    return VmSpecValidator::sourceStep(m_wizard->draft());
}

QString WizardSourcePage::problem() const
{
    return check().problem;
}

void WizardSourcePage::revalidate()
{
    m_wizard->checkPaths();
    showCheck(m_error, check());
    Q_EMIT completeChanged();
}

bool WizardSourcePage::isComplete() const
{
    return problem().isEmpty();
}

int WizardSourcePage::nextId() const
{
    return NewVmWizard::OsPage;
}

} // namespace Vireo
