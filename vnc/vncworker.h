// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Internals of VncConnection, shared by the facade (vncconnection.cpp) and its network thread
// (vncworker.cpp). Not part of vireo_vnc's interface.

#include "vncconnection.h"
#include "vncframebuffer.h"

#include <QByteArray>
#include <QMetaObject>

#include <atomic>
#include <deque>
#include <memory>
#include <mutex>

#include <rfb/rfbclient.h>

namespace Vireo {

/// One input event queued by the GUI for the network thread. Value type.
struct VncInput
{
    enum Kind { Key, Pointer, CutText, Refresh } kind = Key;
    quint32 keysym = 0;
    quint32 qnum = 0;
    bool down = false;
    int x = 0, y = 0, buttons = 0;
    QByteArray text;
};

/// State shared by the GUI-side VncConnection and its network thread; every member says how it
/// is guarded. Lives as long as either side holds it.
struct VncShared
{
    VncShared();
    ~VncShared();
    VncShared(const VncShared &) = delete;
    VncShared &operator=(const VncShared &) = delete;

    // The owner, cleared under linkMutex when it goes away or starts another connection.
    std::mutex linkMutex;
    VncConnection *owner = nullptr;
    quint64 generation = 0;

    std::atomic<bool> stop{false};
    int wakeFd = -1; ///< eventfd: input queued or stop requested

    std::mutex inputMutex;
    std::deque<VncInput> input;

    // A duplicate of the connection's socket, so the GUI can shutdown() it to interrupt a blocked
    // read or write without racing against libvncclient closing its descriptor.
    std::mutex sockMutex;
    int interruptFd = -1;

    /// The decode buffer and the frame the GUI paints (internally locked).
    VncFrameBuffer frame;

    void wake();
    /// Any thread: ends the network thread soon (wakes its poll, shuts the socket down).
    void requestStop();

    /// Runs fn(owner) on the GUI thread if this connection is still the owner's current one.
    template<typename F>
    void post(F fn)
    {
        std::lock_guard lock(linkMutex);
        if (!owner)
            return;
        QMetaObject::invokeMethod(
            owner,
            [o = owner, gen = generation, fn = std::move(fn)]() {
                if (o->m_generation == gen)
                    fn(o);
            },
            Qt::QueuedConnection);
    }
};

/// The network thread of one connection: owns the rfbClient and the decoding. run() is the
/// whole thread.
class VncWorker
{
public:
    VncWorker(std::shared_ptr<VncShared> shared, QString host, int port, int fd,
              QByteArray password, int readTimeout, bool local);
    ~VncWorker();
    VncWorker(const VncWorker &) = delete;
    VncWorker &operator=(const VncWorker &) = delete;

    void run();

private:
    using State = VncConnection::State;
    void report(State state, const QString &error = QString());
    bool handshake();
    bool sendEncodings();
    void loop();
    bool processInput();
    void reportLoopFailure();
    void flush();
    void notifyGui();

    static VncWorker *self(rfbClient *c);
    static rfbBool cbMallocFrameBuffer(rfbClient *c);
    static void cbGotUpdate(rfbClient *c, int x, int y, int w, int h);
    static void cbFinishedUpdate(rfbClient *c);
    static void cbCopyRect(rfbClient *c, int srcX, int srcY, int w, int h, int dstX, int dstY);
    static char *cbGetPassword(rfbClient *c);
    static void cbGotCutText(rfbClient *c, const char *text, int len);
    static void cbGotCursor(rfbClient *c, int xhot, int yhot, int w, int h, int bpp);
    static void cbBell(rfbClient *c);

    std::shared_ptr<VncShared> m_shared;
    QString m_host;
    int m_port;
    int m_fd;
    QByteArray m_password;
    int m_readTimeout;
    bool m_local;
    rfbClient *m_client = nullptr;
    bool m_passwordAsked = false;
    bool m_keycodesReported = false;
    QString m_fatal; ///< set by a callback that refused something (e.g. a too large framebuffer)
    QByteArray m_log;
};

} // namespace Vireo
