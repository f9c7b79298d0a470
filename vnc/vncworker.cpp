// SPDX-License-Identifier: GPL-2.0-or-later
#include "vncworker.h"

#include "vnctcp.h"

#include <QLoggingCategory>

#include <cstdarg>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcVnc, "vireo.vnc", QtWarningMsg)

namespace Vireo {

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

VncShared::VncShared()
{
    wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
}

VncShared::~VncShared()
{
    if (wakeFd >= 0)
        ::close(wakeFd);
}

void VncShared::wake()
{
    const quint64 one = 1;
    if (wakeFd >= 0)
        (void)!::write(wakeFd, &one, sizeof one);
}

void VncShared::requestStop()
{
    stop = true;
    wake();
    std::lock_guard lock(sockMutex);
    if (interruptFd >= 0)
        ::shutdown(interruptFd, SHUT_RDWR);
}

VncWorker::VncWorker(std::shared_ptr<VncShared> shared, QString host, int port, int fd,
                     QByteArray password, int readTimeout, bool local)
    : m_shared(std::move(shared))
    , m_host(std::move(host))
    , m_port(port)
    , m_fd(fd)
    , m_password(std::move(password))
    , m_readTimeout(readTimeout)
    , m_local(local)
{}

VncWorker::~VncWorker()
{
    m_password.fill('\0');
}

VncWorker *VncWorker::self(rfbClient *c)
{
    return static_cast<VncWorker *>(rfbClientGetClientData(c, &kClientTag));
}

void VncWorker::report(State state, const QString &error)
{
    m_shared->post([state, error](VncConnection *o) { o->setState(state, error); });
}

void VncWorker::notifyGui()
{
    m_shared->post([](VncConnection *o) { o->onNotify(o->m_generation); });
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
        const VncTcpResult tcp = connectVncTcp(m_host, m_port, m_shared->wakeFd, m_shared->stop);
        m_fd = tcp.fd;
        if (m_fd < 0) {
            if (!m_shared->stop)
                report(State::Error, tcp.error);
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
                if (!m_shared->stop)
                    reportLoopFailure();
                return;
            }
        }
    }
}

void VncWorker::reportLoopFailure()
{
    const QByteArray lower = m_log.toLower();
    if (!m_fatal.isEmpty())
        report(State::Error, m_fatal);
    else if (lower.contains("closed connection") || lower.contains("connection closed") ||
             lower.contains("reset by peer") || lower.contains("broken pipe"))
        report(State::Closed, QObject::tr("The console closed the connection."));
    else if (lower.contains("timeout") || lower.contains("timed out"))
        report(State::Error,
               QObject::tr("The console stopped responding in the middle of a message."));
    else
        report(State::Error, QObject::tr("The console sent data this client cannot read: %1")
                                 .arg(QString::fromUtf8(lastLine(m_log))));
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

void VncWorker::flush()
{
    // Between messages: no decoder holds a pointer into the decode buffer, so the buffers may
    // be exchanged; libvncclient then decodes into the other one.
    const VncFrameBuffer::Flushed f = m_shared->frame.flush(m_client != nullptr);
    if (f.handover == VncFrameBuffer::Handover::Exchanged)
        m_client->frameBuffer = m_shared->frame.decodeBuffer();
    if (f.notify)
        notifyGui();
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
    const bool notify = w->m_shared->frame.allocate(width, height);
    c->frameBuffer = w->m_shared->frame.decodeBuffer();
    if (notify)
        w->notifyGui();
    return TRUE;
}

void VncWorker::cbGotUpdate(rfbClient *c, int x, int y, int w, int h)
{
    // libvncclient reports each rectangle once it is decoded into our buffer: it is current
    // there now (later rectangles of the same update, such as a CopyRect, may read it).
    // The one pseudo-rectangle reported here without pixels, QEMU's acknowledgement of extended
    // key events, answers our SetEncodings before any update, while both buffers still agree.
    if (w > 0 && h > 0)
        self(c)->m_shared->frame.markDecoded(QRect(x, y, w, h));
}

void VncWorker::cbFinishedUpdate(rfbClient *c)
{
    // Called after the last rectangle of an update: libvncclient holds no pointer into the
    // framebuffer, so the buffers may be exchanged.
    self(c)->flush();
}

void VncWorker::cbCopyRect(rfbClient *c, int srcX, int srcY, int w, int h, int dstX, int dstY)
{
    // Reads the source from whichever buffer is current there.
    self(c)->m_shared->frame.copyRect(QRect(srcX, srcY, w, h), QPoint(dstX, dstY));
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
    // libvncclient 0.9.14 mallocs a new mask for every shape without freeing the old one (fixed
    // in 0.9.15), and nothing else reads it: free it now that it is read. (rcSource it frees
    // itself before each new shape.)
    free(c->rcMask);
    c->rcMask = nullptr;
    const QPoint hot(qBound(0, xhot, qMax(0, w - 1)), qBound(0, yhot, qMax(0, h - 1)));
    self(c)->m_shared->post(
        [image, hot](VncConnection *o) { Q_EMIT o->cursorChanged(image, hot); });
}

void VncWorker::cbBell(rfbClient *c)
{
    self(c)->m_shared->post([](VncConnection *o) { Q_EMIT o->bell(); });
}

} // namespace Vireo
