#include "ui/wizard/wizardpages.h"

#include "core/session/hostsession.h"
#include "core/storage/storage.h"
#include "ui/wizard/newvmwizard.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Vireo {

namespace {

constexpr quint64 MiB = 1024ull * 1024;
constexpr quint64 GiB = 1024ull * MiB;

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("errorLabel"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    l->setAccessibleName(QObject::tr("Problem"));
    return l;
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return l;
}

QString gib(quint64 bytes)
{
    return QObject::tr("%1 GiB").arg(double(bytes) / double(GiB), 0, 'f', 1);
}

void setProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

// =============================================================================================
// Step 1: host and source

WizardSourcePage::WizardSourcePage(NewVmWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Step 1 of 5: Host and installation source"));
    setSubTitle(tr("Where the virtual machine runs and how its operating system gets installed."));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("hostCombo"));
    for (HostSession *h : wizard->hosts())
        m_host->addItem(h ? h->displayName() + QStringLiteral(" (") + h->uri() + QLatin1Char(')')
                          : QString());
    auto *hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, m_host);
    m_hostStatus = hintLabel(QString(), this);
    m_hostStatus->setObjectName(QStringLiteral("hostStatus"));
    form->addRow(QString(), m_hostStatus);
    layout->addLayout(form);

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

    m_stack = new QStackedWidget(this);
    // ISO
    {
        auto *page = new QWidget(m_stack);
        auto *f = new QFormLayout(page);
        f->setContentsMargins(0, 0, 0, 0);
        m_isoPath = new QLineEdit(page);
        m_isoPath->setObjectName(QStringLiteral("isoPath"));
        m_isoPath->setPlaceholderText(tr("/path/to/installer.iso"));
        auto *label = new QLabel(tr("ISO &file:"), page);
        label->setBuddy(m_isoPath);
        f->addRow(label, pathRow(m_isoPath, tr("Choose an ISO image")));
        m_isoVolume = new QComboBox(page);
        m_isoVolume->setObjectName(QStringLiteral("isoVolume"));
        auto *volLabel = new QLabel(tr("or a &pool volume:"), page);
        volLabel->setBuddy(m_isoVolume);
        f->addRow(volLabel, m_isoVolume);
        connect(m_isoVolume, &QComboBox::activated, this, [this](int i) {
            const QString path = m_isoVolume->itemData(i).toString();
            if (!path.isEmpty())
                m_isoPath->setText(path);
        });
        m_stack->addWidget(page);
    }
    // Import
    {
        auto *page = new QWidget(m_stack);
        auto *f = new QFormLayout(page);
        f->setContentsMargins(0, 0, 0, 0);
        m_importPath = new QLineEdit(page);
        m_importPath->setObjectName(QStringLiteral("importPath"));
        m_importPath->setPlaceholderText(tr("/var/lib/libvirt/images/existing.qcow2"));
        auto *label = new QLabel(tr("Disk &image:"), page);
        label->setBuddy(m_importPath);
        f->addRow(label, pathRow(m_importPath, tr("Choose a disk image")));
        m_importFormat = new QComboBox(page);
        m_importFormat->setObjectName(QStringLiteral("importFormat"));
        m_importFormat->addItem(QStringLiteral("qcow2"));
        m_importFormat->addItem(QStringLiteral("raw"));
        auto *fmtLabel = new QLabel(tr("F&ormat:"), page);
        fmtLabel->setBuddy(m_importFormat);
        f->addRow(fmtLabel, m_importFormat);
        connect(m_importPath, &QLineEdit::textChanged, this, [this](const QString &p) {
            // A guess the user can correct: the extension usually tells.
            if (p.endsWith(QLatin1String(".img")) || p.endsWith(QLatin1String(".raw")))
                m_importFormat->setCurrentText(QStringLiteral("raw"));
            else if (p.endsWith(QLatin1String(".qcow2")))
                m_importFormat->setCurrentText(QStringLiteral("qcow2"));
        });
        m_stack->addWidget(page);
    }
    // Kernel
    {
        auto *page = new QWidget(m_stack);
        auto *f = new QFormLayout(page);
        f->setContentsMargins(0, 0, 0, 0);
        m_kernel = new QLineEdit(page);
        m_kernel->setObjectName(QStringLiteral("kernelPath"));
        m_initrd = new QLineEdit(page);
        m_initrd->setObjectName(QStringLiteral("initrdPath"));
        m_cmdline = new QLineEdit(page);
        m_cmdline->setObjectName(QStringLiteral("kernelArgs"));
        m_cmdline->setPlaceholderText(QStringLiteral("console=ttyS0"));
        auto *k = new QLabel(tr("&Kernel:"), page);
        k->setBuddy(m_kernel);
        auto *i = new QLabel(tr("&Initrd (optional):"), page);
        i->setBuddy(m_initrd);
        auto *c = new QLabel(tr("&Command line:"), page);
        c->setBuddy(m_cmdline);
        f->addRow(k, pathRow(m_kernel, tr("Choose a kernel")));
        f->addRow(i, pathRow(m_initrd, tr("Choose an initrd")));
        f->addRow(c, m_cmdline);
        m_stack->addWidget(page);
    }
    m_stack->addWidget(hintLabel(tr("The virtual machine boots from the network (PXE) the first "
                                    "time its disk is empty. Its network needs a PXE server."),
                                 m_stack));
    m_stack->addWidget(hintLabel(tr("No installation source: attach a CD-ROM or boot from the "
                                    "network later, in the virtual machine's details."),
                                 m_stack));
    layout->addWidget(m_stack);

    auto *hw = new QFormLayout;
    m_virtType = new QComboBox(this);
    m_virtType->setObjectName(QStringLiteral("virtType"));
    m_arch = new QComboBox(this);
    m_arch->setObjectName(QStringLiteral("arch"));
    auto *archLabel = new QLabel(tr("&Architecture:"), this);
    archLabel->setBuddy(m_arch);
    auto *typeLabel = new QLabel(tr("&Virtualization:"), this);
    typeLabel->setBuddy(m_virtType);
    hw->addRow(archLabel, m_arch);
    hw->addRow(typeLabel, m_virtType);
    m_virtWhy = hintLabel(QString(), this);
    m_virtWhy->setObjectName(QStringLiteral("virtWhy"));
    hw->addRow(QString(), m_virtWhy);
    layout->addLayout(hw);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_host, &QComboBox::currentIndexChanged, wizard, &NewVmWizard::selectHost);
    connect(m_methods, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (on)
            m_stack->setCurrentIndex(id);
        revalidate();
    });
    connect(m_arch, &QComboBox::currentIndexChanged, this, &WizardSourcePage::updateVirtTypes);
    connect(m_virtType, &QComboBox::currentIndexChanged, this, &WizardSourcePage::revalidate);
    for (QLineEdit *e : {m_isoPath, m_importPath, m_kernel, m_initrd, m_cmdline})
        connect(e, &QLineEdit::textChanged, this, &WizardSourcePage::revalidate);
    connect(wizard, &NewVmWizard::capabilitiesChanged, this, &WizardSourcePage::onCapabilities);
    connect(wizard, &NewVmWizard::poolsChanged, this, &WizardSourcePage::onPools);
    {
        QSignalBlocker block(m_host);
        m_host->setCurrentIndex(int(wizard->hosts().indexOf(wizard->session())));
    }
    onCapabilities();
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
                ? tr("%1 CPUs, %2 memory (%3 free)")
                      .arg(caps->hostCpus)
                      .arg(gib(caps->memoryKiB * 1024), gib(caps->freeMemoryKiB * 1024))
                : tr("%1 CPUs, %2 memory").arg(caps->hostCpus).arg(gib(caps->memoryKiB * 1024)));
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
        QString why;
        const QString preferred = caps->preferredDomainType(arch(), &why);
        for (const QString &t : caps->domainTypes(arch()))
            m_virtType->addItem(t == QLatin1String("kvm")    ? tr("KVM (hardware)")
                                : t == QLatin1String("qemu") ? tr("QEMU (software emulation)")
                                                             : t,
                                t);
        m_virtType->setCurrentIndex(qMax(0, m_virtType->findData(preferred)));
        m_virtWhy->setText(why);
    } else {
        m_virtWhy->clear();
    }
    revalidate();
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

QString WizardSourcePage::fileProblem(const QString &path, const QString &what, bool required) const
{
    if (path.isEmpty())
        return required ? tr("Enter the path of the %1.").arg(what) : QString();
    if (!path.startsWith(QLatin1Char('/')))
        return tr("The %1 path must be absolute (start with /).").arg(what);
    // Only a local host's files can be checked from here; a remote host reports a missing file
    // when the domain starts (and the creation is then rolled back).
    if (m_wizard->hostIsLocal()) {
        const QFileInfo info(path);
        if (!info.exists())
            return tr("The %1 %2 does not exist.").arg(what, path);
        if (!info.isFile())
            return tr("The %1 %2 is not a file.").arg(what, path);
        if (!info.isReadable())
            return tr("The %1 %2 cannot be read.").arg(what, path);
    }
    return {};
}

QString WizardSourcePage::problem() const
{
    if (!m_wizard->session())
        return tr("Choose a host.");
    if (!m_wizard->capabilities()) {
        const QString err = m_wizard->capabilitiesError();
        return err.isEmpty() ? tr("Waiting for the host's capabilities…") : err;
    }
    if (arch().isEmpty())
        return tr("This host offers no architecture for full virtual machines.");
    if (domainType().isEmpty())
        return tr("This host cannot run %1 guests.").arg(arch());
    switch (method()) {
    case InstallMethod::LocalMedia:
        return fileProblem(mediaPath(), tr("ISO image"), true);
    case InstallMethod::ImportDisk:
        return fileProblem(importPath(), tr("disk image"), true);
    case InstallMethod::KernelBoot:
        if (QString p = fileProblem(kernelPath(), tr("kernel"), true); !p.isEmpty())
            return p;
        return fileProblem(initrdPath(), tr("initrd"), false);
    case InstallMethod::NetworkBoot:
    case InstallMethod::Manual:
        break;
    }
    return {};
}

void WizardSourcePage::revalidate()
{
    // A path still being typed is not yet worth a red message.
    setProblem(m_error, problem());
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

// =============================================================================================
// Step 2: operating system

WizardOsPage::WizardOsPage(NewVmWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Step 2 of 5: Operating system"));
    setSubTitle(tr("Knowing the system sets sensible memory, CPU and disk sizes and the fastest "
                   "devices it supports."));
    auto *layout = new QVBoxLayout(this);
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_detected->setWordWrap(true);
    layout->addWidget(m_detected);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("osSearch"));
    m_search->setPlaceholderText(tr("e.g. debian 12, fedora, windows 11"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    auto *row = new QHBoxLayout;
    row->addWidget(searchLabel);
    row->addWidget(m_search, 1);
    layout->addLayout(row);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("osList"));
    m_list->setAccessibleName(tr("Operating systems"));
    layout->addWidget(m_list, 1);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("osDetails"));
    m_details->setWordWrap(true);
    layout->addWidget(m_details);

    connect(m_search, &QLineEdit::textChanged, this, &WizardOsPage::fill);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        showDetails();
        Q_EMIT completeChanged();
    });
    connect(wizard, &NewVmWizard::osDbLoaded, this, [this] {
        fill();
        if (m_wizard->currentPage() == this)
            initializePage();
    });
    fill();
}

void WizardOsPage::fill()
{
    const QString keep =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    QSignalBlocker block(m_list);
    m_list->clear();
    auto *generic = new QListWidgetItem(tr("Generic or unknown operating system"), m_list);
    generic->setData(Qt::UserRole, QString());
    if (const OsInfoDb *db = m_wizard->osDb()) {
        const QList<OsInfo> found = m_search->text().trimmed().isEmpty()
                                        ? db->search(QString())
                                        : db->search(m_search->text());
        for (const OsInfo &os : found) {
            auto *item = new QListWidgetItem(os.name, m_list);
            item->setData(Qt::UserRole, os.id);
            item->setToolTip(os.id);
        }
    }
    int row = 0;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == keep)
            row = i;
    m_list->setCurrentRow(row);
    block.unblock();
    showDetails();
    Q_EMIT completeChanged();
}

const OsInfo *WizardOsPage::selectedOs() const
{
    const OsInfoDb *db = m_wizard->osDb();
    QListWidgetItem *item = m_list->currentItem();
    if (!db || !item)
        return nullptr;
    return db->find(item->data(Qt::UserRole).toString());
}

bool WizardOsPage::selectOs(const QString &id)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
                m_list->setCurrentRow(i);
                m_list->scrollToItem(m_list->item(i));
                return true;
            }
        // Not in the filtered list: clear the search and look again.
        if (pass == 0 && !m_search->text().isEmpty())
            m_search->clear();
    }
    return false;
}

void WizardOsPage::initializePage()
{
    const OsInfoDb *db = m_wizard->osDb();
    WizardSourcePage *src = m_wizard->sourcePage();
    if (!db) {
        m_detected->setText(tr("Loading the operating system list (osinfo-db)…"));
        return;
    }
    if (src->method() != InstallMethod::LocalMedia) {
        m_detected->setText(tr("Choose the operating system you will install, or \"Generic\"."));
        return;
    }
    const QString iso = src->mediaPath();
    if (iso == m_lastDetectedFrom)
        return; // keep the user's choice for the same ISO
    m_lastDetectedFrom = iso;
    if (!m_wizard->hostIsLocal()) {
        // A remote host's ISO: read its volume descriptors through the host (if it is a volume
        // of a pool), on the worker.
        m_detected->setText(tr("Reading the ISO on the host…"));
        delete m_readContext;
        m_readContext = new QObject(this);
        Storage::readVolumeBytes(m_wizard->session(), iso, 16 * 2048, 8 * 2048, m_readContext,
                                 [this](Result<QByteArray> bytes) {
                                     if (!bytes) {
                                         m_detected->setText(
                                             tr("The ISO could not be read from the host (%1): "
                                                "choose the operating system.")
                                                 .arg(bytes.error().text()));
                                         return;
                                     }
                                     applyDetection(Iso::parseDescriptors(bytes.value()));
                                 });
        return;
    }
    // Reading 16 KiB of a local file: quick enough for the GUI thread.
    applyDetection(Iso::readIdentity(iso));
}

void WizardOsPage::applyDetection(const Result<IsoIdentity> &id)
{
    const OsInfoDb *db = m_wizard->osDb();
    if (!db)
        return;
    if (!id) {
        m_detected->setText(tr("Could not detect the operating system: %1").arg(id.error().text()));
        return;
    }
    const OsInfo *os = db->detect(id.value(), m_wizard->sourcePage()->arch());
    if (!os) {
        m_detected->setText(tr("The ISO (volume \"%1\") is not in the operating system list: "
                               "choose the closest one, or \"Generic\".")
                                .arg(id->volumeId));
        selectOs(QString());
        return;
    }
    selectOs(os->id);
    m_detected->setText(tr("Detected <b>%1</b> from the ISO (volume \"%2\").")
                            .arg(os->name.toHtmlEscaped(), id->volumeId.toHtmlEscaped()));
}

void WizardOsPage::showDetails()
{
    const OsInfo *os = selectedOs();
    if (!os) {
        m_details->setText(tr("Generic: 1 GiB memory, 2 vCPUs, 20 GiB disk, virtio devices."));
        return;
    }
    QStringList parts;
    if (os->recommendedRamBytes || os->minimumRamBytes)
        parts << tr("%1 MiB memory")
                     .arg(
                         (os->recommendedRamBytes ? os->recommendedRamBytes : os->minimumRamBytes) /
                         MiB);
    if (os->recommendedCpus)
        parts << tr("%n vCPU(s)", nullptr, os->recommendedCpus);
    if (os->recommendedStorageBytes)
        parts << tr("%1 disk").arg(gib(os->recommendedStorageBytes));
    parts << (os->virtio ? tr("virtio devices") : tr("emulated devices (no virtio drivers)"));
    m_details->setText(
        tr("Recommended for %1: %2.").arg(os->name, parts.join(QStringLiteral(", "))));
}

bool WizardOsPage::isComplete() const
{
    return m_list->currentItem() != nullptr;
}

// =============================================================================================
// Step 3: CPU and memory

WizardCpuMemoryPage::WizardCpuMemoryPage(NewVmWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Step 3 of 5: CPUs and memory"));
    setSubTitle(tr("What the virtual machine starts with, and how far it can grow while running."));
    auto *layout = new QVBoxLayout(this);

    auto *cpuBox = new QGroupBox(tr("vCPUs"), this);
    auto *cf = new QFormLayout(cpuBox);
    m_vcpus = new QSpinBox(cpuBox);
    m_vcpus->setObjectName(QStringLiteral("vcpus"));
    m_vcpus->setRange(1, 4096);
    m_maxVcpus = new QSpinBox(cpuBox);
    m_maxVcpus->setObjectName(QStringLiteral("maxVcpus"));
    m_maxVcpus->setRange(1, 4096);
    auto *l1 = new QLabel(tr("vCPUs at &start:"), cpuBox);
    l1->setBuddy(m_vcpus);
    auto *l2 = new QLabel(tr("Ma&ximum vCPUs:"), cpuBox);
    l2->setBuddy(m_maxVcpus);
    cf->addRow(l1, m_vcpus);
    cf->addRow(l2, m_maxVcpus);
    cf->addRow(QString(), hintLabel(tr("The maximum is what you can add later while the machine "
                                       "runs (CPU hot-add)."),
                                    cpuBox));
    m_topology = new QCheckBox(tr("Set the CPU &topology by hand"), cpuBox);
    m_topology->setObjectName(QStringLiteral("manualTopology"));
    cf->addRow(m_topology);
    auto *topo = new QWidget(cpuBox);
    auto *th = new QHBoxLayout(topo);
    th->setContentsMargins(0, 0, 0, 0);
    auto spin = [topo, th](const char *name, const QString &label) {
        auto *l = new QLabel(label, topo);
        auto *s = new QSpinBox(topo);
        s->setObjectName(QLatin1String(name));
        s->setRange(1, 1024);
        l->setBuddy(s);
        th->addWidget(l);
        th->addWidget(s);
        return s;
    };
    m_sockets = spin("sockets", tr("Soc&kets:"));
    m_cores = spin("cores", tr("C&ores:"));
    m_threads = spin("threads", tr("T&hreads:"));
    th->addStretch();
    topo->setEnabled(false);
    cf->addRow(topo);
    m_cpuLimits = hintLabel(QString(), cpuBox);
    m_cpuLimits->setObjectName(QStringLiteral("cpuLimits"));
    cf->addRow(QString(), m_cpuLimits);
    layout->addWidget(cpuBox);

    auto *memBox = new QGroupBox(tr("Memory"), this);
    auto *mf = new QFormLayout(memBox);
    m_memory = new QSpinBox(memBox);
    m_memory->setObjectName(QStringLiteral("memory"));
    m_memory->setRange(16, 16 * 1024 * 1024);
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setSingleStep(256);
    m_maxMemory = new QSpinBox(memBox);
    m_maxMemory->setObjectName(QStringLiteral("maxMemory"));
    m_maxMemory->setRange(16, 16 * 1024 * 1024);
    m_maxMemory->setSuffix(tr(" MiB"));
    m_maxMemory->setSingleStep(256);
    auto *l3 = new QLabel(tr("&Memory at start:"), memBox);
    l3->setBuddy(m_memory);
    auto *l4 = new QLabel(tr("Maximum memor&y:"), memBox);
    l4->setBuddy(m_maxMemory);
    mf->addRow(l3, m_memory);
    mf->addRow(l4, m_maxMemory);
    mf->addRow(QString(), hintLabel(tr("The maximum is the balloon's head-room: memory you can "
                                       "give the running machine later."),
                                    memBox));
    m_memoryLimits = hintLabel(QString(), memBox);
    m_memoryLimits->setObjectName(QStringLiteral("memoryLimits"));
    mf->addRow(QString(), m_memoryLimits);
    layout->addWidget(memBox);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("warningLabel"));
    m_warning->setWordWrap(true);
    layout->addWidget(m_warning);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_topology, &QCheckBox::toggled, topo, &QWidget::setEnabled);
    connect(m_topology, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            // A starting point that matches: one socket with all the cores.
            m_sockets->setValue(1);
            m_cores->setValue(m_maxVcpus->value());
            m_threads->setValue(1);
        }
        revalidate();
    });
    for (QSpinBox *s : {m_vcpus, m_maxVcpus, m_sockets, m_cores, m_threads, m_memory, m_maxMemory})
        connect(s, &QSpinBox::valueChanged, this, &WizardCpuMemoryPage::revalidate);
}

void WizardCpuMemoryPage::initializePage()
{
    const HostCapabilities *caps = m_wizard->capabilities();
    const OsInfo *os = m_wizard->osPage()->selectedOs();
    const QString osId = os ? os->id : QString();
    if (caps) {
        const int hostMax =
            caps->maxVcpusFor(m_wizard->sourcePage()->domainType(), m_wizard->sourcePage()->arch());
        m_cpuLimits->setText(tr("Host: %1 CPUs; the hypervisor allows up to %2 vCPUs.")
                                 .arg(caps->hostCpus)
                                 .arg(hostMax));
        m_memoryLimits->setText(caps->freeMemoryKiB
                                    ? tr("Host: %1 MiB memory, %2 MiB free now.")
                                          .arg(caps->memoryKiB / 1024)
                                          .arg(caps->freeMemoryKiB / 1024)
                                    : tr("Host: %1 MiB memory.").arg(caps->memoryKiB / 1024));
    }
    if (osId == m_defaultsFor)
        return; // the user's values for this OS stay
    m_defaultsFor = osId;
    // The OS's recommendation, bounded by what the host has.
    int cpus = os && os->recommendedCpus ? os->recommendedCpus : 2;
    quint64 ramMiB = 1024;
    if (os && (os->recommendedRamBytes || os->minimumRamBytes))
        ramMiB = (os->recommendedRamBytes ? os->recommendedRamBytes : os->minimumRamBytes) / MiB;
    if (caps) {
        cpus = qBound(1, cpus, qMax(1, caps->hostCpus));
        if (caps->memoryKiB)
            ramMiB = qMin<quint64>(ramMiB, qMax<quint64>(256, caps->memoryKiB / 1024 / 2));
    }
    m_vcpus->setValue(cpus);
    // Above the current count so live hot-add has somewhere to go.
    int max = qMax(cpus + 1, caps ? qMin(caps->hostCpus, cpus * 2) : cpus * 2);
    if (caps) {
        const int hv =
            caps->maxVcpusFor(m_wizard->sourcePage()->domainType(), m_wizard->sourcePage()->arch());
        if (hv > 0)
            max = qMin(max, hv);
    }
    m_maxVcpus->setValue(qMax(max, cpus));
    m_memory->setValue(int(ramMiB));
    m_maxMemory->setValue(int(ramMiB));
    revalidate();
}

int WizardCpuMemoryPage::vcpus() const
{
    return m_vcpus->value();
}
int WizardCpuMemoryPage::maxVcpus() const
{
    return m_maxVcpus->value();
}
bool WizardCpuMemoryPage::manualTopology() const
{
    return m_topology->isChecked();
}
int WizardCpuMemoryPage::sockets() const
{
    return m_sockets->value();
}
int WizardCpuMemoryPage::cores() const
{
    return m_cores->value();
}
int WizardCpuMemoryPage::threads() const
{
    return m_threads->value();
}
quint64 WizardCpuMemoryPage::memoryMiB() const
{
    return quint64(m_memory->value());
}
quint64 WizardCpuMemoryPage::maxMemoryMiB() const
{
    return quint64(m_maxMemory->value());
}

QString WizardCpuMemoryPage::problem() const
{
    if (maxVcpus() < vcpus())
        return tr("The maximum vCPUs (%1) cannot be below the vCPUs at start (%2).")
            .arg(maxVcpus())
            .arg(vcpus());
    const HostCapabilities *caps = m_wizard->capabilities();
    if (caps) {
        const int hv =
            caps->maxVcpusFor(m_wizard->sourcePage()->domainType(), m_wizard->sourcePage()->arch());
        if (hv > 0 && maxVcpus() > hv)
            return tr("The hypervisor allows at most %1 vCPUs.").arg(hv);
    }
    if (manualTopology() && sockets() * cores() * threads() != maxVcpus())
        return tr("Sockets × cores × threads is %1, but it must equal the maximum vCPUs (%2).")
            .arg(sockets() * cores() * threads())
            .arg(maxVcpus());
    if (maxMemoryMiB() < memoryMiB())
        return tr("The maximum memory (%1 MiB) cannot be below the memory at start (%2 MiB).")
            .arg(maxMemoryMiB())
            .arg(memoryMiB());
    if (caps && caps->memoryKiB && maxMemoryMiB() > caps->memoryKiB / 1024)
        return tr("The host has only %1 MiB of memory; the maximum cannot exceed it.")
            .arg(caps->memoryKiB / 1024);
    return {};
}

void WizardCpuMemoryPage::revalidate()
{
    setProblem(m_error, problem());
    QStringList warnings;
    if (const HostCapabilities *caps = m_wizard->capabilities()) {
        if (vcpus() > caps->hostCpus)
            warnings << tr("More vCPUs than the host has CPUs: the guest will run slower.");
        if (caps->freeMemoryKiB && memoryMiB() > caps->freeMemoryKiB / 1024)
            warnings << tr("The host has only %1 MiB free now; the machine may not start.")
                            .arg(caps->freeMemoryKiB / 1024);
    }
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
    Q_EMIT completeChanged();
}

bool WizardCpuMemoryPage::isComplete() const
{
    return problem().isEmpty();
}

int WizardCpuMemoryPage::nextId() const
{
    // An imported image is the disk: nothing to choose on the storage step.
    return m_wizard->sourcePage()->method() == InstallMethod::ImportDisk ? NewVmWizard::FinishPage
                                                                         : NewVmWizard::StoragePage;
}

// =============================================================================================
// Step 4: storage

WizardStoragePage::WizardStoragePage(NewVmWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Step 4 of 5: Storage"));
    setSubTitle(tr("The virtual machine's disk."));
    auto *layout = new QVBoxLayout(this);
    m_choices = new QButtonGroup(this);
    auto *newRadio = new QRadioButton(tr("Create a &new disk volume"), this);
    newRadio->setObjectName(QStringLiteral("diskNew"));
    auto *existingRadio = new QRadioButton(tr("Use an &existing volume or file"), this);
    existingRadio->setObjectName(QStringLiteral("diskExisting"));
    auto *noneRadio = new QRadioButton(tr("N&o disk"), this);
    noneRadio->setObjectName(QStringLiteral("diskNone"));
    m_choices->addButton(newRadio, NewVolume);
    m_choices->addButton(existingRadio, Existing);
    m_choices->addButton(noneRadio, NoDisk);
    newRadio->setChecked(true);

    layout->addWidget(newRadio);
    m_newBox = new QWidget(this);
    auto *nf = new QFormLayout(m_newBox);
    m_pool = new QComboBox(m_newBox);
    m_pool->setObjectName(QStringLiteral("pool"));
    auto *pl = new QLabel(tr("&Pool:"), m_newBox);
    pl->setBuddy(m_pool);
    nf->addRow(pl, m_pool);
    m_poolFree = hintLabel(QString(), m_newBox);
    m_poolFree->setObjectName(QStringLiteral("poolFree"));
    nf->addRow(QString(), m_poolFree);
    m_size = new QDoubleSpinBox(m_newBox);
    m_size->setObjectName(QStringLiteral("diskSize"));
    m_size->setRange(0.1, 64 * 1024);
    m_size->setDecimals(1);
    m_size->setValue(20);
    m_size->setSuffix(tr(" GiB"));
    auto *sl = new QLabel(tr("&Size:"), m_newBox);
    sl->setBuddy(m_size);
    nf->addRow(sl, m_size);
    auto *formats = new QWidget(m_newBox);
    auto *fh = new QVBoxLayout(formats);
    fh->setContentsMargins(0, 0, 0, 0);
    m_qcow2 =
        new QRadioButton(tr("&qcow2: grows as the guest writes; supports snapshots."), formats);
    m_qcow2->setObjectName(QStringLiteral("formatQcow2"));
    m_raw = new QRadioButton(tr("&raw: allocated in full now; fastest."), formats);
    m_raw->setObjectName(QStringLiteral("formatRaw"));
    m_qcow2->setChecked(true);
    fh->addWidget(m_qcow2);
    fh->addWidget(m_raw);
    auto *fl = new QLabel(tr("Format:"), m_newBox);
    nf->addRow(fl, formats);
    layout->addWidget(m_newBox);

    layout->addWidget(existingRadio);
    m_existingBox = new QWidget(this);
    auto *ef = new QFormLayout(m_existingBox);
    m_existingPath = new QLineEdit(m_existingBox);
    m_existingPath->setObjectName(QStringLiteral("existingPath"));
    auto *el = new QLabel(tr("Pa&th:"), m_existingBox);
    el->setBuddy(m_existingPath);
    ef->addRow(el, m_existingPath);
    m_existingVolume = new QComboBox(m_existingBox);
    m_existingVolume->setObjectName(QStringLiteral("existingVolume"));
    auto *evl = new QLabel(tr("or a &volume:"), m_existingBox);
    evl->setBuddy(m_existingVolume);
    ef->addRow(evl, m_existingVolume);
    m_existingBox->setEnabled(false);
    layout->addWidget(m_existingBox);
    layout->addWidget(noneRadio);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addStretch();

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
    connect(wizard, &NewVmWizard::poolsChanged, this, &WizardStoragePage::onPools);
    onPools();
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
                                .arg(gib(p->availableBytes), gib(p->capacityBytes),
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
    switch (choice()) {
    case NewVolume: {
        const StoragePoolInfo *p = currentPool();
        if (!p && !m_wizard->poolsLoaded())
            return tr("Reading the host's storage pools…");
        if (!p)
            return tr("This host has no active storage pool: choose an existing file or no disk.");
        // raw takes all of its size now; qcow2 only grows, so it may overcommit (see the hint).
        if (format() == QLatin1String("raw") && sizeBytes() > p->availableBytes)
            return tr("The pool '%1' has only %2 free; a raw disk of %3 needs all of it now.")
                .arg(p->name, gib(p->availableBytes), gib(sizeBytes()));
        return {};
    }
    case Existing: {
        const QString path = existingPath();
        if (path.isEmpty())
            return tr("Enter the path of the disk image, or choose a volume.");
        if (!path.startsWith(QLatin1Char('/')))
            return tr("The disk path must be absolute (start with /).");
        if (m_wizard->hostIsLocal() && !QFileInfo::exists(path))
            return tr("The disk image %1 does not exist.").arg(path);
        return {};
    }
    case NoDisk:
        return {};
    }
    return {};
}

void WizardStoragePage::revalidate()
{
    QString text = problem();
    const StoragePoolInfo *p = currentPool();
    if (text.isEmpty() && choice() == NewVolume && p && sizeBytes() > p->availableBytes)
        text = tr("Note: the pool has only %1 free; the qcow2 disk can fill it.")
                   .arg(gib(p->availableBytes));
    setProblem(m_error, text);
    Q_EMIT completeChanged();
}

bool WizardStoragePage::isComplete() const
{
    return problem().isEmpty();
}

// =============================================================================================
// Step 5: finish

WizardFinishPage::WizardFinishPage(NewVmWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Step 5 of 5: Ready to create"));
    setSubTitle(tr("Nothing has been created yet. Finish creates the disk, defines the virtual "
                   "machine and starts it; if a step fails, everything is undone."));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(DomainXmlBuilder::maxNameLength + 1); // one more, to say it is too long
    auto *nl = new QLabel(tr("&Name:"), this);
    nl->setBuddy(m_name);
    form->addRow(nl, m_name);
    m_network = new QComboBox(this);
    m_network->setObjectName(QStringLiteral("network"));
    auto *netl = new QLabel(tr("Ne&twork:"), this);
    netl->setBuddy(m_network);
    form->addRow(netl, m_network);
    m_listen = new QComboBox(this);
    m_listen->setObjectName(QStringLiteral("listen"));
    m_listen->addItem(tr("127.0.0.1 — only this host (safe)"), QStringLiteral("127.0.0.1"));
    m_listen->addItem(tr("0.0.0.0 — every network the host is on"), QStringLiteral("0.0.0.0"));
    auto *ll = new QLabel(tr("VNC &listens on:"), this);
    ll->setBuddy(m_listen);
    form->addRow(ll, m_listen);
    m_listenWarning = new QLabel(
        tr("Warning: anyone who can reach this host on the network can then see and control "
           "the virtual machine's screen. Set a password below."),
        this);
    m_listenWarning->setObjectName(QStringLiteral("listenWarning"));
    m_listenWarning->setWordWrap(true);
    m_listenWarning->setStyleSheet(QStringLiteral("color: #8a5300;"));
    form->addRow(QString(), m_listenWarning);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("vncPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(8);
    m_password->setPlaceholderText(tr("up to 8 characters (VNC's limit)"));
    m_passwordLabel = new QLabel(tr("VNC &password:"), this);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    layout->addLayout(form);

    m_start = new QCheckBox(tr("&Start the virtual machine after creating it"), this);
    m_start->setObjectName(QStringLiteral("startAfter"));
    m_start->setChecked(true);
    m_autostart = new QCheckBox(tr("Start it &automatically when the host boots"), this);
    m_autostart->setObjectName(QStringLiteral("autostart"));
    m_customize = new QCheckBox(tr("&Customize configuration before install"), this);
    m_customize->setObjectName(QStringLiteral("customize"));
    m_customize->setToolTip(tr("Defines the virtual machine and opens its details; start it from "
                               "there when it looks right."));
    layout->addWidget(m_start);
    layout->addWidget(m_autostart);
    layout->addWidget(m_customize);

    auto *xmlHeader = new QHBoxLayout;
    auto *xl = new QLabel(tr("Domain &XML that will be defined:"), this);
    m_copy = new QPushButton(tr("C&opy XML"), this);
    m_copy->setObjectName(QStringLiteral("copyXml"));
    xmlHeader->addWidget(xl, 1);
    xmlHeader->addWidget(m_copy);
    layout->addLayout(xmlHeader);
    m_xml = new QPlainTextEdit(this);
    m_xml->setObjectName(QStringLiteral("xmlPreview"));
    m_xml->setReadOnly(true);
    m_xml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_xml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    xl->setBuddy(m_xml);
    layout->addWidget(m_xml, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Creation progress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    m_error = errorLabel(this);
    layout->addWidget(m_error);

    // The pool's volume list arrives later; a name clash with it must show when it does.
    connect(wizard->storagePage(), &WizardStoragePage::volumesListed, this,
            &WizardFinishPage::revalidate);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_xml->toPlainText()); });
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, &WizardFinishPage::revalidate);
    connect(m_network, &QComboBox::currentIndexChanged, this, &WizardFinishPage::revalidate);
    connect(m_password, &QLineEdit::textChanged, this, &WizardFinishPage::revalidate);
    connect(m_listen, &QComboBox::currentIndexChanged, this, [this] {
        const bool open = listenAddress() != QLatin1String("127.0.0.1");
        m_listenWarning->setVisible(open);
        m_passwordLabel->setVisible(open);
        m_password->setVisible(open);
        if (!open)
            m_password->clear();
        revalidate();
    });
    for (QCheckBox *c : {m_start, m_autostart, m_customize})
        connect(c, &QCheckBox::toggled, this, &WizardFinishPage::revalidate);
    connect(m_customize, &QCheckBox::toggled, m_start, [this](bool on) {
        // Customizing means: define, show the details, start from there.
        m_start->setEnabled(!on);
    });
    m_listenWarning->hide();
    m_passwordLabel->hide();
    m_password->hide();
    m_error->hide();
}

void WizardFinishPage::fillNetworks()
{
    const QString keep = m_network->currentText();
    QSignalBlocker block(m_network);
    m_network->clear();
    const HostCapabilities *caps = m_wizard->capabilities();
    auto add = [this](const QString &text, NetworkKind kind, const QString &source) {
        m_network->addItem(text, QVariantList{int(kind), source});
    };
    if (caps) {
        for (const HostNetworkChoice &n : caps->networks)
            add(n.active ? tr("Virtual network '%1'").arg(n.name)
                         : tr("Virtual network '%1' (inactive)").arg(n.name),
                NetworkKind::VirtualNetwork, n.name);
        for (const QString &b : caps->bridges)
            add(tr("Host bridge %1").arg(b), NetworkKind::Bridge, b);
        if (caps->session || caps->networks.isEmpty())
            add(tr("User networking (no privileges needed; outgoing only)"), NetworkKind::User,
                QString());
    }
    add(tr("No network"), NetworkKind::None, QString());
    int i = m_network->findText(keep);
    if (i < 0)
        i = m_network->findData(
            QVariantList{int(NetworkKind::VirtualNetwork), QStringLiteral("default")});
    m_network->setCurrentIndex(qMax(0, i));
}

void WizardFinishPage::initializePage()
{
    fillNetworks();
    if (!m_nameEdited) {
        // A free name from the OS's short id ("debian11", "debian11-2"...) or "vm".
        const OsInfo *os = m_wizard->osPage()->selectedOs();
        const QString base = os && !os->shortId.isEmpty() ? os->shortId : QStringLiteral("vm");
        const HostCapabilities *caps = m_wizard->capabilities();
        QString candidate = base;
        for (int n = 2; caps && caps->hasDomainNamed(candidate); ++n)
            candidate = base + QLatin1Char('-') + QString::number(n);
        QSignalBlocker block(m_name);
        m_name->setText(candidate);
    }
    m_status->clear();
    m_progress->hide();
    revalidate();
}

QString WizardFinishPage::name() const
{
    return m_name->text().trimmed();
}
NetworkKind WizardFinishPage::networkKind() const
{
    const QVariantList d = m_network->currentData().toList();
    return d.isEmpty() ? NetworkKind::None : NetworkKind(d.at(0).toInt());
}
QString WizardFinishPage::networkSource() const
{
    const QVariantList d = m_network->currentData().toList();
    return d.size() < 2 ? QString() : d.at(1).toString();
}
QString WizardFinishPage::listenAddress() const
{
    return m_listen->currentData().toString();
}
QString WizardFinishPage::vncPassword() const
{
    return m_password->isVisible() || listenAddress() != QLatin1String("127.0.0.1")
               ? m_password->text()
               : QString();
}
bool WizardFinishPage::startAfter() const
{
    return m_start->isChecked();
}
bool WizardFinishPage::autostart() const
{
    return m_autostart->isChecked();
}
bool WizardFinishPage::customize() const
{
    return m_customize->isChecked();
}

QString WizardFinishPage::newVolumeName() const
{
    const bool raw = m_wizard->storagePage()->format() == QLatin1String("raw");
    return name() + (raw ? QStringLiteral(".img") : QStringLiteral(".qcow2"));
}

QString WizardFinishPage::problem() const
{
    // Earlier steps can change under us (a host switch, pools still loading); check them again.
    QStringList earlier{m_wizard->sourcePage()->problem(), m_wizard->cpuMemoryPage()->problem()};
    if (m_wizard->sourcePage()->method() != InstallMethod::ImportDisk)
        earlier << m_wizard->storagePage()->problem();
    for (const QString &p : std::as_const(earlier))
        if (!p.isEmpty())
            return tr("An earlier step needs attention: %1").arg(p);
    const QString n = name();
    if (QString p = DomainXmlBuilder::nameProblem(n); !p.isEmpty())
        return p;
    const HostCapabilities *caps = m_wizard->capabilities();
    if (caps && caps->hasDomainNamed(n))
        return tr("A virtual machine named '%1' already exists on this host.").arg(n);
    const VmCreationPlan plan = m_wizard->plan();
    if (plan.createVolume && m_wizard->storagePage()->volumeNames().contains(plan.volumeName))
        return tr("The pool '%1' already has a volume named '%2': choose another name.")
            .arg(plan.pool, plan.volumeName);
    DomainSpec spec = plan.spec;
    if (plan.createVolume)
        spec.diskPath = plan.volumeName; // the real path comes from libvirt at creation
    const QStringList problems = DomainXmlBuilder::problems(spec);
    return problems.isEmpty() ? QString() : problems.first();
}

void WizardFinishPage::revalidate()
{
    setProblem(m_error, problem());
    // The scroll position survives a refresh, so the user can read along while typing.
    const int scroll = m_xml->verticalScrollBar() ? m_xml->verticalScrollBar()->value() : 0;
    m_xml->setPlainText(m_wizard->previewXml());
    m_xml->verticalScrollBar()->setValue(scroll);
    Q_EMIT completeChanged();
}

bool WizardFinishPage::isComplete() const
{
    return !m_wizard->isCreating() && problem().isEmpty();
}

void WizardFinishPage::setCreating(bool creating)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_network, m_listen, m_password,
                                                       m_start, m_autostart, m_customize})
        w->setEnabled(!creating);
    if (!creating)
        m_start->setEnabled(!m_customize->isChecked());
    if (creating) {
        m_error->hide();
        m_progress->setValue(0);
        m_progress->show();
    } else {
        m_progress->hide();
    }
    Q_EMIT completeChanged();
}

void WizardFinishPage::showStep(const QString &text)
{
    m_status->setStyleSheet(QString());
    m_status->setText(text + QStringLiteral("…"));
}

void WizardFinishPage::showProgress(int percent)
{
    m_progress->setValue(percent);
}

void WizardFinishPage::showOutcome(const QString &text, bool ok)
{
    m_status->clear();
    if (ok) {
        m_status->setText(text);
        return;
    }
    setProblem(m_error, text);
}

} // namespace Vireo
