// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ui/common/messagelog.h"

#include <QListWidget>

namespace Vireo {

/// Shows a MessageLog: one line per entry with its time and an information or warning icon,
/// newest at the bottom; an entry with an offer gets its button ("Force Off…") beside the text,
/// reachable with Tab. GUI thread.
class MessageLogView : public QListWidget
{
    Q_OBJECT
public:
    explicit MessageLogView(MessageLog *log, QWidget *parent = nullptr);

    MessageLog *log() const { return m_log; }

private:
    void append(const LogEntry &entry);

    QPointer<MessageLog> m_log;
};

} // namespace Vireo
