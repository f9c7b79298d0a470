// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QThread>

#include <chrono>
#include <memory>

namespace Vireo {

struct VncShared;
class VncWorker;

/// The network thread of one VncConnection. Nobody waits for it: it ends by itself once its
/// connection asked it to stop (the socket shut down, the wake-up written) and then deletes
/// itself on QThread::finished, on the thread that launched it. At application exit (a
/// QCoreApplication post routine) the threads still alive are asked to stop and waited for, for
/// a bounded time. Launched, counted and deleted on the GUI thread.
class VncNetworkThread : public QThread
{
    Q_OBJECT
public:
    /// Starts a thread that runs worker and deletes itself when done.
    static void launch(std::shared_ptr<VncShared> shared, std::unique_ptr<VncWorker> worker);
    /// Network threads not yet deleted (running, or ended and about to be deleted).
    static int count();
    /// Asks every network thread to stop and waits for them, up to timeout in all; deletes the
    /// ones that ended. For the application's exit.
    static void stopAll(std::chrono::milliseconds timeout);

    ~VncNetworkThread() override;

protected:
    void run() override;

private:
    VncNetworkThread(std::shared_ptr<VncShared> shared, std::unique_ptr<VncWorker> worker);

    std::shared_ptr<VncShared> m_shared;
    std::unique_ptr<VncWorker> m_worker;
};

} // namespace Vireo
