// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/common/xmlelement.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

class QXmlStreamWriter;

namespace Vireo {

/// Copies an XML document token by token and lets rules replace, remove, edit or extend chosen
/// elements, so that each rewriter (boot options, CPU layout, domain type, device edits) says only
/// what it changes. Elements are chosen by the path of local names from the root:
/// "domain/os/boot". Whitespace, comments and everything no rule names are copied as they were.
/// Not thread-bound; one apply() at a time.
class XmlRewriter
{
public:
    using WriteFn = std::function<void(QXmlStreamWriter &)>;
    using ReplaceFn = std::function<void(QXmlStreamWriter &, const XmlElement &old)>;
    using AttributesFn = std::function<void(QXmlStreamAttributes &)>;

    /// Drops each element at path, with everything inside it.
    XmlRewriter &remove(const QString &path);
    /// Reads each element at path whole and lets write put what takes its place (nothing
    /// removes it; writeXmlElement(old) keeps it).
    XmlRewriter &replace(const QString &path, ReplaceFn write);
    /// Changes the attributes of each element at path; its content is copied.
    XmlRewriter &editAttributes(const QString &path, AttributesFn edit);
    /// Writes more content at the end of each element at path, before its end tag.
    XmlRewriter &append(const QString &path, WriteFn write);

    /// Whether an element at path has been met so far in the running apply(): lets an append
    /// rule at the root add an element that was missing.
    bool seen(const QString &path) const { return m_seen.contains(path); }

    /// The rewritten document. Fails, naming `operation`, when the XML does not parse or its root
    /// element is not `root`.
    Result<QString> apply(const QString &xml, const QString &root, const QString &operation);

private:
    QSet<QString> m_removed;
    QHash<QString, ReplaceFn> m_replaced;
    QHash<QString, QList<AttributesFn>> m_edited;
    QHash<QString, QList<WriteFn>> m_appended;
    QSet<QString> m_seen;
};

} // namespace Vireo
