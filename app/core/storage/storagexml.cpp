// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/storage/storagexml.h"

#include "core/common/coretr.h"
#include "core/common/xmlelement.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Vireo::StorageXml {

namespace {

/// The whole root element, or the error of a missing root, another root or broken XML.
Result<XmlElement> readRoot(const QString &xml, QStringView root, const QString &op)
{
    QXmlStreamReader r(xml);
    if (Status s = enterXmlRoot(r, root, op); !s)
        return s.error();
    XmlElement e = readXmlElement(r);
    if (r.hasError())
        return xmlReadError(r, op);
    return e;
}

/// A size child such as <capacity unit='bytes'>123</capacity>; 0 when there is none.
Result<quint64> sizeChild(const XmlElement &parent, QStringView name, const QString &op)
{
    const XmlElement *e = parent.child(name);
    if (!e)
        return quint64(0);
    auto bytes = sizeInBytes(e->text.trimmed(), e->attr(u"unit"));
    if (!bytes)
        return Error{op, Tr::tr("<%1>: %2").arg(name, bytes.error().message), 0};
    return bytes;
}

void writeSize(QXmlStreamWriter &x, const QString &element, quint64 bytes)
{
    x.writeStartElement(element);
    x.writeAttribute(QStringLiteral("unit"), QStringLiteral("bytes"));
    x.writeCharacters(QString::number(bytes));
    x.writeEndElement();
}

} // namespace

Result<quint64> sizeInBytes(const QString &text, const QString &unit)
{
    bool ok = false;
    const quint64 value = text.toULongLong(&ok);
    if (!ok)
        return Error{{}, Tr::tr("'%1' is not a size").arg(text), 0};
    // libvirt's units (docs/formatstorage): b/bytes, then k/KiB, KB (1000)... up to E.
    static const struct
    {
        const char *names[3];
        quint64 factor;
    } units[] = {
        {{"", "b", "bytes"}, 1},
        {{"k", "KiB", ""}, 1ull << 10},
        {{"KB", "", ""}, 1000ull},
        {{"m", "M", "MiB"}, 1ull << 20},
        {{"MB", "", ""}, 1000ull * 1000},
        {{"g", "G", "GiB"}, 1ull << 30},
        {{"GB", "", ""}, 1000ull * 1000 * 1000},
        {{"t", "T", "TiB"}, 1ull << 40},
        {{"TB", "", ""}, 1000ull * 1000 * 1000 * 1000},
    };
    for (const auto &u : units) {
        for (const char *name : u.names) {
            if ((*name || unit.isEmpty()) && unit == QLatin1String(name)) {
                if (u.factor > 1 && value > std::numeric_limits<quint64>::max() / u.factor)
                    return Error{{}, Tr::tr("%1 %2 is too large").arg(text, unit), 0};
                return value * u.factor;
            }
        }
    }
    return Error{{}, Tr::tr("unknown unit '%1'").arg(unit), 0};
}

Result<StoragePoolXml> parsePool(const QString &xml)
{
    const QString op = Tr::tr("Read a storage pool's XML");
    auto root = readRoot(xml, u"pool", op);
    if (!root)
        return root.error();
    const XmlElement &p = root.value();
    StoragePoolXml out;
    out.name = p.childText(u"name").trimmed();
    out.uuid = p.childText(u"uuid").trimmed();
    out.type = p.attr(u"type");
    if (const XmlElement *target = p.child(u"target"))
        out.targetPath = target->childText(u"path").trimmed();
    auto capacity = sizeChild(p, u"capacity", op);
    auto allocation = sizeChild(p, u"allocation", op);
    auto available = sizeChild(p, u"available", op);
    for (const auto *r : {&capacity, &allocation, &available})
        if (!*r)
            return r->error();
    out.capacityBytes = capacity.value();
    out.allocationBytes = allocation.value();
    out.availableBytes = available.value();
    return out;
}

Result<StorageVolumeXml> parseVolume(const QString &xml)
{
    const QString op = Tr::tr("Read a volume's XML");
    auto root = readRoot(xml, u"volume", op);
    if (!root)
        return root.error();
    const XmlElement &v = root.value();
    StorageVolumeXml out;
    out.name = v.childText(u"name").trimmed();
    out.type = v.attr(u"type");
    if (const XmlElement *target = v.child(u"target")) {
        out.path = target->childText(u"path").trimmed();
        out.format = target->childAttr(u"format", u"type");
    }
    if (const XmlElement *backing = v.child(u"backingStore")) {
        out.backingPath = backing->childText(u"path").trimmed();
        out.backingFormat = backing->childAttr(u"format", u"type");
    }
    auto capacity = sizeChild(v, u"capacity", op);
    if (!capacity)
        return capacity.error();
    auto allocation = sizeChild(v, u"allocation", op);
    if (!allocation)
        return allocation.error();
    out.capacityBytes = capacity.value();
    out.allocationBytes = allocation.value();
    return out;
}

Result<QList<PoolTypeOffer>> parsePoolCapabilities(const QString &xml)
{
    const QString op = Tr::tr("Read the host's storage pool types");
    auto root = readRoot(xml, u"storagepoolCapabilities", op);
    if (!root)
        return root.error();
    QList<PoolTypeOffer> out;
    for (const XmlElement &pool : root->children) {
        if (pool.name != u"pool" || pool.attr(u"supported") != u"yes" ||
            pool.attr(u"type").isEmpty())
            continue;
        PoolTypeOffer offer;
        offer.type = pool.attr(u"type");
        if (const XmlElement *options = pool.child(u"poolOptions")) {
            offer.defaultFormat = options->childAttr(u"defaultFormat", u"type");
            for (const XmlElement &e : options->children)
                if (e.name == u"enum" && e.attr(u"name") == u"sourceFormatType")
                    for (const XmlElement &v : e.children)
                        if (v.name == u"value" && !v.text.trimmed().isEmpty())
                            offer.sourceFormats << v.text.trimmed();
        }
        out << offer;
    }
    return out;
}

QString volumeXml(const QString &name, const QString &format, quint64 capacityBytes,
                  quint64 allocationBytes, const QString &backingPath, const QString &backingFormat)
{
    QString out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.writeStartElement(QStringLiteral("volume"));
    x.writeTextElement(QStringLiteral("name"), name);
    writeSize(x, QStringLiteral("capacity"), capacityBytes);
    writeSize(x, QStringLiteral("allocation"), allocationBytes);
    x.writeStartElement(QStringLiteral("target"));
    x.writeStartElement(QStringLiteral("format"));
    x.writeAttribute(QStringLiteral("type"), format);
    x.writeEndElement();
    // libvirt's default is qcow2 version 2 (it runs qemu-img with -o compat=0.10); what qemu-img
    // itself makes, and what the tutorial's images are, is version 3 (zero clusters, lazy
    // refcounts), which every QEMU since 1.1 reads.
    if (format == u"qcow2")
        x.writeTextElement(QStringLiteral("compat"), QStringLiteral("1.1"));
    x.writeEndElement();
    if (!backingPath.isEmpty()) {
        x.writeStartElement(QStringLiteral("backingStore"));
        x.writeTextElement(QStringLiteral("path"), backingPath);
        x.writeStartElement(QStringLiteral("format"));
        x.writeAttribute(QStringLiteral("type"),
                         backingFormat.isEmpty() ? QStringLiteral("raw") : backingFormat);
        x.writeEndElement();
        x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

} // namespace Vireo::StorageXml
