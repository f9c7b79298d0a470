// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/create/domainxmlbuilder.h"
#include "core/create/hostcapabilities.h"
#include "core/create/osinfo.h"
#include "core/create/vmcreator.h"
#include "core/create/vmspecvalidator.h"
#include "core/network/network.h"
#include "core/session/hostsession.h"
#include "core/storage/storage.h"

#include <QList>
#include <QPointer>
#include <QWizard>

#include <memory>

namespace Vireo {

class HostSession;
class PathChecker;
class WizardSourcePage;
class WizardOsPage;
class WizardCpuMemoryPage;
class WizardStoragePage;
class WizardFinishPage;

/// The New-VM wizard: host and source, operating system, CPU and memory, storage, finish.
///
/// Lives on the GUI thread. Every host query (capabilities, pools, volumes, networks, free memory)
/// goes through the host's worker; nothing is created before Finish, and then VmCreator creates
/// the volume, defines and starts the domain and undoes it all if a step fails.
class NewVmWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SourcePage, OsPage, CpuMemoryPage, StoragePage, FinishPage };

    NewVmWizard(const QList<HostSession *> &hosts, HostSession *preferred,
                QWidget *parent = nullptr);
    ~NewVmWizard() override;

    /// Opens a wizard (deleted on close) on the hosts, with `preferred` selected.
    static NewVmWizard *showFor(const QList<HostSession *> &hosts, HostSession *preferred,
                                QWidget *parent = nullptr);

    // The state the pages share.
    HostSession *session() const;
    QList<HostSession *> hosts() const;
    /// Null until the selected host's capabilities have arrived.
    const HostCapabilities *capabilities() const { return m_capsLoaded ? &m_caps : nullptr; }
    const QList<StoragePoolInfo> &pools() const { return m_pools; }
    /// Whether the pool list has arrived (pools() may legitimately be empty).
    bool poolsLoaded() const { return m_poolsLoaded; }
    /// The osinfo database; null until loaded (or if osinfo-db is missing).
    const OsInfoDb *osDb() const { return m_osDb.get(); }
    /// The host's virtual networks as they are now (after one was started): updates
    /// capabilities() and says networksChanged().
    void setNetworks(const QList<VirtualNetworkInfo> &networks);
    /// Whether paths name files on this machine (a local connection) and can be checked here.
    bool hostIsLocal() const;
    /// Looks at the local paths the fields name now, off the GUI thread (see PathChecker); the
    /// answers reach draft() and pathChecked().
    void checkPaths();
    PathChecker *pathChecker() const { return m_paths; }

    /// The spec as the pages describe it now (the disk path of a new volume is left empty).
    DomainSpec spec() const;
    VmCreationPlan plan() const;
    /// The plan with everything the field checks look at (host data, pools, checked paths).
    VmDraft draft() const;
    /// The domain XML the plan will define, secrets masked (for the summary).
    QString previewXml() const;
    /// The virt-install command that defines the same domain (issue 17), from the same spec;
    /// empty while the spec has a problem.
    QString previewVirtInstall() const;

    bool isCreating() const { return m_creator && m_creator->isRunning(); }

    WizardSourcePage *sourcePage() const { return m_source; }
    WizardOsPage *osPage() const { return m_os; }
    WizardCpuMemoryPage *cpuMemoryPage() const { return m_cpu; }
    WizardStoragePage *storagePage() const { return m_storage; }
    WizardFinishPage *finishPage() const { return m_finish; }

    void done(int result) override;

Q_SIGNALS:
    /// The host's capabilities (or the reason they could not be read) arrived.
    void capabilitiesChanged();
    void poolsChanged();
    /// The virtual networks were read again (one was started).
    void networksChanged();
    void osDbLoaded();
    /// The domain was created (defined, and started unless customizing).
    void domainCreated(Vireo::HostSession *session, const QString &uuid);
    /// The machine was created and started, and the Finish page's "Open its console" is on:
    /// show its console, as virt-manager does. Emitted after domainCreated.
    void consoleRequested(Vireo::HostSession *session, const QString &uuid);
    /// "Customize configuration before install": open the domain's details (DomainWindow::showFor)
    /// before its first start. Emitted after domainCreated; the wizard closes itself.
    void customizeRequested(Vireo::HostSession *session, const QString &uuid);
    /// A local path's check answered (draft().paths has it).
    void pathChecked(const QString &path);
    /// A creation step succeeded (before the next one is queued).
    void creationStepFinished(Vireo::CreationStep step);
    /// Creation ended; ok or the failure in words (also shown on the Finish page).
    void creationFinished(const Vireo::CreationOutcome &outcome);

public:
    void selectHost(int index);
    /// Takes the selected host's capabilities (the query's answer comes through here); the
    /// pages follow. Tests give a host's capabilities the test driver cannot produce (kvm and
    /// qemu, a KVM decision).
    void useCapabilities(const HostCapabilities &caps);
    QString capabilitiesError() const { return m_capsError; }

private:
    void fillSource(DomainSpec &s) const;
    void fillDevices(DomainSpec &s) const;
    void fillCpuMemory(DomainSpec &s) const;
    void fillDisk(DomainSpec &s) const;
    void fillFinish(DomainSpec &s) const;
    void refreshHost();
    void startCreation();
    void onCreationFinished(const CreationOutcome &outcome);
    /// The Start step failed with a KVM error: asks whether to use software emulation instead
    /// (the domain is defined meanwhile); no undoes the creation.
    void offerSoftwareEmulation(const Error &error);

    QList<QPointer<HostSession>> m_hosts;
    int m_hostIndex = -1;
    HostCapabilities m_caps;
    bool m_capsLoaded = false;
    QString m_capsError;
    QList<StoragePoolInfo> m_pools;
    bool m_poolsLoaded = false;
    std::shared_ptr<const OsInfoDb> m_osDb;
    QObject *m_hostContext = nullptr; ///< guards callbacks of the selected host's queries
    VmCreator *m_creator = nullptr;
    PathChecker *m_paths = nullptr;

    WizardSourcePage *m_source = nullptr;
    WizardOsPage *m_os = nullptr;
    WizardCpuMemoryPage *m_cpu = nullptr;
    WizardStoragePage *m_storage = nullptr;
    WizardFinishPage *m_finish = nullptr;
};

} // namespace Vireo
