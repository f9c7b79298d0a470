// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/common/xmlelement.h"

#include "core/common/coretr.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Vireo {

QString XmlElement::attr(QStringView key) const
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == key)
            return a.value().toString();
    }
    return {};
}

bool XmlElement::hasAttr(QStringView key) const
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == key)
            return true;
    }
    return false;
}

const XmlElement *XmlElement::child(QStringView childName) const
{
    for (const XmlElement &c : children) {
        if (c.name == childName)
            return &c;
    }
    return nullptr;
}

QString XmlElement::childAttr(QStringView childName, QStringView key) const
{
    const XmlElement *c = child(childName);
    return c ? c->attr(key) : QString();
}

QString XmlElement::childText(QStringView childName) const
{
    const XmlElement *c = child(childName);
    return c ? c->text.trimmed() : QString();
}

XmlElement readXmlElement(QXmlStreamReader &r)
{
    XmlElement e;
    e.name = r.name().toString();
    e.qualifiedName = r.qualifiedName().toString();
    e.attributes = r.attributes();
    e.namespaces = r.namespaceDeclarations();
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement)
            e.children.append(readXmlElement(r));
        else if (token == QXmlStreamReader::Characters)
            e.text += r.text();
        else if (token == QXmlStreamReader::EndElement)
            break;
    }
    return e;
}

void writeXmlElement(QXmlStreamWriter &w, const XmlElement &e)
{
    // Names as they were written: the writer then needs no namespace bookkeeping of its own.
    w.writeStartElement(e.qualifiedName.isEmpty() ? e.name : e.qualifiedName);
    for (const QXmlStreamNamespaceDeclaration &ns : e.namespaces) {
        const QString attr = ns.prefix().isEmpty()
                                 ? QStringLiteral("xmlns")
                                 : QStringLiteral("xmlns:") + ns.prefix().toString();
        w.writeAttribute(attr, ns.namespaceUri().toString());
    }
    for (const QXmlStreamAttribute &a : e.attributes)
        w.writeAttribute(a.qualifiedName().toString(), a.value().toString());
    if (e.children.isEmpty()) {
        if (!e.text.isEmpty())
            w.writeCharacters(e.text);
    } else {
        // Mixed content keeps only its elements and their text, which is all libvirt writes.
        for (const XmlElement &c : e.children)
            writeXmlElement(w, c);
    }
    w.writeEndElement();
}

Status enterXmlRoot(QXmlStreamReader &reader, QStringView root, const QString &operation)
{
    if (!reader.readNextStartElement()) {
        const bool nothing = reader.error() == QXmlStreamReader::NoError ||
                             (reader.error() == QXmlStreamReader::PrematureEndOfDocumentError &&
                              reader.characterOffset() == 0);
        if (nothing)
            return Error{operation, Tr::tr("the document is empty"), 0};
        return xmlReadError(reader, operation);
    }
    if (reader.name() != root)
        return Error{operation,
                     Tr::tr("the root element is <%1>, not <%2>").arg(reader.name(), root), 0};
    return Done{};
}

Error xmlReadError(const QXmlStreamReader &reader, const QString &operation)
{
    return Error{operation,
                 Tr::tr("line %1, column %2: %3")
                     .arg(reader.lineNumber())
                     .arg(reader.columnNumber())
                     .arg(reader.errorString()),
                 0};
}

} // namespace Vireo
