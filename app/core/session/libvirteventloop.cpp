// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/session/libvirteventloop.h"

#include "hostworker_p.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QAbstractEventDispatcher>
#include <QCoreApplication>

#include <atomic>
#include <mutex>
#include <thread>

namespace Vireo {

// libvirt's event loop runs on a thread of its own, from before the first connection until quit.

namespace {
std::mutex g_loopMutex;
std::atomic<bool> g_loopRunning{false};
bool g_loopRegistered = false;
std::thread *g_loopThread = nullptr; // never destroyed while running: no std::terminate at exit

void silentErrorHandler(void *, virErrorPtr)
{
    // Errors are read with virGetLastError right after each failing call and shown to the user;
    // libvirt's default handler would also print them to stderr.
}

void wakeLoop(int, void *) {}

bool usesGlibDispatcher()
{
    if (!QCoreApplication::instance())
        return qEnvironmentVariableIsEmpty("QT_NO_GLIB");
    const QAbstractEventDispatcher *d = QAbstractEventDispatcher::instance();
    return d && d->inherits("QEventDispatcherGlib");
}
} // namespace

void LibvirtEventLoop::start()
{
    std::lock_guard lock(g_loopMutex);
    if (g_loopRunning)
        return;
    if (!g_loopRegistered) {
        // Qt chooses its dispatcher when the application object is made, so a missing
        // prepareProcess() can only be reported here, not fixed.
        if (usesGlibDispatcher())
            qWarning("Vireo: prepareProcess() was not called before the application object: "
                     "libvirt's event loop and Qt's GLib dispatcher can deadlock at exit");
        virInitialize();
        virSetErrorFunc(nullptr, silentErrorHandler);
        virEventRegisterDefaultImpl();
        g_loopRegistered = true;
    }
    g_loopRunning = true;
    if (QCoreApplication::instance())
        qAddPostRoutine(LibvirtEventLoop::stop);
    g_loopThread = new std::thread([] {
        while (g_loopRunning.load()) {
            const int rc = virEventRunDefaultImpl();
            // The domain events of this iteration (a whole burst arrives in one) go to their
            // workers as one batch each.
            wakeWorkersWithEvents();
            if (rc < 0)
                break;
        }
    });
}

void LibvirtEventLoop::stop()
{
    std::lock_guard lock(g_loopMutex);
    if (!g_loopRunning)
        return;
    g_loopRunning = false;
    // Adding a timer interrupts the loop's poll(), so it sees the flag and returns.
    const int timer = virEventAddTimeout(0, wakeLoop, nullptr, nullptr);
    g_loopThread->join();
    delete g_loopThread;
    g_loopThread = nullptr;
    if (timer >= 0)
        virEventRemoveTimeout(timer);
}

bool LibvirtEventLoop::isRunning()
{
    return g_loopRunning.load();
}

} // namespace Vireo
