// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace Vireo {

/// One line of the message log: what happened, when, and whether it went wrong. It may carry
/// an offer (a button such as "Force Off…") that works while its context object lives.
struct LogEntry
{
    enum class Level { Info, Error };

    QDateTime time;
    Level level = Level::Info;
    QString text;
    QString offerText;
    std::function<void()> offer;
    QPointer<QObject> offerContext;

    bool isError() const { return level == Level::Error; }
    /// Whether the offer can still be taken (its context lives).
    bool hasOffer() const { return offer && !offerText.isEmpty() && offerContext; }
};

/// The application's one message log: every window writes what it did and what failed (actions,
/// creations, changes, connects and disconnects, unexpected state changes); the manager's
/// Messages dock shows it. GUI thread.
///
/// One shared object, like Qt Creator's message manager: windows come and go, the log stays, so a
/// failure in a closed wizard is still there to read.
class MessageLog : public QObject
{
    Q_OBJECT
public:
    /// At most this many entries are kept (the oldest go first).
    static constexpr int MaxEntries = 500;

    /// The application's log (created on first use, owned by the application object).
    static MessageLog *instance();

    explicit MessageLog(QObject *parent = nullptr);

    void info(const QString &text);
    void error(const QString &text);
    /// An entry with an offer: the button `offerText` runs `offer` while `context` lives.
    void addOffer(LogEntry::Level level, const QString &text, const QString &offerText,
                  QObject *context, std::function<void()> offer);
    void add(LogEntry entry);

    QList<LogEntry> entries() const { return m_entries; }
    /// The texts, oldest first (for tests and the accessible summary).
    QStringList texts() const;
    void clear();

Q_SIGNALS:
    void added(const Vireo::LogEntry &entry);
    void cleared();

private:
    QList<LogEntry> m_entries;
};

} // namespace Vireo
