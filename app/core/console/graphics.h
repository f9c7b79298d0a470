// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/graphicsxml.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Vireo {

class HostSession;

/// How to reach a domain's graphical console, read from its live XML. Value type.
struct GraphicsInfo
{
    QString domainUuid;
    QString domainName;
    bool running = false; ///< the live XML has an id: QEMU (and its VNC server) runs
    QString type;         ///< "vnc", "spice", ... of the chosen <graphics>
    int index = -1;       ///< position among the domain's <graphics> (virDomainOpenGraphicsFD)
    int port = -1;        ///< TCP port, -1 when none (not running, or a socket)
    bool autoport = false;
    DomainGraphics::Listen listenType = DomainGraphics::Listen::Address;
    QString listen;           ///< listen address (address and network listens), empty if none
    QString socketPath;       ///< UNIX socket the graphics listen on, if any
    bool hasPassword = false; ///< only known from the secure XML (passwd attribute)
    bool hasSpice = false;    ///< a SPICE <graphics> (which Vireo's console cannot show)
    /// Why there is no VNC console (no display, or only SPICE); empty when there is one.
    QString unavailable;
    bool hasVnc() const { return unavailable.isEmpty(); }
};

/// Reads a domain XML with parseDomainXml and chooses its first VNC <graphics> (read by
/// readDomainGraphics); without one, `unavailable` says what was found instead. An error only
/// for XML that cannot be read.
/// Pure function; any thread.
Result<GraphicsInfo> parseVncGraphics(const QString &domainXml);
/// The passwd attribute of the first VNC <graphics> of a secure XML dump (empty if none).
QString vncPasswordFromSecureXml(const QString &secureXml);

/// A file descriptor that closes itself unless taken. Any thread.
class OwnedFd
{
public:
    explicit OwnedFd(int fd)
        : m_fd(fd)
    {}
    OwnedFd(const OwnedFd &) = delete;
    OwnedFd &operator=(const OwnedFd &) = delete;
    ~OwnedFd();
    int take() { return std::exchange(m_fd, -1); }
    int get() const { return m_fd; }

private:
    int m_fd;
};

/// Console access through a HostSession: every call runs on the host's worker thread and
/// answers on the GUI thread while context lives. GUI thread.
namespace Graphics {

void fetchVncInfo(HostSession *session, const QString &uuidOrName, QObject *context,
                  std::function<void(Result<GraphicsInfo>)> done);
/// A connected socket to the domain's VNC server (virDomainOpenGraphicsFD, skipping the VNC
/// password when the connection may). Local hosts only.
void openVncSocket(HostSession *session, const QString &uuid, int index, QObject *context,
                   std::function<void(Result<std::shared_ptr<OwnedFd>>)> done);
/// The VNC password from the secure XML (VIR_DOMAIN_XML_SECURE); empty if none is set.
/// Needs a read-write connection. The password is never logged.
void fetchVncPassword(HostSession *session, const QString &uuid, QObject *context,
                      std::function<void(Result<QString>)> done);

} // namespace Graphics

} // namespace Vireo
