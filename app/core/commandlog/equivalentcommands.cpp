// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/commandlog/equivalentcommands.h"

#include "core/common/coretr.h"
#include "core/domain/domainxml.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Vireo {

QString shellQuote(const QString &argument)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString ShellCommand::toShell(const QString &uri) const
{
    QStringList words{program};
    if (program == QLatin1String("virsh") && !uri.isEmpty())
        words << QStringLiteral("-c") << shellQuote(uri);
    // A lone ">" is the shell's redirection (dumpxml > file), not an argument.
    for (const QString &a : arguments)
        words << (a == QLatin1String(">") ? a : shellQuote(a));
    return words.join(QLatin1Char(' '));
}

namespace EquivalentCommands {

namespace {

ShellCommand virsh(QStringList arguments)
{
    return {QStringLiteral("virsh"), std::move(arguments)};
}

/// --live and --config as the scope sets them (the worker's VIR_DOMAIN_AFFECT_* flags).
QStringList scopeFlags(DomainControl::Scope scope)
{
    QStringList out;
    if (scope & DomainControl::Live)
        out << QStringLiteral("--live");
    if (scope & DomainControl::Config)
        out << QStringLiteral("--config");
    return out;
}

/// What --live and --config change, said once for every command that takes them.
QString scopeExplanation(DomainControl::Scope scope)
{
    switch (scope) {
    case DomainControl::Live:
        return Tr::tr("--live changes the running guest only; the definition keeps the old value, "
                      "so the next start undoes it.");
    case DomainControl::Config:
        return Tr::tr("--config changes the definition only: it takes effect at the next start; "
                      "the running guest keeps its value.");
    case DomainControl::LiveAndConfig:
        return Tr::tr("--live changes the running guest now, --config keeps it in the definition "
                      "for the next start.");
    }
    return {};
}

Equivalent one(ShellCommand command, QString explanation)
{
    Equivalent e;
    e.commands << std::move(command);
    e.explanation = std::move(explanation);
    return e;
}

QString joinExplanations(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : b.isEmpty() ? a : a + QLatin1Char(' ') + b;
}

} // namespace

QString sizeArgument(quint64 bytes)
{
    constexpr quint64 K = 1024, M = K * K, G = M * K, T = G * K;
    if (bytes == 0)
        return QStringLiteral("0");
    for (const auto &[unit, suffix] :
         {std::pair{T, 'T'}, std::pair{G, 'G'}, std::pair{M, 'M'}, std::pair{K, 'K'}})
        if (bytes % unit == 0)
            return QString::number(bytes / unit) + QLatin1Char(suffix);
    return QString::number(bytes);
}

QString deviceFileName(const QString &domain, const QString &deviceXml)
{
    // The root element's name: enough to name the file, no need for a whole parser.
    QXmlStreamReader reader(deviceXml);
    QString kind = QStringLiteral("device");
    while (!reader.atEnd())
        if (reader.readNext() == QXmlStreamReader::StartElement) {
            kind = reader.name().toString();
            break;
        }
    return QStringLiteral("%1-%2.xml").arg(domain, kind);
}

Equivalent lifecycle(DomainAction action, const QString &domain)
{
    switch (action) {
    case DomainAction::Start:
        return one(virsh({QStringLiteral("start"), domain}),
                   Tr::tr("Boots the domain from its definition."));
    case DomainAction::Shutdown:
        return one(virsh({QStringLiteral("shutdown"), domain}),
                   Tr::tr("Asks the guest to shut down (ACPI power button, or the guest agent): "
                          "the guest may take its time or refuse."));
    case DomainAction::Reboot:
        return one(virsh({QStringLiteral("reboot"), domain}),
                   Tr::tr("Asks the guest to restart itself; the guest may refuse."));
    case DomainAction::ForceOff:
        return one(virsh({QStringLiteral("destroy"), domain}),
                   Tr::tr("Pulls the plug: the guest stops at once, without shutting down. The "
                          "definition and the disks stay."));
    case DomainAction::Reset:
        return one(virsh({QStringLiteral("reset"), domain}),
                   Tr::tr("Presses the reset button: the guest restarts at once, without shutting "
                          "down."));
    case DomainAction::Pause:
        return one(virsh({QStringLiteral("suspend"), domain}),
                   Tr::tr("Stops the guest's vCPUs; its memory stays in the host's memory."));
    case DomainAction::Resume:
        return one(virsh({QStringLiteral("resume"), domain}),
                   Tr::tr("Lets a paused guest's vCPUs run again."));
    case DomainAction::Save:
        return one(virsh({QStringLiteral("managedsave"), domain}),
                   Tr::tr("Writes the guest's memory to a file on the host and stops it; the next "
                          "start resumes from that file."));
    }
    return {};
}

QString domainNameOf(const QString &xml)
{
    const Result<DomainDescription> d = parseDomainXml(xml);
    return d ? d->name : QString();
}

Equivalent define(const QString &domain, const QString &xml)
{
    const QString file =
        QStringLiteral("%1.xml").arg(domain.isEmpty() ? QStringLiteral("domain") : domain);
    Equivalent e = one(virsh({QStringLiteral("define"), file}),
                       Tr::tr("Makes the definition from the XML file (a new domain, or a new "
                              "definition of one with the same name and UUID); nothing starts."));
    e.files << CommandFile{file, xml};
    return e;
}

Equivalent deleteDomain(const QString &domain, const QString &backupPath, bool forceOff,
                        bool undefine, UndefineFlags flags)
{
    Equivalent e;
    e.commands << ShellCommand{QStringLiteral("virsh"),
                               {QStringLiteral("dumpxml"), QStringLiteral("--inactive"),
                                QStringLiteral("--security-info"), domain, QStringLiteral(">"),
                                backupPath}};
    if (forceOff)
        e.commands << virsh({QStringLiteral("destroy"), domain});
    if (undefine) {
        QStringList args{QStringLiteral("undefine"), domain};
        if (flags.managedSave)
            args << QStringLiteral("--managed-save");
        if (flags.snapshotsMetadata)
            args << QStringLiteral("--snapshots-metadata");
        if (flags.nvram)
            args << QStringLiteral("--nvram");
        if (flags.keepNvram)
            args << QStringLiteral("--keep-nvram");
        if (flags.tpm)
            args << QStringLiteral("--tpm");
        e.commands << virsh(args);
    }
    e.explanation = Tr::tr("The XML is kept first (with its secrets: the file is yours alone); "
                           "undefine forgets the domain with its managed save and snapshot "
                           "metadata, and leaves its disks.");
    return e;
}

Equivalent dumpXml(const QString &domain, bool inactive, bool secure)
{
    QStringList args{QStringLiteral("dumpxml"), domain};
    if (inactive)
        args << QStringLiteral("--inactive");
    if (secure)
        args << QStringLiteral("--security-info");
    return one(virsh(args),
               inactive ? Tr::tr("Prints the definition, as the next start will use it.")
                        : Tr::tr("Prints the domain's XML: the running guest's while it runs."));
}

Equivalent setVcpus(const QString &domain, int count, DomainControl::Scope scope)
{
    return one(virsh(QStringList{QStringLiteral("setvcpus"), domain, QString::number(count)} +
                     scopeFlags(scope)),
               joinExplanations(Tr::tr("Sets how many vCPUs are online; a running guest can go "
                                       "up to its maximum (hot-add)."),
                                scopeExplanation(scope)));
}

Equivalent setMaximumVcpus(const QString &domain, int count)
{
    return one(virsh({QStringLiteral("setvcpus"), domain, QString::number(count),
                      QStringLiteral("--maximum"), QStringLiteral("--config")}),
               Tr::tr("Sets the most vCPUs the guest can have; only in the definition "
                      "(--config), from the next start."));
}

Equivalent setMemory(const QString &domain, quint64 kib, DomainControl::Scope scope)
{
    QString explain = Tr::tr("Sets the guest's memory in KiB, up to its maximum.");
    if (scope & DomainControl::Live)
        explain += QLatin1Char(' ') +
                   Tr::tr("A running guest gives memory back through its balloon driver "
                          "(virtio_balloon): without the driver the guest keeps what it has.");
    return one(virsh(QStringList{QStringLiteral("setmem"), domain, QString::number(kib)} +
                     scopeFlags(scope)),
               joinExplanations(explain, scopeExplanation(scope)));
}

Equivalent setMaximumMemory(const QString &domain, quint64 kib)
{
    return one(virsh({QStringLiteral("setmaxmem"), domain, QString::number(kib),
                      QStringLiteral("--config")}),
               Tr::tr("Sets the memory ceiling in KiB (the balloon's limit); only in the "
                      "definition, from the next start."));
}

Equivalent setMemoryStatsPeriod(const QString &domain, int seconds, DomainControl::Scope scope)
{
    return one(virsh(QStringList{QStringLiteral("dommemstat"), domain, QStringLiteral("--period"),
                                 QString::number(seconds)} +
                     scopeFlags(scope)),
               joinExplanations(Tr::tr("Has the balloon driver report the guest's memory use "
                                       "every so many seconds (0: never)."),
                                scopeExplanation(scope)));
}

Equivalent autostart(const QString &domain, bool on)
{
    QStringList args{QStringLiteral("autostart"), domain};
    if (!on)
        args << QStringLiteral("--disable");
    return one(virsh(args), on ? Tr::tr("Starts the domain when the host's libvirtd starts.")
                               : Tr::tr("The domain no longer starts with the host."));
}

Equivalent xmlEdit(const QString &domain, const QString &what)
{
    Equivalent e = one(virsh({QStringLiteral("edit"), domain}),
                       Tr::tr("virsh edit opens the definition in an editor and defines it when "
                              "you save; dumpxml --inactive, an edit of the file and define do "
                              "the same."));
    e.noSingleCommand =
        Tr::tr("No single command changes %1: it is an edit of the domain's XML.").arg(what);
    return e;
}

Equivalent snapshotCreate(const QString &domain, const SnapshotRequest &request,
                          const QList<DomainDisk> &disks)
{
    QStringList args{QStringLiteral("snapshot-create-as"), domain, request.name};
    if (!request.description.isEmpty())
        args << QStringLiteral("--description") << request.description;
    QString explain;
    if (request.mode == SnapshotMode::DiskOnly) {
        args << QStringLiteral("--disk-only") << QStringLiteral("--atomic");
        // One --diskspec per disk, as buildSnapshotXml lists them.
        for (const DomainDisk &d : disks) {
            if (d.readOnly || d.source.isEmpty())
                args << QStringLiteral("--diskspec")
                     << QStringLiteral("%1,snapshot=no").arg(d.target);
            else
                args << QStringLiteral("--diskspec")
                     << QStringLiteral("%1,snapshot=external,driver=qcow2,file=%2")
                            .arg(d.target, overlayPathFor(d.source, request.name));
        }
        explain = Tr::tr("--disk-only puts a new qcow2 overlay beside each disk; the original "
                         "file becomes its read-only backing file. No memory is kept.");
    } else {
        explain = Tr::tr("An internal snapshot inside the qcow2 files: with the memory when the "
                         "guest runs, so a revert comes back running.");
    }
    if (request.quiesce) {
        args << QStringLiteral("--quiesce");
        explain += QLatin1Char(' ') + Tr::tr("--quiesce has the guest agent freeze the file "
                                             "systems while the snapshot is taken.");
    }
    return one(virsh(args), explain);
}

Equivalent snapshotRevert(const QString &domain, const QString &snapshot)
{
    return one(virsh({QStringLiteral("snapshot-revert"), domain, snapshot}),
               Tr::tr("Brings the domain back to the snapshot: running, paused or shut off as it "
                      "was then. What happened since is lost."));
}

Equivalent snapshotDelete(const QString &domain, const QString &snapshot,
                          Snapshots::DeleteScope scope)
{
    QStringList args{QStringLiteral("snapshot-delete"), domain, snapshot};
    QString explain = Tr::tr("Deletes the snapshot; its children move up to its parent.");
    if (scope == Snapshots::DeleteScope::WithChildren) {
        args << QStringLiteral("--children");
        explain = Tr::tr("--children deletes the snapshot and every snapshot taken from it.");
    } else if (scope == Snapshots::DeleteScope::MetadataOnly) {
        args << QStringLiteral("--metadata");
        explain = Tr::tr("--metadata makes libvirt forget the snapshot; its data stays in the "
                         "disks or overlay files.");
    }
    return one(virsh(args), explain);
}

Equivalent volumeCreate(const NewVolume &v)
{
    const QString size = sizeArgument(v.capacityBytes);
    QStringList args{QStringLiteral("vol-create-as"), v.pool,  v.name, size,
                     QStringLiteral("--format"),      v.format};
    const bool raw = v.format == QLatin1String("raw");
    // Vireo allocates a raw volume in full and a qcow2 one not at all; vol-create-as without
    // --allocation allocates in full, so a qcow2 one needs --allocation 0.
    if (!raw)
        args << QStringLiteral("--allocation") << QStringLiteral("0");
    if (!v.backingPath.isEmpty())
        args << QStringLiteral("--backing-vol") << v.backingPath
             << QStringLiteral("--backing-vol-format")
             << (v.backingFormat.isEmpty() ? QStringLiteral("qcow2") : v.backingFormat);
    Equivalent e =
        one(virsh(args), raw ? Tr::tr("A raw volume takes its whole size on the host at once.")
                             : Tr::tr("A qcow2 volume takes room on the host only as the guest "
                                      "writes; --allocation 0 says to reserve nothing now."));
    if (!v.localPath.isEmpty()) {
        QStringList img{QStringLiteral("create"), QStringLiteral("-f"), v.format};
        if (raw)
            img << QStringLiteral("-o") << QStringLiteral("preallocation=falloc");
        if (!v.backingPath.isEmpty())
            img << QStringLiteral("-b") << v.backingPath << QStringLiteral("-F")
                << (v.backingFormat.isEmpty() ? QStringLiteral("qcow2") : v.backingFormat);
        img << v.localPath << size;
        e.alternatives << ShellCommand{QStringLiteral("qemu-img"), img}
                       << virsh({QStringLiteral("pool-refresh"), v.pool});
        e.explanation += QLatin1Char(' ') + Tr::tr("qemu-img makes the same file on the host "
                                                   "itself; pool-refresh lets libvirt see it.");
    }
    return e;
}

Equivalent volumeDelete(const QString &pool, const QString &name)
{
    return one(virsh({QStringLiteral("vol-delete"), name, QStringLiteral("--pool"), pool}),
               Tr::tr("Deletes the volume and its data."));
}

Equivalent networkCreate(const QString &name, const QString &xml)
{
    const QString file = QStringLiteral("%1-network.xml").arg(name);
    Equivalent e;
    e.commands << virsh({QStringLiteral("net-define"), file})
               << virsh({QStringLiteral("net-start"), name})
               << virsh({QStringLiteral("net-autostart"), name});
    e.files << CommandFile{file, xml};
    e.explanation = Tr::tr("net-define makes the network's definition, net-start creates its "
                           "bridge (and DHCP server), net-autostart starts it with the host.");
    return e;
}

Equivalent networkStart(const QString &name, bool wasActive, bool persistent)
{
    Equivalent e;
    if (!wasActive)
        e.commands << virsh({QStringLiteral("net-start"), name});
    if (persistent)
        e.commands << virsh({QStringLiteral("net-autostart"), name});
    e.explanation = Tr::tr("Starts the network's bridge and DHCP server, and starts it with the "
                           "host from now on.");
    return e;
}

Equivalent networkStop(const QString &name)
{
    return one(virsh({QStringLiteral("net-destroy"), name}),
               Tr::tr("Stops the network: the guests' network cards on it lose the network; the "
                      "definition stays."));
}

Equivalent networkAutostart(const QString &name, bool on)
{
    QStringList args{QStringLiteral("net-autostart"), name};
    if (!on)
        args << QStringLiteral("--disable");
    return one(virsh(args), on ? Tr::tr("Starts the network when the host's libvirtd starts.")
                               : Tr::tr("The network no longer starts with the host."));
}

Equivalent networkRemove(const QString &name, bool active, bool persistent)
{
    Equivalent e;
    if (active)
        e.commands << virsh({QStringLiteral("net-destroy"), name});
    if (persistent)
        e.commands << virsh({QStringLiteral("net-undefine"), name});
    e.explanation = Tr::tr("net-destroy stops the network, net-undefine forgets its definition.");
    return e;
}

namespace {

Equivalent deviceCommand(const char *verb, const QString &domain, const QString &deviceXml,
                         DomainControl::Scope scope, QString explanation)
{
    const QString file = deviceFileName(domain, deviceXml);
    Equivalent e =
        one(virsh(QStringList{QString::fromLatin1(verb), domain, file} + scopeFlags(scope)),
            joinExplanations(explanation, scopeExplanation(scope)));
    e.files << CommandFile{file, deviceXml};
    return e;
}

} // namespace

Equivalent attachDevice(const QString &domain, const QString &deviceXml, DomainControl::Scope scope)
{
    return deviceCommand("attach-device", domain, deviceXml, scope,
                         Tr::tr("Adds the device described in the file; with --live the guest "
                                "sees it now (hot-plug)."));
}

Equivalent detachDevice(const QString &domain, const QString &deviceXml, DomainControl::Scope scope)
{
    return deviceCommand("detach-device", domain, deviceXml, scope,
                         Tr::tr("Removes the device the file describes; a running guest is asked "
                                "to let it go and may refuse."));
}

Equivalent updateDevice(const QString &domain, const QString &deviceXml, DomainControl::Scope scope)
{
    return deviceCommand("update-device", domain, deviceXml, scope,
                         Tr::tr("Changes the device in place (a CD-ROM's media, a network card's "
                                "link) as the file describes it."));
}

} // namespace EquivalentCommands
} // namespace Vireo
