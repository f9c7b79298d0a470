// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/spinrangewatcher.h"

#include <QEvent>
#include <QKeyEvent>
#include <QSpinBox>

namespace Vireo {

SpinRangeWatcher::SpinRangeWatcher(QSpinBox *box)
    : QObject(box)
    , m_box(box)
{
    box->installEventFilter(this);
}

bool SpinRangeWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // Seen before the box corrects the text: Enter, Return, or the focus leaving.
    if (watched == m_box) {
        if (event->type() == QEvent::FocusOut)
            check();
        else if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter)
                check();
        }
    }
    return QObject::eventFilter(watched, event);
}

void SpinRangeWatcher::check()
{
    bool ok = false;
    const qint64 typed = m_box->cleanText().toLongLong(&ok);
    if (!ok || (typed >= m_box->minimum() && typed <= m_box->maximum()))
        return;
    // Report once the box has settled on the value it keeps.
    QMetaObject::invokeMethod(
        this, [this, typed] { Q_EMIT refused(typed, m_box->value()); }, Qt::QueuedConnection);
}

} // namespace Vireo
