// SPDX-License-Identifier: GPL-2.0-or-later
#include "vncthread.h"

#include "vncworker.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSet>

#include <mutex>

namespace Vireo {

namespace {

std::mutex &registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

QSet<VncNetworkThread *> &registry()
{
    static QSet<VncNetworkThread *> threads;
    return threads;
}

void stopAtExit()
{
    // A thread ends at once when asked (its socket is shut down), unless it is stuck in a name
    // lookup, which nothing interrupts: do not let that hold up the exit.
    VncNetworkThread::stopAll(std::chrono::milliseconds(1000));
}

} // namespace

VncNetworkThread::VncNetworkThread(std::shared_ptr<VncShared> shared,
                                   std::unique_ptr<VncWorker> worker)
    : m_shared(std::move(shared))
    , m_worker(std::move(worker))
{
    setObjectName(QStringLiteral("vireo-vnc"));
}

VncNetworkThread::~VncNetworkThread()
{
    std::lock_guard lock(registryMutex());
    registry().remove(this);
}

void VncNetworkThread::launch(std::shared_ptr<VncShared> shared, std::unique_ptr<VncWorker> worker)
{
    static bool postRoutine = false;
    if (!std::exchange(postRoutine, true))
        qAddPostRoutine(stopAtExit);
    auto *thread = new VncNetworkThread(std::move(shared), std::move(worker));
    {
        std::lock_guard lock(registryMutex());
        registry().insert(thread);
    }
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void VncNetworkThread::run()
{
    m_worker->run();
    m_worker.reset(); // wipes the password now, not when the GUI deletes the thread
}

int VncNetworkThread::count()
{
    std::lock_guard lock(registryMutex());
    return int(registry().size());
}

void VncNetworkThread::stopAll(std::chrono::milliseconds timeout)
{
    QList<VncNetworkThread *> threads;
    {
        std::lock_guard lock(registryMutex());
        threads = registry().values();
    }
    for (VncNetworkThread *t : std::as_const(threads))
        t->m_shared->requestStop();
    const QDeadlineTimer deadline(timeout);
    for (VncNetworkThread *t : std::as_const(threads))
        if (t->wait(deadline))
            delete t; // its deleteLater would need an event loop that has ended
}

} // namespace Vireo
