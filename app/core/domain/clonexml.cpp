// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/clonexml.h"

#include "core/common/coretr.h"
#include "core/common/xmlrewriter.h"

#include <QXmlStreamWriter>

#include <memory>

namespace Vireo {

namespace {

void writeAttributesExcept(QXmlStreamWriter &w, const XmlElement &e,
                           std::initializer_list<QStringView> dropped)
{
    for (const QXmlStreamAttribute &a : e.attributes) {
        bool drop = false;
        for (QStringView d : dropped)
            drop |= a.qualifiedName() == d;
        if (!drop)
            w.writeAttribute(a);
    }
}

/// The <disk> with its <source> on the new volume, its <driver type> the new format and no
/// <backingStore> (libvirt reads the overlay's chain from the image itself).
void writeRewrittenDisk(QXmlStreamWriter &w, const XmlElement &disk, const CloneDiskChange &c)
{
    const bool asVolume = disk.attr(u"type") == u"volume" && !c.pool.isEmpty();
    w.writeStartElement(disk.qualifiedName);
    for (const QXmlStreamNamespaceDeclaration &ns : disk.namespaces)
        w.writeNamespace(ns.namespaceUri().toString(), ns.prefix().toString());
    w.writeAttribute(QStringLiteral("type"),
                     asVolume ? QStringLiteral("volume") : QStringLiteral("file"));
    writeAttributesExcept(w, disk, {u"type"});
    bool wroteSource = false;
    auto writeSource = [&](const XmlElement *old) {
        w.writeStartElement(QStringLiteral("source"));
        if (asVolume) {
            w.writeAttribute(QStringLiteral("pool"), c.pool);
            w.writeAttribute(QStringLiteral("volume"), c.volume);
        } else {
            w.writeAttribute(QStringLiteral("file"), c.path);
        }
        // Children of <source> (a seclabel, reservations) describe the old image: not kept.
        if (old)
            writeAttributesExcept(
                w, *old,
                {u"file", u"dev", u"pool", u"volume", u"dir", u"protocol", u"name", u"mode"});
        w.writeEndElement();
        wroteSource = true;
    };
    for (const XmlElement &child : disk.children) {
        if (child.name == u"source") {
            writeSource(&child);
        } else if (child.name == u"backingStore") {
            continue;
        } else if (child.name == u"driver") {
            w.writeStartElement(child.qualifiedName);
            writeAttributesExcept(w, child, {u"type"});
            w.writeAttribute(QStringLiteral("type"), c.format);
            for (const XmlElement &g : child.children)
                writeXmlElement(w, g);
            w.writeEndElement();
        } else {
            if (!wroteSource && child.name == u"target")
                writeSource(nullptr); // a disk that had no source (an empty drive)
            writeXmlElement(w, child);
        }
    }
    if (!wroteSource)
        writeSource(nullptr);
    w.writeEndElement();
}

} // namespace

Result<QString> rewriteCloneXml(const QString &xml, const CloneXmlChanges &changes)
{
    const QString op = Tr::tr("Write the clone's definition");
    if (changes.name.trimmed().isEmpty())
        return Error{op, Tr::tr("the clone has no name"), 0};
    for (const CloneDiskChange &c : changes.disks) {
        if ((c.mode == CloneDiskMode::Copy || c.mode == CloneDiskMode::Linked) &&
            (c.format.isEmpty() || (c.path.isEmpty() && c.volume.isEmpty())))
            return Error{op, Tr::tr("a copied or linked disk has no new volume"), 0};
    }
    XmlRewriter rewriter;
    rewriter.replace(QStringLiteral("domain/name"), [&](QXmlStreamWriter &w, const XmlElement &) {
        w.writeTextElement(QStringLiteral("name"), changes.name);
    });
    rewriter.replace(QStringLiteral("domain/uuid"), [&](QXmlStreamWriter &w, const XmlElement &) {
        if (!changes.uuid.isEmpty())
            w.writeTextElement(QStringLiteral("uuid"), changes.uuid);
    });
    int diskIndex = 0;
    rewriter.replace(QStringLiteral("domain/devices/disk"),
                     [&](QXmlStreamWriter &w, const XmlElement &disk) {
                         const int i = diskIndex++;
                         if (i >= changes.disks.size()) {
                             writeXmlElement(w, disk);
                             return;
                         }
                         const CloneDiskChange &c = changes.disks.at(i);
                         switch (c.mode) {
                         case CloneDiskMode::Share:
                             writeXmlElement(w, disk);
                             break;
                         case CloneDiskMode::LeaveOut:
                             break;
                         case CloneDiskMode::Copy:
                         case CloneDiskMode::Linked:
                             writeRewrittenDisk(w, disk, c);
                             break;
                         }
                     });
    int macIndex = 0;
    rewriter.editAttributes(QStringLiteral("domain/devices/interface/mac"),
                            [&](QXmlStreamAttributes &attrs) {
                                const int i = macIndex++;
                                if (i >= changes.macs.size())
                                    return;
                                QXmlStreamAttributes out;
                                for (const QXmlStreamAttribute &a : std::as_const(attrs))
                                    if (a.qualifiedName() != u"address")
                                        out.append(a);
                                out.append(QStringLiteral("address"), changes.macs.at(i));
                                attrs = out;
                            });
    // The host device names (vnet0) belong to the original's running instance.
    rewriter.remove(QStringLiteral("domain/devices/interface/target"));
    // A fixed port would clash with the original's: the clone's display takes a free one.
    rewriter.editAttributes(
        QStringLiteral("domain/devices/graphics"), [](QXmlStreamAttributes &attrs) {
            if (!attrs.hasAttribute(QLatin1String("port")) &&
                !attrs.hasAttribute(QLatin1String("autoport")))
                return;
            QXmlStreamAttributes out;
            for (const QXmlStreamAttribute &a : std::as_const(attrs)) {
                const auto n = a.qualifiedName();
                if (n != u"port" && n != u"autoport" && n != u"tlsPort" && n != u"websocket")
                    out.append(a);
            }
            out.append(QStringLiteral("autoport"), QStringLiteral("yes"));
            attrs = out;
        });
    rewriter.replace(QStringLiteral("domain/os/nvram"),
                     [&](QXmlStreamWriter &w, const XmlElement &old) {
                         w.writeStartElement(old.qualifiedName);
                         for (const QXmlStreamAttribute &a : old.attributes)
                             w.writeAttribute(a);
                         if (!changes.nvramPath.isEmpty())
                             w.writeCharacters(changes.nvramPath);
                         w.writeEndElement();
                     });
    Result<QString> out = rewriter.apply(xml, QStringLiteral("domain"), op);
    if (!out)
        return out;
    if (diskIndex != changes.disks.size())
        return Error{op,
                     Tr::tr("the domain has %1 disks, the clone's plan %2")
                         .arg(diskIndex)
                         .arg(changes.disks.size()),
                     0};
    if (macIndex != changes.macs.size())
        return Error{op,
                     Tr::tr("the domain has %1 network interfaces with a MAC, the clone's plan %2")
                         .arg(macIndex)
                         .arg(changes.macs.size()),
                     0};
    return out;
}

QString newMacAddress(QSet<QString> &taken, const std::function<quint32()> &random)
{
    for (;;) {
        const quint32 bits = random() & 0xffffff;
        const QString mac = QStringLiteral("52:54:00:%1:%2:%3")
                                .arg((bits >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                                .arg((bits >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                                .arg(bits & 0xff, 2, 16, QLatin1Char('0'));
        if (!taken.contains(mac)) {
            taken.insert(mac);
            return mac;
        }
    }
}

} // namespace Vireo
