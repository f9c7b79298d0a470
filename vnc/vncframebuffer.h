// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QImage>
#include <QPoint>
#include <QRect>
#include <QRegion>
#include <QSize>

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>

namespace Vireo {

/// The two framebuffers of one VNC connection and the hand-over between them.
///
/// The decoder (libvncclient) writes into one buffer; the GUI paints the other. After each
/// update the damage is handed to the GUI's buffer the cheaper way: by copying the damaged
/// rectangles, or by exchanging the two buffers after bringing the decode buffer's *stale*
/// pixels up to date (a screen that changes entirely, update after update, costs no copy at
/// all). The decode buffer remembers where it is stale; a CopyRect that reads from there first
/// takes those pixels from the GUI's buffer. The GUI always sees whole updates, never half of one.
///
/// Threads: the network thread calls everything except withImage() and takeUpdate(), which the
/// GUI thread calls. Only the network thread writes either buffer; the GUI's buffer is written
/// (and exchanged) only under the frame lock, which the GUI holds while it reads.
/// No sockets: tests drive it directly (tests/unit/vnc/tst_vncframebuffer.cpp).
class VncFrameBuffer
{
public:
    /// How flush() handed the damage over.
    enum class Handover {
        Nothing,   ///< nothing was pending
        Copied,    ///< the damaged pixels were copied into the GUI's buffer
        Exchanged, ///< the buffers were swapped: decodeBuffer() is another buffer now
    };
    /// What the GUI learns from takeUpdate().
    struct Update
    {
        QRegion damage; ///< framebuffer pixels changed since the last takeUpdate()
        QSize size;
        bool resized = false; ///< allocate() ran since the last takeUpdate()
    };

    VncFrameBuffer() = default;
    VncFrameBuffer(const VncFrameBuffer &) = delete;
    VncFrameBuffer &operator=(const VncFrameBuffer &) = delete;

    // Network thread.

    /// (Re)allocates both buffers, black, and marks the whole screen damaged. Returns whether the
    /// GUI needs a notification (none is pending yet). Sizes are the caller's to check.
    bool allocate(int width, int height);
    bool isAllocated() const { return m_decode != nullptr; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    /// Where the decoder writes: 32-bit pixels, rows of width() * 4 bytes. Changes after a
    /// flush() that exchanged the buffers.
    uint8_t *decodeBuffer() const { return m_decode.get(); }
    /// The decoder wrote rect into decodeBuffer(): current there, to be handed over.
    void markDecoded(const QRect &rect);
    /// Copies source to destination inside decodeBuffer() (RFB CopyRect; the areas may overlap),
    /// first refreshing the stale part of source from the GUI's buffer. Marks the destination
    /// decoded. Areas outside the screen are ignored, as libvncclient's own CopyRect does.
    void copyRect(const QRect &source, const QPoint &destination);
    struct Flushed
    {
        Handover handover = Handover::Nothing;
        bool notify = false; ///< the GUI needs a notification (none is pending yet)
    };
    /// Hands the pending damage to the GUI's buffer. allowExchange: no decoder holds a pointer
    /// into decodeBuffer() (between messages), so the buffers may be swapped.
    Flushed flush(bool allowExchange);

    // GUI thread.

    /// The damage since the last call (and whether the screen was reallocated); a later update
    /// asks for a new notification.
    Update takeUpdate();
    /// Runs fn with the GUI's image under the frame lock. The image wraps a buffer that the
    /// network thread reuses: it is valid only while fn runs.
    void withImage(const std::function<void(const QImage &)> &fn) const;

private:
    void copyRegion(uint8_t *to, const uint8_t *from, const QRegion &region) const;
    /// Under m_mutex: whether this damage asks for a notification.
    bool addDamageLocked(const QRegion &damage);

    // Network thread only.
    std::unique_ptr<uint8_t[]> m_decode; ///< what the decoder writes into
    int m_width = 0;
    int m_height = 0;
    QRegion m_pending; ///< decoded into m_decode, not yet handed to the GUI
    QRegion m_stale;   ///< where m_decode is older than m_shown (after an exchange)

    // Written by the network thread under m_mutex; read by the GUI under m_mutex. (The network
    // thread may read m_shown without the lock: only it writes there.)
    mutable std::mutex m_mutex;
    std::unique_ptr<uint8_t[]> m_shown; ///< what the GUI paints
    QImage m_image;                     ///< wraps m_shown without owning it
    QRegion m_damage;
    bool m_resized = false;
    bool m_notifyPending = false;
};

} // namespace Vireo
