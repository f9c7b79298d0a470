// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/storage/pooldefinition.h"

#include "core/commandlog/commandlog.h"
#include "core/common/coretr.h"

#include "storage_p.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace Vireo {

using namespace StoragePrivate;

namespace {

const QString kDir = QStringLiteral("dir");
const QString kFs = QStringLiteral("fs");
const QString kNetfs = QStringLiteral("netfs");
const QString kLogical = QStringLiteral("logical");

bool isAbsolute(const QString &path)
{
    return path.startsWith(QLatin1Char('/')) && !path.contains(QLatin1Char(' ')) &&
           !path.split(QLatin1Char('/')).contains(QStringLiteral(".."));
}

/// A host name (RFC 1123 labels), an IPv4 address or an IPv6 address.
bool isHostName(const QString &host)
{
    static const QRegularExpression name(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,"
                       "61}[A-Za-z0-9])?)*$"));
    static const QRegularExpression v6(QStringLiteral("^[0-9A-Fa-f:.]+$"));
    if (host.size() > 253)
        return false;
    return name.match(host).hasMatch() ||
           (host.count(QLatin1Char(':')) >= 2 && v6.match(host).hasMatch());
}

/// LVM's rule for a volume group name (lvm(8), VALID NAMES).
bool isVolumeGroupName(const QString &vg)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9+_.][A-Za-z0-9+_.-]{0,126}$"));
    return re.match(vg).hasMatch() && vg != QStringLiteral(".") && vg != QStringLiteral("..");
}

void writeAttrElement(QXmlStreamWriter &x, const QString &element, const QString &attr,
                      const QString &value)
{
    x.writeStartElement(element);
    x.writeAttribute(attr, value);
    x.writeEndElement();
}

} // namespace

namespace PoolDefinitions {

QStringList editableTypes()
{
    return {kDir, kFs, kNetfs, kLogical};
}

QList<PoolTypeOffer> fallbackOffers()
{
    // libvirt's own lists (src/conf/storage_conf.c), in its order.
    return {
        {kDir, {}, {}},
        {kFs,
         {QStringLiteral("auto"), QStringLiteral("ext2"), QStringLiteral("ext3"),
          QStringLiteral("ext4"), QStringLiteral("ufs"), QStringLiteral("iso9660"),
          QStringLiteral("udf"), QStringLiteral("gfs"), QStringLiteral("gfs2"),
          QStringLiteral("vfat"), QStringLiteral("hfs+"), QStringLiteral("xfs"),
          QStringLiteral("ocfs2"), QStringLiteral("vmfs")},
         QStringLiteral("auto")},
        {kNetfs,
         {QStringLiteral("auto"), QStringLiteral("nfs"), QStringLiteral("glusterfs"),
          QStringLiteral("cifs")},
         QStringLiteral("auto")},
        {kLogical, {QStringLiteral("unknown"), QStringLiteral("lvm2")}, QStringLiteral("lvm2")},
    };
}

Status check(const PoolDefinition &def, const PoolTypeOffer &offer, const QStringList &taken)
{
    const QString &name = def.name;
    if (name.trimmed().isEmpty())
        return Error{Tr::tr("Define a storage pool"), Tr::tr("give the pool a name"), 0};
    const QString op = Tr::tr("Define storage pool '%1'").arg(name);
    auto refuse = [&op](const QString &why) -> Status { return Error{op, why, 0}; };
    if (name.contains(QLatin1Char('/')) || name != name.trimmed())
        return refuse(Tr::tr("a pool name cannot contain '/' or start or end with a space"));
    if (taken.contains(name))
        return refuse(Tr::tr("the host already has a pool named '%1'").arg(name));
    if (!editableTypes().contains(def.type))
        return refuse(Tr::tr("Vireo has no fields for %1 pools").arg(def.type));
    if (def.type != offer.type)
        return refuse(Tr::tr("this host's storage driver does not offer %1 pools").arg(def.type));
    if (!def.sourceFormat.isEmpty() && !offer.sourceFormats.isEmpty() &&
        !offer.sourceFormats.contains(def.sourceFormat))
        return refuse(
            Tr::tr("this host does not offer the format '%1' for %2 pools (it offers %3)")
                .arg(def.sourceFormat, def.type, offer.sourceFormats.join(QStringLiteral(", "))));
    for (const QString &device : def.sourceDevices)
        if (!isAbsolute(device))
            return refuse(
                Tr::tr("'%1' is not a device path on the host, like /dev/sdb1").arg(device));

    if (def.type == kFs) {
        if (def.sourceDevices.size() != 1)
            return refuse(Tr::tr("give the one device that holds the file system, like /dev/sdb1"));
        if (def.build && (def.sourceFormat.isEmpty() || def.sourceFormat == u"auto"))
            return refuse(Tr::tr("choose a file system (not auto) to format the device with"));
    } else if (def.type == kNetfs) {
        if (def.sourceHost.trimmed().isEmpty())
            return refuse(Tr::tr("give the server's host name or address"));
        if (!isHostName(def.sourceHost))
            return refuse(Tr::tr("'%1' is not a host name or an IP address").arg(def.sourceHost));
        const bool nfs =
            def.sourceFormat.isEmpty() || def.sourceFormat == u"nfs" || def.sourceFormat == u"auto";
        if (def.sourceDir.trimmed().isEmpty())
            return refuse(def.sourceFormat == u"cifs"
                              ? Tr::tr("give the name of the share on the server")
                          : def.sourceFormat == u"glusterfs"
                              ? Tr::tr("give the name of the Gluster volume")
                              : Tr::tr("give the exported folder on the server, like /export/vms"));
        if (nfs && !isAbsolute(def.sourceDir))
            return refuse(
                Tr::tr("an NFS export is an absolute path on the server, like /export/vms"));
        if (def.sourceDir.contains(QLatin1Char(' ')) && !nfs)
            return refuse(Tr::tr("the share or volume name cannot contain a space"));
    } else if (def.type == kLogical) {
        if (def.sourceName.isEmpty())
            return refuse(Tr::tr("give the name of the volume group"));
        if (!isVolumeGroupName(def.sourceName))
            return refuse(Tr::tr("'%1' is not a volume group name: use letters, digits and "
                                 "+ _ . - (not first)")
                              .arg(def.sourceName));
        if (def.build && def.sourceDevices.isEmpty())
            return refuse(Tr::tr("give the devices to create the volume group on, or define an "
                                 "existing group without creating it"));
        return Done{};
    }
    if (!isAbsolute(def.targetPath))
        return refuse(def.type == kDir
                          ? Tr::tr("the folder must be an absolute path on the host, like "
                                   "/var/lib/libvirt/images")
                          : Tr::tr("the mount point must be an absolute path on the host, like "
                                   "/mnt/vms"));
    return Done{};
}

QString xml(const PoolDefinition &def)
{
    QString out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.writeStartElement(QStringLiteral("pool"));
    x.writeAttribute(QStringLiteral("type"), def.type);
    x.writeTextElement(QStringLiteral("name"), def.name);
    if (def.type != kDir) {
        x.writeStartElement(QStringLiteral("source"));
        if (def.type == kNetfs) {
            writeAttrElement(x, QStringLiteral("host"), QStringLiteral("name"), def.sourceHost);
            writeAttrElement(x, QStringLiteral("dir"), QStringLiteral("path"), def.sourceDir);
        }
        if (def.type == kLogical)
            x.writeTextElement(QStringLiteral("name"), def.sourceName);
        for (const QString &device : def.sourceDevices)
            writeAttrElement(x, QStringLiteral("device"), QStringLiteral("path"), device);
        const QString format = def.type == kLogical ? QStringLiteral("lvm2") : def.sourceFormat;
        if (!format.isEmpty())
            writeAttrElement(x, QStringLiteral("format"), QStringLiteral("type"), format);
        x.writeEndElement();
    }
    x.writeStartElement(QStringLiteral("target"));
    x.writeTextElement(QStringLiteral("path"), def.type == kLogical
                                                   ? QStringLiteral("/dev/") + def.sourceName
                                                   : def.targetPath);
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

} // namespace PoolDefinitions

namespace Storage {

void poolTypes(HostSession *session, QObject *context,
               std::function<void(Result<QList<PoolTypeOffer>>)> done)
{
    runOnWorker<Result<QList<PoolTypeOffer>>>(
        session, context,
        [](WorkerContext &w) -> Result<QList<PoolTypeOffer>> {
            const QString op = Tr::tr("Ask the host which storage pool types it supports");
            if (Status s = w.requireConnection(op); !s)
                return s.error();
            char *xml = virConnectGetStoragePoolCapabilities(w.conn, 0);
            if (!xml)
                return lastLibvirtError(op);
            auto types = StorageXml::parsePoolCapabilities(QString::fromUtf8(xml));
            free(xml);
            return types;
        },
        std::move(done));
}

void definePool(HostSession *session, const PoolDefinition &def, QObject *context,
                std::function<void(Status)> done)
{
    runOnWorker<Status>(
        session, context,
        [def](WorkerContext &w) -> Status {
            const QString op = Tr::tr("Define storage pool '%1'").arg(def.name);
            if (Status s = w.requireConnection(op); !s)
                return s.error();
            const QByteArray xml = PoolDefinitions::xml(def).toUtf8();
            const bool builds = def.type != kLogical || def.build;
            auto logged = [&](const Error &e) {
                CommandLog::record(
                    w.uri, def.name,
                    EquivalentCommands::poolDefine({def.name, QString::fromUtf8(xml), builds,
                                                    def.type == kFs && def.build, def.autostart}),
                    e);
            };
            virStoragePoolPtr raw = virStoragePoolDefineXML(w.conn, xml.constData(), 0);
            if (!raw) {
                const Error e = lastLibvirtError(op);
                logged(e);
                return e;
            }
            PoolRef pool(raw);
            // Each later step that fails takes the definition away again.
            auto undo = [&](const QString &step) -> Status {
                Error e = lastLibvirtError(step);
                logged(e);
                if (virStoragePoolIsActive(pool.ptr) == 1)
                    virStoragePoolDestroy(pool.ptr);
                if (virStoragePoolUndefine(pool.ptr) < 0)
                    e.message +=
                        QLatin1Char(' ') + Tr::tr("(and its definition could not be removed: %1)")
                                               .arg(lastLibvirtError(op).message);
                return e;
            };
            // dir, netfs, fs: the target folder (flags 0). fs with build: mkfs too, which
            // NO_OVERWRITE refuses on a device that holds a file system. logical: vgcreate, which
            // libvirt refuses on a device that is not empty unless OVERWRITE is given (it is not).
            if (builds) {
                const unsigned flags =
                    def.type == kFs && def.build ? VIR_STORAGE_POOL_BUILD_NO_OVERWRITE : 0;
                const QString step =
                    def.type == kLogical
                        ? Tr::tr("Create volume group %1 on %2")
                              .arg(def.sourceName, def.sourceDevices.join(QStringLiteral(", ")))
                    : def.type == kFs && def.build
                        ? Tr::tr("Format %1 as %2 for pool '%3'")
                              .arg(def.sourceDevices.value(0), def.sourceFormat, def.name)
                        : Tr::tr("Create the folder %1 of pool '%2'").arg(def.targetPath, def.name);
                if (virStoragePoolBuild(pool.ptr, flags) < 0)
                    return undo(step);
            }
            if (virStoragePoolCreate(pool.ptr, 0) < 0)
                return undo(Tr::tr("Start storage pool '%1'").arg(def.name));
            if (virStoragePoolSetAutostart(pool.ptr, def.autostart ? 1 : 0) < 0)
                return undo(Tr::tr("Start storage pool '%1' with the host").arg(def.name));
            logged({});
            return Done{};
        },
        std::move(done));
}

void defineDirPool(HostSession *session, const QString &name, const QString &path, bool autostart,
                   QObject *context, std::function<void(Status)> done)
{
    PoolDefinition def;
    def.name = name;
    def.targetPath = path;
    def.autostart = autostart;
    definePool(session, def, context, std::move(done));
}

} // namespace Storage

} // namespace Vireo
