// SPDX-License-Identifier: GPL-2.0-or-later
#include "vncframebuffer.h"

#include <cstring>

namespace Vireo {

namespace {

qint64 areaOf(const QRegion &region)
{
    qint64 area = 0;
    for (const QRect &r : region)
        area += qint64(r.width()) * r.height();
    return area;
}

} // namespace

bool VncFrameBuffer::allocate(int width, int height)
{
    // Both buffers start black (0x00000000: RGB32 ignores the top byte).
    const size_t bytes = size_t(width) * size_t(height) * 4;
    auto decode = std::make_unique<uint8_t[]>(bytes);
    auto shown = std::make_unique<uint8_t[]>(bytes);
    memset(decode.get(), 0, bytes);
    memset(shown.get(), 0, bytes);
    m_decode = std::move(decode);
    m_width = width;
    m_height = height;
    m_pending = QRegion();
    m_stale = QRegion();
    std::lock_guard lock(m_mutex);
    m_shown = std::move(shown);
    m_image = QImage(m_shown.get(), width, height, width * 4, QImage::Format_RGB32);
    m_damage = QRegion();
    m_resized = true;
    return addDamageLocked(QRegion(0, 0, width, height));
}

void VncFrameBuffer::markDecoded(const QRect &rect)
{
    if (rect.isEmpty())
        return;
    m_pending += rect;
    m_stale -= rect;
}

void VncFrameBuffer::copyRect(const QRect &source, const QPoint &destination)
{
    if (!m_decode || source.isEmpty())
        return;
    const QRect bounds(0, 0, m_width, m_height);
    const QRect dst(destination, source.size());
    if (!bounds.contains(source) || !bounds.contains(dst))
        return;
    // The source must be current in the decode buffer before it is copied from.
    const QRegion staleSource = m_stale & source;
    if (!staleSource.isEmpty()) {
        copyRegion(m_decode.get(), m_shown.get(), staleSource);
        m_stale -= staleSource;
    }
    const qsizetype stride = qsizetype(m_width) * 4;
    uint8_t *fb = m_decode.get();
    // Overlapping areas: walk rows away from the destination; memmove handles each row.
    const int h = source.height();
    for (int i = 0; i < h; ++i) {
        const int row = dst.y() > source.y() ? h - 1 - i : i;
        memmove(fb + (dst.y() + row) * stride + dst.x() * 4,
                fb + (source.y() + row) * stride + source.x() * 4, size_t(source.width()) * 4);
    }
    markDecoded(dst);
}

void VncFrameBuffer::copyRegion(uint8_t *to, const uint8_t *from, const QRegion &region) const
{
    const qsizetype stride = qsizetype(m_width) * 4;
    for (const QRect &r : region)
        for (int y = r.top(); y <= r.bottom(); ++y)
            memcpy(to + y * stride + r.x() * 4, from + y * stride + r.x() * 4,
                   size_t(r.width()) * 4);
}

bool VncFrameBuffer::addDamageLocked(const QRegion &damage)
{
    m_damage += damage;
    const bool notify = !m_notifyPending;
    m_notifyPending = true;
    return notify;
}

VncFrameBuffer::Flushed VncFrameBuffer::flush(bool allowExchange)
{
    Flushed out;
    if (m_pending.isEmpty() || !m_decode)
        return out;
    const QRegion damage = m_pending.intersected(QRect(0, 0, m_width, m_height));
    m_pending = QRegion();
    m_stale -= damage;
    // Hand the damage to the GUI's buffer the cheaper way:
    // - copy: the damaged pixels into the GUI's buffer (costs the damage);
    // - exchange: first the stale pixels from the GUI's buffer into ours, then swap the two, so
    //   ours becomes the GUI's and the old one is stale by this damage (costs the stale area).
    // The lock is held only for a copy or a swap, never while the decoder reads the socket.
    // Reading the GUI's buffer here without the lock is safe: only this thread writes it.
    const bool exchange = allowExchange && areaOf(m_stale) < areaOf(damage);
    if (exchange)
        copyRegion(m_decode.get(), m_shown.get(), m_stale);
    {
        std::lock_guard lock(m_mutex);
        if (m_image.width() != m_width || m_image.height() != m_height)
            return out; // cannot happen: sizes change on this thread, with both buffers
        if (exchange) {
            std::swap(m_decode, m_shown);
            m_image = QImage(m_shown.get(), m_width, m_height, m_width * 4, QImage::Format_RGB32);
        } else {
            copyRegion(m_shown.get(), m_decode.get(), damage);
        }
        out.notify = addDamageLocked(damage);
    }
    if (exchange)
        m_stale = damage;
    out.handover = exchange ? Handover::Exchanged : Handover::Copied;
    return out;
}

VncFrameBuffer::Update VncFrameBuffer::takeUpdate()
{
    std::lock_guard lock(m_mutex);
    Update u;
    u.damage = std::exchange(m_damage, QRegion());
    u.resized = std::exchange(m_resized, false);
    u.size = m_image.size();
    m_notifyPending = false;
    return u;
}

void VncFrameBuffer::withImage(const std::function<void(const QImage &)> &fn) const
{
    std::lock_guard lock(m_mutex);
    fn(m_image);
}

} // namespace Vireo
