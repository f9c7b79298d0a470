// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/common/types.h"
#include "core/domain/domainxml.h"
#include "core/session/capabilitiesxml.h"
#include "core/storage/storage.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Vireo {

/// What the user asks of one migration. Value type, any thread.
struct MigrationRequest
{
    bool live = true;         ///< VIR_MIGRATE_LIVE; false: offline (VIR_MIGRATE_OFFLINE)
    bool peerToPeer = false;  ///< the source daemon talks to the destination itself
    bool tunnelled = false;   ///< the data goes through libvirt's connection (needs peer-to-peer)
    bool copyStorage = false; ///< VIR_MIGRATE_NON_SHARED_DISK: the disks' contents go too
    bool persistOnDestination = true; ///< VIR_MIGRATE_PERSIST_DEST
    bool undefineSource = false;      ///< VIR_MIGRATE_UNDEFINE_SOURCE
    bool allowPostCopy = false;       ///< VIR_MIGRATE_POSTCOPY: the switch may be asked for later
    int maxDowntimeMs = 0;            ///< 0: libvirt's default (300 ms in QEMU)
    quint64 bandwidthMiBs = 0;        ///< MiB/s; 0: unlimited
    QString destinationXml;           ///< the definition to use there; empty: the source's
    /// Where the migration data goes (VIR_MIGRATE_PARAM_URI), e.g. tcp://127.0.0.1; empty: the
    /// destination's own choice (its host name).
    QString migrationUri;
    /// The destination's libvirt URI as the source daemon reaches it (peer-to-peer); empty: the
    /// URI Vireo uses for the destination.
    QString peerUri;
};

/// The domain to migrate, as its host has it. Value type, any thread.
struct MigrationSource
{
    QString uri;
    QString driver; ///< virConnectGetType: "QEMU", "Test"...
    DomainInfo info;
    DomainDescription description;
    QString xml; ///< VIR_DOMAIN_XML_MIGRATABLE | VIR_DOMAIN_XML_SECURE: what the editor starts from
};

/// One network or pool of the destination.
struct MigrationTargetObject
{
    QString name;
    bool active = false;
    QString targetPath; ///< pools: the folder its volumes live in
};

/// What validation needs of the destination host. Value type, any thread.
struct MigrationTarget
{
    QString uri;
    QString hostname;
    QString driver; ///< virConnectGetType
    Capabilities capabilities;
    QList<MigrationTargetObject> networks;
    QList<MigrationTargetObject> pools;
    /// The CPU models libvirt knows there for the domain's architecture; empty when it cannot say.
    QStringList cpuModels;
    QList<DomainInfo> domains;
};

/// What stands against a migration, in words. Value type.
struct MigrationCheck
{
    QStringList problems; ///< any of these: the migration would fail, Start stays off
    QStringList warnings; ///< may work; the user decides
    bool ok() const { return problems.isEmpty(); }
};

/// Checks a request against the source and the destination without asking either host: the
/// options that exclude each other, whether the destination can run the domain (OS type,
/// architecture, virt type, machine), the networks and pools it uses, its CPU model, a domain of
/// the same name or UUID already there, and an edited destination XML. Pure; any thread.
MigrationCheck checkMigration(const MigrationSource &source, const MigrationTarget &target,
                              const MigrationRequest &request);

/// Whether both ends are QEMU: the only driver that can switch a migration to post-copy.
bool postCopyPossible(const MigrationSource &source, const MigrationTarget &target);

/// A migration's error in words a person can act on where QEMU refused post-copy (the
/// postcopy-ram capability, "Postcopy is not supported", or the switch itself): what it means and
/// what to do, with QEMU's own words after it. Any other error comes back as it was. Pure.
Error explainPostCopyRefusal(const Error &error);

/// Whether the guest of this domain runs on the host that reported it: active, and neither
/// paused waiting for an incoming migration (the destination's copy until the move ends) nor
/// paused behind a switch to post-copy (the source's, once the guest runs on the destination).
/// Pure; any thread.
bool guestRunsHere(const DomainInfo &domain);

/// Progress of a migration job, from virDomainGetJobStats. Fields the host does not report stay
/// at -1. Value type, any thread.
struct MigrationProgress
{
    bool active = false;       ///< a job runs (VIR_DOMAIN_JOB_NONE: false)
    qint64 elapsedMs = -1;     ///< VIR_DOMAIN_JOB_TIME_ELAPSED
    qint64 dataTotal = -1;     ///< bytes
    qint64 dataProcessed = -1; ///< bytes
    qint64 dataRemaining = -1; ///< bytes
    qint64 memoryBps = -1;     ///< bytes per second (VIR_DOMAIN_JOB_MEMORY_BPS)
    qint64 dirtyRate = -1;     ///< pages per second (VIR_DOMAIN_JOB_MEMORY_DIRTY_RATE)
    qint64 iteration = -1;     ///< memory passes so far
    qint64 downtimeMs = -1;    ///< expected (running) or measured (completed) downtime
    qint64 diskProcessed = -1; ///< bytes of storage copied
    qint64 diskTotal = -1;     ///< bytes of storage to copy
    bool postCopy = false;     ///< the job switched to post-copy

    /// 0..100 from processed against total; -1 when the host gave no total.
    int percent() const;
};

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::MigrationProgress)
