// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/types.h"
#include "core/domain/domaincontrol.h"
#include "core/domain/snapshots.h"
#include "core/domain/snapshotxml.h"
#include "core/migration/migrationrequest.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Vireo {

/// One command line a person would type: a program and its arguments, unquoted. For virsh the
/// arguments start after `-c URI`, which toShell() puts in.
struct ShellCommand
{
    QString program; ///< "virsh", "qemu-img"
    QStringList arguments;

    /// The line for a POSIX shell, each argument quoted where it needs it; virsh gets `-c uri`.
    QString toShell(const QString &uri) const;
    bool operator==(const ShellCommand &) const = default;
};

/// A file the commands read (the XML given to define or attach-device), by the name they use.
struct CommandFile
{
    QString name;
    QString contents;
    bool operator==(const CommandFile &) const = default;
};

/// An "Explain" line in English and in Chinese, shown side by side whatever the UI's language
/// (a classroom reads both). Value type; any thread.
struct Explanation
{
    QString english;
    QString chinese; ///< empty when the zh_CN translations are not in the binary
    bool isEmpty() const { return english.isEmpty(); }
    /// Appends another sentence (a space between English ones, none between Chinese ones).
    Explanation &operator+=(const Explanation &more);
    bool operator==(const Explanation &) const = default;
};

/// The English source text and its zh_CN translation from the translations compiled into the
/// binary (:/i18n/vireo_zh_CN.qm), in the context "Vireo::Core"; mark `source` with
/// QT_TRANSLATE_NOOP("Vireo::Core", ...) so lupdate finds it. Any thread.
Explanation explain(const char *source);

/// What one operation of Vireo equals on the command line. Plain value type; any thread.
struct Equivalent
{
    /// Run in this order, they do what Vireo did.
    QList<ShellCommand> commands;
    /// The same effect another way, shown beside (the tutorial's qemu-img for a local pool).
    QList<ShellCommand> alternatives;
    QList<CommandFile> files;
    /// A line saying what the command does and what its options change, in both languages.
    Explanation explanation;
    /// Set when no single command does what Vireo did: says so, and `commands` holds the
    /// nearest (virsh edit, define of the file). Nothing is invented.
    QString noSingleCommand;
};

/// Shell quoting: the argument as is when it holds only safe characters, else in single quotes.
QString shellQuote(const QString &argument);

/// The command line equal to each operation, from the values the worker hands to libvirt (the
/// same scope flags, names and sizes). Pure functions; any thread. The domain is named as the
/// person would name it: by its name.
namespace EquivalentCommands {

/// start, shutdown, reboot, destroy, reset, suspend, resume, managedsave.
Equivalent lifecycle(DomainAction action, const QString &domain);
/// The <name> of a domain's XML (empty if it has none).
QString domainNameOf(const QString &xml);
/// `define FILE.xml`, with the file.
Equivalent define(const QString &domain, const QString &xml);
/// The steps of Delete: a backup (dumpxml), destroy if it runs, undefine with these flags.
struct UndefineFlags
{
    bool managedSave = false;
    bool snapshotsMetadata = false;
    bool nvram = false;
    bool keepNvram = false;
    bool tpm = false;
};
Equivalent deleteDomain(const QString &domain, const QString &backupPath, bool forceOff,
                        bool undefine, UndefineFlags flags);
/// `dumpxml NAME [--inactive] [--security-info]`.
Equivalent dumpXml(const QString &domain, bool inactive, bool secure);

/// `setvcpus NAME N --live/--config`.
Equivalent setVcpus(const QString &domain, int count, DomainControl::Scope scope);
/// `setvcpus NAME N --maximum --config`.
Equivalent setMaximumVcpus(const QString &domain, int count);
/// `setmem NAME KiB --live/--config` (virsh's unit for a bare number is KiB).
Equivalent setMemory(const QString &domain, quint64 kib, DomainControl::Scope scope);
/// `setmaxmem NAME KiB --config`.
Equivalent setMaximumMemory(const QString &domain, quint64 kib);
/// `dommemstat NAME --period N --live/--config`.
Equivalent setMemoryStatsPeriod(const QString &domain, int seconds, DomainControl::Scope scope);
/// `autostart NAME [--disable]`.
Equivalent autostart(const QString &domain, bool on);
/// An edit of the definition with no command of its own (boot order, CPU layout, a device
/// replaced in place): `virsh edit`, or `define` of the edited file.
Equivalent xmlEdit(const QString &domain, const QString &what);

/// `snapshot-create-as NAME SNAP [--description] [--disk-only --atomic --diskspec ...]
/// [--quiesce]`; `disks` are those buildSnapshotXml gets.
Equivalent snapshotCreate(const QString &domain, const SnapshotRequest &request,
                          const QList<DomainDisk> &disks);
/// `snapshot-revert NAME SNAP` (flags 0: the domain comes back as the snapshot was).
Equivalent snapshotRevert(const QString &domain, const QString &snapshot);
/// `snapshot-delete NAME SNAP [--children|--metadata]`.
Equivalent snapshotDelete(const QString &domain, const QString &snapshot,
                          Snapshots::DeleteScope scope);

/// What a new volume is made from.
struct NewVolume
{
    QString pool;
    QString name;
    QString format; ///< raw or qcow2
    quint64 capacityBytes = 0;
    QString backingPath, backingFormat;
    /// Where the file is, for qemu-img; empty when the pool is not a local folder.
    QString localPath;
};
/// `vol-create-as POOL NAME SIZE --format F ...`, and beside it `qemu-img create` for a local
/// file (then `pool-refresh`, so libvirt sees it).
Equivalent volumeCreate(const NewVolume &volume);
/// `vol-delete NAME --pool POOL`.
Equivalent volumeDelete(const QString &pool, const QString &name);

/// A new network: `net-define FILE.xml`, `net-start`, `net-autostart`.
Equivalent networkCreate(const QString &name, const QString &xml);
/// Start: `net-start`, and `net-autostart` when it is persistent (what Vireo's Start does).
Equivalent networkStart(const QString &name, bool wasActive, bool persistent);
Equivalent networkStop(const QString &name);
Equivalent networkAutostart(const QString &name, bool on);
/// Delete: `net-destroy` if it runs, `net-undefine` if it is persistent.
Equivalent networkRemove(const QString &name, bool active, bool persistent);

/// `attach-device NAME FILE.xml --live/--config`, with the file.
Equivalent attachDevice(const QString &domain, const QString &deviceXml,
                        DomainControl::Scope scope);
Equivalent detachDevice(const QString &domain, const QString &deviceXml,
                        DomainControl::Scope scope);
Equivalent updateDevice(const QString &domain, const QString &deviceXml,
                        DomainControl::Scope scope);

/// What the Storage page does to a pool, one virsh command each.
enum class PoolAction { Start, Stop, Build, Refresh, AutostartOn, AutostartOff, Delete, Undefine };
/// `pool-start`, `pool-destroy`, `pool-build`, `pool-refresh`, `pool-autostart [--disable]`,
/// `pool-delete`, `pool-undefine`.
Equivalent poolAction(PoolAction action, const QString &pool);
/// The pool dialog's steps: `pool-define FILE.xml`, `pool-build [--no-overwrite]` when it builds,
/// `pool-start`, `pool-autostart [--disable]`.
struct NewPool
{
    QString name;
    QString xml;
    bool build = false;
    bool noOverwrite = false;
    bool autostart = true;
};
Equivalent poolDefine(const NewPool &pool);
/// `vol-resize NAME SIZE --pool POOL [--shrink]`.
Equivalent volumeResize(const QString &pool, const QString &name, quint64 capacityBytes,
                        bool shrink);
/// `vol-wipe NAME --pool POOL` (zeros, virsh's default algorithm).
Equivalent volumeWipe(const QString &pool, const QString &name);
/// Upload: `vol-create-as POOL NAME SIZE --format F` (Vireo makes the volume first), then
/// `vol-upload NAME FILE --pool POOL`.
Equivalent volumeUpload(const QString &pool, const QString &name, const QString &localPath,
                        const QString &format, quint64 bytes);
/// `vol-download NAME FILE --pool POOL`.
/// `sparse`: the holes came as holes (vol-download --sparse).
Equivalent volumeDownload(const QString &pool, const QString &name, const QString &localPath,
                          bool sparse = false);
/// A copy into a new volume, possibly in another format (virStorageVolCreateXMLFrom):
/// `vol-create-from POOL FILE.xml SOURCE --inputpool POOL`, with the new volume's XML; beside it,
/// for a local file, the tutorial's `qemu-img convert -f SRC -O DST` and `pool-refresh`.
struct VolumeCopyCommand
{
    QString pool;
    QString source;
    QString newName;
    QString xml; ///< the new volume's, as Vireo hands it to libvirt
    QString sourceFormat, format;
    QString sourcePath, newPath; ///< local files, for qemu-img; empty when not local
};
Equivalent volumeCopy(const VolumeCopyCommand &copy);
/// A clone: `virt-clone --original SRC --name NEW`, the closest command, with what it does
/// otherwise (linked overlays, disks left out or shared) said in noSingleCommand.
struct CloneCommand
{
    QString original;
    QString name;
    QStringList copiedTargets, linkedTargets, sharedTargets, leftOutTargets; ///< vda, sdb...
    bool start = false;
};
Equivalent clone(const CloneCommand &clone);
/// Title and description: `desc NAME --title 'TITLE'` and `desc NAME 'TEXT'` with --live/--config
/// as the worker's flags; an empty text removes the element (`desc --edit`, emptied, does).
Equivalent titleAndDescription(const QString &domain, const QString &title,
                               const QString &description, DomainControl::Scope scope);
/// A monitor command: `qemu-monitor-command NAME --hmp 'LINE'`.
Equivalent monitorCommand(const QString &domain, const QString &line);

/// A migration as Vireo asks libvirt for it (migration.cpp's flags and parameters): `migrate NAME
/// DESTURI` with --live or --offline, --p2p, --tunnelled, --persistent, --undefinesource,
/// --copy-storage-all, --postcopy, --migrateuri, --xml FILE (the edited destination XML, with
/// the file) and --bandwidth MiB/s. DESTURI is the URI libvirt got: the peer URI for
/// peer-to-peer when one is set, else the destination's. The maximum downtime is a command of
/// its own (migrateSetMaxDowntime), set once the job runs.
Equivalent migrate(const QString &domain, const QString &destinationUri,
                   const MigrationRequest &request);
/// `migrate-setmaxdowntime NAME MS`.
Equivalent migrateSetMaxDowntime(const QString &domain, int milliseconds);
/// `migrate-postcopy NAME`: the running migration switches to post-copy.
Equivalent migratePostCopy(const QString &domain);
/// `domjobabort NAME`: Cancel of a running migration.
Equivalent abortJob(const QString &domain);
/// How keys reached the guest.
enum class KeyPath {
    Libvirt, ///< virDomainSendKey (the serial console's SysRq)
    Vnc,     ///< the graphical console's own RFB connection
};
/// `send-key NAME [--holdtime MS] KEY_...`: Linux key names (virsh's default code set), pressed
/// together in this order. holdMs 0: libvirt's default hold.
Equivalent sendKey(const QString &domain, const QStringList &linuxKeys, int holdMs, KeyPath path);

/// A size as virsh and qemu-img read it: "10G" (GiB), "512M" (MiB), "4K", else bytes.
QString sizeArgument(quint64 bytes);
/// The file name for a device's XML: "web1-disk.xml" from <disk ...>.
QString deviceFileName(const QString &domain, const QString &deviceXml);

} // namespace EquivalentCommands
} // namespace Vireo
