// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/migration/migrationrequest.h"

#include "core/common/coretr.h"

#include <libvirt/libvirt.h>

namespace Vireo {

namespace {

const MigrationTargetObject *findObject(const QList<MigrationTargetObject> &list,
                                        const QString &name)
{
    for (const MigrationTargetObject &o : list)
        if (o.name == name)
            return &o;
    return nullptr;
}

QString parentFolder(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

bool samePath(QString a, QString b)
{
    while (a.size() > 1 && a.endsWith(u'/'))
        a.chop(1);
    while (b.size() > 1 && b.endsWith(u'/'))
        b.chop(1);
    return a == b;
}

void checkOptions(const MigrationSource &s, const MigrationRequest &r, MigrationCheck &c)
{
    const bool running = s.info.state == DomainState::Running ||
                         s.info.state == DomainState::Paused ||
                         s.info.state == DomainState::Blocked;
    if (r.live && !running)
        c.problems << Tr::tr("'%1' is not running: only an offline migration can move it.")
                          .arg(s.info.name);
    if (!r.live && !r.persistOnDestination)
        c.problems << Tr::tr("An offline migration moves only the definition: it must be kept "
                             "defined on the destination.");
    if (!r.live && r.copyStorage)
        c.problems << Tr::tr("An offline migration cannot copy storage: copy the disks another "
                             "way, or migrate live.");
    if (!r.live && r.allowPostCopy)
        c.problems << Tr::tr("Post-copy needs a live migration.");
    if (r.tunnelled && !r.peerToPeer)
        c.problems << Tr::tr("A tunnelled migration needs peer-to-peer.");
    if (r.tunnelled && !r.migrationUri.isEmpty())
        c.problems << Tr::tr("A tunnelled migration goes through libvirt's connection: it takes "
                             "no migration address.");
    if (r.undefineSource && !s.info.persistent)
        c.problems << Tr::tr("'%1' is not defined on the source (transient): there is nothing to "
                             "undefine.")
                          .arg(s.info.name);
    if (r.undefineSource && !r.persistOnDestination)
        c.warnings << Tr::tr("Undefined here and not kept defined there, '%1' is gone for good "
                             "once it stops.")
                          .arg(s.info.name);
    if (r.maxDowntimeMs < 0)
        c.problems << Tr::tr("The maximum downtime cannot be negative.");
    if (r.live && s.description.cpuMode == u"host-passthrough")
        c.warnings << Tr::tr("'%1' sees the host's own CPU (host-passthrough): a live migration "
                             "works only to an identical CPU.")
                          .arg(s.info.name);
}

void checkHost(const MigrationSource &s, const MigrationTarget &t, const MigrationRequest &r,
               MigrationCheck &c)
{
    if (s.driver.compare(QLatin1String("Test"), Qt::CaseInsensitive) == 0)
        c.problems << Tr::tr("libvirt's test driver cannot migrate domains.");
    else if (s.driver.compare(t.driver, Qt::CaseInsensitive) != 0)
        c.problems << Tr::tr("The source runs %1 and the destination %2: a domain moves only "
                             "between hosts of the same driver.")
                          .arg(s.driver, t.driver);
    if (r.allowPostCopy && !postCopyPossible(s, t))
        c.problems << Tr::tr("Post-copy needs QEMU on both hosts.");
}

void checkCapabilities(const DomainDescription &d, const MigrationTarget &t, MigrationCheck &c)
{
    bool osArch = false, virtType = false, machine = false;
    for (const GuestCapability &g : t.capabilities.guests) {
        if (g.osType != d.osType || g.arch != d.arch)
            continue;
        osArch = true;
        if (d.hypervisor.isEmpty() || g.domainTypes.contains(d.hypervisor)) {
            virtType = true;
            if (d.machine.isEmpty() || g.machines.isEmpty() || g.machines.contains(d.machine))
                machine = true;
        }
    }
    const QString host = t.hostname.isEmpty() ? t.uri : t.hostname;
    if (!osArch)
        c.problems
            << Tr::tr("%1 cannot run %2 guests of architecture %3.").arg(host, d.osType, d.arch);
    else if (!virtType)
        c.problems << Tr::tr("%1 cannot run %2 guests with %3 (its virtualization type).")
                          .arg(host, d.arch, d.hypervisor);
    else if (!machine)
        c.problems << Tr::tr("%1 has no machine type %2 for %3.").arg(host, d.machine, d.arch);

    if (d.cpuMode == u"custom" && !d.cpuModel.isEmpty() && !t.cpuModels.isEmpty() &&
        !t.cpuModels.contains(d.cpuModel))
        c.problems
            << Tr::tr("%1 does not know the CPU model %2 the domain uses.").arg(host, d.cpuModel);
}

void checkResources(const DomainDescription &d, const MigrationTarget &t, const MigrationRequest &r,
                    MigrationCheck &c)
{
    const QString host = t.hostname.isEmpty() ? t.uri : t.hostname;
    for (const QString &net : d.networks()) {
        const MigrationTargetObject *n = findObject(t.networks, net);
        if (!n)
            c.problems << Tr::tr("%1 has no network '%2' (the domain's network interface uses it).")
                              .arg(host, net);
        else if (!n->active && r.live)
            c.problems << Tr::tr("The network '%1' on %2 is not active.").arg(net, host);
    }
    for (const DomainDisk &disk : d.disks) {
        if (!disk.sourcePool.isEmpty()) {
            const MigrationTargetObject *p = findObject(t.pools, disk.sourcePool);
            if (!p)
                c.problems << Tr::tr("%1 has no storage pool '%2' (disk %3 is a volume of it).")
                                  .arg(host, disk.sourcePool, disk.target);
            else if (!p->active)
                c.problems << Tr::tr("The storage pool '%1' on %2 is not active.")
                                  .arg(disk.sourcePool, host);
            continue;
        }
        // Copying storage makes each disk's image on the destination first, in the pool whose
        // folder holds its path there: without such a pool the copy fails at its first step.
        if (!r.copyStorage || disk.readOnly || disk.sourceType != u"file" ||
            disk.sourcePath.isEmpty())
            continue;
        const QString folder = parentFolder(disk.sourcePath);
        bool found = false;
        for (const MigrationTargetObject &p : t.pools)
            if (p.active && samePath(p.targetPath, folder))
                found = true;
        if (!found)
            c.problems << Tr::tr("%1 has no active storage pool in %2 to copy disk %3 into.")
                              .arg(host, folder, disk.target);
    }
}

void checkDomainsThere(const MigrationSource &s, const DomainDescription &d,
                       const MigrationTarget &t, MigrationCheck &c)
{
    const QString host = t.hostname.isEmpty() ? t.uri : t.hostname;
    for (const DomainInfo &there : t.domains) {
        const bool active = there.state != DomainState::Shutoff;
        if (there.uuid == s.info.uuid && active)
            c.problems << Tr::tr("'%1' already runs on %2.").arg(there.name, host);
        else if (there.uuid != s.info.uuid && there.name == d.name)
            c.problems << Tr::tr("%1 has another domain called '%2'.").arg(host, d.name);
    }
}

} // namespace

MigrationCheck checkMigration(const MigrationSource &source, const MigrationTarget &target,
                              const MigrationRequest &request)
{
    MigrationCheck c;
    if (source.uri == target.uri) {
        c.problems << Tr::tr("The destination is the source host.");
        return c;
    }
    DomainDescription d = source.description;
    if (!request.destinationXml.trimmed().isEmpty()) {
        if (Status edited = checkEditedDomainXml(request.destinationXml, source.info.uuid);
            !edited) {
            c.problems << Tr::tr("The destination XML: %1").arg(edited.error().message);
        } else if (auto parsed = parseDomainXml(request.destinationXml)) {
            d = parsed.value();
            if (d.name != source.description.name)
                c.problems << Tr::tr("The destination XML renames the domain: a migration keeps "
                                     "its name.");
        }
    }
    checkOptions(source, request, c);
    checkHost(source, target, request, c);
    checkCapabilities(d, target, c);
    checkResources(d, target, request, c);
    checkDomainsThere(source, d, target, c);
    return c;
}

bool postCopyPossible(const MigrationSource &source, const MigrationTarget &target)
{
    return source.driver.compare(QLatin1String("QEMU"), Qt::CaseInsensitive) == 0 &&
           target.driver.compare(QLatin1String("QEMU"), Qt::CaseInsensitive) == 0;
}

Error explainPostCopyRefusal(const Error &error)
{
    const QString &m = error.message;
    const bool refused = (m.contains(QLatin1String("postcopy"), Qt::CaseInsensitive) &&
                          m.contains(QLatin1String("not supported"), Qt::CaseInsensitive)) ||
                         m.contains(QLatin1String("userfaultfd"), Qt::CaseInsensitive);
    if (!refused)
        return error;
    Error e = error;
    e.message = Tr::tr("QEMU cannot do post-copy migration on these hosts: it needs the kernel's "
                       "userfaultfd, which a QEMU that does not run as root may use only where "
                       "vm.unprivileged_userfaultfd is 1. Migrate without \"Allow switching to "
                       "post-copy\", or allow userfaultfd on both hosts. (QEMU: %1)")
                    .arg(m);
    return e;
}

bool guestRunsHere(const DomainInfo &domain)
{
    if (!isActive(domain.state))
        return false;
    return domain.state != DomainState::Paused ||
           (domain.stateReason != VIR_DOMAIN_PAUSED_MIGRATION &&
            domain.stateReason != VIR_DOMAIN_PAUSED_POSTCOPY);
}

int MigrationProgress::percent() const
{
    if (dataTotal <= 0 || dataProcessed < 0)
        return -1;
    return int(qBound(qint64(0), dataProcessed * 100 / dataTotal, qint64(100)));
}

} // namespace Vireo
