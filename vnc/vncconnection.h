// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QImage>
#include <QObject>
#include <QPoint>
#include <QRegion>
#include <QSize>
#include <QString>

#include <functional>
#include <memory>

namespace Vireo {

struct VncShared;

/// One RFB (VNC) session over libvncclient.
///
/// The object lives on the GUI thread; it starts one network thread per connection, which alone
/// owns the rfbClient, the socket and the decoded framebuffer. Nothing waits for that thread:
/// closing or destroying the connection shuts its socket down, and the thread ends and deletes
/// itself. Input goes to that thread through
/// a locked queue and a wake-up eventfd; nothing here blocks on the socket. After each server
/// update the network thread hands the update to the image the GUI paints, under a short lock,
/// either by copying the damaged rectangles or, when that costs less, by exchanging its decode
/// buffer with the GUI's (a screen that changes entirely costs no copy at all); then it queues
/// one notification, and updated() carries only the damaged region.
///
/// Knows nothing of libvirt: give it a host and port, or an already-open socket (for example one
/// from virDomainOpenGraphicsFD).
class VncConnection : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Disconnected,         ///< never connected, or closed by us
        Connecting,           ///< TCP connect and RFB handshake
        Connected,            ///< framebuffer known, updates flowing
        PasswordRequired,     ///< the server asks for a VNC password and none was given
        AuthenticationFailed, ///< the server refused the password
        Closed,               ///< the server closed the connection
        Error,                ///< protocol error, timeout, refused connection...
    };
    Q_ENUM(State)

    /// Largest framebuffer accepted (width and height each, and total pixels).
    static constexpr int kMaxDimension = 8192;
    static constexpr qint64 kMaxPixels = 4096LL * 4096LL;
    /// Largest clipboard text accepted from or sent to the server (bytes).
    static constexpr int kMaxClipboardBytes = 1 << 20;

    explicit VncConnection(QObject *parent = nullptr);
    /// Returns at once: the network thread ends by itself and deletes itself.
    ~VncConnection() override;

    /// The VNC password for the next connection (only the first 8 characters count in RFB).
    /// Kept in memory only, never logged.
    void setPassword(const QString &password);
    bool hasPassword() const { return !m_password.isEmpty(); }
    /// Seconds a started message may stall before the connection is dropped (0: never). Default 15.
    void setReadTimeout(int seconds) { m_readTimeout = seconds; }
    /// Prefer Raw encoding (cheapest to decode) for local sockets; compressed ones otherwise.
    void setLocal(bool local) { m_local = local; }

    void connectToHost(const QString &host, int port);
    /// Takes ownership of fd (a connected stream socket) in every case.
    void connectToSocket(int fd);
    /// Closes the connection; returns at once.
    void disconnectFromServer();

    State state() const { return m_state; }
    /// What went wrong, for a person (empty unless Error/Closed/AuthenticationFailed).
    QString errorString() const { return m_errorString; }
    QString desktopName() const { return m_desktopName; }
    QSize framebufferSize() const { return m_size; }
    /// Whether the server understands QEMU extended key events (keycodes, not keysyms).
    bool supportsKeycodes() const { return m_keycodes; }

    /// Runs fn with the current framebuffer image under the frame lock. Keep fn short (painting).
    /// The image is valid only while fn runs (it wraps a buffer the network thread reuses): to
    /// keep it, copy it (QImage::copy()), as grabFramebuffer() does.
    void withFramebuffer(const std::function<void(const QImage &)> &fn) const;
    /// A copy of the framebuffer (for screenshots).
    QImage grabFramebuffer() const;

    // Input, queued to the network thread. Ignored unless Connected.
    /// keysym: X11 keysym; qnum: QEMU key number (XT scancode, 0x80 bit for E0 keys), 0 if unknown.
    void sendKey(quint32 keysym, quint32 qnum, bool down);
    /// Position in framebuffer pixels; buttons: RFB mask (1 left, 2 middle, 4 right, 8/16 wheel).
    void sendPointer(int x, int y, int buttons);
    /// Sends text as ClientCutText (ISO 8859-1 in RFB 3.8: other characters become '?').
    /// Returns false if the text was too large or nothing is connected.
    bool sendClipboard(const QString &text);
    /// Asks for a complete screen update.
    void requestFullUpdate();

    static QString stateText(State state);
    /// Network threads of all connections not yet ended and deleted (they end soon after their
    /// connection closes; the rest are stopped at application exit). GUI thread.
    static int networkThreadCount();

Q_SIGNALS:
    void stateChanged(Vireo::VncConnection::State state);
    void framebufferResized(const QSize &size);
    /// Damaged area in framebuffer pixels since the last signal.
    void updated(const QRegion &damage);
    /// Cursor image from the server (ARGB32) and hotspot; a null image hides the cursor.
    void cursorChanged(const QImage &image, const QPoint &hotspot);
    /// Clipboard text the guest sent (already capped).
    void serverClipboard(const QString &text);
    void bell();

private:
    void start(const QString &host, int port, int fd);
    void onNotify(quint64 generation);
    void setState(State state, const QString &error = QString());

    std::shared_ptr<VncShared> m_shared;
    QByteArray m_password;
    int m_readTimeout = 15;
    bool m_local = false;
    State m_state = State::Disconnected;
    QString m_errorString;
    QString m_desktopName;
    QSize m_size;
    bool m_keycodes = false;
    quint64 m_generation = 0;
    friend struct VncShared;
    friend class VncWorker;
};

} // namespace Vireo
