// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>
#include <QXmlStreamAttributes>
#include <QXmlStreamNamespaceDeclarations>

class QXmlStreamReader;
class QXmlStreamWriter;

namespace Vireo {

/// One element of an XML document with everything inside it: what the parsers read a subtree
/// into, and what the rewriter hands to a rule that replaces an element. Value type, any thread.
struct XmlElement
{
    QString name;          ///< local name: "graphics", "os" ("os" for "libosinfo:os" too)
    QString qualifiedName; ///< as written: "libosinfo:os"
    QXmlStreamAttributes attributes;
    QXmlStreamNamespaceDeclarations namespaces; ///< xmlns declarations on this element
    QString text;                               ///< the character data directly inside it
    QList<XmlElement> children;

    QString attr(QStringView key) const;
    bool hasAttr(QStringView key) const;
    const XmlElement *child(QStringView childName) const;
    QString childAttr(QStringView childName, QStringView key) const;
    QString childText(QStringView childName) const;
};

/// Reads the element the reader stands on (a StartElement) and everything inside it; the reader
/// is left on its EndElement.
XmlElement readXmlElement(QXmlStreamReader &reader);
/// Moves the reader onto the document's root element and checks its name. The error names
/// operation and says what stood there instead: nothing, a parse error, another element.
Status enterXmlRoot(QXmlStreamReader &reader, QStringView root, const QString &operation);
/// The reader's parse error, with its line and column, as an Error of operation.
Error xmlReadError(const QXmlStreamReader &reader, const QString &operation);
/// Writes an element read by readXmlElement back, with its namespaces and attributes.
void writeXmlElement(QXmlStreamWriter &writer, const XmlElement &element);

} // namespace Vireo
