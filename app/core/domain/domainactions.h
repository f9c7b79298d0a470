// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/common/types.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Vireo {

class HostSession;

/// The manager's actions on whole domains: lifecycle, define, read the XML, delete.
///
/// Every function queues its work on the host's worker thread and returns at once; a callback
/// runs on the calling (GUI) thread only while `context` lives. GUI thread.
namespace DomainActions {

/// Runs the action on each domain in turn. Each success arrives as the session's
/// actionFinished, each failure as its operationFailed (one each, its domainUuid set).
void performAction(HostSession *session, const QStringList &uuids, DomainAction action);

/// Defines a domain from XML (validated where the driver can). The callback receives the new
/// domain's UUID; the session reports the domain before the callback runs.
void defineXml(HostSession *session, const QString &xml, QObject *context,
               std::function<void(Result<QString>)> done);

/// Which XML fetchDomainXml reads.
struct XmlOptions
{
    /// The persistent definition rather than the running domain's.
    bool inactive = false;
    /// With secrets (VIR_DOMAIN_XML_SECURE: console passwords...). Needs a read-write connection.
    /// Whatever is edited and defined back must be read this way, or defining it drops them.
    /// Never log such XML.
    bool secure = false;
    /// The user asked to see it (View XML, the XML page): the command log shows it as dumpxml.
    /// Background reads of the XML are not logged.
    bool shownToPerson = false;
};

/// The domain's XML.
void fetchDomainXml(HostSession *session, const QString &uuid, XmlOptions options, QObject *context,
                    std::function<void(Result<QString>)> done);

/// What deleting a domain takes, decided before anything changes.
struct DeletionPlan
{
    bool forceOff = false; ///< it runs: virDomainDestroy first
    bool undefine = false; ///< it has a definition: virDomainUndefineFlags
};

/// The plan from virDomainIsActive and virDomainIsPersistent (1 yes, 0 no, -1 libvirt could not
/// say, with libvirtMessage saying why). An answer of -1 is an error that stops the deletion.
/// Pure function; any thread.
Result<DeletionPlan> planDeletion(const QString &operation, int active, int persistent,
                                  const QString &libvirtMessage);

/// The backup deleteDomain wrote.
struct DomainBackup
{
    QString path;
    /// It was read with its secrets, so a restore keeps the console password: the file is the
    /// user's alone (0600 in a 0700 folder), and the user should be told.
    bool holdsConsolePassword = false;
};

/// Saves the domain's XML (with its secrets) into backupDir, forces it off if it runs, then
/// undefines it. backupDir is made private to the user (0700), the backup too (0600). If libvirt
/// cannot say whether the domain runs or has a definition, nothing is written or changed and the
/// callback gets the error.
void deleteDomain(HostSession *session, const QString &uuid, const QString &backupDir,
                  QObject *context, std::function<void(Result<DomainBackup>)> done);

/// For tests of what follows a start that fails with a KVM error, which libvirt's test driver
/// cannot produce: while set, every start of a domain of virt type kvm (Run, the wizard's Start
/// step) fails with this message as libvirt's, and virDomainCreate is not called; domains of
/// other types start as usual (so a switch to software emulation really starts). Empty turns it
/// off. Never set by Vireo itself. Any thread.
void setKvmStartFailureForTesting(const QString &message);

} // namespace DomainActions
} // namespace Vireo
