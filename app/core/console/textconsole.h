// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/domainxml.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QTimer;

namespace Vireo {

class HostSession;
struct TextConsoleStream;

/// A domain's consoles as the console page offers them, read from its live XML. Value type.
struct DomainConsoles
{
    QString uuid;
    QString name;
    bool running = false; ///< the live XML has an id
    QList<DomainGraphics> graphics;
    QList<DomainTextConsole> textConsoles; ///< Serial 0, Serial 1, Console 0... (pty only)
};

/// A serial port or console of a domain, streamed (virDomainOpenConsole on a non-blocking
/// virStream). The stream is opened on the host's worker thread and read on libvirt's event loop
/// thread (virStreamEventAddCallback); what the guest printed comes here by queued signal, what
/// is typed goes to the worker. Nothing here touches the stream on the GUI thread.
///
/// It reopens by itself when the guest starts again, and when the stream ends while the guest
/// runs (as the graphical console does). A console held by another client (libvirt's "Active
/// console session exists") waits for takeOver(). GUI thread.
class TextConsole : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle, ///< not opened yet, or closed
        Connecting,
        Connected,
        Held, ///< another client has it (open(force) takes it over)
        GuestNotRunning,
        Disconnected, ///< the stream ended or could not be opened; detail() says why
    };
    static QString stateText(State state);

    /// device: the console's alias ("serial0", "console1"...); empty opens the domain's first
    /// console.
    TextConsole(HostSession *session, const QString &uuid, const QString &device,
                QObject *parent = nullptr);
    ~TextConsole() override;

    QString device() const { return m_device; }
    State state() const { return m_state; }
    /// Why it is Disconnected (libvirt's message), empty otherwise.
    QString detail() const { return m_detail; }

    /// Opens the stream (VIR_DOMAIN_CONSOLE_SAFE: never steals it from another client).
    void open();
    /// Opens it with VIR_DOMAIN_CONSOLE_FORCE: the other client's stream is closed. Ask first.
    void takeOver();
    void close();
    /// Bytes for the guest (sent in order; dropped while not connected).
    void send(const QByteArray &bytes);

    /// Alt+SysRq+key to the guest's keyboard (virDomainSendKey, Linux key codes): libvirt's
    /// console stream cannot send a serial break, which is how SysRq travels on a serial line,
    /// but a guest's kernel reads SysRq from its keyboard too (PS/2 or USB, present on PC
    /// machines without graphics). key: a letter or digit of the SysRq table. The answer comes
    /// to done on the GUI thread while context lives.
    void sendSysRq(char key, QObject *context, std::function<void(Status)> done);
    /// The SysRq keys offered, with what each does.
    static QList<QPair<char, QString>> sysRqKeys();

    /// How long to wait before reopening a stream that ended while the guest runs.
    void setRetryDelay(int ms) { m_retryDelayMs = ms; }

    /// The domain's consoles (from its live XML), on the worker. Answers on the GUI thread while
    /// context lives.
    static void fetchConsoles(HostSession *session, const QString &uuidOrName, QObject *context,
                              std::function<void(Result<DomainConsoles>)> done);

    /// Classifies libvirt's answer to virDomainOpenConsole: code and message of its error.
    /// Pure function, any thread (it is tested without a guest).
    static State stateForOpenError(int code, const QString &message);

Q_SIGNALS:
    void stateChanged(Vireo::TextConsole::State state, const QString &detail);
    /// What the guest printed, in order, a slice (at most ConsoleInbox::DefaultSlice) at a time.
    void received(const QByteArray &bytes);
    /// The guest printed faster than the terminal took it in: this many bytes, just before the
    /// next received(), were dropped (the oldest of the backlog; see ConsoleInbox).
    void outputSkipped(quint64 bytes);

private:
    friend struct TextConsoleStream;
    // The stream's answers, queued from the worker and the event loop thread.
    void streamOpened(quint64 generation);
    void streamOpenFailed(quint64 generation, State state, const QString &why);
    void streamReceived(quint64 generation);
    /// Emits received() with the oldest slice of the stream's inbox (and comes back for more).
    void deliver();
    /// deliver() from the event loop in ms (0 to DeliveryMs), unless it is already due.
    void deliverIn(qint64 ms);
    /// Emits all the inbox holds, slice after slice (the stream is ending).
    void deliverAll();
    /// Emits the inbox's oldest slice (and what was dropped before it); true while more remains.
    bool deliverSlice(TextConsoleStream &stream);
    void streamEnded(quint64 generation, const QString &error);

    void openWith(bool force);
    /// Lets the stream go (closed on the worker), the state unchanged.
    void dropStream();
    void setState(State state, const QString &detail = QString());
    void onGuestRunning(bool running);

    QPointer<HostSession> m_session;
    QString m_uuid;
    QString m_device;
    State m_state = State::Idle;
    QString m_detail;
    std::shared_ptr<TextConsoleStream> m_stream; ///< the open (or opening) stream, if any
    quint64 m_generation = 0; ///< of m_stream: answers of older streams are ignored
    bool m_wanted = false;    ///< open() was called and close() not since
    bool m_guestRunning = true;
    int m_retryDelayMs = 1000;
    int m_retries = 0;
    /// Bytes from the guest reach received() at most once this often (in batches): the
    /// terminal paints once a frame (16 ms) anyway, and each wake of the GUI costs.
    static constexpr qint64 DeliveryMs = 8;
    QElapsedTimer m_lastDelivery;
    QTimer *m_deliveryTimer = nullptr;
};

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::TextConsole::State)
