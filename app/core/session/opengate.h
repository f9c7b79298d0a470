// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cstdint>

namespace Vireo {

/// How many host workers open their connection and list their domains at once. Any thread
/// (the workers enter it; tests read its figures).
///
/// Fifty hosts connecting together are fifty runnable threads: even at nice +5 their combined
/// share of two cores leaves the GUI thread a few percent, and it stalls for 150-200 ms though
/// it has little to do. At most slots() workers do that burst at once, the others wait their
/// turn. A host that is slow (a remote one timing out, one asking for a password) stops
/// counting after SlowMs, so it never holds the others back longer than that.
class OpenGate
{
public:
    static constexpr int DefaultSlots = 2;
    static constexpr int SlowMs = 150;
    /// How many at once (at least 1; 0 lets everyone in, as before the gate: for the
    /// benchmark's comparison). Set before the hosts connect.
    static void setSlots(int slots);
    static int slots();

    /// Held while inside; leaving (destruction) lets the next one in.
    class Pass
    {
    public:
        Pass(Pass &&other) noexcept
            : m_id(other.m_id)
        {
            other.m_id = 0;
        }
        Pass(const Pass &) = delete;
        Pass &operator=(const Pass &) = delete;
        Pass &operator=(Pass &&) = delete;
        ~Pass();

    private:
        friend class OpenGate;
        explicit Pass(std::uint64_t id)
            : m_id(id)
        {}
        std::uint64_t m_id = 0;
    };

    /// Waits until a slot is free (or the ones inside have all turned slow), then enters.
    /// Gives up waiting when the calling QThread is asked to stop (its session is going).
    static Pass enter();
    /// How many times a worker entered since the program started (for tests).
    static int entries();
    /// Workers inside now, slow ones included.
    static int inside();
};

} // namespace Vireo
