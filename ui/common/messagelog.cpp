// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/common/messagelog.h"

#include <QCoreApplication>

namespace Vireo {

MessageLog *MessageLog::instance()
{
    // Owned by the application object, so it goes before Qt does; recreated if a test's
    // application object is replaced.
    static QPointer<MessageLog> log;
    if (!log)
        log = new MessageLog(QCoreApplication::instance());
    return log;
}

MessageLog::MessageLog(QObject *parent)
    : QObject(parent)
{}

void MessageLog::info(const QString &text)
{
    add({QDateTime::currentDateTime(), LogEntry::Level::Info, text, {}, {}, {}});
}

void MessageLog::error(const QString &text)
{
    add({QDateTime::currentDateTime(), LogEntry::Level::Error, text, {}, {}, {}});
}

void MessageLog::addOffer(LogEntry::Level level, const QString &text, const QString &offerText,
                          QObject *context, std::function<void()> offer)
{
    add({QDateTime::currentDateTime(), level, text, offerText, std::move(offer), context});
}

void MessageLog::add(LogEntry entry)
{
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTime();
    m_entries.append(entry);
    if (m_entries.size() > MaxEntries)
        m_entries.remove(0, m_entries.size() - MaxEntries);
    Q_EMIT added(entry);
}

QStringList MessageLog::texts() const
{
    QStringList out;
    out.reserve(m_entries.size());
    for (const LogEntry &e : m_entries)
        out.append(e.text);
    return out;
}

void MessageLog::clear()
{
    m_entries.clear();
    Q_EMIT cleared();
}

} // namespace Vireo
