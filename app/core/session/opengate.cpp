// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/session/opengate.h"

#include <QThread>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace Vireo {

namespace {
using Clock = std::chrono::steady_clock;

struct GateState
{
    std::mutex mutex;
    std::condition_variable changed;
    struct Holder
    {
        std::uint64_t id;
        Clock::time_point since;
    };
    std::vector<Holder> holders;
    std::uint64_t nextId = 1;
    int entries = 0;
    int slots = OpenGate::DefaultSlots;

    /// Holders not yet slow, and when the first of them turns slow.
    int counted(Clock::time_point now, Clock::time_point *nextSlow) const
    {
        int n = 0;
        *nextSlow = Clock::time_point::max();
        for (const Holder &h : holders) {
            const auto slowAt = h.since + std::chrono::milliseconds(OpenGate::SlowMs);
            if (slowAt > now) {
                ++n;
                *nextSlow = std::min(*nextSlow, slowAt);
            }
        }
        return n;
    }
};

GateState &gate()
{
    static GateState state;
    return state;
}
} // namespace

OpenGate::Pass OpenGate::enter()
{
    GateState &g = gate();
    std::unique_lock lock(g.mutex);
    for (;;) {
        const auto now = Clock::now();
        Clock::time_point nextSlow;
        const int n = g.counted(now, &nextSlow);
        QThread *thread = QThread::currentThread();
        if (g.slots <= 0 || n < g.slots || (thread && thread->isInterruptionRequested())) {
            const std::uint64_t id = g.nextId++;
            g.holders.push_back({id, now});
            ++g.entries;
            return Pass(id);
        }
        // Woken by a leaver, by the first holder turning slow, or every 50 ms to see whether
        // this worker's session is going.
        g.changed.wait_until(lock, std::min(nextSlow, now + std::chrono::milliseconds(50)));
    }
}

OpenGate::Pass::~Pass()
{
    if (!m_id)
        return;
    GateState &g = gate();
    {
        std::lock_guard lock(g.mutex);
        std::erase_if(g.holders, [this](const GateState::Holder &h) { return h.id == m_id; });
    }
    g.changed.notify_all();
}

void OpenGate::setSlots(int slots)
{
    std::lock_guard lock(gate().mutex);
    gate().slots = std::max(0, slots);
}

int OpenGate::slots()
{
    std::lock_guard lock(gate().mutex);
    return gate().slots;
}

int OpenGate::entries()
{
    std::lock_guard lock(gate().mutex);
    return gate().entries;
}

int OpenGate::inside()
{
    std::lock_guard lock(gate().mutex);
    return int(gate().holders.size());
}

} // namespace Vireo
