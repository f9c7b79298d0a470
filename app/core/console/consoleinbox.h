// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>

namespace Vireo {

/// What a text console's guest printed and its terminal has not shown yet: bounded, and handed
/// out in slices. A guest that prints without pause (`yes`, `cat /dev/urandom`) can print faster
/// than a terminal draws; the GUI then gets one slice a delivery, never one batch that grows with
/// the backlog, and what is more than `capacity` behind is dropped, oldest first, and counted, as
/// a serial line without flow control overruns. The newest output, the one that answers what the
/// user types, is never the part lost.
///
/// Not thread-safe: its owner (TextConsoleStream) holds the lock around every call.
class ConsoleInbox
{
public:
    explicit ConsoleInbox(qsizetype capacity = DefaultCapacity, qsizetype slice = DefaultSlice);

    /// About a second of the slowest output the terminal draws (`yes`), at this machine's pace.
    static constexpr qsizetype DefaultCapacity = 1024 * 1024;
    /// About 20 ms of the terminal's slowest work: what the GUI takes in one delivery.
    static constexpr qsizetype DefaultSlice = 32 * 1024;

    void append(const QByteArray &bytes);

    struct Taken
    {
        QByteArray bytes;
        quint64 skipped = 0; ///< dropped before `bytes`, since the last take
        bool more = false;   ///< the inbox still holds bytes after this slice
    };
    /// The oldest slice (at most `slice` bytes) and what was dropped before it.
    Taken take();

    bool isEmpty() const { return m_pending == 0 && m_skipped == 0; }
    qsizetype pending() const { return m_pending; }
    void clear();

private:
    QByteArray m_bytes;
    qsizetype m_begin = 0; ///< bytes before it in m_bytes were taken (compacted lazily)
    qsizetype m_pending = 0;
    quint64 m_skipped = 0;
    qsizetype m_capacity;
    qsizetype m_slice;
};

} // namespace Vireo
