// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/snapshotxml.h"

#include "core/common/coretr.h"
#include "core/common/xmlelement.h"

#include <QFileInfo>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Vireo {

namespace {

SnapshotState stateFrom(const QString &text)
{
    if (text == u"running")
        return SnapshotState::Running;
    if (text == u"paused" || text == u"pmsuspended")
        return SnapshotState::Paused;
    if (text == u"shutoff" || text == u"shutdown" || text == u"crashed")
        return SnapshotState::ShutOff;
    if (text == u"disk-snapshot")
        return SnapshotState::DiskSnapshot;
    return SnapshotState::Other;
}

} // namespace

Result<SnapshotInfo> parseSnapshotXml(const QString &xml)
{
    const QString op = Tr::tr("Read the snapshot XML");
    QXmlStreamReader r(xml);
    if (Status root = enterXmlRoot(r, u"domainsnapshot", op); !root)
        return root.error();
    SnapshotInfo s;
    QString memory;
    bool externalDisk = false;
    while (r.readNextStartElement()) {
        if (r.name() == u"domain" || r.name() == u"inactiveDomain") {
            r.skipCurrentElement(); // the whole domain definition: not needed here
            continue;
        }
        const XmlElement n = readXmlElement(r);
        if (n.name == u"name")
            s.name = n.text.trimmed();
        else if (n.name == u"description")
            s.description = n.text;
        else if (n.name == u"state")
            s.stateText = n.text.trimmed();
        else if (n.name == u"parent")
            s.parent = n.childText(u"name").trimmed();
        else if (n.name == u"creationTime") {
            bool ok = false;
            const qint64 secs = n.text.trimmed().toLongLong(&ok);
            if (ok)
                s.created = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
        } else if (n.name == u"memory") {
            memory = n.attr(u"snapshot");
            if (memory == u"external" && !n.attr(u"file").isEmpty())
                s.overlays << n.attr(u"file");
        } else if (n.name == u"disks") {
            for (const XmlElement &disk : n.children) {
                if (disk.name != u"disk" || disk.attr(u"snapshot") != u"external")
                    continue;
                externalDisk = true;
                const XmlElement *src = disk.child(u"source");
                if (src && !src->attr(u"file").isEmpty())
                    s.overlays << src->attr(u"file");
            }
        }
    }
    if (r.hasError())
        return xmlReadError(r, op);
    if (s.name.isEmpty())
        return Error{op, Tr::tr("the snapshot has no name"), 0};
    s.state = stateFrom(s.stateText);
    if (memory == u"external")
        s.kind = SnapshotKind::ExternalFullSystem;
    else if (externalDisk)
        s.kind = SnapshotKind::ExternalDisks;
    else if (memory == u"internal")
        s.kind = SnapshotKind::FullSystem;
    else
        s.kind = SnapshotKind::InternalDisks;
    return s;
}

QString defaultSnapshotName(const QDateTime &when)
{
    return when.toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss"));
}

QString snapshotNameProblem(const QString &name, const QStringList &existing)
{
    if (name.trimmed().isEmpty())
        return Tr::tr("the snapshot needs a name");
    if (name != name.trimmed())
        return Tr::tr("the name cannot begin or end with a space");
    if (name.contains(QLatin1Char('/')))
        return Tr::tr("the name cannot contain a slash (/)");
    if (name.startsWith(QLatin1Char('.')))
        return Tr::tr("the name cannot begin with a dot");
    if (existing.contains(name))
        return Tr::tr("there is already a snapshot called '%1'").arg(name);
    return {};
}

QString overlayPathFor(const QString &diskSource, const QString &name)
{
    const QFileInfo fi(diskSource);
    QString base = fi.fileName();
    const QString suffix = fi.suffix();
    if (!suffix.isEmpty() && base.size() > suffix.size() + 1)
        base.chop(suffix.size() + 1);
    QString dir = fi.path();
    if (!dir.endsWith(QLatin1Char('/')))
        dir += QLatin1Char('/');
    return dir + base + QLatin1Char('.') + name + QStringLiteral(".qcow2");
}

QString buildSnapshotXml(const SnapshotRequest &request, const QList<DomainDisk> &disks)
{
    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartElement(QStringLiteral("domainsnapshot"));
    w.writeTextElement(QStringLiteral("name"), request.name);
    if (!request.description.isEmpty())
        w.writeTextElement(QStringLiteral("description"), request.description);
    if (request.mode == SnapshotMode::DiskOnly) {
        w.writeStartElement(QStringLiteral("memory"));
        w.writeAttribute(QStringLiteral("snapshot"), QStringLiteral("no"));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("disks"));
        for (const DomainDisk &d : disks) {
            w.writeStartElement(QStringLiteral("disk"));
            w.writeAttribute(QStringLiteral("name"), d.target);
            if (d.readOnly || d.source.isEmpty()) {
                w.writeAttribute(QStringLiteral("snapshot"), QStringLiteral("no"));
            } else {
                w.writeAttribute(QStringLiteral("snapshot"), QStringLiteral("external"));
                w.writeStartElement(QStringLiteral("driver"));
                w.writeAttribute(QStringLiteral("type"), QStringLiteral("qcow2"));
                w.writeEndElement();
                w.writeStartElement(QStringLiteral("source"));
                w.writeAttribute(QStringLiteral("file"), overlayPathFor(d.source, request.name));
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace Vireo
