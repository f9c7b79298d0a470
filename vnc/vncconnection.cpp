#include "vncconnection.h"

#include <QLoggingCategory>
#include <QPointer>

#include <rfb/rfbclient.h>

#include <atomic>
#include <condition_variable>
#include <cstdarg>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcVnc, "vireo.vnc", QtWarningMsg)

namespace Vireo {

struct VncInput
{
    enum Kind { Key, Pointer, CutText, Refresh } kind = Key;
    quint32 keysym = 0;
    quint32 qnum = 0;
    bool down = false;
    int x = 0, y = 0, buttons = 0;
    QByteArray text;
};

namespace {

// libvncclient logs through two global function pointers. Each client runs on its own thread, so
// a thread-local buffer collects the messages of the client on this thread; the last lines become
// the error a person reads. libvncclient never logs the password.
thread_local QByteArray *t_log = nullptr;

void vncLog(const char *format, ...)
{
    char buf[512];
    va_list args;
    va_start(args, format);
    vsnprintf(buf, sizeof buf, format, args);
    va_end(args);
    QByteArray line = QByteArray(buf).trimmed();
    qCDebug(lcVnc) << line.constData();
    if (t_log) {
        // Keep only the last few lines: enough to explain a failure, bounded against a chatty
        // server.
        t_log->append(line).append('\n');
        if (t_log->size() > 2048)
            *t_log = t_log->right(1024);
    }
}

void installLogHandlers()
{
    static std::once_flag once;
    std::call_once(once, [] {
        rfbClientLog = vncLog;
        rfbClientErr = vncLog;
    });
}

QByteArray lastLine(const QByteArray &log)
{
    const QList<QByteArray> lines = log.trimmed().split('\n');
    return lines.isEmpty() ? QByteArray() : lines.last().trimmed();
}

char kClientTag;

} // namespace

/// State shared by the GUI-side VncConnection and its network thread.
struct VncShared
{
    // The owner, cleared under linkMutex when it goes away or starts another connection.
    std::mutex linkMutex;
    VncConnection *owner = nullptr;
    quint64 generation = 0;

    std::atomic<bool> stop{false};
    int wakeFd = -1; // eventfd: input queued or stop requested

    std::mutex inputMutex;
    std::deque<VncInput> input;

    // A duplicate of the connection's socket, so the GUI can shutdown() it to interrupt a blocked
    // read or write without racing against libvncclient closing its descriptor.
    std::mutex sockMutex;
    int interruptFd = -1;

    // The frame the GUI paints. Two buffers take turns (see VncWorker::flushDamage): this one,
    // which only the network thread writes and only under frameMutex, and the one libvncclient
    // decodes into. `image` wraps `buffer` without owning it: use it only under frameMutex.
    mutable std::mutex frameMutex;
    std::unique_ptr<uint8_t[]> buffer;
    QImage image;
    QRegion damage;
    bool resized = false;
    bool notifyPending = false;

    std::mutex doneMutex;
    std::condition_variable doneCond;
    bool done = false;

    VncShared() { wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK); }
    ~VncShared()
    {
        if (wakeFd >= 0)
            ::close(wakeFd);
    }

    void wake()
    {
        const quint64 one = 1;
        if (wakeFd >= 0)
            (void)!::write(wakeFd, &one, sizeof one);
    }

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

    void requestStop()
    {
        stop = true;
        wake();
        std::lock_guard lock(sockMutex);
        if (interruptFd >= 0)
            ::shutdown(interruptFd, SHUT_RDWR);
    }
};

/// The network thread: owns the rfbClient and its framebuffer.
class VncWorker
{
public:
    VncWorker(std::shared_ptr<VncShared> shared, QString host, int port, int fd,
              QByteArray password, int readTimeout, bool local)
        : m_shared(std::move(shared))
        , m_host(std::move(host))
        , m_port(port)
        , m_fd(fd)
        , m_password(std::move(password))
        , m_readTimeout(readTimeout)
        , m_local(local)
    {}
    ~VncWorker() { m_password.fill('\0'); }

    void run();

private:
    using State = VncConnection::State;
    void report(State state, const QString &error = QString());
    int connectTcp(QString *error);
    bool handshake();
    bool sendEncodings();
    void loop();
    bool processInput();
    void flushDamage(bool allowExchange);
    void copyRegion(uint8_t *to, const uint8_t *from, const QRegion &region) const;

    static VncWorker *self(rfbClient *c)
    {
        return static_cast<VncWorker *>(rfbClientGetClientData(c, &kClientTag));
    }
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
    std::unique_ptr<uint8_t[]> m_frameBuffer; // what libvncclient decodes into
    int m_width = 0, m_height = 0;
    QRegion m_pending; ///< decoded into m_frameBuffer, not yet handed to the GUI
    QRegion m_stale;   ///< where m_frameBuffer is older than the GUI's buffer (after an exchange)
    bool m_passwordAsked = false;
    bool m_keycodesReported = false;
    QString m_fatal; // set by a callback that refused something (e.g. a too large framebuffer)
    QByteArray m_log;
};

void VncWorker::report(State state, const QString &error)
{
    m_shared->post([state, error](VncConnection *o) { o->setState(state, error); });
}

int VncWorker::connectTcp(QString *error)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *list = nullptr;
    const QByteArray host = m_host.toUtf8();
    const QByteArray port = QByteArray::number(m_port);
    if (int rc = getaddrinfo(host.constData(), port.constData(), &hints, &list); rc != 0) {
        *error = QObject::tr("Cannot resolve %1: %2")
                     .arg(m_host, QString::fromLocal8Bit(gai_strerror(rc)));
        return -1;
    }
    int fd = -1;
    int lastErrno = ECONNREFUSED;
    for (addrinfo *ai = list; ai && fd < 0 && !m_shared->stop; ai = ai->ai_next) {
        int s = ::socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                         ai->ai_protocol);
        if (s < 0)
            continue;
        if (::connect(s, ai->ai_addr, ai->ai_addrlen) == 0) {
            fd = s;
            break;
        }
        if (errno != EINPROGRESS) {
            lastErrno = errno;
            ::close(s);
            continue;
        }
        pollfd p[2] = {{s, POLLOUT, 0}, {m_shared->wakeFd, POLLIN, 0}};
        int rc = ::poll(p, 2, 15000);
        int soError = ETIMEDOUT;
        if (rc > 0 && (p[0].revents & (POLLOUT | POLLERR | POLLHUP))) {
            socklen_t len = sizeof soError;
            getsockopt(s, SOL_SOCKET, SO_ERROR, &soError, &len);
        }
        if (rc > 0 && p[0].revents && soError == 0) {
            fd = s;
        } else {
            lastErrno = soError;
            ::close(s);
        }
    }
    freeaddrinfo(list);
    if (fd < 0 && !m_shared->stop)
        *error = QObject::tr("Cannot connect to %1 port %2: %3")
                     .arg(m_host)
                     .arg(m_port)
                     .arg(QString::fromLocal8Bit(strerror(lastErrno)));
    if (fd >= 0) {
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    return fd;
}

void VncWorker::run()
{
    // libvncclient writes with write(): a server that has gone away would raise SIGPIPE and kill
    // the application. Blocked on this thread, the write fails with EPIPE instead.
    sigset_t pipe;
    sigemptyset(&pipe);
    sigaddset(&pipe, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe, nullptr);
    installLogHandlers();
    t_log = &m_log;
    report(State::Connecting);

    if (m_fd < 0 && !m_host.isEmpty()) {
        QString error;
        m_fd = connectTcp(&error);
        if (m_fd < 0) {
            if (!m_shared->stop)
                report(State::Error, error);
            t_log = nullptr;
            return;
        }
    }
    if (m_fd < 0) {
        report(State::Error, QObject::tr("No connection to the console was given."));
        t_log = nullptr;
        return;
    }
    // Non-blocking, so libvncclient's readTimeout applies to a server that stalls mid-message.
    fcntl(m_fd, F_SETFL, fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    {
        std::lock_guard lock(m_shared->sockMutex);
        m_shared->interruptFd = fcntl(m_fd, F_DUPFD_CLOEXEC, 0);
        if (m_shared->stop)
            ::shutdown(m_fd, SHUT_RDWR);
    }

    if (handshake()) {
        loop();
        // rfbClientCleanup() of 0.9.14 forgets the cursor buffers.
        free(m_client->rcSource);
        m_client->rcSource = nullptr;
        free(m_client->rcMask);
        m_client->rcMask = nullptr;
        rfbClientCleanup(m_client); // closes m_fd
        m_client = nullptr;
    }
    {
        std::lock_guard lock(m_shared->sockMutex);
        if (m_shared->interruptFd >= 0)
            ::close(m_shared->interruptFd);
        m_shared->interruptFd = -1;
    }
    t_log = nullptr;
}

bool VncWorker::handshake()
{
    rfbClient *c = rfbGetClient(8, 3, 4);
    if (!c) {
        ::close(m_fd);
        report(State::Error, QObject::tr("Out of memory"));
        return false;
    }
    // Little-endian 0x00RRGGBB: what QImage::Format_RGB32 stores, so rows copy without conversion.
    c->format.redShift = 16;
    c->format.greenShift = 8;
    c->format.blueShift = 0;
    c->canHandleNewFBSize = TRUE;
    c->appData.useRemoteCursor = TRUE;
    c->appData.encodingsString =
        m_local ? "raw copyrect zrle hextile" : "zrle hextile copyrect raw";
    c->readTimeout = m_readTimeout;
    c->connectTimeout = 15;
    c->MallocFrameBuffer = cbMallocFrameBuffer;
    c->GotFrameBufferUpdate = cbGotUpdate;
    c->FinishedFrameBufferUpdate = cbFinishedUpdate;
    c->GotCopyRect = cbCopyRect; // reads the source from whichever buffer is current there
    c->GetPassword = cbGetPassword;
    c->GotXCutText = cbGotCutText;
    c->GotCursorShape = cbGotCursor;
    c->Bell = cbBell;
    c->sock = m_fd;
    rfbClientSetClientData(c, &kClientTag, this);

    // rfbInitClient() would connect to serverHost again even with sock set, so the same steps
    // by hand over the socket we have: handshake, framebuffer, formats, first update request.
    bool ok = InitialiseRFBConnection(c);
    if (ok) {
        c->width = c->si.framebufferWidth;
        c->height = c->si.framebufferHeight;
        ok = c->MallocFrameBuffer(c) && SetFormatAndEncodings(c);
    }
    if (!ok) {
        rfbClientCleanup(c); // closes the socket
        if (m_shared->stop)
            return false;
        const QByteArray line = lastLine(m_log);
        const QByteArray lower = m_log.toLower();
        if (!m_fatal.isEmpty()) {
            report(State::Error, m_fatal);
        } else if (m_passwordAsked && m_password.isEmpty()) {
            report(State::PasswordRequired);
        } else if (m_passwordAsked && (lower.contains("authentication failed") ||
                                       lower.contains("connection failed"))) {
            report(State::AuthenticationFailed, QObject::tr("The console refused the password."));
        } else if (lower.contains("authentication")) {
            report(State::Error, QObject::tr("The console asks for an authentication this client "
                                             "does not support (%1).")
                                     .arg(QString::fromUtf8(line)));
        } else {
            report(State::Error, QObject::tr("The VNC handshake failed: %1")
                                     .arg(line.isEmpty() ? QObject::tr("connection closed")
                                                         : QString::fromUtf8(line)));
        }
        return false;
    }
    m_client = c;
    if (!sendEncodings() || !SendFramebufferUpdateRequest(c, 0, 0, c->width, c->height, FALSE)) {
        report(State::Error, QObject::tr("Could not send the encodings to the console."));
        rfbClientCleanup(c);
        m_client = nullptr;
        return false;
    }
    const QString name = QString::fromUtf8(c->desktopName ? c->desktopName : "").left(256);
    const QSize size(c->width, c->height);
    m_shared->post([name, size](VncConnection *o) {
        o->m_desktopName = name;
        o->m_size = size;
    });
    report(State::Connected);
    return true;
}

bool VncWorker::sendEncodings()
{
    // libvncclient 0.9.14 advertises ExtendedDesktopSize (-308); QEMU answers with screen id 0,
    // which it rejects, and the first mode change kills the session. Without -308 QEMU uses plain
    // DesktopSize (-223). QEMU extended key events (-258) carry keycodes.
    QList<qint32> encodings;
    if (m_local)
        encodings << rfbEncodingRaw << rfbEncodingCopyRect << rfbEncodingZRLE << rfbEncodingHextile;
    else
        encodings << rfbEncodingZRLE << rfbEncodingHextile << rfbEncodingCopyRect << rfbEncodingRaw;
    encodings << qint32(rfbEncodingRichCursor) << qint32(rfbEncodingXCursor)
              << qint32(rfbEncodingNewFBSize) << qint32(rfbEncodingLastRect)
              << qint32(rfbEncodingQemuExtendedKeyEvent);
    QByteArray msg;
    msg.append(char(rfbSetEncodings)).append('\0');
    msg.append(char((encodings.size() >> 8) & 0xff)).append(char(encodings.size() & 0xff));
    for (qint32 e : encodings) {
        const quint32 v = quint32(e);
        msg.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
    }
    return WriteToRFBServer(m_client, msg.data(), int(msg.size()));
}

void VncWorker::loop()
{
    rfbClient *c = m_client;
    while (!m_shared->stop) {
        pollfd p[2] = {{c->sock, POLLIN, 0}, {m_shared->wakeFd, POLLIN, 0}};
        // Data libvncclient already buffered does not wake poll(): handle it first.
        const int timeout = c->buffered > 0 ? 0 : -1;
        int rc = ::poll(p, 2, timeout);
        if (rc < 0 && errno != EINTR) {
            report(State::Error, QObject::tr("Waiting for the console failed: %1")
                                     .arg(QString::fromLocal8Bit(strerror(errno))));
            return;
        }
        if (m_shared->stop)
            return;
        if (p[1].revents & POLLIN) {
            quint64 n;
            (void)!::read(m_shared->wakeFd, &n, sizeof n);
            if (!processInput()) {
                if (!m_shared->stop)
                    report(State::Error, QObject::tr("Sending input to the console failed."));
                return;
            }
        }
        if (c->buffered > 0 || (p[0].revents & (POLLIN | POLLHUP | POLLERR))) {
            if (!HandleRFBServerMessage(c)) {
                if (m_shared->stop)
                    return;
                const QByteArray lower = m_log.toLower();
                if (!m_fatal.isEmpty())
                    report(State::Error, m_fatal);
                else if (lower.contains("closed connection") ||
                         lower.contains("connection closed") || lower.contains("reset by peer") ||
                         lower.contains("broken pipe"))
                    report(State::Closed, QObject::tr("The console closed the connection."));
                else if (lower.contains("timeout") || lower.contains("timed out"))
                    report(
                        State::Error,
                        QObject::tr("The console stopped responding in the middle of a message."));
                else
                    report(State::Error, QObject::tr("The console sent data this client cannot "
                                                     "read: %1")
                                             .arg(QString::fromUtf8(lastLine(m_log))));
                return;
            }
        }
    }
}

bool VncWorker::processInput()
{
    std::deque<VncInput> batch;
    {
        std::lock_guard lock(m_shared->inputMutex);
        batch.swap(m_shared->input);
    }
    rfbClient *c = m_client;
    for (VncInput &in : batch) {
        bool ok = true;
        switch (in.kind) {
        case VncInput::Key:
            if (in.qnum && SupportsClient2Server(c, rfbQemuEvent))
                ok = SendExtendedKeyEvent(c, in.keysym, in.qnum, in.down);
            else if (in.keysym)
                ok = SendKeyEvent(c, in.keysym, in.down);
            break;
        case VncInput::Pointer:
            ok = SendPointerEvent(c, qBound(0, in.x, qMax(0, c->width - 1)),
                                  qBound(0, in.y, qMax(0, c->height - 1)), in.buttons);
            break;
        case VncInput::CutText:
            ok = SendClientCutText(c, in.text.data(), int(in.text.size()));
            break;
        case VncInput::Refresh:
            ok = SendFramebufferUpdateRequest(c, 0, 0, c->width, c->height, FALSE);
            break;
        }
        if (!ok)
            return false;
    }
    const bool keycodes = SupportsClient2Server(c, rfbQemuEvent);
    if (keycodes != m_keycodesReported) {
        m_keycodesReported = keycodes;
        m_shared->post([keycodes](VncConnection *o) { o->m_keycodes = keycodes; });
    }
    return true;
}

namespace {

qint64 areaOf(const QRegion &region)
{
    qint64 area = 0;
    for (const QRect &r : region)
        area += qint64(r.width()) * r.height();
    return area;
}

} // namespace

void VncWorker::copyRegion(uint8_t *to, const uint8_t *from, const QRegion &region) const
{
    const qsizetype stride = qsizetype(m_width) * 4;
    for (const QRect &r : region)
        for (int y = r.top(); y <= r.bottom(); ++y)
            memcpy(to + y * stride + r.x() * 4, from + y * stride + r.x() * 4,
                   size_t(r.width()) * 4);
}

void VncWorker::flushDamage(bool allowExchange)
{
    if (m_pending.isEmpty() || !m_frameBuffer)
        return;
    const QRegion damage = m_pending.intersected(QRect(0, 0, m_width, m_height));
    m_pending = QRegion();
    m_stale -= damage;
    // Hand the damage to the GUI's buffer the cheaper way:
    // - copy: the damaged pixels into the GUI's buffer (costs the damage);
    // - exchange: first the stale pixels from the GUI's buffer into ours, then swap the two, so
    //   ours becomes the GUI's and the old one is stale by this damage (costs the stale area).
    // A screen that changes entirely, update after update (video, a scrolling console), is
    // handed over with no copy at all. Either way the GUI sees whole updates, never half of one,
    // and the lock is held only for a copy or a swap, never while reading the socket. Reading
    // the GUI's buffer here without the lock is safe: only this thread writes it.
    const bool exchange = allowExchange && m_client && areaOf(m_stale) < areaOf(damage);
    if (exchange)
        copyRegion(m_frameBuffer.get(), m_shared->buffer.get(), m_stale);
    bool notify = false;
    {
        std::lock_guard lock(m_shared->frameMutex);
        if (m_shared->image.width() != m_width || m_shared->image.height() != m_height)
            return; // cannot happen: sizes change on this thread, with both buffers
        if (exchange) {
            std::swap(m_frameBuffer, m_shared->buffer);
            m_shared->image = QImage(m_shared->buffer.get(), m_width, m_height, m_width * 4,
                                     QImage::Format_RGB32);
        } else {
            copyRegion(m_shared->buffer.get(), m_frameBuffer.get(), damage);
        }
        m_shared->damage += damage;
        notify = !m_shared->notifyPending;
        m_shared->notifyPending = true;
    }
    if (exchange) {
        // Between messages: no decoder holds a pointer into the old buffer.
        m_client->frameBuffer = m_frameBuffer.get();
        m_stale = damage;
    }
    if (notify)
        m_shared->post([](VncConnection *o) { o->onNotify(o->m_generation); });
}

void VncWorker::cbCopyRect(rfbClient *c, int srcX, int srcY, int w, int h, int dstX, int dstY)
{
    VncWorker *wk = self(c);
    if (!wk->m_frameBuffer || w <= 0 || h <= 0)
        return;
    const QRect bounds(0, 0, wk->m_width, wk->m_height);
    const QRect src(srcX, srcY, w, h);
    const QRect dst(dstX, dstY, w, h);
    if (!bounds.contains(src) || !bounds.contains(dst))
        return; // as libvncclient's own: an out-of-bounds copy is ignored
    // The source must be current in our buffer before it is copied from.
    const QRegion staleSource = wk->m_stale & src;
    if (!staleSource.isEmpty()) {
        wk->copyRegion(wk->m_frameBuffer.get(), wk->m_shared->buffer.get(), staleSource);
        wk->m_stale -= staleSource;
    }
    const qsizetype stride = qsizetype(wk->m_width) * 4;
    uint8_t *fb = wk->m_frameBuffer.get();
    // Overlapping areas: walk rows away from the destination; memmove handles each row.
    for (int i = 0; i < h; ++i) {
        const int row = dstY > srcY ? h - 1 - i : i;
        memmove(fb + (dstY + row) * stride + dstX * 4, fb + (srcY + row) * stride + srcX * 4,
                size_t(w) * 4);
    }
    wk->m_stale -= dst;
}

rfbBool VncWorker::cbMallocFrameBuffer(rfbClient *c)
{
    VncWorker *w = self(c);
    const int width = c->width, height = c->height;
    if (width <= 0 || height <= 0 || width > VncConnection::kMaxDimension ||
        height > VncConnection::kMaxDimension ||
        qint64(width) * height > VncConnection::kMaxPixels) {
        w->m_fatal = QObject::tr("The console asked for a %1×%2 screen, larger than this client "
                                 "accepts (%3 megapixels).")
                         .arg(width)
                         .arg(height)
                         .arg(VncConnection::kMaxPixels / 1000000);
        return FALSE;
    }
    // Both buffers start black (0x00000000: RGB32 ignores the top byte).
    const size_t bytes = size_t(width) * size_t(height) * 4;
    auto buffer = std::make_unique<uint8_t[]>(bytes);
    auto shown = std::make_unique<uint8_t[]>(bytes);
    memset(buffer.get(), 0, bytes);
    memset(shown.get(), 0, bytes);
    c->frameBuffer = buffer.get();
    w->m_frameBuffer = std::move(buffer);
    w->m_width = width;
    w->m_height = height;
    w->m_pending = QRegion();
    w->m_stale = QRegion();
    bool notify = false;
    {
        std::lock_guard lock(w->m_shared->frameMutex);
        w->m_shared->buffer = std::move(shown);
        w->m_shared->image =
            QImage(w->m_shared->buffer.get(), width, height, width * 4, QImage::Format_RGB32);
        w->m_shared->damage = QRegion(0, 0, width, height);
        w->m_shared->resized = true;
        notify = !w->m_shared->notifyPending;
        w->m_shared->notifyPending = true;
    }
    if (notify)
        w->m_shared->post([](VncConnection *o) { o->onNotify(o->m_generation); });
    return TRUE;
}

void VncWorker::cbGotUpdate(rfbClient *c, int x, int y, int w, int h)
{
    // libvncclient reports each rectangle once it is decoded into our buffer: it is current
    // there now (later rectangles of the same update, such as a CopyRect, may read it).
    // The one pseudo-rectangle reported here without pixels, QEMU's acknowledgement of extended
    // key events, answers our SetEncodings before any update, while both buffers still agree.
    if (w > 0 && h > 0) {
        VncWorker *wk = self(c);
        const QRect r(x, y, w, h);
        wk->m_pending += r;
        wk->m_stale -= r;
    }
}

void VncWorker::cbFinishedUpdate(rfbClient *c)
{
    // Called after the last rectangle of an update: libvncclient holds no pointer into the
    // framebuffer, so the buffers may be exchanged.
    self(c)->flushDamage(true);
}

char *VncWorker::cbGetPassword(rfbClient *c)
{
    VncWorker *w = self(c);
    w->m_passwordAsked = true;
    if (w->m_password.isEmpty())
        return nullptr; // libvncclient gives up; we report PasswordRequired
    // libvncclient frees it with free().
    char *copy = static_cast<char *>(malloc(size_t(w->m_password.size()) + 1));
    if (!copy)
        return nullptr;
    memcpy(copy, w->m_password.constData(), size_t(w->m_password.size()) + 1);
    return copy;
}

void VncWorker::cbGotCutText(rfbClient *c, const char *text, int len)
{
    if (!text || len <= 0)
        return;
    const QString s = QString::fromLatin1(text, qMin(len, VncConnection::kMaxClipboardBytes));
    self(c)->m_shared->post([s](VncConnection *o) { Q_EMIT o->serverClipboard(s); });
}

void VncWorker::cbGotCursor(rfbClient *c, int xhot, int yhot, int w, int h, int bpp)
{
    QImage image;
    if (w > 0 && h > 0 && w <= 256 && h <= 256 && bpp == 4 && c->rcSource && c->rcMask) {
        image = QImage(w, h, QImage::Format_ARGB32);
        const quint32 *src = reinterpret_cast<const quint32 *>(c->rcSource);
        const uint8_t *mask = c->rcMask;
        for (int y = 0; y < h; ++y) {
            auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
            for (int x = 0; x < w; ++x) {
                const int i = y * w + x;
                line[x] = mask[i] ? (0xff000000u | (src[i] & 0x00ffffffu)) : 0u;
            }
        }
    }
    const QPoint hot(qBound(0, xhot, qMax(0, w - 1)), qBound(0, yhot, qMax(0, h - 1)));
    self(c)->m_shared->post(
        [image, hot](VncConnection *o) { Q_EMIT o->cursorChanged(image, hot); });
}

void VncWorker::cbBell(rfbClient *c)
{
    self(c)->m_shared->post([](VncConnection *o) { Q_EMIT o->bell(); });
}

VncConnection::VncConnection(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Vireo::VncConnection::State>();
}

VncConnection::~VncConnection()
{
    m_password.fill('\0');
    if (!m_shared)
        return;
    auto shared = std::move(m_shared);
    {
        std::lock_guard lock(shared->linkMutex);
        shared->owner = nullptr;
    }
    shared->requestStop();
    // The socket is shut down, so the thread ends at once; wait briefly so tests and the
    // application exit with no thread left, but never hang on a stuck name lookup.
    std::unique_lock lock(shared->doneMutex);
    shared->doneCond.wait_for(lock, std::chrono::milliseconds(500), [&] { return shared->done; });
}

void VncConnection::setPassword(const QString &password)
{
    m_password.fill('\0');
    m_password = password.toUtf8();
}

void VncConnection::connectToHost(const QString &host, int port)
{
    start(host, port, -1);
}

void VncConnection::connectToSocket(int fd)
{
    start(QString(), 0, fd);
}

void VncConnection::start(const QString &host, int port, int fd)
{
    disconnectFromServer();
    m_generation++;
    m_errorString.clear();
    m_desktopName.clear();
    m_size = QSize();
    m_keycodes = false;
    auto shared = std::make_shared<VncShared>();
    shared->owner = this;
    shared->generation = m_generation;
    m_shared = shared;
    setState(State::Connecting);
    auto worker =
        std::make_shared<VncWorker>(shared, host, port, fd, m_password, m_readTimeout, m_local);
    std::thread([worker, shared]() {
        worker->run();
        std::lock_guard lock(shared->doneMutex);
        shared->done = true;
        shared->doneCond.notify_all();
    }).detach();
}

void VncConnection::disconnectFromServer()
{
    if (!m_shared)
        return;
    {
        std::lock_guard lock(m_shared->linkMutex);
        m_shared->owner = nullptr;
    }
    m_shared->requestStop();
    m_shared.reset();
    m_generation++;
    if (m_state == State::Connecting || m_state == State::Connected)
        setState(State::Disconnected);
}

void VncConnection::setState(State state, const QString &error)
{
    if (state == State::Connected) {
        m_errorString.clear();
    } else if (!error.isEmpty() || state != State::Connecting) {
        m_errorString = error;
    }
    if (state != State::Connecting && state != State::Connected && m_shared) {
        // The network thread has ended (or is ending); drop our link to it.
        std::lock_guard lock(m_shared->linkMutex);
        m_shared->owner = nullptr;
    }
    if (state == m_state && state != State::Error)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void VncConnection::onNotify(quint64 generation)
{
    if (!m_shared || generation != m_generation)
        return;
    QRegion damage;
    QSize size;
    bool resized = false;
    {
        std::lock_guard lock(m_shared->frameMutex);
        damage = std::exchange(m_shared->damage, QRegion());
        resized = std::exchange(m_shared->resized, false);
        size = m_shared->image.size();
        m_shared->notifyPending = false;
    }
    if (resized && size != m_size) {
        m_size = size;
        Q_EMIT framebufferResized(size);
    } else if (resized) {
        Q_EMIT framebufferResized(size);
    }
    if (!damage.isEmpty())
        Q_EMIT updated(damage);
}

void VncConnection::withFramebuffer(const std::function<void(const QImage &)> &fn) const
{
    if (!m_shared) {
        fn(QImage());
        return;
    }
    std::lock_guard lock(m_shared->frameMutex);
    fn(m_shared->image);
}

QImage VncConnection::grabFramebuffer() const
{
    QImage copy;
    withFramebuffer([&](const QImage &img) { copy = img.copy(); });
    return copy;
}

void VncConnection::sendKey(quint32 keysym, quint32 qnum, bool down)
{
    if (!m_shared || m_state != State::Connected)
        return;
    VncInput in;
    in.kind = VncInput::Key;
    in.keysym = keysym;
    in.qnum = qnum;
    in.down = down;
    {
        std::lock_guard lock(m_shared->inputMutex);
        m_shared->input.push_back(std::move(in));
    }
    m_shared->wake();
}

void VncConnection::sendPointer(int x, int y, int buttons)
{
    if (!m_shared || m_state != State::Connected)
        return;
    {
        std::lock_guard lock(m_shared->inputMutex);
        auto &q = m_shared->input;
        // Motion with unchanged buttons replaces a motion not yet sent: a slow link gets the
        // latest position, not a backlog.
        if (!q.empty() && q.back().kind == VncInput::Pointer && q.back().buttons == buttons) {
            q.back().x = x;
            q.back().y = y;
            return;
        }
        VncInput in;
        in.kind = VncInput::Pointer;
        in.x = x;
        in.y = y;
        in.buttons = buttons;
        q.push_back(std::move(in));
    }
    m_shared->wake();
}

bool VncConnection::sendClipboard(const QString &text)
{
    if (!m_shared || m_state != State::Connected)
        return false;
    QByteArray latin1 = text.toLatin1();
    if (latin1.size() > kMaxClipboardBytes)
        return false;
    VncInput in;
    in.kind = VncInput::CutText;
    in.text = std::move(latin1);
    {
        std::lock_guard lock(m_shared->inputMutex);
        m_shared->input.push_back(std::move(in));
    }
    m_shared->wake();
    return true;
}

void VncConnection::requestFullUpdate()
{
    if (!m_shared || m_state != State::Connected)
        return;
    {
        std::lock_guard lock(m_shared->inputMutex);
        VncInput in;
        in.kind = VncInput::Refresh;
        m_shared->input.push_back(std::move(in));
    }
    m_shared->wake();
}

QString VncConnection::stateText(State state)
{
    switch (state) {
    case State::Disconnected:
        return tr("Not connected");
    case State::Connecting:
        return tr("Connecting to the console…");
    case State::Connected:
        return tr("Connected");
    case State::PasswordRequired:
        return tr("The console needs a password");
    case State::AuthenticationFailed:
        return tr("The password was not accepted");
    case State::Closed:
        return tr("The console closed the connection");
    case State::Error:
        return tr("The console connection failed");
    }
    return QString();
}

} // namespace Vireo
