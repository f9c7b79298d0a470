// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "vnckeymap.h"

#include <QImage>
#include <QList>
#include <QPair>
#include <QWidget>

namespace Vireo {

class VncConnection;

/// Shows a VncConnection's framebuffer and sends it keyboard and mouse input. GUI thread.
///
/// Opaque: it repaints only the damaged region the connection reports (scaled to the widget).
/// Clicking into the view grabs the keyboard (so window-manager and application shortcuts go to
/// the guest); pressing and releasing the release keys (Ctrl+Alt unless set) gives it back. Keys
/// held when the view loses focus or the grab are released in the guest, so none gets stuck.
class VncView : public QWidget
{
    Q_OBJECT
public:
    enum class ScaleMode {
        Fit,      ///< as large as the widget allows, keeping the aspect ratio
        OneToOne, ///< one guest pixel per device pixel (put the view in a scroll area)
    };

    explicit VncView(VncConnection *connection, QWidget *parent = nullptr);
    ~VncView() override;

    VncConnection *connection() const { return m_connection; }
    void setScaleMode(ScaleMode mode);
    ScaleMode scaleMode() const { return m_scaleMode; }

    /// The keys (Qt::Key values) that, held together and released, give back the grab, with no
    /// other key pressed meanwhile (that is a guest combination such as Ctrl+Alt+Del). Default
    /// Ctrl+Alt; an empty list is ignored.
    void setReleaseKeys(const QList<int> &keys);
    QList<int> releaseKeys() const { return m_releaseKeys; }
    /// How keys are named to the user ("Ctrl+Alt", "Ctrl+Shift+F12").
    static QString keysText(const QList<int> &keys);

    bool isInputGrabbed() const { return m_grabbed; }
    void grabInput();
    void releaseInput();
    /// Presses the keys in order, then releases them in reverse (Ctrl+Alt+Del and the like).
    void sendKeyCombination(const QList<VncKey> &keys);
    /// Types text through key events (keysyms only: the server's keymap picks the keys).
    /// At most 4096 characters; returns how many were sent.
    int typeText(const QString &text);
    /// Releases every key this view pressed in the guest.
    void releaseAllKeys();

    /// Widget position (logical pixels) to framebuffer pixel, clamped to the framebuffer.
    QPoint mapToFramebuffer(const QPointF &pos) const;
    /// Where the framebuffer is drawn in the widget (logical pixels).
    QRectF imageRect() const;
    /// Logical pixels per framebuffer pixel.
    double scale() const { return m_scale; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void inputGrabChanged(bool grabbed);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void onFramebufferResized(const QSize &size);
    void onUpdated(const QRegion &damage);
    void onCursorChanged(const QImage &image, const QPoint &hotspot);
    void updateGeometryFromFramebuffer();
    void applyCursor();
    void sendPointerFrom(const QPointF &pos, Qt::MouseButtons buttons);
    static int buttonMask(Qt::MouseButtons buttons);

    VncConnection *m_connection;
    ScaleMode m_scaleMode = ScaleMode::Fit;
    QSize m_fbSize;
    double m_scale = 1.0;
    QPointF m_offset;
    bool m_grabbed = false;
    int m_buttons = 0;
    QPoint m_lastPointer;
    int m_wheelAccumY = 0;
    int m_wheelAccumX = 0;
    // Keys pressed in the guest, by the host key that pressed them, in press order.
    QList<QPair<quint64, VncKey>> m_pressed;
    QList<int> m_releaseKeys{Qt::Key_Control, Qt::Key_Alt};
    QList<int> m_releaseHeld; ///< which of them are down now
    bool m_releaseArmed = false;
    QImage m_cursorImage;
    QPoint m_cursorHotspot;
};

} // namespace Vireo
