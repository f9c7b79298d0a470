// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/wizard/newvmwizard.h"

#include "ui/wizard/pathchecker.h"

#include "core/common/uri.h"
#include "core/create/virtinstall.h"
#include "core/session/hostsession.h"
#include "ui/common/hosteventlog.h"
#include "ui/common/messagelog.h"
#include "ui/common/softwareemulationoffer.h"
#include "ui/wizard/wizardcpumemorypage.h"
#include "ui/wizard/wizardfinishpage.h"
#include "ui/wizard/wizardfirmwarebox.h"
#include "ui/wizard/wizardospage.h"
#include "ui/wizard/wizardsourcepage.h"
#include "ui/wizard/wizardstoragepage.h"

#include <QAbstractButton>

namespace Vireo {

NewVmWizard::NewVmWizard(const QList<HostSession *> &hosts, HostSession *preferred, QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("New Virtual Machine"));
    setObjectName(QStringLiteral("NewVmWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    for (HostSession *h : hosts)
        m_hosts << h;
    m_hostIndex = preferred ? qMax(0, int(hosts.indexOf(preferred))) : 0;

    // Before the pages: they ask for their paths to be checked as they are built.
    m_paths = new PathChecker(this);
    connect(m_paths, &PathChecker::checked, this, &NewVmWizard::pathChecked);

    m_source = new WizardSourcePage(this);
    m_os = new WizardOsPage(this);
    m_cpu = new WizardCpuMemoryPage(this);
    m_storage = new WizardStoragePage(this);
    m_finish = new WizardFinishPage(this);
    setPage(SourcePage, m_source);
    setPage(OsPage, m_os);
    setPage(CpuMemoryPage, m_cpu);
    setPage(StoragePage, m_storage);
    setPage(FinishPage, m_finish);
    setStartId(SourcePage);
    resize(760, 600);

    OsInfoDb::loadShared(this, [this](Result<std::shared_ptr<const OsInfoDb>> db) {
        if (db)
            m_osDb = db.value();
        Q_EMIT osDbLoaded();
    });

    refreshHost();
}

NewVmWizard::~NewVmWizard()
{
    // Closed mid-creation (the application quits): let the creator finish its rollback on its
    // own, owned by the host session, instead of leaving a half-created machine behind.
    if (m_creator && m_creator->isRunning() && session()) {
        m_creator->disconnect(this);
        m_creator->setParent(session());
        connect(m_creator, &VmCreator::finished, m_creator, &QObject::deleteLater);
        m_creator->cancel();
        m_creator = nullptr;
    }
}

NewVmWizard *NewVmWizard::showFor(const QList<HostSession *> &hosts, HostSession *preferred,
                                  QWidget *parent)
{
    auto *w = new NewVmWizard(hosts, preferred, parent);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->show();
    w->raise();
    w->activateWindow();
    return w;
}

HostSession *NewVmWizard::session() const
{
    if (m_hostIndex < 0 || m_hostIndex >= m_hosts.size())
        return nullptr;
    return m_hosts.at(m_hostIndex);
}

QList<HostSession *> NewVmWizard::hosts() const
{
    QList<HostSession *> out;
    for (const auto &h : m_hosts)
        out << h.data();
    return out;
}

void NewVmWizard::checkPaths()
{
    m_paths->want(VmSpecValidator::pathsToCheck(draft()));
}

void NewVmWizard::setNetworks(const QList<VirtualNetworkInfo> &networks)
{
    if (!m_capsLoaded)
        return;
    m_caps.networks.clear();
    for (const VirtualNetworkInfo &n : networks)
        m_caps.networks.append({n.name, n.active, n.bridge});
    Q_EMIT networksChanged();
}

bool NewVmWizard::hostIsLocal() const
{
    HostSession *s = session();
    return s && Uri::isLocal(s->uri());
}

void NewVmWizard::selectHost(int index)
{
    if (index == m_hostIndex && m_capsLoaded)
        return;
    m_hostIndex = index;
    refreshHost();
}

void NewVmWizard::useCapabilities(const HostCapabilities &caps)
{
    m_caps = caps;
    m_capsLoaded = true;
    m_capsError.clear();
    Q_EMIT capabilitiesChanged();
}

void NewVmWizard::refreshHost()
{
    // Results of the previous host's queries are dropped with their context.
    delete m_hostContext;
    m_hostContext = new QObject(this);
    m_capsLoaded = false;
    m_capsError.clear();
    m_caps = {};
    m_pools.clear();
    m_poolsLoaded = false;
    Q_EMIT capabilitiesChanged();
    Q_EMIT poolsChanged();
    HostSession *s = session();
    if (!s) {
        m_capsError = tr("No host is selected.");
        Q_EMIT capabilitiesChanged();
        return;
    }
    if (s->state() != HostState::Connected) {
        m_capsError = tr("%1 is not connected.").arg(s->displayName());
        // Try again once it connects.
        connect(s, &HostSession::stateChanged, m_hostContext, [this](HostState st) {
            if (st == HostState::Connected)
                refreshHost();
        });
        Q_EMIT capabilitiesChanged();
        return;
    }
    HostCapabilitiesQuery::fetch(s, m_hostContext, [this](Result<HostCapabilities> caps) {
        if (caps)
            return useCapabilities(caps.value());
        m_capsError = caps.error().text();
        Q_EMIT capabilitiesChanged();
    });
    Storage::listPools(s, m_hostContext, [this](Result<QList<StoragePoolInfo>> pools) {
        if (pools)
            m_pools = pools.value();
        m_poolsLoaded = true;
        Q_EMIT poolsChanged();
    });
}

// The pages are built one after the other and validate as they go: a page not built yet leaves
// its fields at DomainSpec's defaults.

void NewVmWizard::fillSource(DomainSpec &s) const
{
    if (!m_source)
        return;
    s.install = m_source->method();
    s.domainType = m_source->domainType();
    s.arch = m_source->arch();
    s.mediaPath = m_source->mediaPath();
    s.kernelPath = m_source->kernelPath();
    s.initrdPath = m_source->initrdPath();
    s.kernelArgs = m_source->kernelArgs();
    if (s.install == InstallMethod::ImportDisk) {
        s.hasDisk = true;
        s.diskPath = m_source->importPath();
        s.diskFormat = m_source->importFormat();
    }
}

void NewVmWizard::fillDevices(DomainSpec &s) const
{
    const OsInfo *os = m_os ? m_os->selectedOs() : nullptr;
    s.osinfoId = os ? os->id : QString();
    // Generic guests and OSes with virtio drivers get virtio; older ones emulated hardware.
    const bool virtio = !os || os->virtio;
    const bool x86 = s.arch == QLatin1String("x86_64") || s.arch == QLatin1String("i686");
    s.diskBus = virtio ? QStringLiteral("virtio") : QStringLiteral("sata");
    s.nicModel = virtio ? QStringLiteral("virtio") : QStringLiteral("e1000");
    s.videoModel = virtio ? QStringLiteral("virtio") : QStringLiteral("vga");
    s.cdromBus = x86 ? QStringLiteral("ide") : QStringLiteral("scsi");
    if (s.domainType == QLatin1String("kvm"))
        s.cpuMode = QStringLiteral("host-passthrough");
}

void NewVmWizard::fillCpuMemory(DomainSpec &s) const
{
    if (!m_cpu)
        return;
    s.vcpus = m_cpu->vcpus();
    s.maxVcpus = m_cpu->maxVcpus();
    if (m_cpu->manualTopology()) {
        s.sockets = m_cpu->sockets();
        s.cores = m_cpu->cores();
        s.threads = m_cpu->threads();
    }
    s.memoryMiB = m_cpu->memoryMiB();
    s.maxMemoryMiB = m_cpu->maxMemoryMiB();
    s.firmware = m_cpu->firmwareBox()->firmware();
    s.secureBoot = m_cpu->firmwareBox()->secureBoot();
    s.tpm = m_cpu->firmwareBox()->tpm();
}

void NewVmWizard::fillDisk(DomainSpec &s) const
{
    if (!m_storage || s.install == InstallMethod::ImportDisk)
        return;
    switch (m_storage->choice()) {
    case WizardStoragePage::NewVolume:
        s.hasDisk = true;
        s.diskFormat = m_storage->format();
        break;
    case WizardStoragePage::Existing:
        s.hasDisk = true;
        s.diskPath = m_storage->existingPath();
        s.diskFormat = m_storage->existingFormat();
        break;
    case WizardStoragePage::NoDisk:
        s.hasDisk = false;
        break;
    }
}

void NewVmWizard::fillFinish(DomainSpec &s) const
{
    if (!m_finish)
        return;
    s.name = m_finish->name();
    s.network = m_finish->networkKind();
    s.networkSource = m_finish->networkSource();
    s.vncListen = m_finish->listenAddress();
    s.vncPassword = m_finish->vncPassword();
}

DomainSpec NewVmWizard::spec() const
{
    DomainSpec s;
    fillSource(s);
    fillDevices(s);
    fillCpuMemory(s);
    fillDisk(s);
    fillFinish(s);
    return s;
}

VmCreationPlan NewVmWizard::plan() const
{
    VmCreationPlan p;
    p.spec = spec();
    p.createVolume = p.spec.install != InstallMethod::ImportDisk && m_storage &&
                     m_storage->choice() == WizardStoragePage::NewVolume;
    if (p.createVolume) {
        p.pool = m_storage->pool();
        p.volumeFormat = m_storage->format();
        p.volumeCapacityBytes = m_storage->sizeBytes();
        p.volumeName = m_finish ? m_finish->newVolumeName() : QString();
    }
    if (m_finish) {
        p.autostart = m_finish->autostart();
        p.startAfter = m_finish->startAfter() && !m_finish->customize();
    }
    return p;
}

VmDraft NewVmWizard::draft() const
{
    VmDraft d;
    d.plan = plan();
    d.hostSelected = session() != nullptr;
    if (m_capsLoaded)
        d.capabilities = m_caps;
    d.capabilitiesError = m_capsError;
    d.poolsLoaded = m_poolsLoaded;
    d.pools = m_pools;
    d.poolVolumes = m_storage ? m_storage->volumeNames() : QStringList();
    d.pathsAreLocal = hostIsLocal();
    d.paths = m_paths->known(); // the cache only: no file is touched here
    return d;
}

/// The plan's spec with the disk path a new volume will have (its pool's folder and name).
static DomainSpec previewSpec(const VmCreationPlan &p, const QList<StoragePoolInfo> &pools)
{
    DomainSpec s = p.spec;
    if (p.createVolume) {
        // The real path is known once libvirt has created the volume.
        const StoragePoolInfo *pool = nullptr;
        for (const StoragePoolInfo &info : pools)
            if (info.name == p.pool)
                pool = &info;
        s.diskPath = pool && !pool->targetPath.isEmpty()
                         ? pool->targetPath + QLatin1Char('/') + p.volumeName
                         : p.volumeName;
    }
    return s;
}

QString NewVmWizard::previewVirtInstall() const
{
    const VmCreationPlan p = plan();
    const DomainSpec s = previewSpec(p, m_pools);
    if (!DomainXmlBuilder::problems(s).isEmpty())
        return {};
    HostSession *host = session();
    return VirtInstall::commandLine(
        s, {host ? host->uri() : QString(), p.createVolume ? p.volumeCapacityBytes : 0, false});
}

QString NewVmWizard::previewXml() const
{
    const DomainSpec s = previewSpec(plan(), m_pools);
    const Result<QString> xml = DomainXmlBuilder::build(s, {true});
    // The problem itself is shown once, under the page; the preview only says why it is empty.
    return xml ? xml.value() : tr("The domain XML is shown here once the problem below is solved.");
}

void NewVmWizard::done(int result)
{
    if (isCreating()) {
        // Closing or Cancel while creating: stop and roll back first; finished() closes nothing.
        if (result != QDialog::Accepted)
            m_creator->cancel();
        return;
    }
    if (result == QDialog::Accepted && currentId() == FinishPage && property("created").isNull()) {
        startCreation();
        return;
    }
    QWizard::done(result);
}

void NewVmWizard::startCreation()
{
    HostSession *s = session();
    if (!s || !m_finish->isComplete())
        return;
    // One creator per attempt: the host may have changed since a failed one.
    delete m_creator;
    {
        m_creator = new VmCreator(s, this);
        connect(m_creator, &VmCreator::stepStarted, this,
                [this](CreationStep, const QString &text) { m_finish->showStep(text); });
        connect(m_creator, &VmCreator::stepFinished, this, &NewVmWizard::creationStepFinished);
        connect(m_creator, &VmCreator::volumeProgress, m_finish, &WizardFinishPage::showProgress);
        connect(m_creator, &VmCreator::finished, this, &NewVmWizard::onCreationFinished);
        connect(m_creator, &VmCreator::kvmStartFailed, this, &NewVmWizard::offerSoftwareEmulation);
    }
    m_finish->setCreating(true);
    button(QWizard::BackButton)->setEnabled(false);
    button(QWizard::FinishButton)->setEnabled(false);
    const VmCreationPlan p = plan();
    // Defining and starting it are this creation's doing, not news from the host.
    HostEventLog::expectChange(s, p.spec.name);
    MessageLog::instance()->info(tr("Creating '%1' on %2…").arg(p.spec.name, s->displayName()));
    m_creator->create(p);
}

void NewVmWizard::offerSoftwareEmulation(const Error &error)
{
    const QString name = plan().spec.name;
    m_finish->showStep(
        tr("'%1' is defined but could not start: KVM is not usable on this host.").arg(name));
    QPointer<VmCreator> creator = m_creator;
    SoftwareEmulationOffer::ask(
        this, name, error,
        tr("Cancel undoes the creation: the new virtual machine is removed, with its new disk."),
        [creator](bool accepted) {
            if (!creator)
                return;
            if (accepted)
                creator->startWithSoftwareEmulation();
            else
                creator->cancel();
        });
}

void NewVmWizard::onCreationFinished(const CreationOutcome &outcome)
{
    HostSession *s = session();
    m_finish->setCreating(false);
    m_finish->showOutcome(outcome.text(), outcome.ok);
    const QString host = s ? s->displayName() : QString();
    const QString said = outcome.text().replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (outcome.ok && outcome.softwareEmulation)
        MessageLog::instance()->info(
            tr("Created '%1' on %2; KVM is not usable there, so it runs with software emulation "
               "(its type is qemu)")
                .arg(outcome.name, host));
    else if (outcome.ok)
        MessageLog::instance()->info(tr("Created '%1' on %2").arg(outcome.name, host));
    else if (outcome.cancelled)
        MessageLog::instance()->info(
            tr("Creating '%1' on %2 was cancelled: %3").arg(outcome.name, host, said));
    else
        MessageLog::instance()->error(
            tr("Could not create '%1' on %2: %3").arg(outcome.name, host, said));
    Q_EMIT creationFinished(outcome);
    if (!outcome.ok) {
        // Stay open: the user reads what failed, can change something and try again.
        button(QWizard::BackButton)->setEnabled(true);
        button(QWizard::FinishButton)->setEnabled(true);
        return;
    }
    setProperty("created", true);
    Q_EMIT domainCreated(s, outcome.uuid);
    if (m_finish->customize())
        Q_EMIT customizeRequested(s, outcome.uuid);
    else if (m_finish->opensConsole())
        Q_EMIT consoleRequested(s, outcome.uuid);
    QWizard::done(QDialog::Accepted);
}

} // namespace Vireo
