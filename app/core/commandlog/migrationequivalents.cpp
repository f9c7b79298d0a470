// SPDX-License-Identifier: GPL-2.0-or-later
// The command lines of a migration and its job (migration.cpp), and of keys sent to a guest
// (equivalentcommands.h). The options are virsh's own (`virsh help migrate`), each matching a
// flag or parameter Vireo hands to virDomainMigrate3 / virDomainMigrateToURI3.
#include "core/commandlog/equivalentcommands.h"

#include "core/commandlog/equivalentparts.h"
#include "core/common/coretr.h"

namespace Vireo::EquivalentCommands {

using namespace Parts;

Equivalent migrate(const QString &domain, const QString &destinationUri, const MigrationRequest &r)
{
    // Peer-to-peer: the URI as the source's daemon reaches the destination (what libvirt got).
    const QString desturi = r.peerToPeer && !r.peerUri.isEmpty() ? r.peerUri : destinationUri;
    QStringList args{QStringLiteral("migrate"), domain, desturi};
    Explanation e;
    if (r.live) {
        args << QStringLiteral("--live");
        e += explain(QT_TRANSLATE_NOOP(
            "Vireo::Core", "Moves the running guest to the destination host: --live copies its "
                           "memory while it runs and pauses it only for the last pages."));
    } else {
        args << QStringLiteral("--offline");
        e += explain(QT_TRANSLATE_NOOP(
            "Vireo::Core", "Moves the definition of the domain to the destination host "
                           "(--offline: the guest is not running and nothing of it is copied)."));
    }
    if (r.peerToPeer) {
        args << QStringLiteral("--p2p");
        e += explain(QT_TRANSLATE_NOOP(
            "Vireo::Core", "--p2p: the source host's libvirtd connects to the destination "
                           "itself, so the URI is the destination as the source host sees it."));
    }
    if (r.tunnelled) {
        args << QStringLiteral("--tunnelled");
        e += explain(QT_TRANSLATE_NOOP("Vireo::Core",
                                       "--tunnelled sends the data through libvirtd's own "
                                       "connection instead of a connection of its own."));
    }
    // migration.cpp: an offline migration is always kept defined there.
    if (r.persistOnDestination || !r.live) {
        args << QStringLiteral("--persistent");
        e += explain(QT_TRANSLATE_NOOP(
            "Vireo::Core", "--persistent keeps the domain defined on the destination host."));
    }
    if (r.undefineSource) {
        args << QStringLiteral("--undefinesource");
        e += explain(QT_TRANSLATE_NOOP(
            "Vireo::Core", "--undefinesource removes its definition from the source host."));
    }
    if (r.copyStorage) {
        args << QStringLiteral("--copy-storage-all");
        e += explain(QT_TRANSLATE_NOOP(
            "Vireo::Core", "--copy-storage-all copies the contents of its disks too, for storage "
                           "the two hosts do not share."));
    }
    if (r.allowPostCopy) {
        args << QStringLiteral("--postcopy");
        e += explain(QT_TRANSLATE_NOOP(
            "Vireo::Core", "--postcopy allows switching to post-copy later (migrate-postcopy)."));
    }
    if (!r.migrationUri.isEmpty()) {
        args << QStringLiteral("--migrateuri") << r.migrationUri;
        e += explain(QT_TRANSLATE_NOOP(
            "Vireo::Core", "--migrateuri says where the migration data goes (the address the "
                           "destination's hypervisor listens on)."));
    }
    Equivalent eq;
    if (!r.destinationXml.trimmed().isEmpty()) {
        const QString file = domain + QStringLiteral("-destination.xml");
        args << QStringLiteral("--xml") << file;
        eq.files << CommandFile{file, r.destinationXml};
        e += explain(QT_TRANSLATE_NOOP(
            "Vireo::Core", "--xml gives the definition to use on the destination (the edited "
                           "XML, in the file)."));
    }
    if (r.bandwidthMiBs > 0) {
        args << QStringLiteral("--bandwidth") << QString::number(r.bandwidthMiBs);
        e +=
            explain(QT_TRANSLATE_NOOP("Vireo::Core", "--bandwidth limits the transfer, in MiB/s."));
    }
    eq.commands << virsh(args);
    eq.explanation = e;
    return eq;
}

Equivalent migrateSetMaxDowntime(const QString &domain, int milliseconds)
{
    return one(
        virsh({QStringLiteral("migrate-setmaxdowntime"), domain, QString::number(milliseconds)}),
        explain(QT_TRANSLATE_NOOP("Vireo::Core",
                                  "Sets how long, in milliseconds, the running migration may "
                                  "pause the guest at its end.")));
}

Equivalent migratePostCopy(const QString &domain)
{
    return one(virsh({QStringLiteral("migrate-postcopy"), domain}),
               explain(QT_TRANSLATE_NOOP(
                   "Vireo::Core", "Switches the running migration to post-copy: the guest runs "
                                  "on the destination now and fetches the rest of its memory "
                                  "from the source as it needs it.")));
}

Equivalent abortJob(const QString &domain)
{
    return one(virsh({QStringLiteral("domjobabort"), domain}),
               explain(QT_TRANSLATE_NOOP(
                   "Vireo::Core", "Cancels the running job (the migration): the guest stays on "
                                  "the source host.")));
}

Equivalent sendKey(const QString &domain, const QStringList &linuxKeys, int holdMs, KeyPath path)
{
    QStringList args{QStringLiteral("send-key"), domain};
    if (holdMs > 0)
        args << QStringLiteral("--holdtime") << QString::number(holdMs);
    args << linuxKeys;
    Explanation e = explain(QT_TRANSLATE_NOOP(
        "Vireo::Core", "Presses these keys together on the guest's keyboard and releases them "
                       "(Linux key names, virsh's default code set)."));
    if (path == KeyPath::Vnc)
        e += explain(QT_TRANSLATE_NOOP(
            "Vireo::Core", "Vireo sent them over its VNC connection; virsh sends the same keys "
                           "through libvirt."));
    return one(virsh(args), e);
}

} // namespace Vireo::EquivalentCommands
