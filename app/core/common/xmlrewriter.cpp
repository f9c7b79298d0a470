// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/common/xmlrewriter.h"

#include "core/common/coretr.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Vireo {

XmlRewriter &XmlRewriter::remove(const QString &path)
{
    m_removed.insert(path);
    return *this;
}

XmlRewriter &XmlRewriter::replace(const QString &path, ReplaceFn write)
{
    m_replaced.insert(path, std::move(write));
    return *this;
}

XmlRewriter &XmlRewriter::editAttributes(const QString &path, AttributesFn edit)
{
    m_edited[path].append(std::move(edit));
    return *this;
}

XmlRewriter &XmlRewriter::append(const QString &path, WriteFn write)
{
    m_appended[path].append(std::move(write));
    return *this;
}

Result<QString> XmlRewriter::apply(const QString &xml, const QString &root,
                                   const QString &operation)
{
    m_seen.clear();
    QXmlStreamReader r(xml);
    QString out;
    QXmlStreamWriter w(&out);
    QStringList stack;
    bool sawRoot = false;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::Invalid)
            break;
        if (token == QXmlStreamReader::StartElement) {
            if (stack.isEmpty()) {
                if (r.name() != root)
                    return Error{operation, Tr::tr("the XML is not a <%1>").arg(root), 0};
                sawRoot = true;
            }
            stack.append(r.name().toString());
            const QString path = stack.join(QLatin1Char('/'));
            m_seen.insert(path);
            if (m_removed.contains(path)) {
                r.skipCurrentElement();
                stack.removeLast();
                continue;
            }
            if (auto it = m_replaced.constFind(path); it != m_replaced.cend()) {
                const XmlElement old = readXmlElement(r);
                stack.removeLast();
                (*it)(w, old);
                continue;
            }
            if (auto it = m_edited.constFind(path); it != m_edited.cend()) {
                QXmlStreamAttributes attributes = r.attributes();
                for (const AttributesFn &edit : *it)
                    edit(attributes);
                w.writeStartElement(r.qualifiedName().toString());
                for (const QXmlStreamNamespaceDeclaration &ns : r.namespaceDeclarations())
                    w.writeNamespace(ns.namespaceUri().toString(), ns.prefix().toString());
                for (const QXmlStreamAttribute &a : std::as_const(attributes))
                    w.writeAttribute(a.qualifiedName().toString(), a.value().toString());
                continue;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QString path = stack.join(QLatin1Char('/'));
            if (auto it = m_appended.constFind(path); it != m_appended.cend()) {
                for (const WriteFn &write : *it)
                    write(w);
            }
            stack.removeLast();
        }
        w.writeCurrentToken(r);
    }
    if (r.hasError())
        return xmlReadError(r, operation);
    if (!sawRoot)
        return Error{operation, Tr::tr("the XML is not a <%1>").arg(root), 0};
    return out;
}

} // namespace Vireo
