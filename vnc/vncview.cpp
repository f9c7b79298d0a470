// SPDX-License-Identifier: GPL-2.0-or-later
#include "vncview.h"

#include "vncconnection.h"

#include <QCursor>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QKeySequence>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPixmap>
#include <QWheelEvent>

#include <cmath>

namespace Vireo {

namespace {

QCursor dotCursor()
{
    // Until the server sends its cursor (or if it never does), a small dot: the guest may draw
    // its own pointer into the framebuffer, and a full local arrow would double it.
    QImage img(5, 5, QImage::Format_ARGB32);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::black);
    p.setBrush(Qt::white);
    p.drawEllipse(QRectF(0.5, 0.5, 4, 4));
    p.end();
    return QCursor(QPixmap::fromImage(img), 2, 2);
}

quint64 keyId(const QKeyEvent *e)
{
    // The physical key when the platform tells it, else Qt's key: a release must match its press
    // even if the modifiers (and so the keysym) changed in between.
    if (e->nativeScanCode())
        return (quint64(1) << 32) | e->nativeScanCode();
    return quint64(uint(e->key()));
}

} // namespace

VncView::VncView(VncConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Virtual machine console"));
    setCursor(dotCursor());
    connect(m_connection, &VncConnection::framebufferResized, this, &VncView::onFramebufferResized);
    connect(m_connection, &VncConnection::updated, this, &VncView::onUpdated);
    connect(m_connection, &VncConnection::cursorChanged, this, &VncView::onCursorChanged);
    connect(m_connection, &VncConnection::stateChanged, this, [this](VncConnection::State s) {
        if (s != VncConnection::State::Connected) {
            m_pressed.clear(); // the guest side is gone; nothing to release
            m_buttons = 0;
        }
        update();
    });
    if (m_connection->framebufferSize().isValid())
        onFramebufferResized(m_connection->framebufferSize());
}

VncView::~VncView()
{
    releaseAllKeys();
}

void VncView::setScaleMode(ScaleMode mode)
{
    if (m_scaleMode == mode)
        return;
    m_scaleMode = mode;
    updateGeometryFromFramebuffer();
}

void VncView::onFramebufferResized(const QSize &size)
{
    m_fbSize = size;
    updateGeometryFromFramebuffer();
}

void VncView::updateGeometryFromFramebuffer()
{
    const double dpr = devicePixelRatioF();
    if (m_fbSize.isEmpty()) {
        m_scale = 1.0;
        m_offset = QPointF();
    } else if (m_scaleMode == ScaleMode::OneToOne) {
        m_scale = 1.0 / dpr;
    } else {
        m_scale =
            std::min(width() / double(m_fbSize.width()), height() / double(m_fbSize.height()));
        if (m_scale <= 0)
            m_scale = 1.0 / dpr;
    }
    if (!m_fbSize.isEmpty()) {
        const double w = m_fbSize.width() * m_scale;
        const double h = m_fbSize.height() * m_scale;
        // Whole device pixels, so 1:1 drawing is a plain copy.
        m_offset = QPointF(std::max(0.0, std::floor((width() - w) / 2 * dpr) / dpr),
                           std::max(0.0, std::floor((height() - h) / 2 * dpr) / dpr));
    }
    if (m_scaleMode == ScaleMode::OneToOne && !m_fbSize.isEmpty())
        setMinimumSize(QSize(int(std::ceil(m_fbSize.width() * m_scale)),
                             int(std::ceil(m_fbSize.height() * m_scale))));
    else
        setMinimumSize(0, 0);
    updateGeometry();
    applyCursor();
    update();
}

QRectF VncView::imageRect() const
{
    return QRectF(m_offset, QSizeF(m_fbSize) * m_scale);
}

QPoint VncView::mapToFramebuffer(const QPointF &pos) const
{
    if (m_fbSize.isEmpty() || m_scale <= 0)
        return QPoint();
    const QPointF p = (pos - m_offset) / m_scale;
    return QPoint(std::clamp(int(std::floor(p.x())), 0, m_fbSize.width() - 1),
                  std::clamp(int(std::floor(p.y())), 0, m_fbSize.height() - 1));
}

QSize VncView::sizeHint() const
{
    if (m_fbSize.isEmpty())
        return QSize(800, 600);
    const double dpr = devicePixelRatioF();
    return QSize(int(std::ceil(m_fbSize.width() / dpr)), int(std::ceil(m_fbSize.height() / dpr)));
}

QSize VncView::minimumSizeHint() const
{
    if (m_scaleMode == ScaleMode::OneToOne)
        return minimumSize();
    return QSize(64, 48);
}

void VncView::resizeEvent(QResizeEvent *)
{
    updateGeometryFromFramebuffer();
}

void VncView::onUpdated(const QRegion &damage)
{
    if (m_scale == 1.0 && m_offset.isNull()) {
        update(damage);
        return;
    }
    // Scaled: map each rectangle outward (a pixel more for smoothing); many small ones become
    // their bounding box.
    QRegion mapped;
    if (damage.rectCount() > 32) {
        const QRect r = damage.boundingRect();
        mapped = QRectF(m_offset + QPointF(r.topLeft()) * m_scale, QSizeF(r.size()) * m_scale)
                     .toAlignedRect()
                     .adjusted(-1, -1, 1, 1);
    } else {
        for (const QRect &r : damage)
            mapped += QRectF(m_offset + QPointF(r.topLeft()) * m_scale, QSizeF(r.size()) * m_scale)
                          .toAlignedRect()
                          .adjusted(-1, -1, 1, 1);
    }
    update(mapped);
}

void VncView::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    const QRectF target = imageRect();
    const QRect inner = target.toRect();
    // Everything outside the picture is black (the widget is opaque).
    const QRegion outside = event->region() - QRegion(inner);
    for (const QRect &r : outside)
        p.fillRect(r, Qt::black);
    const QRegion inside = event->region() & QRegion(inner);
    if (inside.isEmpty())
        return;
    const double dpr = devicePixelRatioF();
    const bool exact = std::abs(m_scale * dpr - 1.0) < 1e-6;
    p.setRenderHint(QPainter::SmoothPixmapTransform, !exact);
    m_connection->withFramebuffer([&](const QImage &img) {
        if (img.isNull() || img.size() != m_fbSize) {
            for (const QRect &r : inside)
                p.fillRect(r, Qt::black);
            return;
        }
        const QRect imgRect = img.rect();
        auto paintRect = [&](const QRect &r) {
            // The framebuffer pixels under r, a pixel more on each side when smoothing.
            QRectF src((QPointF(r.topLeft()) - m_offset) / m_scale, QSizeF(r.size()) / m_scale);
            QRect srcPx = src.toAlignedRect();
            if (!exact)
                srcPx.adjust(-1, -1, 1, 1);
            srcPx &= imgRect;
            if (srcPx.isEmpty())
                return;
            const QRectF dst(m_offset + QPointF(srcPx.topLeft()) * m_scale,
                             QSizeF(srcPx.size()) * m_scale);
            p.save();
            p.setClipRect(r);
            p.drawImage(dst, img, QRectF(srcPx));
            p.restore();
        };
        if (inside.rectCount() > 16)
            paintRect(inside.boundingRect());
        else
            for (const QRect &r : inside)
                paintRect(r);
    });
}

void VncView::onCursorChanged(const QImage &image, const QPoint &hotspot)
{
    m_cursorImage = image;
    m_cursorHotspot = hotspot;
    if (image.isNull())
        m_cursorImage = QImage(1, 1, QImage::Format_ARGB32); // invisible: the guest hid it
    if (image.isNull())
        m_cursorImage.fill(Qt::transparent);
    applyCursor();
}

void VncView::applyCursor()
{
    if (m_cursorImage.isNull())
        return;
    // The guest's cursor at the size the guest's pixels are shown, drawn at device resolution.
    const double dpr = devicePixelRatioF();
    const double device = m_scale * dpr;
    QImage img = m_cursorImage;
    if (std::abs(device - 1.0) > 0.01) {
        const QSize size = (QSizeF(img.size()) * device).toSize().expandedTo(QSize(1, 1));
        img = img.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    QPixmap pixmap = QPixmap::fromImage(img);
    pixmap.setDevicePixelRatio(dpr);
    setCursor(
        QCursor(pixmap, int(m_cursorHotspot.x() * m_scale), int(m_cursorHotspot.y() * m_scale)));
}

bool VncView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        // While grabbed, every key belongs to the guest, application shortcuts included.
        if (m_grabbed) {
            event->accept();
            return true;
        }
        break;
    case QEvent::KeyPress: {
        auto *ke = static_cast<QKeyEvent *>(event);
        if (ke->key() == Qt::Key_Tab || ke->key() == Qt::Key_Backtab) {
            keyPressEvent(ke); // Tab belongs to the guest, not to focus navigation
            return true;
        }
        break;
    }
    case QEvent::WindowDeactivate:
        releaseAllKeys();
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

bool VncView::focusNextPrevChild(bool)
{
    return false;
}

void VncView::keyPressEvent(QKeyEvent *event)
{
    const VncKey key = vncKeyFromEvent(event);
    event->accept();
    // The release keys are followed even when the guest has no keysym for one of them.
    if (!event->isAutoRepeat()) {
        if (m_releaseKeys.contains(event->key())) {
            if (!m_releaseHeld.contains(event->key()))
                m_releaseHeld.append(event->key());
            m_releaseArmed = m_releaseHeld.size() == m_releaseKeys.size();
        } else {
            m_releaseArmed = false; // Ctrl+Alt+<key> is a guest combination, not the release
        }
    }
    if (!key.isValid())
        return;
    if (!event->isAutoRepeat()) {
        const quint64 id = keyId(event);
        bool known = false;
        for (const auto &entry : std::as_const(m_pressed))
            known = known || entry.first == id;
        if (!known)
            m_pressed.append({id, key});
    }
    m_connection->sendKey(key.keysym, key.qnum, true);
}

void VncView::keyReleaseEvent(QKeyEvent *event)
{
    event->accept();
    if (event->isAutoRepeat())
        return; // the guest repeats a key held down by itself
    const quint64 id = keyId(event);
    VncKey key = vncKeyFromEvent(event);
    for (int i = 0; i < m_pressed.size(); ++i) {
        if (m_pressed.at(i).first == id) {
            key = m_pressed.takeAt(i).second;
            break;
        }
    }
    if (key.isValid())
        m_connection->sendKey(key.keysym, key.qnum, false);
    if (m_releaseHeld.removeAll(event->key()) > 0) {
        const bool wasArmed = m_releaseArmed;
        m_releaseArmed = false;
        if (wasArmed && m_grabbed)
            releaseInput();
    }
}

void VncView::setReleaseKeys(const QList<int> &keys)
{
    if (keys.isEmpty())
        return;
    m_releaseKeys = keys;
    m_releaseHeld.clear();
    m_releaseArmed = false;
}

QString VncView::keysText(const QList<int> &keys)
{
    QStringList names;
    for (int key : keys) {
        switch (key) {
        case Qt::Key_Control:
            names << tr("Ctrl");
            break;
        case Qt::Key_Alt:
            names << tr("Alt");
            break;
        case Qt::Key_Shift:
            names << tr("Shift");
            break;
        case Qt::Key_Meta:
        case Qt::Key_Super_L:
        case Qt::Key_Super_R:
            names << tr("Super");
            break;
        case Qt::Key_AltGr:
            names << tr("AltGr");
            break;
        default:
            names << QKeySequence(key).toString(QKeySequence::NativeText);
        }
    }
    return names.join(QLatin1Char('+'));
}

void VncView::releaseAllKeys()
{
    if (!m_pressed.isEmpty()) {
        for (auto it = m_pressed.crbegin(); it != m_pressed.crend(); ++it)
            m_connection->sendKey(it->second.keysym, it->second.qnum, false);
        m_pressed.clear();
    }
    if (m_buttons) {
        m_buttons = 0;
        m_connection->sendPointer(m_lastPointer.x(), m_lastPointer.y(), 0);
    }
    m_releaseHeld.clear();
    m_releaseArmed = false;
}

void VncView::grabInput()
{
    if (m_grabbed)
        return;
    setFocus(Qt::MouseFocusReason);
    grabKeyboard();
    m_grabbed = true;
    Q_EMIT inputGrabChanged(true);
}

void VncView::releaseInput()
{
    if (!m_grabbed)
        return;
    releaseAllKeys();
    releaseKeyboard();
    m_grabbed = false;
    Q_EMIT inputGrabChanged(false);
}

void VncView::sendKeyCombination(const QList<VncKey> &keys)
{
    for (const VncKey &k : keys)
        m_connection->sendKey(k.keysym, k.qnum, true);
    for (auto it = keys.crbegin(); it != keys.crend(); ++it)
        m_connection->sendKey(it->keysym, it->qnum, false);
}

int VncView::typeText(const QString &text)
{
    int sent = 0;
    for (QChar c : text) {
        if (sent >= 4096)
            break;
        quint32 keysym = 0;
        if (c == QLatin1Char('\n'))
            keysym = Keysym::Return;
        else if (c == QLatin1Char('\t'))
            keysym = 0xff09;
        else if (c.unicode() >= 0x20 && c.unicode() != 0x7f && !c.isSurrogate())
            keysym = c.unicode() < 0x100 ? c.unicode() : 0x01000000u + c.unicode();
        if (!keysym)
            continue;
        m_connection->sendKey(keysym, 0, true);
        m_connection->sendKey(keysym, 0, false);
        ++sent;
    }
    return sent;
}

int VncView::buttonMask(Qt::MouseButtons buttons)
{
    int mask = 0;
    if (buttons & Qt::LeftButton)
        mask |= 1;
    if (buttons & Qt::MiddleButton)
        mask |= 2;
    if (buttons & Qt::RightButton)
        mask |= 4;
    return mask;
}

void VncView::sendPointerFrom(const QPointF &pos, Qt::MouseButtons buttons)
{
    m_lastPointer = mapToFramebuffer(pos);
    m_buttons = buttonMask(buttons);
    m_connection->sendPointer(m_lastPointer.x(), m_lastPointer.y(), m_buttons);
}

void VncView::mousePressEvent(QMouseEvent *event)
{
    if (!m_grabbed)
        grabInput();
    sendPointerFrom(event->position(), event->buttons());
    event->accept();
}

void VncView::mouseReleaseEvent(QMouseEvent *event)
{
    sendPointerFrom(event->position(), event->buttons());
    event->accept();
}

void VncView::mouseMoveEvent(QMouseEvent *event)
{
    sendPointerFrom(event->position(), event->buttons());
    event->accept();
}

void VncView::wheelEvent(QWheelEvent *event)
{
    m_lastPointer = mapToFramebuffer(event->position());
    m_buttons = buttonMask(event->buttons());
    m_wheelAccumY += event->angleDelta().y();
    m_wheelAccumX += event->angleDelta().x();
    // One RFB wheel "click" (press + release of buttons 4..7) per 120 eighths of a degree.
    auto clicks = [this](int &accum, int positiveBit, int negativeBit) {
        while (std::abs(accum) >= 120) {
            const int bit = accum > 0 ? positiveBit : negativeBit;
            accum += accum > 0 ? -120 : 120;
            m_connection->sendPointer(m_lastPointer.x(), m_lastPointer.y(), m_buttons | bit);
            m_connection->sendPointer(m_lastPointer.x(), m_lastPointer.y(), m_buttons);
        }
    };
    clicks(m_wheelAccumY, 8, 16);
    clicks(m_wheelAccumX, 64, 32);
    event->accept();
}

void VncView::focusOutEvent(QFocusEvent *event)
{
    releaseAllKeys();
    QWidget::focusOutEvent(event);
}

void VncView::hideEvent(QHideEvent *event)
{
    releaseInput();
    releaseAllKeys();
    QWidget::hideEvent(event);
}

} // namespace Vireo
