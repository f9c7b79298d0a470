// SPDX-License-Identifier: GPL-2.0-or-later
#include "vncconnection.h"

#include "vncthread.h"
#include "vncworker.h"

namespace Vireo {

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
    // The socket is shut down, so the thread ends at once and deletes itself: nothing to wait
    // for here (see VncNetworkThread).
    shared->requestStop();
}

int VncConnection::networkThreadCount()
{
    return VncNetworkThread::count();
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
    VncNetworkThread::launch(shared, std::make_unique<VncWorker>(shared, host, port, fd, m_password,
                                                                 m_readTimeout, m_local));
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
    const VncFrameBuffer::Update update = m_shared->frame.takeUpdate();
    if (update.resized) {
        m_size = update.size;
        Q_EMIT framebufferResized(update.size);
    }
    if (!update.damage.isEmpty())
        Q_EMIT updated(update.damage);
}

void VncConnection::withFramebuffer(const std::function<void(const QImage &)> &fn) const
{
    if (!m_shared) {
        fn(QImage());
        return;
    }
    m_shared->frame.withImage(fn);
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
