// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QPushButton>

namespace Vireo {

/// Records a key combination by its being pressed: click (or Space) starts, the keys held down
/// together until the first is let go are the combination; Escape alone cancels. Shows the keys
/// ("Ctrl+Alt") as its text and accessible description. Used for the VNC console's grab release
/// keys (Edit > Preferences). GUI thread.
class GrabKeysButton : public QPushButton
{
    Q_OBJECT
public:
    explicit GrabKeysButton(QWidget *parent = nullptr);

    QList<int> keys() const { return m_keys; }
    void setKeys(const QList<int> &keys);
    bool isRecording() const { return m_recording; }

Q_SIGNALS:
    /// A new combination was recorded (not emitted for setKeys()).
    void keysRecorded(const QList<int> &keys);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void startRecording();
    void stopRecording();
    void showKeys();

    QList<int> m_keys;
    QList<int> m_held;
    bool m_recording = false;
};

} // namespace Vireo
