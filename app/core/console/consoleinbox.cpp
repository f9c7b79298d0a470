// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/console/consoleinbox.h"

#include <algorithm>

namespace Vireo {

ConsoleInbox::ConsoleInbox(qsizetype capacity, qsizetype slice)
    : m_capacity(std::max<qsizetype>(1, capacity))
    , m_slice(std::max<qsizetype>(1, std::min(slice, capacity)))
{}

void ConsoleInbox::append(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (bytes.size() >= m_capacity) {
        // This piece alone fills the inbox: everything before it, and its own head, go.
        m_skipped += quint64(m_pending) + quint64(bytes.size() - m_capacity);
        m_bytes = bytes.right(m_capacity);
        m_begin = 0;
        m_pending = m_capacity;
        return;
    }
    const qsizetype over = m_pending + bytes.size() - m_capacity;
    if (over > 0) {
        m_skipped += quint64(over);
        m_begin += over;
        m_pending -= over;
    }
    // Compact before growing: what was taken (or dropped) is not kept behind the live bytes.
    if (m_begin > 0 && m_begin >= m_bytes.size() / 2) {
        m_bytes.remove(0, m_begin);
        m_begin = 0;
    }
    m_bytes.append(bytes);
    m_pending += bytes.size();
}

ConsoleInbox::Taken ConsoleInbox::take()
{
    Taken t;
    t.skipped = std::exchange(m_skipped, 0);
    const qsizetype n = std::min(m_pending, m_slice);
    if (n == m_pending && m_begin == 0) {
        t.bytes = std::exchange(m_bytes, QByteArray());
    } else {
        t.bytes = m_bytes.mid(m_begin, n);
        m_begin += n;
    }
    m_pending -= n;
    if (m_pending == 0)
        clear();
    t.more = m_pending > 0;
    return t;
}

void ConsoleInbox::clear()
{
    m_bytes.clear();
    m_begin = 0;
    m_pending = 0;
    m_skipped = 0;
}

} // namespace Vireo
