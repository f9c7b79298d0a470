// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/common/grabkeysbutton.h"

#include "vnc/vncview.h"

#include <QKeyEvent>

namespace Vireo {

GrabKeysButton::GrabKeysButton(QWidget *parent)
    : QPushButton(parent)
{
    setToolTip(tr("Click, then press the keys together and let go"));
    connect(this, &QPushButton::clicked, this, [this] {
        if (!m_recording)
            startRecording();
    });
    showKeys();
}

void GrabKeysButton::setKeys(const QList<int> &keys)
{
    m_keys = keys;
    showKeys();
}

bool GrabKeysButton::event(QEvent *event)
{
    // While recording, Tab and the like are keys of the combination, not focus moves or
    // shortcuts.
    if (m_recording && event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    if (m_recording && event->type() == QEvent::KeyPress) {
        keyPressEvent(static_cast<QKeyEvent *>(event));
        return true;
    }
    return QPushButton::event(event);
}

void GrabKeysButton::keyPressEvent(QKeyEvent *event)
{
    if (!m_recording) {
        QPushButton::keyPressEvent(event);
        return;
    }
    event->accept();
    if (event->isAutoRepeat())
        return;
    const int key = event->key();
    if (key == Qt::Key_Escape && m_held.isEmpty()) {
        stopRecording(); // cancelled: the keys stay as they were
        return;
    }
    if (key != 0 && key != Qt::Key_unknown && !m_held.contains(key))
        m_held.append(key);
    setText(VncView::keysText(m_held) + QStringLiteral("…"));
}

void GrabKeysButton::keyReleaseEvent(QKeyEvent *event)
{
    if (!m_recording) {
        QPushButton::keyReleaseEvent(event);
        return;
    }
    event->accept();
    if (event->isAutoRepeat() || m_held.isEmpty())
        return;
    // The first key let go ends the combination: what was held together then is it.
    const QList<int> recorded = m_held;
    stopRecording();
    m_keys = recorded;
    showKeys();
    Q_EMIT keysRecorded(m_keys);
}

void GrabKeysButton::focusOutEvent(QFocusEvent *event)
{
    if (m_recording)
        stopRecording();
    QPushButton::focusOutEvent(event);
}

void GrabKeysButton::startRecording()
{
    m_recording = true;
    m_held.clear();
    setText(tr("Press the keys…"));
    setAccessibleDescription(tr("Recording: press the keys together, then let go"));
}

void GrabKeysButton::stopRecording()
{
    m_recording = false;
    m_held.clear();
    showKeys();
}

void GrabKeysButton::showKeys()
{
    const QString text = VncView::keysText(m_keys);
    setText(text);
    setAccessibleDescription(text);
}

} // namespace Vireo
