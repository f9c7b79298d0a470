// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/clonenames.h"

#include "core/common/coretr.h"

#include <QRegularExpression>

namespace Vireo::CloneNames {

QString nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Tr::tr("the name is empty");
    if (name != name.trimmed())
        return Tr::tr("the name '%1' starts or ends with a space").arg(name);
    if (name.contains(QLatin1Char('/')))
        return Tr::tr("the name '%1' contains '/'").arg(name);
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control)
            return Tr::tr("the name '%1' contains a control character").arg(name);
    return {};
}

Result<QStringList> expandPattern(const QString &pattern)
{
    const QString op = Tr::tr("Expand the name pattern '%1'").arg(pattern);
    static const QRegularExpression range(QStringLiteral("\\{(\\d+)\\.\\.(\\d+)\\}"));
    QList<QRegularExpressionMatch> found;
    for (auto it = range.globalMatch(pattern); it.hasNext();)
        found.append(it.next());
    if (found.isEmpty())
        return Error{op, Tr::tr("it has no range; write one such as {01..20}"), 0};
    if (found.size() > 1)
        return Error{op, Tr::tr("it has more than one range; write one, such as {01..20}"), 0};
    const QRegularExpressionMatch &m = found.first();
    const QString first = m.captured(1), last = m.captured(2);
    bool okFirst = false, okLast = false;
    const qlonglong from = first.toLongLong(&okFirst), to = last.toLongLong(&okLast);
    if (!okFirst || !okLast)
        return Error{op, Tr::tr("the range's bounds are too large"), 0};
    const qlonglong count = qAbs(to - from) + 1;
    if (count > MaxBatch)
        return Error{
            op, Tr::tr("it makes %1 names; one batch makes at most %2").arg(count).arg(MaxBatch),
            0};
    const bool padded = (first.size() > 1 && first.startsWith(QLatin1Char('0'))) ||
                        (last.size() > 1 && last.startsWith(QLatin1Char('0')));
    const int width = padded ? int(qMax(first.size(), last.size())) : 0;
    const QString before = pattern.left(m.capturedStart());
    const QString after = pattern.mid(m.capturedEnd());
    QStringList names;
    const qlonglong step = to >= from ? 1 : -1;
    for (qlonglong n = from;; n += step) {
        const QString name =
            before + QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0')) + after;
        if (const QString why = nameProblem(name); !why.isEmpty())
            return Error{op, why, 0};
        names.append(name);
        if (n == to)
            break;
    }
    return names;
}

QString suggestName(const QString &original, const QSet<QString> &taken)
{
    const QString base = original + QStringLiteral("-clone");
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString name = base + QLatin1Char('-') + QString::number(n);
        if (!taken.contains(name))
            return name;
    }
}

QString volumeName(const QString &originalVolume, const QString &originalDomain,
                   const QString &cloneName, const QString &target, bool linked)
{
    // The suffix is what follows the last dot, when it is a short word (img, qcow2, raw).
    static const QRegularExpression suffix(QStringLiteral("\\.([A-Za-z0-9]{1,6})$"));
    const QRegularExpressionMatch m = suffix.match(originalVolume);
    QString stem = m.hasMatch() ? originalVolume.left(m.capturedStart()) : originalVolume;
    const QString ext =
        linked ? QStringLiteral("qcow2") : (m.hasMatch() ? m.captured(1) : QString());
    if (!originalDomain.isEmpty() && stem.contains(originalDomain))
        stem.replace(stem.indexOf(originalDomain), originalDomain.size(), cloneName);
    else
        stem = cloneName + QLatin1Char('-') + target;
    return ext.isEmpty() ? stem : stem + QLatin1Char('.') + ext;
}

} // namespace Vireo::CloneNames
