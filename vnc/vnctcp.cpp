// SPDX-License-Identifier: GPL-2.0-or-later
#include "vnctcp.h"

#include <QObject>

#include <cerrno>
#include <cstring>

#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Vireo {

VncTcpResult connectVncTcp(const QString &host, int port, int wakeFd, const std::atomic<bool> &stop)
{
    VncTcpResult out;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *list = nullptr;
    const QByteArray hostBytes = host.toUtf8();
    const QByteArray portBytes = QByteArray::number(port);
    if (int rc = getaddrinfo(hostBytes.constData(), portBytes.constData(), &hints, &list);
        rc != 0) {
        out.error = QObject::tr("Cannot resolve %1: %2")
                        .arg(host, QString::fromLocal8Bit(gai_strerror(rc)));
        return out;
    }
    int fd = -1;
    int lastErrno = ECONNREFUSED;
    for (addrinfo *ai = list; ai && fd < 0 && !stop; ai = ai->ai_next) {
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
        pollfd p[2] = {{s, POLLOUT, 0}, {wakeFd, POLLIN, 0}};
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
    if (fd < 0 && !stop)
        out.error = QObject::tr("Cannot connect to %1 port %2: %3")
                        .arg(host)
                        .arg(port)
                        .arg(QString::fromLocal8Bit(strerror(lastErrno)));
    if (fd >= 0) {
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    out.fd = fd;
    return out;
}

} // namespace Vireo
