// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/console/textconsole.h"

#include "core/commandlog/commandlog.h"
#include "core/common/coretr.h"
#include "core/console/consoleinbox.h"
#include "core/session/hostsession.h"
#include "hostworker_p.h"

#include <QTimer>

#include <linux/input-event-codes.h>

#include <mutex>

namespace Vireo {

/// One opened (or opening) console stream, shared by the GUI object, the worker's jobs and the
/// event loop's callback. Every call on the stream is made under the mutex, from the worker
/// (open, send, close) or from libvirt's event loop thread (receive, send when writable).
struct TextConsoleStream
{
    std::mutex mutex;
    virStreamPtr stream = nullptr;
    bool callbackAdded = false;
    bool wantsWritable = false; ///< the callback also waits for WRITABLE (the outbox is full)
    bool closed = false;        ///< close() was called: an open that lands now is undone
    QByteArray outbox;          ///< typed bytes the stream did not take yet
    /// What the guest printed and the owner did not take yet. A guest that prints without pause
    /// arrives in thousands of small pieces a second (one per packet of libvirt's stream); they
    /// gather here while one delivery is on its way, so the GUI wakes for a batch, not a piece,
    /// and takes a slice at a time, however far behind it is.
    ConsoleInbox inbox;
    /// A streamReceived() is queued, or the owner has more to take: it will come for the inbox.
    bool deliveryPosted = false;
    /// Valid while set: the destructor of TextConsole clears it under the mutex.
    TextConsole *owner = nullptr;
    quint64 generation = 0;

    // What the worker and the event loop tell the owner; queued to its thread, and run only
    // while it lives. Call with the mutex held.
    void postOpened()
    {
        post([gen = generation](TextConsole *o) { o->streamOpened(gen); });
    }
    void postOpenFailed(TextConsole::State state, const QString &why)
    {
        post([gen = generation, state, why](TextConsole *o) {
            o->streamOpenFailed(gen, state, why);
        });
    }
    void postReceived(const QByteArray &bytes)
    {
        inbox.append(bytes);
        if (std::exchange(deliveryPosted, true))
            return;
        post([gen = generation](TextConsole *o) { o->streamReceived(gen); });
    }
    /// The owner's thread: the oldest slice of what gathered. While more remains, nothing is
    /// posted: the owner comes back for it.
    ConsoleInbox::Taken takeInbox()
    {
        std::lock_guard lock(mutex);
        ConsoleInbox::Taken taken = inbox.take();
        deliveryPosted = taken.more;
        return taken;
    }
    void postEnded(const QString &error)
    {
        post([gen = generation, error](TextConsole *o) { o->streamEnded(gen, error); });
    }

private:
    template<typename Fn>
    void post(Fn fn)
    {
        if (!owner)
            return;
        QMetaObject::invokeMethod(
            owner, [o = owner, fn = std::move(fn)]() { fn(o); }, Qt::QueuedConnection);
    }
};

namespace {

constexpr int ReadEvents =
    VIR_STREAM_EVENT_READABLE | VIR_STREAM_EVENT_ERROR | VIR_STREAM_EVENT_HANGUP;
// At most this much per wake of the event loop: a guest that prints without pause still lets
// the loop serve other streams and the GUI paint between pieces.
constexpr int ReadChunk = 64 * 1024;
constexpr int ReadsPerWake = 16;

using Shared = std::shared_ptr<TextConsoleStream>;

void teardownLocked(TextConsoleStream &s, bool clean)
{
    if (!s.stream)
        return;
    if (s.callbackAdded)
        virStreamEventRemoveCallback(s.stream);
    s.callbackAdded = false;
    if (clean)
        virStreamFinish(s.stream);
    else
        virStreamAbort(s.stream);
    virResetLastError();
    virStreamFree(s.stream);
    s.stream = nullptr;
    s.outbox.clear();
}

/// Sends what the outbox holds; waits for WRITABLE when the stream takes no more. False when
/// the stream failed (error is set).
bool flushLocked(TextConsoleStream &s, QString &error)
{
    while (!s.outbox.isEmpty()) {
        const int n = virStreamSend(s.stream, s.outbox.constData(), size_t(s.outbox.size()));
        if (n == -2)
            break;
        if (n < 0) {
            error = lastLibvirtError(Tr::tr("Send to the text console")).message;
            return false;
        }
        s.outbox.remove(0, n);
    }
    const bool wantsWritable = !s.outbox.isEmpty();
    if (wantsWritable != s.wantsWritable && s.callbackAdded) {
        virStreamEventUpdateCallback(s.stream,
                                     ReadEvents | (wantsWritable ? VIR_STREAM_EVENT_WRITABLE : 0));
        s.wantsWritable = wantsWritable;
    }
    return true;
}

void endLocked(TextConsoleStream &s, const QString &error)
{
    teardownLocked(s, error.isEmpty());
    s.postEnded(error);
}

/// libvirt's event loop thread: the stream can be read (or written, or it ended).
void onStreamEvent(virStreamPtr stream, int events, void *opaque)
{
    TextConsoleStream &s = **static_cast<Shared *>(opaque);
    std::lock_guard lock(s.mutex);
    if (s.stream != stream)
        return;
    QByteArray got;
    QString error;
    bool ended = false;
    if (events & VIR_STREAM_EVENT_READABLE) {
        char buffer[ReadChunk];
        for (int i = 0; i < ReadsPerWake; ++i) {
            const int n = virStreamRecv(stream, buffer, sizeof(buffer));
            if (n > 0) {
                got.append(buffer, n);
                continue;
            }
            if (n == 0) {
                ended = true; // the other end closed it (QEMU went, or a take-over)
            } else if (n != -2) {
                ended = true;
                error = lastLibvirtError(Tr::tr("Read the text console")).message;
            }
            break;
        }
    }
    if (!got.isEmpty())
        s.postReceived(got);
    if (!ended && (events & VIR_STREAM_EVENT_WRITABLE) && !flushLocked(s, error))
        ended = true;
    if (!ended && (events & (VIR_STREAM_EVENT_ERROR | VIR_STREAM_EVENT_HANGUP))) {
        ended = true;
        if (events & VIR_STREAM_EVENT_ERROR)
            error = Tr::tr("the console stream failed");
    }
    if (ended)
        endLocked(s, error);
}

void freeHolder(void *opaque)
{
    delete static_cast<Shared *>(opaque);
}

bool isRunning(DomainState state)
{
    return state != DomainState::Shutoff && state != DomainState::Crashed &&
           state != DomainState::NoState;
}

} // namespace

QString TextConsole::stateText(State state)
{
    switch (state) {
    case State::Idle:
        return tr("Not connected");
    case State::Connecting:
        return tr("Connecting…");
    case State::Connected:
        return tr("Connected");
    case State::Held:
        return tr("Held by another client");
    case State::GuestNotRunning:
        return tr("The guest is not running");
    case State::Disconnected:
        return tr("Disconnected");
    }
    return QString();
}

TextConsole::State TextConsole::stateForOpenError(int code, const QString &message)
{
    // libvirt (virChrdevOpen) refuses a second SAFE open with VIR_ERR_OPERATION_FAILED and
    // this sentence; there is no code of its own.
    if (message.contains(QLatin1String("Active console session exists"), Qt::CaseInsensitive))
        return State::Held;
    if (code == VIR_ERR_OPERATION_INVALID &&
        message.contains(QLatin1String("not running"), Qt::CaseInsensitive))
        return State::GuestNotRunning;
    return State::Disconnected;
}

TextConsole::TextConsole(HostSession *session, const QString &uuid, const QString &device,
                         QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_uuid(uuid)
    , m_device(device)
{
    qRegisterMetaType<Vireo::TextConsole::State>();
    if (session) {
        connect(session, &HostSession::domainChanged, this, [this](const DomainInfo &d) {
            if (d.uuid == m_uuid)
                onGuestRunning(isRunning(d.state));
        });
        connect(session, &HostSession::domainRemoved, this, [this](const QString &removed) {
            if (removed == m_uuid)
                onGuestRunning(false);
        });
    }
}

TextConsole::~TextConsole()
{
    close();
}

void TextConsole::open()
{
    m_wanted = true;
    m_retries = 0;
    openWith(false);
}

void TextConsole::takeOver()
{
    m_wanted = true;
    m_retries = 0;
    openWith(true);
}

void TextConsole::close()
{
    m_wanted = false;
    dropStream();
    if (m_state != State::Idle)
        setState(State::Idle);
}

void TextConsole::dropStream()
{
    if (m_stream) {
        Shared s = std::exchange(m_stream, nullptr);
        {
            std::lock_guard lock(s->mutex);
            s->owner = nullptr;
            s->closed = true;
        }
        if (m_session) {
            m_session->post([s](WorkerContext &) {
                std::lock_guard lock(s->mutex);
                teardownLocked(*s, true);
            });
        }
    }
}

void TextConsole::openWith(bool force)
{
    if (!m_session)
        return;
    // One stream at a time: an older one (a take-over of our own) goes first.
    dropStream();
    auto s = std::make_shared<TextConsoleStream>();
    s->owner = this;
    s->generation = ++m_generation;
    m_stream = s;
    setState(State::Connecting);
    const QString uuid = m_uuid;
    const QByteArray device = m_device.toUtf8();
    m_session->post([s, uuid, device, force](WorkerContext &w) {
        const QString op = Tr::tr("Open the text console of %1").arg(uuid);
        auto fail = [&s](State state, const QString &why) {
            std::lock_guard lock(s->mutex);
            s->postOpenFailed(state, why);
        };
        if (Status connected = w.requireConnection(op); !connected)
            return fail(State::Disconnected, connected.error().message);
        auto dom = w.lookup(uuid, op);
        if (!dom)
            return fail(State::Disconnected, dom.error().message);
        if (virDomainIsActive(dom.value()->get()) == 0)
            return fail(State::GuestNotRunning, QString());
        virStreamPtr stream = virStreamNew(w.conn, VIR_STREAM_NONBLOCK);
        if (!stream)
            return fail(State::Disconnected, lastLibvirtError(op).message);
        const unsigned flags = force ? VIR_DOMAIN_CONSOLE_FORCE : VIR_DOMAIN_CONSOLE_SAFE;
        if (virDomainOpenConsole(dom.value()->get(),
                                 device.isEmpty() ? nullptr : device.constData(), stream,
                                 flags) < 0) {
            const Error error = lastLibvirtError(op);
            virStreamFree(stream);
            return fail(stateForOpenError(error.code, error.message), error.message);
        }
        std::lock_guard lock(s->mutex);
        s->stream = stream;
        if (s->closed) {
            teardownLocked(*s, false); // closed while we opened it
            return;
        }
        if (virStreamEventAddCallback(stream, ReadEvents, &onStreamEvent, new Shared(s),
                                      &freeHolder) < 0) {
            const Error error = lastLibvirtError(op);
            teardownLocked(*s, false);
            s->postOpenFailed(State::Disconnected, error.message);
            return;
        }
        s->callbackAdded = true;
        s->postOpened();
    });
}

void TextConsole::send(const QByteArray &bytes)
{
    if (bytes.isEmpty() || !m_stream || m_state != State::Connected || !m_session)
        return;
    Shared s = m_stream;
    m_session->post([s, bytes](WorkerContext &) {
        std::lock_guard lock(s->mutex);
        if (!s->stream)
            return;
        s->outbox += bytes;
        QString error;
        if (!flushLocked(*s, error))
            endLocked(*s, error);
    });
}

void TextConsole::setState(State state, const QString &detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    Q_EMIT stateChanged(state, detail);
}

void TextConsole::onGuestRunning(bool running)
{
    const bool was = m_guestRunning;
    m_guestRunning = running;
    if (!m_wanted)
        return;
    if (!running && was) {
        // QEMU went: the stream ends with it; say why rather than "disconnected".
        dropStream();
        setState(State::GuestNotRunning);
    } else if (running && !was && m_state != State::Connected && m_state != State::Connecting) {
        m_retries = 0;
        openWith(false);
    }
}

void TextConsole::streamOpened(quint64 generation)
{
    if (generation != m_generation)
        return;
    m_retries = 0;
    m_guestRunning = true;
    setState(State::Connected);
}

void TextConsole::streamOpenFailed(quint64 generation, State s, const QString &why)
{
    if (generation != m_generation)
        return;
    m_stream.reset();
    if (s == State::GuestNotRunning)
        m_guestRunning = false; // the next start opens it (domainChanged)
    setState(s, s == State::Disconnected ? why : QString());
}

void TextConsole::streamReceived(quint64 generation)
{
    if (generation != m_generation || !m_stream)
        return;
    // At most one batch a DeliveryMs: what comes meanwhile joins the inbox (deliveryPosted
    // stays set, so the event loop thread posts nothing more until the batch is taken).
    const qint64 since = m_lastDelivery.isValid() ? m_lastDelivery.elapsed() : DeliveryMs;
    if (since < DeliveryMs) {
        deliverIn(DeliveryMs - since);
        return;
    }
    deliver();
}

void TextConsole::deliverIn(qint64 ms)
{
    if (!m_deliveryTimer) {
        m_deliveryTimer = new QTimer(this);
        m_deliveryTimer->setSingleShot(true);
        m_deliveryTimer->setTimerType(Qt::PreciseTimer); // a coarse one fires up to 5 % early
        connect(m_deliveryTimer, &QTimer::timeout, this, [this] { deliver(); });
    }
    if (!m_deliveryTimer->isActive())
        m_deliveryTimer->start(int(qBound<qint64>(0, ms, DeliveryMs)));
}

void TextConsole::deliver()
{
    if (!m_stream)
        return;
    // Keep the stream: a slot of received() may close this console.
    const Shared stream = m_stream;
    m_lastDelivery.start();
    // Further behind than a slice: the next one from the event loop, after what waits there
    // (paint, input), even when drawing this one took longer than DeliveryMs.
    if (deliverSlice(*stream) && m_stream == stream)
        deliverIn(DeliveryMs - m_lastDelivery.elapsed());
}

void TextConsole::deliverAll()
{
    const Shared stream = m_stream;
    while (stream && deliverSlice(*stream) && m_stream == stream) {
    }
}

bool TextConsole::deliverSlice(TextConsoleStream &stream)
{
    const ConsoleInbox::Taken taken = stream.takeInbox();
    if (taken.skipped > 0)
        Q_EMIT outputSkipped(taken.skipped);
    if (!taken.bytes.isEmpty())
        Q_EMIT received(taken.bytes);
    return taken.more;
}

void TextConsole::streamEnded(quint64 generation, const QString &error)
{
    if (generation != m_generation)
        return;
    deliverAll(); // what the guest printed last, before the stream goes
    m_stream.reset();
    setState(State::Disconnected, error);
    if (!m_wanted || !m_guestRunning)
        return;
    // Ended while the guest runs (a take-over by another client, a QEMU restart): try again;
    // a console now held by someone else then says so and waits.
    const int delay = std::min(m_retryDelayMs * (1 << std::min(m_retries, 4)), 15000);
    ++m_retries;
    QTimer::singleShot(delay, this, [this, generation]() {
        if (generation == m_generation && m_wanted && m_state == State::Disconnected)
            openWith(false);
    });
}

QList<QPair<char, QString>> TextConsole::sysRqKeys()
{
    return {
        {'h', tr("Help (list the SysRq keys)")},
        {'s', tr("Sync the file systems")},
        {'u', tr("Remount the file systems read-only")},
        {'b', tr("Reboot at once")},
        {'e', tr("Terminate all processes")},
        {'i', tr("Kill all processes")},
        {'t', tr("Show the tasks")},
        {'w', tr("Show the blocked tasks")},
        {'m', tr("Show the memory")},
        {'c', tr("Crash the kernel")},
    };
}

void TextConsole::sendSysRq(char key, QObject *context, std::function<void(Status)> done)
{
    static const QHash<char, unsigned> codes = {
        {'h', KEY_H}, {'s', KEY_S}, {'u', KEY_U}, {'b', KEY_B}, {'e', KEY_E},
        {'i', KEY_I}, {'t', KEY_T}, {'w', KEY_W}, {'m', KEY_M}, {'c', KEY_C},
    };
    const QString uuid = m_uuid;
    if (!codes.contains(key)) {
        done(Error{Tr::tr("Send SysRq to %1").arg(uuid), Tr::tr("unknown SysRq key"), 0});
        return;
    }
    const unsigned code = codes.value(key);
    runOnWorker<Status>(
        m_session, context,
        [uuid, code, key](WorkerContext &w) -> Status {
            const QString op = Tr::tr("Send SysRq to %1").arg(uuid);
            auto dom = w.lookup(uuid, op);
            if (!dom)
                return dom.error();
            unsigned keys[] = {KEY_LEFTALT, KEY_SYSRQ, code};
            constexpr int holdMs = 100;
            const Status sent =
                virDomainSendKey(dom.value()->get(), VIR_KEYCODE_SET_LINUX, holdMs, keys, 3, 0) < 0
                    ? Status(lastLibvirtError(op))
                    : Status(Done{});
            const QString name = nameOf(dom.value()->get());
            CommandLog::record(w.uri, name,
                               EquivalentCommands::sendKey(
                                   name,
                                   {QStringLiteral("KEY_LEFTALT"), QStringLiteral("KEY_SYSRQ"),
                                    QStringLiteral("KEY_") + QChar::fromLatin1(key).toUpper()},
                                   holdMs, EquivalentCommands::KeyPath::Libvirt),
                               sent);
            return sent;
        },
        std::move(done));
}

void TextConsole::fetchConsoles(HostSession *session, const QString &uuidOrName, QObject *context,
                                std::function<void(Result<DomainConsoles>)> done)
{
    runOnWorker<Result<DomainConsoles>>(
        session, context,
        [uuidOrName](WorkerContext &w) -> Result<DomainConsoles> {
            const QString op = Tr::tr("Read the consoles of %1").arg(uuidOrName);
            auto dom = w.lookup(uuidOrName, op);
            if (!dom)
                return dom.error();
            auto description = readDomainDescription(dom.value()->get(), op);
            if (!description)
                return description.error();
            DomainConsoles consoles;
            consoles.uuid = description.value().uuid;
            consoles.name = description.value().name;
            consoles.running = description.value().id >= 0;
            consoles.graphics = description.value().graphics;
            consoles.textConsoles = description.value().textConsoles;
            return consoles;
        },
        std::move(done));
}

} // namespace Vireo
