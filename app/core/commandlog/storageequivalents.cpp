// SPDX-License-Identifier: GPL-2.0-or-later
// The command lines of the Storage page's pool and volume operations (equivalentcommands.h).
#include "core/commandlog/equivalentcommands.h"

#include "core/commandlog/equivalentparts.h"
#include "core/common/coretr.h"

namespace Vireo::EquivalentCommands {

using namespace Parts;

namespace {

/// Each of the Storage page's pool actions: its virsh verb (and option) and what it does.
struct PoolVerb
{
    PoolAction action;
    const char *verb;
    const char *option; ///< or nullptr
    const char *explanation;
};

const PoolVerb kPoolVerbs[] = {
    {PoolAction::Start, "pool-start", nullptr,
     QT_TRANSLATE_NOOP("Vireo::Core", "Starts the storage pool: mounts or activates its storage "
                                      "and lists its volumes.")},
    {PoolAction::Stop, "pool-destroy", nullptr,
     QT_TRANSLATE_NOOP("Vireo::Core", "Stops the storage pool (despite its name, pool-destroy "
                                      "deletes nothing): its volumes stay, unlisted until it "
                                      "starts again.")},
    {PoolAction::Build, "pool-build", nullptr,
     QT_TRANSLATE_NOOP("Vireo::Core", "Makes the pool's storage: its folder, or a volume group "
                                      "on empty devices.")},
    {PoolAction::Refresh, "pool-refresh", nullptr,
     QT_TRANSLATE_NOOP("Vireo::Core", "Scans the pool's storage again, so files made behind "
                                      "libvirt's back show as volumes.")},
    {PoolAction::AutostartOn, "pool-autostart", nullptr,
     QT_TRANSLATE_NOOP("Vireo::Core", "Starts the storage pool when the host's libvirtd "
                                      "starts.")},
    {PoolAction::AutostartOff, "pool-autostart", "--disable",
     QT_TRANSLATE_NOOP("Vireo::Core", "The storage pool no longer starts with the host.")},
    {PoolAction::Delete, "pool-delete", nullptr,
     QT_TRANSLATE_NOOP("Vireo::Core", "Deletes the pool's storage itself (its folder, its volume "
                                      "group); the definition stays.")},
    {PoolAction::Undefine, "pool-undefine", nullptr,
     QT_TRANSLATE_NOOP("Vireo::Core", "Forgets the pool's definition; its storage and data "
                                      "stay.")},
};

} // namespace

Equivalent poolAction(PoolAction action, const QString &pool)
{
    for (const PoolVerb &v : kPoolVerbs) {
        if (v.action != action)
            continue;
        QStringList args{QString::fromLatin1(v.verb), pool};
        if (v.option)
            args << QString::fromLatin1(v.option);
        return one(virsh(args), explain(v.explanation));
    }
    return {};
}

Equivalent poolDefine(const NewPool &p)
{
    const QString file = QStringLiteral("%1-pool.xml").arg(p.name);
    Equivalent e;
    e.commands << virsh({QStringLiteral("pool-define"), file});
    if (p.build) {
        QStringList args{QStringLiteral("pool-build"), p.name};
        if (p.noOverwrite)
            args << QStringLiteral("--no-overwrite");
        e.commands << virsh(args);
    }
    e.commands << virsh({QStringLiteral("pool-start"), p.name});
    QStringList autostart{QStringLiteral("pool-autostart"), p.name};
    if (!p.autostart)
        autostart << QStringLiteral("--disable");
    e.commands << virsh(autostart);
    e.files << CommandFile{file, p.xml};
    e.explanation = explain(QT_TRANSLATE_NOOP(
        "Vireo::Core", "pool-define makes the storage pool's definition from the file, "
                       "pool-build its storage (--no-overwrite: never over a file system), "
                       "pool-start starts it, pool-autostart starts it with the host."));
    return e;
}

Equivalent volumeResize(const QString &pool, const QString &name, quint64 capacityBytes,
                        bool shrink)
{
    QStringList args{QStringLiteral("vol-resize"), name, sizeArgument(capacityBytes),
                     QStringLiteral("--pool"), pool};
    if (shrink)
        args << QStringLiteral("--shrink");
    return one(virsh(args),
               shrink ? explain(QT_TRANSLATE_NOOP("Vireo::Core",
                                                  "--shrink makes the volume smaller: whatever "
                                                  "the guest kept past the new end is lost."))
                      : explain(QT_TRANSLATE_NOOP("Vireo::Core",
                                                  "Makes the volume bigger; the guest must grow "
                                                  "its partition and file system itself.")));
}

Equivalent volumeWipe(const QString &pool, const QString &name)
{
    return one(virsh({QStringLiteral("vol-wipe"), name, QStringLiteral("--pool"), pool}),
               explain(QT_TRANSLATE_NOOP("Vireo::Core",
                                         "Overwrites the volume's data with zeros; the volume "
                                         "stays, empty.")));
}

Equivalent volumeUpload(const QString &pool, const QString &name, const QString &localPath,
                        const QString &format, quint64 bytes)
{
    Equivalent e;
    e.commands << virsh({QStringLiteral("vol-create-as"), pool, name, sizeArgument(bytes),
                         QStringLiteral("--format"), format})
               << virsh({QStringLiteral("vol-upload"), name, localPath, QStringLiteral("--pool"),
                         pool});
    e.explanation = explain(QT_TRANSLATE_NOOP(
        "Vireo::Core", "vol-upload copies a file from this computer into the volume, through "
                       "libvirt's connection (so it works on a remote host too); the volume must "
                       "exist first, as big as the file."));
    return e;
}

Equivalent volumeDownload(const QString &pool, const QString &name, const QString &localPath,
                          bool sparse)
{
    QStringList args{QStringLiteral("vol-download"), name, localPath, QStringLiteral("--pool"),
                     pool};
    if (sparse)
        args << QStringLiteral("--sparse");
    return one(virsh(args), explain(QT_TRANSLATE_NOOP(
                                "Vireo::Core", "vol-download copies the volume into a file on this "
                                               "computer, through libvirt's connection.")));
}

Equivalent volumeCopy(const VolumeCopyCommand &c)
{
    const QString file = QStringLiteral("%1-volume.xml").arg(c.newName);
    Equivalent e = one(virsh({QStringLiteral("vol-create-from"), c.pool, file, c.source,
                              QStringLiteral("--inputpool"), c.pool}),
                       explain(QT_TRANSLATE_NOOP(
                           "Vireo::Core", "vol-create-from makes the volume the file describes "
                                          "(its name and format) with the data of the source "
                                          "volume, converted when the formats differ.")));
    e.files << CommandFile{file, c.xml};
    if (!c.sourcePath.isEmpty() && !c.newPath.isEmpty()) {
        e.alternatives << ShellCommand{QStringLiteral("qemu-img"),
                                       {QStringLiteral("convert"), QStringLiteral("-f"),
                                        c.sourceFormat, QStringLiteral("-O"), c.format,
                                        c.sourcePath, c.newPath}}
                       << virsh({QStringLiteral("pool-refresh"), c.pool});
        e.explanation += explain(QT_TRANSLATE_NOOP(
            "Vireo::Core", "qemu-img convert writes the same file on the host itself; "
                           "pool-refresh lets libvirt see it."));
    }
    return e;
}

} // namespace Vireo::EquivalentCommands
