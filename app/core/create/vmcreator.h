// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/create/domainxmlbuilder.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

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
    /// It was started with software emulation after KVM failed (startWithSoftwareEmulation).
    bool softwareEmulation = false;
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
    /// Stops after the current step (mid-allocation for a raw volume) and rolls back. While a
    /// KVM failure waits for the owner's answer (kvmStartFailed), it rolls back that failure.
    void cancel();
    /// The owner's yes to kvmStartFailed: redefines the domain as qemu and starts it
    /// (DomainConfig::startWithSoftwareEmulation); finished() follows, ok with softwareEmulation,
    /// or a failed Start step that rolls back as any other. Ignored when nothing waits.
    void startWithSoftwareEmulation();
    /// Whether a KVM failure of the Start step waits for startWithSoftwareEmulation or cancel.
    bool isWaitingForKvmAnswer() const { return m_kvmFailure.has_value(); }
    bool isRunning() const { return m_running; }

    static QString stepName(CreationStep step);

Q_SIGNALS:
    void stepStarted(Vireo::CreationStep step, const QString &description);
    /// Emitted after a step succeeded, before the next one is queued.
    void stepFinished(Vireo::CreationStep step);
    void volumeProgress(int percent);
    void finished(const Vireo::CreationOutcome &outcome);
    /// The Start step failed with a KVM error (isKvmError): the domain is defined, and stays
    /// so until the owner calls startWithSoftwareEmulation() or cancel(). Emitted only when
    /// something is connected; otherwise that failure rolls back at once, as any other.
    void kvmStartFailed(const Vireo::Error &error);

private:
    void defineDomain();
    void setAutostart();
    void startDomain();
    void succeed(bool softwareEmulation = false);
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
    std::optional<Error> m_kvmFailure; ///< the Start step's KVM error, while it waits
};

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::CreationOutcome)
Q_DECLARE_METATYPE(Vireo::CreationStep)
