// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A scripted RFB 3.8 server for tests: the test writes the server's bytes and reads the client's
// messages on its own thread, while the client runs on its network thread. Blocking calls here
// all have timeouts, so a broken client fails the test instead of hanging it.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

extern "C" void rfbClientEncryptBytes(unsigned char *bytes, char *passwd);

namespace RfbTest {

inline QByteArray u8(int v)
{
    return QByteArray(1, char(v));
}
inline QByteArray u16(int v)
{
    QByteArray b(2, 0);
    qToBigEndian<quint16>(quint16(v), b.data());
    return b;
}
inline QByteArray u32(quint32 v)
{
    QByteArray b(4, 0);
    qToBigEndian<quint32>(v, b.data());
    return b;
}
inline QByteArray s32(qint32 v)
{
    return u32(quint32(v));
}

/// 32 bpp, depth 24, little-endian, red at bit 16: what the client asks for, too.
inline QByteArray pixelFormat()
{
    return u8(32) + u8(24) + u8(0) + u8(1) + u16(255) + u16(255) + u16(255) + u8(16) + u8(8) +
           u8(0) + QByteArray(3, 0);
}

/// One pixel in the client's format (B, G, R, 0 in memory).
inline QByteArray pixel(quint32 rgb)
{
    return u8(rgb & 0xff) + u8((rgb >> 8) & 0xff) + u8((rgb >> 16) & 0xff) + u8(0);
}

inline QByteArray rectHeader(int x, int y, int w, int h, qint32 encoding)
{
    return u16(x) + u16(y) + u16(w) + u16(h) + s32(encoding);
}

inline QByteArray updateHeader(int rects)
{
    return u8(0) + u8(0) + u16(rects);
}

inline QByteArray rawRect(int x, int y, int w, int h, quint32 rgb)
{
    QByteArray px = pixel(rgb);
    return rectHeader(x, y, w, h, 0) + px.repeated(w * h);
}

struct ClientMessage
{
    int type = -1;
    QByteArray data; // the whole message, type byte included
};

class Server
{
public:
    /// Takes one end of a socketpair (or an accepted socket).
    explicit Server(int fd)
        : m_fd(fd)
    {
        memset(&m_zs, 0, sizeof m_zs);
        deflateInit(&m_zs, 6);
    }
    ~Server()
    {
        deflateEnd(&m_zs);
        close();
    }
    int fd() const { return m_fd; }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

    bool send(const QByteArray &bytes, int timeoutMs = 5000)
    {
        qsizetype done = 0;
        while (done < bytes.size()) {
            pollfd p{m_fd, POLLOUT, 0};
            if (::poll(&p, 1, timeoutMs) <= 0)
                return false;
            ssize_t n =
                ::send(m_fd, bytes.constData() + done, size_t(bytes.size() - done), MSG_NOSIGNAL);
            if (n < 0 && (errno == EAGAIN || errno == EINTR))
                continue;
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    }

    /// Exactly n bytes, or fewer if the client closed or nothing came within the timeout.
    QByteArray read(int n, int timeoutMs = 5000)
    {
        QByteArray out;
        while (out.size() < n) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, timeoutMs) <= 0)
                break;
            char buf[65536];
            ssize_t r = ::recv(m_fd, buf, size_t(qMin<qsizetype>(sizeof buf, n - out.size())), 0);
            if (r < 0 && (errno == EAGAIN || errno == EINTR))
                continue;
            if (r <= 0)
                break;
            out.append(buf, r);
        }
        return out;
    }

    /// Reads (and drops) what the client sent until the stream ends: true when the client closed
    /// or shut down its end, false if nothing ended it within the timeout.
    bool readsEndOfStream(int timeoutMs = 10000)
    {
        pollfd p{m_fd, POLLIN, 0};
        while (::poll(&p, 1, timeoutMs) == 1) {
            char buf[65536];
            const ssize_t n = ::recv(m_fd, buf, sizeof buf, 0);
            if (n == 0)
                return true;
            if (n < 0 && errno != EAGAIN && errno != EINTR)
                return false;
        }
        return false;
    }

    /// Runs the handshake. securityType 1 (none) or 2 (VNC password, checked against password).
    /// Returns false (and says why in error) if the client misbehaved.
    bool handshake(int width, int height, int securityType = 1, const QByteArray &password = {},
                   QString *error = nullptr, bool *authOk = nullptr)
    {
        auto fail = [&](const QString &why) {
            if (error)
                *error = why;
            return false;
        };
        if (!send("RFB 003.008\n"))
            return fail(QStringLiteral("cannot send version"));
        if (read(12) != "RFB 003.008\n")
            return fail(QStringLiteral("client version"));
        send(u8(1) + u8(securityType));
        if (read(1) != u8(securityType))
            return fail(QStringLiteral("client security choice"));
        if (securityType == 2) {
            QByteArray challenge;
            for (int i = 0; i < 16; ++i)
                challenge.append(char(i * 7 + 3));
            send(challenge);
            const QByteArray response = read(16);
            QByteArray expected = challenge;
            QByteArray key = password;
            key.append('\0');
            rfbClientEncryptBytes(reinterpret_cast<unsigned char *>(expected.data()), key.data());
            const bool ok = response.size() == 16 && response == expected;
            if (authOk)
                *authOk = ok;
            if (!ok) {
                const QByteArray reason = "Authentication failed";
                send(u32(1) + u32(quint32(reason.size())) + reason);
                return fail(QStringLiteral("wrong password"));
            }
        }
        send(u32(0)); // SecurityResult OK
        if (read(1).size() != 1)
            return fail(QStringLiteral("ClientInit"));
        const QByteArray name = "scripted";
        send(u16(width) + u16(height) + pixelFormat() + u32(quint32(name.size())) + name);
        return true;
    }

    /// The next client message, parsed by type; type -1 if none came or it was incomplete.
    ClientMessage readMessage(int timeoutMs = 5000)
    {
        ClientMessage m;
        QByteArray t = read(1, timeoutMs);
        if (t.isEmpty())
            return m;
        const int type = quint8(t.at(0));
        QByteArray rest;
        switch (type) {
        case 0:
            rest = read(19);
            break;
        case 2: {
            rest = read(3);
            if (rest.size() == 3)
                rest += read(4 * qFromBigEndian<quint16>(rest.constData() + 1));
            break;
        }
        case 3:
            rest = read(9);
            break;
        case 4:
            rest = read(7);
            break;
        case 5:
            rest = read(5);
            break;
        case 6: {
            rest = read(7);
            if (rest.size() == 7)
                rest += read(int(qFromBigEndian<quint32>(rest.constData() + 3)));
            break;
        }
        case 255:
            rest = read(11);
            break; // QEMU extended key event
        default:
            return m;
        }
        m.type = type;
        m.data = t + rest;
        return m;
    }

    /// Reads messages until one of this type arrives; the others are dropped.
    ClientMessage waitFor(int type, int timeoutMs = 5000)
    {
        for (int i = 0; i < 1000; ++i) {
            ClientMessage m = readMessage(timeoutMs);
            if (m.type == -1 || m.type == type)
                return m;
        }
        return {};
    }

    /// A ZRLE rectangle of one colour (64x64 tiles, "solid" subencoding, 3-byte CPIXELs).
    QByteArray zrleSolidRect(int x, int y, int w, int h, quint32 rgb)
    {
        QByteArray plain;
        const int tiles = ((w + 63) / 64) * ((h + 63) / 64);
        for (int i = 0; i < tiles; ++i)
            plain += u8(1) + u8(rgb & 0xff) + u8((rgb >> 8) & 0xff) + u8((rgb >> 16) & 0xff);
        return rectHeader(x, y, w, h, 16) + zrleData(plain);
    }
    /// A ZRLE rectangle of raw tiles, pixels given row by row (w*h colours).
    QByteArray zrleRawRect(int x, int y, int w, int h, const QList<quint32> &colours)
    {
        QByteArray plain;
        for (int ty = 0; ty < h; ty += 64)
            for (int tx = 0; tx < w; tx += 64) {
                plain += u8(0);
                for (int yy = ty; yy < qMin(h, ty + 64); ++yy)
                    for (int xx = tx; xx < qMin(w, tx + 64); ++xx) {
                        const quint32 c = colours.at(yy * w + xx);
                        plain += u8(c & 0xff) + u8((c >> 8) & 0xff) + u8((c >> 16) & 0xff);
                    }
            }
        return rectHeader(x, y, w, h, 16) + zrleData(plain);
    }

private:
    QByteArray zrleData(const QByteArray &plain)
    {
        // One zlib stream per connection, flushed per rectangle, as ZRLE requires.
        QByteArray out(int(plain.size()) + 1024, 0);
        m_zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
        m_zs.avail_in = uInt(plain.size());
        m_zs.next_out = reinterpret_cast<Bytef *>(out.data());
        m_zs.avail_out = uInt(out.size());
        deflate(&m_zs, Z_SYNC_FLUSH);
        out.resize(out.size() - qsizetype(m_zs.avail_out));
        return u32(quint32(out.size())) + out;
    }

    int m_fd;
    z_stream m_zs;
};

/// A connected socketpair: first for the client, second for the server.
inline QPair<int, int> socketPair()
{
    int sv[2] = {-1, -1};
    ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv);
    return {sv[0], sv[1]};
}

} // namespace RfbTest
