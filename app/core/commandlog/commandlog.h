// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/commandlog/equivalentcommands.h"
#include "core/common/result.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>

#include <mutex>

namespace Vireo {

/// One operation Vireo performed, with the commands it equals. Value type; any thread.
struct CommandLogEntry
{
    quint64 id = 0; ///< increasing within the process
    QDateTime time;
    QString uri;    ///< the host's, for virsh -c
    QString domain; ///< or the network, the pool: what the operation was on
    Equivalent equivalent;
    bool succeeded = true;
    QString error; ///< why it failed
    /// A password was masked in a command or a file (it must be put back before running it).
    bool secretsMasked = false;

    /// Each command of `equivalent.commands` as a shell line with -c uri.
    QStringList lines() const;
    QStringList alternativeLines() const;
};

/// Every operation of this process, as the commands a person would type (issue 17's "Equivalent
/// commands"). The host's worker records each operation right after its libvirt calls; the log
/// masks secrets (VNC passwords in XML) before it keeps anything, then hands the entry to the GUI
/// thread through a queued signal.
///
/// The object lives on the application's thread; record() and entries() are safe from any thread.
class CommandLog : public QObject
{
    Q_OBJECT
public:
    /// The process's log (made on first use, living on the application's thread).
    static CommandLog *instance();

    /// Records an operation on `uri`. Any thread.
    static void record(const QString &uri, const QString &domain, Equivalent equivalent,
                       const Error &failure = {});
    template<typename T>
    static void record(const QString &uri, const QString &domain, Equivalent equivalent,
                       const Result<T> &outcome)
    {
        record(uri, domain, std::move(equivalent), outcome ? Error{} : outcome.error());
    }

    /// The entries so far, oldest first (at most MaxEntries). Any thread.
    QList<CommandLogEntry> entries() const;
    void clear();
    /// The oldest entries go beyond this many.
    static constexpr int MaxEntries = 5000;

    /// Replaces every password in XML or an argument (passwd='...') with ********. Pure.
    static QString maskSecrets(const QString &text, bool *masked = nullptr);

Q_SIGNALS:
    /// Queued to the log's thread after each record().
    void entryAdded(const Vireo::CommandLogEntry &entry);
    void cleared();

private:
    CommandLog() = default;
    void append(CommandLogEntry entry);

    mutable std::mutex m_mutex;
    QList<CommandLogEntry> m_entries;
    quint64 m_nextId = 1;
};

/// The session as a commented POSIX shell script: each entry's time, target, outcome and
/// explanation as comments, the files it needs as here-documents, then its commands (those of a
/// failed operation commented out). Pure; any thread.
QString commandLogScript(const QList<CommandLogEntry> &entries, const QDateTime &exportedAt);

/// The Explain lines of an explanation, "Explain: ..." in English then "说明: ..." in Chinese,
/// each labelled in its own language whatever the UI's (the Chinese line is left out when there
/// is no Chinese). The dock and the exported script show these. Pure; any thread.
QStringList explainLines(const Explanation &explanation);

/// All of an entry's commands (and alternatives) as text to copy, one per line.
QString commandLogText(const CommandLogEntry &entry);

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::CommandLogEntry)
