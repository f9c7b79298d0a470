// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/migration/migrationrequest.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QTimer;

namespace Vireo {

class HostSession;

namespace Migration {

/// Reads the domain as the source host has it (on its worker); done runs on the GUI thread while
/// context lives.
void readSource(HostSession *source, const QString &uuid, QObject *context,
                std::function<void(Result<MigrationSource>)> done);
/// Reads what validation needs of the destination (on its worker): capabilities, networks,
/// pools, CPU models for arch, domains.
void readTarget(HostSession *destination, const QString &arch, QObject *context,
                std::function<void(Result<MigrationTarget>)> done);

} // namespace Migration

/// One migration of a domain from its host to another, started once. Lives on the GUI thread.
///
/// The migration call (virDomainMigrate3, or virDomainMigrateToURI3 for peer-to-peer) blocks for
/// the whole move, so it runs on a thread of its own, not on a worker: the source's worker keeps
/// serving its jobs, and it is there that the progress is polled (virDomainGetJobStats), the job
/// aborted (virDomainAbortJob) and switched to post-copy. That thread uses the workers'
/// connections, referenced (virConnectRef) on their own workers and released when it ends:
/// libvirt's connections are thread-safe, the reference keeps one open even if its session
/// closes meanwhile, and the destination host asks for no second login. The thread touches
/// nothing else of the sessions.
class MigrationJob : public QObject
{
    Q_OBJECT
public:
    MigrationJob(HostSession *source, HostSession *destination, const QString &domainUuid,
                 const MigrationRequest &request, QObject *parent = nullptr);
    ~MigrationJob() override;

    void start();
    /// Asks the source to abort the job; finished reports cancelled once the call returns.
    void cancel();
    /// Asks the source to switch the running migration to post-copy (the request allowed it).
    void switchToPostCopy();
    bool isRunning() const { return m_running; }
    /// How often progress is polled, in ms (default 500).
    void setPollInterval(int ms);

    struct Shared; ///< what the migration thread and the GUI side share

Q_SIGNALS:
    void progressChanged(const Vireo::MigrationProgress &progress);
    /// Done or failed (the domain stays on the source; the error says why). completed: the
    /// finished job's statistics (duration, downtime) when the host kept them.
    void finished(const Vireo::Status &result, bool cancelled,
                  const Vireo::MigrationProgress &completed);
    /// switchToPostCopy was refused, in words (the migration goes on copying memory first).
    void postCopyRefused(const Vireo::Error &error);

private:
    void runMigration(std::shared_ptr<struct ConnHandle> destination);
    void poll();
    void finish(const Status &result, const MigrationProgress &completed);

    QPointer<HostSession> m_source;
    QPointer<HostSession> m_destination;
    QString m_uuid;
    QString m_destinationUri;
    MigrationRequest m_request;
    QTimer *m_pollTimer = nullptr;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_polling = false;
    bool m_downtimeSet = false;
    bool m_downtimeFailureLogged = false; ///< the command log has the first failed attempt
    std::shared_ptr<Shared> m_shared;
};

} // namespace Vireo
