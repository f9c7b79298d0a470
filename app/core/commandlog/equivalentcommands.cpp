// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/commandlog/equivalentcommands.h"

#include "core/commandlog/equivalentparts.h"
#include "core/common/coretr.h"
#include "core/domain/domainxml.h"
#include "core/domain/qemumonitor.h"

#include <QRegularExpression>
#include <QTranslator>
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

Explanation &Explanation::operator+=(const Explanation &more)
{
    if (more.isEmpty())
        return *this;
    if (english.isEmpty())
        return *this = more;
    english += QLatin1Char(' ') + more.english;
    // A sentence that has no Chinese leaves the Chinese line out rather than half of it.
    chinese = chinese.isEmpty() || more.chinese.isEmpty() ? QString() : chinese + more.chinese;
    return *this;
}

namespace {

/// The zh_CN translations, loaded once for the Explain lines, apart from the UI's translators:
/// the Chinese line is shown whatever language the UI speaks. Never destroyed (any thread may
/// still translate at exit); translate() is const.
const QTranslator *chineseTranslations()
{
    static const QTranslator *translator = [] {
        auto *t = new QTranslator;
        if (!t->load(QStringLiteral(":/i18n/vireo_zh_CN.qm"))) {
            delete t;
            return static_cast<QTranslator *>(nullptr);
        }
        return t;
    }();
    return translator;
}

} // namespace

Explanation explain(const char *source)
{
    Explanation e;
    e.english = QString::fromUtf8(source);
    if (const QTranslator *zh = chineseTranslations())
        e.chinese = zh->translate("Vireo::Core", source);
    return e;
}

namespace EquivalentCommands {

using namespace Parts;

namespace {

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
Explanation scopeExplanation(DomainControl::Scope scope)
{
    switch (scope) {
    case DomainControl::Live:
        return explain(QT_TRANSLATE_NOOP(
            "Vireo::Core",
            "--live changes the running guest only; the definition keeps the old value, "
            "so the next start undoes it."));
    case DomainControl::Config:
        return explain(QT_TRANSLATE_NOOP(
            "Vireo::Core",
            "--config changes the definition only: it takes effect at the next start; "
            "the running guest keeps its value."));
    case DomainControl::LiveAndConfig:
        return explain(QT_TRANSLATE_NOOP(
            "Vireo::Core",
            "--live changes the running guest now, --config keeps it in the definition "
            "for the next start."));
    }
    return {};
}

Explanation joinExplanations(Explanation a, const Explanation &b)
{
    a += b;
    return a;
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
        return one(
            virsh({QStringLiteral("start"), domain}),
            explain(QT_TRANSLATE_NOOP("Vireo::Core", "Boots the domain from its definition.")));
    case DomainAction::Shutdown:
        return one(virsh({QStringLiteral("shutdown"), domain}),
                   explain(QT_TRANSLATE_NOOP(
                       "Vireo::Core",
                       "Asks the guest to shut down (ACPI power button, or the guest agent): "
                       "the guest may take its time or refuse.")));
    case DomainAction::Reboot:
        return one(virsh({QStringLiteral("reboot"), domain}),
                   explain(QT_TRANSLATE_NOOP(
                       "Vireo::Core", "Asks the guest to restart itself; the guest may refuse.")));
    case DomainAction::ForceOff:
        return one(virsh({QStringLiteral("destroy"), domain}),
                   explain(QT_TRANSLATE_NOOP(
                       "Vireo::Core",
                       "Pulls the plug: the guest stops at once, without shutting down. The "
                       "definition and the disks stay.")));
    case DomainAction::Reset:
        return one(virsh({QStringLiteral("reset"), domain}),
                   explain(QT_TRANSLATE_NOOP(
                       "Vireo::Core",
                       "Presses the reset button: the guest restarts at once, without shutting "
                       "down.")));
    case DomainAction::Pause:
        return one(
            virsh({QStringLiteral("suspend"), domain}),
            explain(QT_TRANSLATE_NOOP(
                "Vireo::Core", "Stops the guest's vCPUs; its memory stays in the host's memory.")));
    case DomainAction::Resume:
        return one(
            virsh({QStringLiteral("resume"), domain}),
            explain(QT_TRANSLATE_NOOP("Vireo::Core", "Lets a paused guest's vCPUs run again.")));
    case DomainAction::Save:
        return one(virsh({QStringLiteral("managedsave"), domain}),
                   explain(QT_TRANSLATE_NOOP(
                       "Vireo::Core",
                       "Writes the guest's memory to a file on the host and stops it; the next "
                       "start resumes from that file.")));
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
    Equivalent e =
        one(virsh({QStringLiteral("define"), file}),
            explain(QT_TRANSLATE_NOOP(
                "Vireo::Core", "Makes the definition from the XML file (a new domain, or a new "
                               "definition of one with the same name and UUID); nothing starts.")));
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
    e.explanation = explain(QT_TRANSLATE_NOOP(
        "Vireo::Core", "The XML is kept first (with its secrets: the file is yours alone); "
                       "undefine forgets the domain with its managed save and snapshot "
                       "metadata, and leaves its disks."));
    return e;
}

Equivalent dumpXml(const QString &domain, bool inactive, bool secure)
{
    QStringList args{QStringLiteral("dumpxml"), domain};
    if (inactive)
        args << QStringLiteral("--inactive");
    if (secure)
        args << QStringLiteral("--security-info");
    return one(
        virsh(args),
        inactive
            ? explain(QT_TRANSLATE_NOOP("Vireo::Core",
                                        "Prints the definition, as the next start will use it."))
            : explain(QT_TRANSLATE_NOOP(
                  "Vireo::Core", "Prints the domain's XML: the running guest's while it runs.")));
}

Equivalent setVcpus(const QString &domain, int count, DomainControl::Scope scope)
{
    return one(virsh(QStringList{QStringLiteral("setvcpus"), domain, QString::number(count)} +
                     scopeFlags(scope)),
               joinExplanations(
                   explain(QT_TRANSLATE_NOOP(
                       "Vireo::Core", "Sets how many vCPUs are online; a running guest can go "
                                      "up to its maximum (hot-add).")),
                   scopeExplanation(scope)));
}

Equivalent setMaximumVcpus(const QString &domain, int count)
{
    return one(virsh({QStringLiteral("setvcpus"), domain, QString::number(count),
                      QStringLiteral("--maximum"), QStringLiteral("--config")}),
               explain(QT_TRANSLATE_NOOP(
                   "Vireo::Core", "Sets the most vCPUs the guest can have; only in the definition "
                                  "(--config), from the next start.")));
}

Equivalent setMemory(const QString &domain, quint64 kib, DomainControl::Scope scope)
{
    Explanation why = explain(
        QT_TRANSLATE_NOOP("Vireo::Core", "Sets the guest's memory in KiB, up to its maximum."));
    if (scope & DomainControl::Live)
        why += explain(QT_TRANSLATE_NOOP(
            "Vireo::Core", "A running guest gives memory back through its balloon driver "
                           "(virtio_balloon): without the driver the guest keeps what it has."));
    return one(virsh(QStringList{QStringLiteral("setmem"), domain, QString::number(kib)} +
                     scopeFlags(scope)),
               joinExplanations(why, scopeExplanation(scope)));
}

Equivalent setMaximumMemory(const QString &domain, quint64 kib)
{
    return one(
        virsh({QStringLiteral("setmaxmem"), domain, QString::number(kib),
               QStringLiteral("--config")}),
        explain(QT_TRANSLATE_NOOP(
            "Vireo::Core", "Sets the memory ceiling in KiB (the balloon's limit); only in the "
                           "definition, from the next start.")));
}

Equivalent setMemoryStatsPeriod(const QString &domain, int seconds, DomainControl::Scope scope)
{
    return one(virsh(QStringList{QStringLiteral("dommemstat"), domain, QStringLiteral("--period"),
                                 QString::number(seconds)} +
                     scopeFlags(scope)),
               joinExplanations(
                   explain(QT_TRANSLATE_NOOP("Vireo::Core",
                                             "Has the balloon driver report the guest's memory use "
                                             "every so many seconds (0: never).")),
                   scopeExplanation(scope)));
}

Equivalent autostart(const QString &domain, bool on)
{
    QStringList args{QStringLiteral("autostart"), domain};
    if (!on)
        args << QStringLiteral("--disable");
    return one(virsh(args),
               on ? explain(QT_TRANSLATE_NOOP("Vireo::Core",
                                              "Starts the domain when the host's libvirtd starts."))
                  : explain(QT_TRANSLATE_NOOP("Vireo::Core",
                                              "The domain no longer starts with the host.")));
}

Equivalent xmlEdit(const QString &domain, const QString &what)
{
    Equivalent e =
        one(virsh({QStringLiteral("edit"), domain}),
            explain(QT_TRANSLATE_NOOP(
                "Vireo::Core", "virsh edit opens the definition in an editor and defines it when "
                               "you save; dumpxml --inactive, an edit of the file and define do "
                               "the same.")));
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
    Explanation why;
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
        why = explain(QT_TRANSLATE_NOOP(
            "Vireo::Core", "--disk-only puts a new qcow2 overlay beside each disk; the original "
                           "file becomes its read-only backing file. No memory is kept."));
    } else {
        why = explain(QT_TRANSLATE_NOOP(
            "Vireo::Core", "An internal snapshot inside the qcow2 files: with the memory when the "
                           "guest runs, so a revert comes back running."));
    }
    if (request.quiesce) {
        args << QStringLiteral("--quiesce");
        why += explain(QT_TRANSLATE_NOOP("Vireo::Core",
                                         "--quiesce has the guest agent freeze the file "
                                         "systems while the snapshot is taken."));
    }
    return one(virsh(args), why);
}

Equivalent snapshotRevert(const QString &domain, const QString &snapshot)
{
    return one(virsh({QStringLiteral("snapshot-revert"), domain, snapshot}),
               explain(QT_TRANSLATE_NOOP(
                   "Vireo::Core",
                   "Brings the domain back to the snapshot: running, paused or shut off as it "
                   "was then. What happened since is lost.")));
}

Equivalent snapshotDelete(const QString &domain, const QString &snapshot,
                          Snapshots::DeleteScope scope)
{
    QStringList args{QStringLiteral("snapshot-delete"), domain, snapshot};
    Explanation why = explain(QT_TRANSLATE_NOOP(
        "Vireo::Core", "Deletes the snapshot; its children move up to its parent."));
    if (scope == Snapshots::DeleteScope::WithChildren) {
        args << QStringLiteral("--children");
        why = explain(QT_TRANSLATE_NOOP(
            "Vireo::Core", "--children deletes the snapshot and every snapshot taken from it."));
    } else if (scope == Snapshots::DeleteScope::MetadataOnly) {
        args << QStringLiteral("--metadata");
        why = explain(QT_TRANSLATE_NOOP(
            "Vireo::Core", "--metadata makes libvirt forget the snapshot; its data stays in the "
                           "disks or overlay files."));
    }
    return one(virsh(args), why);
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
    Equivalent e = one(
        virsh(args),
        raw ? explain(QT_TRANSLATE_NOOP("Vireo::Core",
                                        "A raw volume takes its whole size on the host at once."))
            : explain(QT_TRANSLATE_NOOP("Vireo::Core",
                                        "A qcow2 volume takes room on the host only as the guest "
                                        "writes; --allocation 0 says to reserve nothing now.")));
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
        e.explanation +=
            explain(QT_TRANSLATE_NOOP("Vireo::Core", "qemu-img makes the same file on the host "
                                                     "itself; pool-refresh lets libvirt see it."));
    }
    return e;
}

Equivalent volumeDelete(const QString &pool, const QString &name)
{
    return one(virsh({QStringLiteral("vol-delete"), name, QStringLiteral("--pool"), pool}),
               explain(QT_TRANSLATE_NOOP("Vireo::Core", "Deletes the volume and its data.")));
}

Equivalent networkCreate(const QString &name, const QString &xml)
{
    const QString file = QStringLiteral("%1-network.xml").arg(name);
    Equivalent e;
    e.commands << virsh({QStringLiteral("net-define"), file})
               << virsh({QStringLiteral("net-start"), name})
               << virsh({QStringLiteral("net-autostart"), name});
    e.files << CommandFile{file, xml};
    e.explanation = explain(QT_TRANSLATE_NOOP(
        "Vireo::Core", "net-define makes the network's definition, net-start creates its "
                       "bridge (and DHCP server), net-autostart starts it with the host."));
    return e;
}

Equivalent networkStart(const QString &name, bool wasActive, bool persistent)
{
    Equivalent e;
    if (!wasActive)
        e.commands << virsh({QStringLiteral("net-start"), name});
    if (persistent)
        e.commands << virsh({QStringLiteral("net-autostart"), name});
    e.explanation = explain(QT_TRANSLATE_NOOP(
        "Vireo::Core", "Starts the network's bridge and DHCP server, and starts it with the "
                       "host from now on."));
    return e;
}

Equivalent networkStop(const QString &name)
{
    return one(virsh({QStringLiteral("net-destroy"), name}),
               explain(QT_TRANSLATE_NOOP(
                   "Vireo::Core",
                   "Stops the network: the guests' network cards on it lose the network; the "
                   "definition stays.")));
}

Equivalent networkAutostart(const QString &name, bool on)
{
    QStringList args{QStringLiteral("net-autostart"), name};
    if (!on)
        args << QStringLiteral("--disable");
    return one(virsh(args),
               on ? explain(QT_TRANSLATE_NOOP(
                        "Vireo::Core", "Starts the network when the host's libvirtd starts."))
                  : explain(QT_TRANSLATE_NOOP("Vireo::Core",
                                              "The network no longer starts with the host.")));
}

Equivalent networkRemove(const QString &name, bool active, bool persistent)
{
    Equivalent e;
    if (active)
        e.commands << virsh({QStringLiteral("net-destroy"), name});
    if (persistent)
        e.commands << virsh({QStringLiteral("net-undefine"), name});
    e.explanation = explain(QT_TRANSLATE_NOOP(
        "Vireo::Core", "net-destroy stops the network, net-undefine forgets its definition."));
    return e;
}

namespace {

Equivalent deviceCommand(const char *verb, const QString &domain, const QString &deviceXml,
                         DomainControl::Scope scope, Explanation explanation)
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
    return deviceCommand(
        "attach-device", domain, deviceXml, scope,
        explain(QT_TRANSLATE_NOOP("Vireo::Core",
                                  "Adds the device described in the file; with --live the guest "
                                  "sees it now (hot-plug).")));
}

Equivalent detachDevice(const QString &domain, const QString &deviceXml, DomainControl::Scope scope)
{
    return deviceCommand(
        "detach-device", domain, deviceXml, scope,
        explain(QT_TRANSLATE_NOOP("Vireo::Core",
                                  "Removes the device the file describes; a running guest is asked "
                                  "to let it go and may refuse.")));
}

Equivalent updateDevice(const QString &domain, const QString &deviceXml, DomainControl::Scope scope)
{
    return deviceCommand(
        "update-device", domain, deviceXml, scope,
        explain(QT_TRANSLATE_NOOP("Vireo::Core",
                                  "Changes the device in place (a CD-ROM's media, a network card's "
                                  "link) as the file describes it.")));
}

Equivalent clone(const CloneCommand &c)
{
    QStringList args{QStringLiteral("--original"), c.original, QStringLiteral("--name"), c.name,
                     QStringLiteral("--auto-clone")};
    for (const QString &target : c.sharedTargets)
        args << QStringLiteral("--skip-copy") << target;
    Equivalent e;
    e.commands << ShellCommand{QStringLiteral("virt-clone"), args};
    if (c.start)
        e.commands << virsh({QStringLiteral("start"), c.name});
    e.explanation = explain(QT_TRANSLATE_NOOP(
        "Vireo::Core", "virt-clone copies the original's definition with a new name, UUID and "
                       "MAC addresses, and each writable disk in full (--auto-clone names the "
                       "copies); --skip-copy leaves a disk shared."));
    QStringList differences{
        Tr::tr("virt-clone is the closest command, not the same: it names the disk copies "
               "itself, where Vireo names them after the clone.")};
    if (!c.linkedTargets.isEmpty())
        differences << Tr::tr("It has no linked disks: Vireo made %1 a qcow2 overlay on the "
                              "original (qemu-img create -f qcow2 -b ORIGINAL -F FORMAT NEW).")
                           .arg(c.linkedTargets.join(QStringLiteral(", ")));
    if (!c.leftOutTargets.isEmpty())
        differences << Tr::tr("It cannot leave a disk out: Vireo's clone has no %1; virsh "
                              "detach-disk on the clone does the same.")
                           .arg(c.leftOutTargets.join(QStringLiteral(", ")));
    e.noSingleCommand = differences.join(QLatin1Char(' '));
    return e;
}

Equivalent titleAndDescription(const QString &domain, const QString &title,
                               const QString &description, DomainControl::Scope scope)
{
    // desc with no text prints the current one; an empty text is removed in its editor.
    auto desc = [&](const QString &text, bool isTitle) {
        QStringList args{QStringLiteral("desc"), domain};
        args << scopeFlags(scope);
        if (isTitle)
            args << QStringLiteral("--title");
        args << (text.isEmpty() ? QStringLiteral("--edit") : text);
        return virsh(args);
    };
    Equivalent e;
    e.commands << desc(title, true) << desc(description, false);
    e.explanation = joinExplanations(
        explain(QT_TRANSLATE_NOOP("Vireo::Core",
                                  "desc --title sets the short title the manager lists, desc "
                                  "without it the longer description; --edit opens an editor, "
                                  "and an emptied text removes it.")),
        scopeExplanation(scope));
    return e;
}

Equivalent monitorCommand(const QString &domain, const QString &line)
{
    Equivalent e =
        one(virsh({QStringLiteral("qemu-monitor-command"), domain, QStringLiteral("--hmp"), line}),
            explain(QT_TRANSLATE_NOOP("Vireo::Core",
                                      "Sends the line to QEMU's human monitor (HMP) and prints "
                                      "its answer; info commands only read.")));
    if (QemuMonitor::classify(line) == QemuMonitor::CommandKind::MayChange)
        e.explanation += explain(QT_TRANSLATE_NOOP(
            "Vireo::Core", "A command that changes the guest does it behind libvirt's back: "
                           "libvirt does not know of the change and may undo or contradict it."));
    return e;
}

} // namespace EquivalentCommands
} // namespace Vireo
