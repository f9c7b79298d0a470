// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/domainactions.h"

#include "core/commandlog/commandlog.h"
#include "core/common/coretr.h"

#include "core/console/graphics.h"
#include "hostworker_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstring>

namespace Vireo::DomainActions {

void performAction(HostSession *session, const QStringList &uuids, DomainAction action)
{
    session->post([uuids, action](WorkerContext &w) {
        for (const QString &uuid : uuids) {
            const QString what = domainActionName(action);
            auto dom = w.lookup(uuid, Tr::tr("%1 domain %2").arg(what, uuid));
            if (!dom) {
                Error e = dom.error();
                e.domainUuid = uuid;
                w.worker->link()->post([e](HostSession *s) { Q_EMIT s->operationFailed(e); });
                continue;
            }
            virDomainPtr d = dom.value()->get();
            // Named before the call: any libvirt call after a failure would reset the error.
            const QString op = Tr::tr("%1 domain '%2'").arg(what, nameOf(d));
            int rc = -1;
            Error failure;
            switch (action) {
            case DomainAction::Start:
                if (Status started = startDomain(d, op); started)
                    rc = 0;
                else
                    failure = started.error();
                break;
            case DomainAction::Shutdown:
                rc = virDomainShutdown(d);
                break;
            case DomainAction::Reboot:
                rc = virDomainReboot(d, 0);
                break;
            case DomainAction::ForceOff:
                rc = virDomainDestroy(d);
                break;
            case DomainAction::Reset:
                rc = virDomainReset(d, 0);
                break;
            case DomainAction::Pause:
                rc = virDomainSuspend(d);
                break;
            case DomainAction::Resume:
                rc = virDomainResume(d);
                break;
            case DomainAction::Save:
                rc = virDomainManagedSave(d, 0);
                break;
            }
            if (rc < 0) {
                Error e = failure.operation.isEmpty() ? lastLibvirtError(op) : failure;
                e.domainUuid = uuid;
                CommandLog::record(w.uri, nameOf(d),
                                   EquivalentCommands::lifecycle(action, nameOf(d)), e);
                w.worker->link()->post([e](HostSession *s) { Q_EMIT s->operationFailed(e); });
            } else {
                CommandLog::record(w.uri, nameOf(d),
                                   EquivalentCommands::lifecycle(action, nameOf(d)));
                w.worker->link()->post(
                    [uuid, action](HostSession *s) { Q_EMIT s->actionFinished(uuid, action); });
            }
            w.worker->markDirty(uuid); // read with the next batch, together with its events
        }
    });
}

void setKvmStartFailureForTesting(const QString &message)
{
    Vireo::setKvmStartFailureForTesting(message);
}

void defineXml(HostSession *session, const QString &xml, QObject *context,
               std::function<void(Result<QString>)> done)
{
    runOnWorker<Result<QString>>(
        session, context,
        [xml](WorkerContext &w) -> Result<QString> {
            const QString op = Tr::tr("Define domain from XML");
            if (Status s = w.requireConnection(op); !s)
                return s.error();
            Result<QString> uuid = defineDomainValidated(w.conn, xml.toUtf8(), op);
            CommandLog::record(
                w.uri, EquivalentCommands::domainNameOf(xml),
                EquivalentCommands::define(EquivalentCommands::domainNameOf(xml), xml), uuid);
            if (!uuid)
                return uuid;
            w.worker->refreshDomain(uuid.value());
            return uuid;
        },
        std::move(done));
}

void fetchDomainXml(HostSession *session, const QString &uuid, XmlOptions options, QObject *context,
                    std::function<void(Result<QString>)> done)
{
    runOnWorker<Result<QString>>(
        session, context,
        [uuid, options](WorkerContext &w) -> Result<QString> {
            const QString op = Tr::tr("Read the XML of domain %1").arg(uuid);
            auto dom = w.lookup(uuid, op);
            if (!dom)
                return dom.error();
            unsigned int flags = 0;
            if (options.inactive)
                flags |= VIR_DOMAIN_XML_INACTIVE;
            if (options.secure)
                flags |= VIR_DOMAIN_XML_SECURE;
            char *xml = virDomainGetXMLDesc(dom.value()->get(), flags);
            const Error failed = xml ? Error{} : lastLibvirtError(op);
            if (options.shownToPerson) {
                const QString name = nameOf(dom.value()->get());
                CommandLog::record(
                    w.uri, name,
                    EquivalentCommands::dumpXml(name, options.inactive, options.secure), failed);
            }
            if (!xml)
                return failed;
            const QString out = QString::fromUtf8(xml);
            free(xml);
            return out;
        },
        std::move(done));
}

Result<DeletionPlan> planDeletion(const QString &operation, int active, int persistent,
                                  const QString &libvirtMessage)
{
    // -1 is libvirt saying it could not tell: not "no". Guessing "not running" would undefine a
    // running domain and call it deleted.
    if (active < 0)
        return Error{operation,
                     Tr::tr("cannot tell whether the domain is running (%1); nothing was changed")
                         .arg(libvirtMessage),
                     0};
    if (persistent < 0)
        return Error{operation,
                     Tr::tr("cannot tell whether the domain has a definition (%1); nothing was "
                            "changed")
                         .arg(libvirtMessage),
                     0};
    return DeletionPlan{active == 1, persistent == 1};
}

/// Makes the folder (and its parents) and leaves it the user's alone.
static Status makePrivateFolder(const QString &dir, const QString &op)
{
    if (!QDir().mkpath(dir))
        return Error{op, Tr::tr("cannot create the backup folder %1").arg(dir), 0};
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QFile::setPermissions(dir, owner))
        return Error{op, Tr::tr("cannot make the backup folder %1 private").arg(dir), 0};
    return Done{};
}

static EquivalentCommands::UndefineFlags undefineFlagsOf(unsigned int flags)
{
    return {bool(flags & VIR_DOMAIN_UNDEFINE_MANAGED_SAVE),
            bool(flags & VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA),
            bool(flags & VIR_DOMAIN_UNDEFINE_NVRAM), bool(flags & VIR_DOMAIN_UNDEFINE_KEEP_NVRAM),
            bool(flags & VIR_DOMAIN_UNDEFINE_TPM)};
}

void deleteDomain(HostSession *session, const QString &uuid, const QString &backupDir,
                  QObject *context, std::function<void(Result<DomainBackup>)> done)
{
    runOnWorker<Result<DomainBackup>>(
        session, context,
        [uuid, backupDir](WorkerContext &w) -> Result<DomainBackup> {
            auto ref = w.lookup(uuid, Tr::tr("Delete domain %1").arg(uuid));
            if (!ref)
                return ref.error();
            virDomainPtr dom = ref.value()->get();
            const QString name = nameOf(dom);
            const QString op = Tr::tr("Delete domain '%1'").arg(name);
            // Whether it runs and whether it has a definition decide the steps; asked first, so
            // an error stops everything before anything is written or changed.
            QString why;
            const int active = virDomainIsActive(dom);
            if (active < 0)
                why = lastLibvirtError(op).message;
            const int persistent = why.isEmpty() ? virDomainIsPersistent(dom) : 0;
            if (persistent < 0)
                why = lastLibvirtError(op).message;
            const Result<DeletionPlan> plan = planDeletion(op, active, persistent, why);
            if (!plan)
                return plan.error();
            // With its secrets, so that a restore keeps the console password; hence the modes.
            char *xml = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
            if (!xml)
                return lastLibvirtError(op);
            QByteArray bytes(xml);
            memset(xml, 0, strlen(xml));
            free(xml);
            DomainBackup backup;
            QString password = vncPasswordFromSecureXml(QString::fromUtf8(bytes));
            backup.holdsConsolePassword = !password.isEmpty();
            password.fill(QLatin1Char('\0'));
            // UEFI variables and a TPM's state go with the domain (issues 12 and 14). The
            // inactive XML names the NVRAM file only once the guest has run, so firmware='efi'
            // counts too.
            const bool nvram = bytes.contains("<nvram") || bytes.contains("firmware='efi'") ||
                               bytes.contains("firmware=\"efi\"");
            const bool tpm = bytes.contains("<tpm");
            if (Status folder = makePrivateFolder(backupDir, op); !folder)
                return folder.error();
            const QString stamp =
                QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            backup.path = QDir(backupDir).filePath(
                QStringLiteral("%1-%2-%3.xml").arg(name, uuid.left(8), stamp));
            QSaveFile file(backup.path);
            // 0600 before the first byte is written (QSaveFile creates its file 0666 & ~umask).
            const bool written =
                file.open(QIODevice::WriteOnly) &&
                file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                file.write(bytes) == bytes.size() && file.commit();
            bytes.fill('\0');
            if (!written)
                return Error{
                    op,
                    Tr::tr("cannot write the backup %1: %2").arg(backup.path, file.errorString()),
                    0};
            unsigned int undefined = 0; // the flags the undefine took, for the command log
            auto logged = [&](Error e) {
                CommandLog::record(w.uri, name,
                                   EquivalentCommands::deleteDomain(name, backup.path,
                                                                    plan->forceOff, plan->undefine,
                                                                    undefineFlagsOf(undefined)),
                                   e);
                return e;
            };
            if (plan->forceOff && virDomainDestroy(dom) < 0)
                return logged(lastLibvirtError(op));
            if (plan->undefine) {
                // A driver that refuses a flag (the test driver takes neither NVRAM flag nor
                // the TPM's) gets the next set.
                const unsigned int base =
                    VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA;
                const unsigned int withNvram = nvram ? base | VIR_DOMAIN_UNDEFINE_NVRAM : base;
                const unsigned int tries[] = {tpm ? withNvram | VIR_DOMAIN_UNDEFINE_TPM : withNvram,
                                              withNvram, base,
                                              base | VIR_DOMAIN_UNDEFINE_KEEP_NVRAM};
                int rc = -1;
                for (unsigned int flags : tries) {
                    rc = virDomainUndefineFlags(dom, flags);
                    undefined = flags;
                    const virErrorPtr err = rc < 0 ? virGetLastError() : nullptr;
                    if (rc == 0 || !err ||
                        (err->code != VIR_ERR_INVALID_ARG && err->code != VIR_ERR_NO_SUPPORT))
                        break;
                }
                if (rc < 0)
                    return logged(lastLibvirtError(op));
            }
            logged({});
            virResetLastError();
            w.worker->refreshDomain(uuid);
            return backup;
        },
        std::move(done));
}

} // namespace Vireo::DomainActions
