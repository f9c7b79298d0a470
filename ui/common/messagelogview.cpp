// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/common/messagelogview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace Vireo {

MessageLogView::MessageLogView(MessageLog *log, QWidget *parent)
    : QListWidget(parent)
    , m_log(log)
{
    setObjectName(QStringLiteral("messageList"));
    setAccessibleName(tr("Messages"));
    setWordWrap(true);
    for (const LogEntry &e : log->entries())
        append(e);
    connect(log, &MessageLog::added, this, &MessageLogView::append);
    connect(log, &MessageLog::cleared, this, &QListWidget::clear);
}

void MessageLogView::append(const LogEntry &entry)
{
    const QString stamp = entry.time.toString(QStringLiteral("HH:mm:ss"));
    auto *item = new QListWidgetItem(style()->standardIcon(entry.isError()
                                                               ? QStyle::SP_MessageBoxWarning
                                                               : QStyle::SP_MessageBoxInformation),
                                     stamp + QStringLiteral("  ") + entry.text);
    item->setData(
        Qt::AccessibleTextRole,
        (entry.isError() ? tr("Problem at %1: %2") : tr("At %1: %2")).arg(stamp, entry.text));
    addItem(item);
    if (entry.hasOffer()) {
        // The button sits at the row's right end; the text stays the item's own, so it still
        // wraps, sorts and reads out as before.
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 4, 0);
        layout->addStretch(1);
        auto *button = new QPushButton(entry.offerText, row);
        button->setAccessibleName(tr("%1 (%2)").arg(entry.offerText, entry.text));
        layout->addWidget(button);
        QPointer<QObject> context = entry.offerContext;
        const std::function<void()> offer = entry.offer;
        connect(button, &QPushButton::clicked, this, [context, offer, button] {
            if (context)
                offer();
            else
                button->setEnabled(false);
        });
        if (context)
            connect(context, &QObject::destroyed, button, [button] { button->setEnabled(false); });
        setItemWidget(item, row);
    }
    while (count() > MessageLog::MaxEntries)
        delete takeItem(0);
    scrollToBottom();
}

} // namespace Vireo
