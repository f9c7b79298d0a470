// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The migration tests' two hosts: A, the tier's libvirtd, and B, second-host.sh's (its own
// namespace, folders and host UUID, on 127.0.0.1 over TCP), both connected through Vireo's core;
// a live request to B, and a MigrationJob run to its end.

#include "guest.h"

#include "core/migration/migration.h"

#include <functional>
#include <memory>
#include <optional>

namespace Vireo {
class HostSession;
}

namespace Vireo::Integration {

/// VIREO_INTEGRATION_SECOND_URI, else second-host.sh's default (qemu+tcp://127.0.0.1:16510/system).
QString secondHostUri();

struct TwoHosts
{
    Environment env;
    QString uriB;
    std::unique_ptr<HostSession> a, b;

    /// Detects the tier, readies scratchDir (prepareScratch), removes leftover test domains on B
    /// and connects both hosts. Empty when ready; otherwise why not, and *skip says whether that
    /// is a reason to skip (no hypervisor, no host B) rather than a failure.
    QString setUp(const QString &scratchDir, bool *skip);
    /// Closes both sessions and removes this process's test domains on both hosts.
    void tearDown();
};

/// Live, kept defined on B, undefined on A, the migration data over tcp://127.0.0.1 (both hosts
/// have the machine's host name).
MigrationRequest liveRequestToB();

struct Ended
{
    std::optional<Status> status;
    bool cancelled = false;
    MigrationProgress completed;
    int progressReports = 0;
    MigrationProgress lastProgress;
};

/// Runs a MigrationJob from a to b to its end (spinning the event loop, polling progress every
/// 200 ms, for at most 240 s); onProgress sees every report of a running job.
Ended runMigration(
    HostSession *a, HostSession *b, const QString &uuid, const MigrationRequest &r,
    const std::function<void(MigrationJob &, const MigrationProgress &)> &onProgress = {});

} // namespace Vireo::Integration
