// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/create/vmcreator.h"
#include "core/commandlog/commandlog.h"

#include "core/common/coretr.h"

#include "core/common/memorysize.h"
#include "core/domain/domainactions.h"
#include "core/domain/domainconfig.h"
#include "core/domain/domaincontrol.h"
#include "core/domain/softwareemulation.h"
#include "core/storage/storage.h"
#include "hostworker_p.h"

#include <QCoreApplication>
#include <QMetaMethod>

namespace Vireo {

QString VmCreator::stepName(CreationStep step)
{
    switch (step) {
    case CreationStep::CreateVolume:
        return Tr::tr("Creating the disk volume");
    case CreationStep::Define:
        return Tr::tr("Defining the virtual machine");
    case CreationStep::Autostart:
        return Tr::tr("Turning on autostart");
    case CreationStep::Start:
        return Tr::tr("Starting the virtual machine");
    }
    return {};
}

QString CreationOutcome::text() const
{
    if (ok && softwareEmulation)
        return Tr::tr("The virtual machine '%1' was created. KVM is not usable on this host, so it "
                      "was changed to software emulation (type qemu) and started.")
            .arg(name);
    if (ok)
        return Tr::tr("The virtual machine '%1' was created.").arg(name);
    QString out = cancelled ? Tr::tr("Creation was cancelled during the step \"%1\".")
                                  .arg(VmCreator::stepName(failedStep))
                            : Tr::tr("The step \"%1\" failed: %2")
                                  .arg(VmCreator::stepName(failedStep), error.text());
    if (!undone.isEmpty())
        out += QLatin1Char('\n') + Tr::tr("Undone: %1.").arg(undone.join(QStringLiteral("; ")));
    if (!leftBehind.isEmpty())
        out += QLatin1Char('\n') +
               Tr::tr("Could not be removed: %1.").arg(leftBehind.join(QStringLiteral("; ")));
    return out;
}

/// Undefines a domain we just defined (no UEFI vars, snapshots or saves are ours to keep).
static bool undefine(virDomainPtr dom)
{
    if (virDomainUndefineFlags(dom, VIR_DOMAIN_UNDEFINE_MANAGED_SAVE |
                                        VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA) == 0)
        return true;
    virErrorPtr err = virGetLastError();
    if (!err || err->code != VIR_ERR_INVALID_ARG)
        return false;
    virResetLastError(); // a driver without these flags (the test driver)
    return virDomainUndefine(dom) == 0;
}

VmCreator::VmCreator(HostSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<Vireo::CreationOutcome>();
    qRegisterMetaType<Vireo::CreationStep>();
}

void VmCreator::create(const VmCreationPlan &plan)
{
    if (m_running)
        return;
    m_plan = plan;
    m_running = true;
    m_cancelled = false;
    m_kvmFailure.reset();
    m_volumeCreated = false;
    m_volumePath.clear();
    m_uuid.clear();
    if (!m_session) {
        fail(CreationStep::Define,
             Error{Tr::tr("Create the virtual machine"), Tr::tr("no host"), 0});
        return;
    }
    if (!m_plan.createVolume) {
        defineDomain();
        return;
    }
    Q_EMIT stepStarted(CreationStep::CreateVolume,
                       Tr::tr("Creating %1 (%2, %3) in pool '%4'")
                           .arg(m_plan.volumeName, formatBytes(m_plan.volumeCapacityBytes),
                                m_plan.volumeFormat, m_plan.pool));
    m_volume = new VolumeCreation(m_session, m_plan.pool, m_plan.volumeName, m_plan.volumeFormat,
                                  m_plan.volumeCapacityBytes, this);
    connect(m_volume, &VolumeCreation::progress, this, &VmCreator::volumeProgress);
    connect(m_volume, &VolumeCreation::finished, this,
            [this](const Result<StorageVolumeInfo> &result, bool cancelled) {
                m_volume->deleteLater();
                m_volume = nullptr;
                if (!result) {
                    // VolumeCreation already removed anything partial.
                    fail(CreationStep::CreateVolume, result.error(), cancelled);
                    return;
                }
                m_volumeCreated = true;
                m_volumePath = result.value().path;
                Q_EMIT stepFinished(CreationStep::CreateVolume);
                if (stopIfCancelled(CreationStep::Define))
                    return;
                defineDomain();
            });
    m_volume->start();
}

void VmCreator::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_volume)
        m_volume->cancel();
    if (m_kvmFailure) {
        // The user said no to software emulation: the Start step failed, undo as for any step.
        const Error e = *m_kvmFailure;
        m_kvmFailure.reset();
        fail(CreationStep::Start, e);
    }
}

void VmCreator::startWithSoftwareEmulation()
{
    if (!m_kvmFailure)
        return;
    m_kvmFailure.reset();
    if (!m_session) {
        fail(CreationStep::Start,
             Error{stepName(CreationStep::Start), Tr::tr("the host went away"), 0});
        return;
    }
    Q_EMIT stepStarted(CreationStep::Start,
                       Tr::tr("Starting '%1' with software emulation").arg(m_plan.spec.name));
    DomainConfig::startWithSoftwareEmulation(m_session, m_uuid, this, [this](Status s) {
        if (!s) {
            fail(CreationStep::Start, s.error());
            return;
        }
        Q_EMIT stepFinished(CreationStep::Start);
        succeed(true);
    });
}

bool VmCreator::stopIfCancelled(CreationStep next)
{
    if (!m_cancelled)
        return false;
    fail(next, Error{stepName(next), Tr::tr("cancelled"), 0}, true);
    return true;
}

void VmCreator::defineDomain()
{
    DomainSpec spec = m_plan.spec;
    if (m_plan.createVolume) {
        spec.hasDisk = true;
        spec.diskPath = m_volumePath;
        spec.diskFormat = m_plan.volumeFormat;
    }
    Q_EMIT stepStarted(CreationStep::Define, Tr::tr("Defining '%1'").arg(spec.name));
    const Result<QString> xml = DomainXmlBuilder::build(spec);
    if (!xml) {
        fail(CreationStep::Define, xml.error());
        return;
    }
    DomainActions::defineXml(m_session, xml.value(), this, [this](Result<QString> uuid) {
        if (!uuid) {
            fail(CreationStep::Define, uuid.error());
            return;
        }
        m_uuid = uuid.value();
        Q_EMIT stepFinished(CreationStep::Define);
        if (!m_session) {
            fail(CreationStep::Define,
                 Error{stepName(CreationStep::Define), Tr::tr("the host went away"), 0});
            return;
        }
        if (m_plan.autostart) {
            if (!stopIfCancelled(CreationStep::Autostart))
                setAutostart();
            return;
        }
        if (m_plan.startAfter) {
            if (!stopIfCancelled(CreationStep::Start))
                startDomain();
            return;
        }
        succeed();
    });
}

void VmCreator::setAutostart()
{
    Q_EMIT stepStarted(CreationStep::Autostart,
                       Tr::tr("Turning on autostart for '%1'").arg(m_plan.spec.name));
    DomainControl::setAutostart(m_session, m_uuid, true, this, [this](Status s) {
        if (!s) {
            fail(CreationStep::Autostart, s.error());
            return;
        }
        Q_EMIT stepFinished(CreationStep::Autostart);
        if (!m_plan.startAfter) {
            succeed();
            return;
        }
        if (!stopIfCancelled(CreationStep::Start))
            startDomain();
    });
}

void VmCreator::startDomain()
{
    if (!m_session) {
        fail(CreationStep::Start,
             Error{stepName(CreationStep::Start), Tr::tr("the host went away"), 0});
        return;
    }
    Q_EMIT stepStarted(CreationStep::Start, Tr::tr("Starting '%1'").arg(m_plan.spec.name));
    runOnWorker<Status>(
        m_session, this,
        [uuid = m_uuid, name = m_plan.spec.name](WorkerContext &w) -> Status {
            const QString op = Tr::tr("Start domain '%1'").arg(name);
            auto dom = w.lookup(uuid, op);
            if (!dom)
                return dom.error();
            Status out = Vireo::startDomain(dom.value()->get(), op);
            CommandLog::record(w.uri, name,
                               EquivalentCommands::lifecycle(DomainAction::Start, name), out);
            w.worker->refreshDomain(uuid);
            return out;
        },
        [this](Status s) {
            if (!s && isKvmError(s.error()) &&
                isSignalConnected(QMetaMethod::fromSignal(&VmCreator::kvmStartFailed))) {
                // Defined but not started: the owner asks the user, then either way no half
                // state is left (a started qemu domain, or everything undone).
                m_kvmFailure = s.error();
                Q_EMIT kvmStartFailed(s.error());
                return;
            }
            if (!s) {
                fail(CreationStep::Start, s.error());
                return;
            }
            Q_EMIT stepFinished(CreationStep::Start);
            succeed();
        });
}

void VmCreator::succeed(bool softwareEmulation)
{
    m_running = false;
    CreationOutcome outcome;
    outcome.ok = true;
    outcome.softwareEmulation = softwareEmulation;
    outcome.uuid = m_uuid;
    outcome.name = m_plan.spec.name;
    Q_EMIT finished(outcome);
}

void VmCreator::fail(CreationStep step, const Error &error, bool cancelled)
{
    CreationOutcome outcome;
    outcome.failedStep = step;
    outcome.error = error;
    outcome.cancelled = cancelled;
    outcome.name = m_plan.spec.name;
    if (!m_session || (m_uuid.isEmpty() && !m_volumeCreated)) {
        if (!m_session && (!m_uuid.isEmpty() || m_volumeCreated))
            outcome.leftBehind << Tr::tr("everything created so far (the host went away)");
        m_running = false;
        Q_EMIT finished(outcome);
        return;
    }
    struct Rollback
    {
        QStringList undone, leftBehind;
    };
    const QString pool = m_volumeCreated ? m_plan.pool : QString();
    runOnWorker<Rollback>(
        m_session, this,
        [uuid = m_uuid, pool, volume = m_plan.volumeName,
         name = m_plan.spec.name](WorkerContext &w) {
            Rollback r;
            if (!uuid.isEmpty()) {
                const QString op = Tr::tr("Remove domain '%1'").arg(name);
                auto dom = w.lookup(uuid, op);
                if (!dom) {
                    if (dom.error().code != VIR_ERR_NO_DOMAIN)
                        r.leftBehind << dom.error().text();
                } else {
                    virDomainPtr d = dom.value()->get();
                    if (virDomainIsActive(d) == 1 && virDomainDestroy(d) < 0)
                        r.leftBehind << lastLibvirtError(op).text();
                    else if (!undefine(d))
                        r.leftBehind << lastLibvirtError(op).text();
                    else
                        r.undone << Tr::tr("the domain '%1' was undefined").arg(name);
                    w.worker->refreshDomain(uuid);
                }
            }
            if (!pool.isEmpty()) {
                const QString op = Tr::tr("Delete volume '%1' of pool '%2'").arg(volume, pool);
                const QByteArray p = pool.toUtf8(), v = volume.toUtf8();
                virStoragePoolPtr sp = virStoragePoolLookupByName(w.conn, p.constData());
                virStorageVolPtr sv = sp ? virStorageVolLookupByName(sp, v.constData()) : nullptr;
                if (!sv || virStorageVolDelete(sv, 0) < 0)
                    r.leftBehind << lastLibvirtError(op).text();
                else
                    r.undone << Tr::tr("the volume '%1' was deleted").arg(volume);
                if (sv)
                    virStorageVolFree(sv);
                if (sp)
                    virStoragePoolFree(sp);
            }
            virResetLastError();
            return r;
        },
        [this, outcome](Rollback r) mutable {
            outcome.undone = r.undone;
            outcome.leftBehind = r.leftBehind;
            m_uuid.clear();
            m_volumeCreated = false;
            m_running = false;
            Q_EMIT finished(outcome);
        });
}

} // namespace Vireo
