// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/wizard/wizardcpumemorypage.h"

#include "ui/wizard/wizardfirmwarebox.h"

#include "core/common/memorysize.h"
#include "core/create/hostcapabilities.h"
#include "core/create/vmspecvalidator.h"
#include "ui/wizard/newvmwizard.h"
#include "ui/wizard/wizardospage.h"
#include "ui/wizard/wizardpageparts.h"
#include "ui/wizard/wizardsourcepage.h"
#include "widgets/spinrangewatcher.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Vireo {

using namespace WizardParts;

namespace {

QSpinBox *spinBox(const char *name, int minimum, int maximum, QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(QLatin1String(name));
    s->setRange(minimum, maximum);
    return s;
}

QSpinBox *mibBox(const char *name, QWidget *parent)
{
    QSpinBox *s = spinBox(name, 16, 16 * 1024 * 1024, parent);
    s->setSuffix(QObject::tr(" MiB"));
    s->setSingleStep(256);
    return s;
}

void addBuddyRow(QFormLayout *form, const QString &text, QWidget *field, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setBuddy(field);
    form->addRow(l, field);
}

} // namespace

WizardCpuMemoryPage::WizardCpuMemoryPage(NewVmWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Step 3 of 5: CPUs and memory"));
    setSubTitle(tr("What the virtual machine starts with, and how far it can grow while running."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(cpuBox());
    layout->addWidget(memoryBox());
    m_firmware = new WizardFirmwareBox(this);
    layout->addWidget(m_firmware);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("warningLabel"));
    m_warning->setWordWrap(true);
    layout->addWidget(m_warning);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addStretch();
    connectFields();
}

QGroupBox *WizardCpuMemoryPage::cpuBox()
{
    auto *box = new QGroupBox(tr("vCPUs"), this);
    auto *cf = new QFormLayout(box);
    m_vcpus = spinBox("vcpus", 1, 4096, box);
    m_maxVcpus = spinBox("maxVcpus", 1, 4096, box);
    addBuddyRow(cf, tr("vCPUs at &start:"), m_vcpus, box);
    addBuddyRow(cf, tr("Ma&ximum vCPUs:"), m_maxVcpus, box);
    cf->addRow(QString(), hintLabel(tr("The maximum is what you can add later while the machine "
                                       "runs (CPU hot-add)."),
                                    box));
    m_topology = new QCheckBox(tr("Set the CPU &topology by hand"), box);
    m_topology->setObjectName(QStringLiteral("manualTopology"));
    cf->addRow(m_topology);
    cf->addRow(topologyRow(box));
    m_cpuLimits = hintLabel(QString(), box);
    m_cpuLimits->setObjectName(QStringLiteral("cpuLimits"));
    cf->addRow(QString(), m_cpuLimits);
    return box;
}

QWidget *WizardCpuMemoryPage::topologyRow(QWidget *parent)
{
    m_topologyRow = new QWidget(parent);
    auto *th = new QHBoxLayout(m_topologyRow);
    th->setContentsMargins(0, 0, 0, 0);
    auto spin = [this, th](const char *name, const QString &label) {
        auto *l = new QLabel(label, m_topologyRow);
        QSpinBox *s = spinBox(name, 1, 1024, m_topologyRow);
        l->setBuddy(s);
        th->addWidget(l);
        th->addWidget(s);
        return s;
    };
    m_sockets = spin("sockets", tr("Soc&kets:"));
    m_cores = spin("cores", tr("C&ores:"));
    m_threads = spin("threads", tr("T&hreads:"));
    th->addStretch();
    m_topologyRow->setEnabled(false);
    return m_topologyRow;
}

QGroupBox *WizardCpuMemoryPage::memoryBox()
{
    auto *box = new QGroupBox(tr("Memory"), this);
    auto *mf = new QFormLayout(box);
    m_memory = mibBox("memory", box);
    m_maxMemory = mibBox("maxMemory", box);
    addBuddyRow(mf, tr("&Memory at start:"), m_memory, box);
    addBuddyRow(mf, tr("Maximum memor&y:"), m_maxMemory, box);
    mf->addRow(QString(), hintLabel(tr("The maximum is the balloon's head-room: memory you can "
                                       "give the running machine later."),
                                    box));
    m_memoryLimits = hintLabel(QString(), box);
    m_memoryLimits->setObjectName(QStringLiteral("memoryLimits"));
    mf->addRow(QString(), m_memoryLimits);
    return box;
}

void WizardCpuMemoryPage::connectFields()
{
    connect(m_topology, &QCheckBox::toggled, m_topologyRow, &QWidget::setEnabled);
    connect(m_topology, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            // A starting point that matches: one socket with all the cores.
            m_sockets->setValue(1);
            m_cores->setValue(m_maxVcpus->value());
            m_threads->setValue(1);
        }
        revalidate();
    });
    for (QSpinBox *s :
         {m_vcpus, m_maxVcpus, m_sockets, m_cores, m_threads, m_memory, m_maxMemory}) {
        connect(s, &QSpinBox::valueChanged, this, [this] {
            m_rangeNotice.clear();
            revalidate();
        });
        // The box puts back its last value when a number out of range is typed: say so.
        connect(new SpinRangeWatcher(s), &SpinRangeWatcher::refused, this,
                [this, s](qint64 typed, qint64 kept) {
                    m_rangeNotice = tr("%1 is not possible here (%2 to %3); it stays at %4.")
                                        .arg(typed)
                                        .arg(s->minimum())
                                        .arg(s->maximum())
                                        .arg(kept);
                    revalidate();
                });
    }
}

void WizardCpuMemoryPage::initializePage()
{
    showHostLimits();
    const OsInfo *os = m_wizard->osPage()->selectedOs();
    if (const HostCapabilities *caps = m_wizard->capabilities())
        m_firmware->offer(
            caps->firmwareFor(m_wizard->sourcePage()->domainType(), m_wizard->sourcePage()->arch()),
            os);
    const QString osId = os ? os->id : QString();
    if (osId == m_defaultsFor)
        return; // the user's values for this OS stay
    m_defaultsFor = osId;
    applyRecommendation();
    revalidate();
}

void WizardCpuMemoryPage::showHostLimits()
{
    const HostCapabilities *caps = m_wizard->capabilities();
    if (!caps)
        return;
    const int hostMax =
        caps->maxVcpusFor(m_wizard->sourcePage()->domainType(), m_wizard->sourcePage()->arch());
    m_cpuLimits->setText(tr("Host: %1 CPUs; the hypervisor allows up to %2 vCPUs.")
                             .arg(caps->hostCpus)
                             .arg(hostMax));
    // The figure that bounds guests (the maximum above cannot pass it); which is which in the
    // tooltip when libvirt's NUMA figure differs.
    m_memoryLimits->setText(
        caps->freeMemoryKiB ? tr("Host: %1 memory, %2 available now.")
                                  .arg(formatKiB(caps->memoryKiB), formatKiB(caps->freeMemoryKiB))
                            : tr("Host: %1 memory.").arg(formatKiB(caps->memoryKiB)));
    m_memoryLimits->setToolTip(caps->memoryNote);
}

void WizardCpuMemoryPage::applyRecommendation()
{
    // The OS's recommendation, bounded by what the host has.
    const HostCapabilities *caps = m_wizard->capabilities();
    const OsInfo *os = m_wizard->osPage()->selectedOs();
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
    return VmSpecValidator::cpuMemoryStep(m_wizard->draft()).problem;
}

void WizardCpuMemoryPage::revalidate()
{
    const StepCheck check = VmSpecValidator::cpuMemoryStep(m_wizard->draft());
    showCheck(m_error, check);
    QStringList notes = check.notes;
    if (!m_rangeNotice.isEmpty())
        notes.prepend(m_rangeNotice);
    m_warning->setText(notes.join(QLatin1Char('\n')));
    m_warning->setVisible(!notes.isEmpty());
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

} // namespace Vireo
