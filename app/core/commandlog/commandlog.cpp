// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/commandlog/commandlog.h"

#include "core/common/coretr.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QThread>

namespace Vireo {

QStringList CommandLogEntry::lines() const
{
    QStringList out;
    for (const ShellCommand &c : equivalent.commands)
        out << c.toShell(uri);
    return out;
}

QStringList CommandLogEntry::alternativeLines() const
{
    QStringList out;
    for (const ShellCommand &c : equivalent.alternatives)
        out << c.toShell(uri);
    return out;
}

CommandLog *CommandLog::instance()
{
    // Made on first use, possibly by a worker: it still belongs to the application's thread, where
    // its queued signals are delivered.
    static CommandLog *log = [] {
        auto *l = new CommandLog;
        if (QCoreApplication *app = QCoreApplication::instance())
            l->moveToThread(app->thread());
        return l;
    }();
    return log;
}

QString CommandLog::maskSecrets(const QString &text, bool *masked)
{
    // passwd='...' in <graphics> (and passwd=... in a --graphics argument).
    static const QRegularExpression attr(
        QStringLiteral("(passwd\\s*=\\s*)(['\"])(?:(?!\\2).)*\\2"));
    static const QRegularExpression arg(QStringLiteral("(passwd=)([^,'\"\\s]+)"));
    QString out = text;
    out.replace(attr, QStringLiteral("\\1\\2********\\2"));
    out.replace(arg, QStringLiteral("\\1********"));
    if (masked)
        *masked = out != text;
    return out;
}

void CommandLog::record(const QString &uri, const QString &domain, Equivalent equivalent,
                        const Error &failure)
{
    CommandLogEntry e;
    e.time = QDateTime::currentDateTime();
    e.uri = uri;
    e.domain = domain;
    e.succeeded = failure.message.isEmpty() && failure.operation.isEmpty();
    e.error = failure.text();
    bool masked = false;
    auto mask = [&masked](QString &text) {
        bool m = false;
        text = maskSecrets(text, &m);
        masked = masked || m;
    };
    for (CommandFile &f : equivalent.files)
        mask(f.contents);
    for (QList<ShellCommand> *list : {&equivalent.commands, &equivalent.alternatives})
        for (ShellCommand &c : *list)
            for (QString &a : c.arguments)
                mask(a);
    mask(e.error);
    e.secretsMasked = masked;
    e.equivalent = std::move(equivalent);
    instance()->append(std::move(e));
}

void CommandLog::append(CommandLogEntry entry)
{
    {
        std::lock_guard lock(m_mutex);
        entry.id = m_nextId++;
        m_entries.append(entry);
        if (m_entries.size() > MaxEntries)
            m_entries.remove(0, m_entries.size() - MaxEntries);
    }
    QMetaObject::invokeMethod(
        this, [this, entry = std::move(entry)]() { Q_EMIT entryAdded(entry); },
        Qt::QueuedConnection);
}

QList<CommandLogEntry> CommandLog::entries() const
{
    std::lock_guard lock(m_mutex);
    return m_entries;
}

void CommandLog::clear()
{
    {
        std::lock_guard lock(m_mutex);
        m_entries.clear();
    }
    Q_EMIT cleared();
}

QStringList explainLines(const Explanation &explanation)
{
    QStringList out;
    if (!explanation.english.isEmpty())
        out << QStringLiteral("Explain: ") + explanation.english;
    if (!explanation.chinese.isEmpty())
        out << QStringLiteral("说明: ") + explanation.chinese;
    return out;
}

QString commandLogText(const CommandLogEntry &entry)
{
    return (entry.lines() + entry.alternativeLines()).join(QLatin1Char('\n'));
}

namespace {

QString commented(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        out << QStringLiteral("# ") + line;
    return out.join(QLatin1Char('\n'));
}

/// A here-document delimiter that does not occur in the text.
QString delimiterFor(const QString &text)
{
    QString d = QStringLiteral("VIREO_EOF");
    for (int n = 1; text.contains(d); ++n)
        d = QStringLiteral("VIREO_EOF_%1").arg(n);
    return d;
}

} // namespace

QString commandLogScript(const QList<CommandLogEntry> &entries, const QDateTime &exportedAt)
{
    QStringList out;
    out << QStringLiteral("#!/bin/sh")
        << commented(Tr::tr("Vireo session exported %1: each operation as the commands that do "
                            "the same.")
                         .arg(exportedAt.toString(Qt::ISODate)))
        << commented(Tr::tr("Operations that failed are commented out; passwords are masked."))
        << QStringLiteral("set -e");
    for (const CommandLogEntry &e : entries) {
        out << QString();
        const QString outcome =
            e.succeeded ? Tr::tr("succeeded") : Tr::tr("failed: %1").arg(e.error);
        out << commented(
            QStringLiteral("%1  %2  %3").arg(e.time.toString(Qt::ISODate), e.domain, outcome));
        if (!e.equivalent.noSingleCommand.isEmpty())
            out << commented(e.equivalent.noSingleCommand);
        for (const QString &line : explainLines(e.equivalent.explanation))
            out << commented(line);
        if (e.secretsMasked)
            out << commented(Tr::tr("A password is masked as ********: put it back before "
                                    "running this."));
        QStringList body;
        for (const CommandFile &f : e.equivalent.files) {
            const QString d = delimiterFor(f.contents);
            body << QStringLiteral("cat > %1 <<'%2'").arg(shellQuote(f.name), d);
            body << (f.contents.endsWith(QLatin1Char('\n')) ? f.contents.chopped(1) : f.contents);
            body << d;
        }
        body << e.lines();
        // An edit has no command of its own: `virsh edit` is interactive, never run by a script.
        const bool runnable = e.succeeded && e.equivalent.noSingleCommand.isEmpty();
        for (const QString &line : body)
            out << (runnable ? line : QStringLiteral("# ") + line);
        if (!e.equivalent.alternatives.isEmpty()) {
            out << commented(Tr::tr("or, on the host itself:"));
            for (const QString &line : e.alternativeLines())
                out << QStringLiteral("# ") + line;
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Vireo
