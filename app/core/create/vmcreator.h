#pragma once

#include "core/common/result.h"
#include "core/create/domainxmlbuilder.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Vireo {

class HostSession;
class VolumeCreation;

/// Everything the wizard's Finish does, decided beforehand. Value type.
struct VmCreationPlan
{
    DomainSpec spec; ///< with no disk path when a new volume is to be created
    bool createVolume = false;
    QString pool;
    QString volumeName;
    QString volumeFormat = QStringLiteral("qcow2");
    quint64 volumeCapacityBytes = 0;
    bool autostart = false;
    bool startAfter = true; ///< false for "Customize configuration before install"
};

enum class CreationStep { CreateVolume, Define, Autostart, Start };

/// How a creation ended. Value type.
struct CreationOutcome
{
    bool ok = false;
    bool cancelled = false;
    QString uuid; ///< of the new domain (when ok)
    QString name;
    CreationStep failedStep = CreationStep::Define;
    Error error;            ///< which step failed, and why
    QStringList undone;     ///< what the rollback removed, in words
    QStringList leftBehind; ///< what the rollback could not remove, with the reason

    /// One paragraph for the user: which step failed, why, and what was undone.
    QString text() const;
};

/// The Finish transaction of the New-VM wizard: create the volume (with progress), define the
/// domain, set autostart, start it. If a step fails or the user cancels, every earlier step is
/// undone (domain forced off and undefined, new volume deleted) and finished() says which step
/// failed and why. Nothing is created before create() is called.
///
/// Lives on the GUI thread; each step is one job on the host's worker thread.
class VmCreator : public QObject
{
    Q_OBJECT
public:
    explicit VmCreator(HostSession *session, QObject *parent = nullptr);

    /// Starts the transaction. Ignored while one is running.
    void create(const VmCreationPlan &plan);
    /// Stops after the current step (mid-allocation for a raw volume) and rolls back.
    void cancel();
    bool isRunning() const { return m_running; }

    static QString stepName(CreationStep step);

Q_SIGNALS:
    void stepStarted(Vireo::CreationStep step, const QString &description);
    /// Emitted after a step succeeded, before the next one is queued.
    void stepFinished(Vireo::CreationStep step);
    void volumeProgress(int percent);
    void finished(const Vireo::CreationOutcome &outcome);

private:
    void defineDomain();
    void setAutostart();
    void startDomain();
    void succeed();
    void fail(CreationStep step, const Error &error, bool cancelled = false);
    bool stopIfCancelled(CreationStep next);

    QPointer<HostSession> m_session;
    VmCreationPlan m_plan;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_volumeCreated = false;
    QString m_volumePath;
    QString m_uuid;
    VolumeCreation *m_volume = nullptr;
};

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::CreationOutcome)
Q_DECLARE_METATYPE(Vireo::CreationStep)
