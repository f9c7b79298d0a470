#include "core/session/libvirteventloop.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QCoreApplication>

#include <atomic>
#include <csignal>
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

// libvirt's default event loop iterates GLib's default main context on its own thread. Qt's
// GLib event dispatcher owns that same context on the GUI thread, so the two would take turns
// and can deadlock at exit. Qt's own dispatcher avoids the contention; it must be chosen before
// QCoreApplication exists, hence a static initializer in the library that needs it.
const bool g_noGlib = [] {
    qputenv("QT_NO_GLIB", "1");
    return true;
}();
} // namespace

void LibvirtEventLoop::start()
{
    std::lock_guard lock(g_loopMutex);
    if (g_loopRunning)
        return;
    if (!g_loopRegistered) {
        // libvirt writes to its sockets without MSG_NOSIGNAL: when a daemon dies, the next write
        // raises SIGPIPE, which would kill the whole application (tests/integration's
        // tst_hostreconnect). Ignore it, as virsh does; write errors still come back as EPIPE.
        std::signal(SIGPIPE, SIG_IGN);
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
            if (virEventRunDefaultImpl() < 0)
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
