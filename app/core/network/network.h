// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/network/domainxmlcache.h"
#include "core/network/networkxml.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Vireo {

class HostSession;

/// A libvirt virtual network as Vireo offers it to guests. Value type.
struct VirtualNetworkInfo
{
    QString name;
    bool active = false;
    bool autostart = false;
    bool persistent = true;
    QString bridge; ///< the network's own bridge, when it has one
    QString uuid;
    /// What its XML says: mode, forward device, IPv4 subnet, DHCP range (NetworkXmlFormat::parse).
    NetworkXml xml;
    /// Domains with an interface on this network (by network name, or on its bridge); filled by
    /// NetworkDirectory::list only. attachedRunning: those of them that run.
    QStringList attached;
    QStringList attachedRunning;
};

/// One DHCP lease of a network (virNetworkGetDHCPLeases). Value type.
struct DhcpLease
{
    QString mac;
    QString ip; ///< with its prefix: 192.168.122.15/24
    QString hostname;
    QString clientId;
    QDateTime expiry; ///< invalid: never expires
};

/// Virtual networks of a host: list them, start one. Every call queues its work on the host's
/// worker thread and returns at once; callbacks run on the GUI thread while `context` lives.
namespace Networks {

/// Every network of the host, active or not (virConnectListAllNetworks), by name.
void list(HostSession *session, QObject *context,
          std::function<void(Result<QList<VirtualNetworkInfo>>)> done);

/// Starts the network (virNetworkCreate; already running is fine) and, when it is persistent,
/// marks it to start with the host (virNetworkSetAutostart), so the guests that use it keep
/// working after a reboot. The callback gets the network as it is afterwards.
void start(HostSession *session, const QString &name, QObject *context,
           std::function<void(Result<VirtualNetworkInfo>)> done);

/// Stops the network (virNetworkDestroy). Refused, naming them, while running domains are
/// attached, unless `evenIfUsed` (the user was asked): their NICs would lose the network.
void stop(HostSession *session, const QString &name, bool evenIfUsed, QObject *context,
          std::function<void(Status)> done);
/// Whether an error of stop() is its refusal because running domains use the network.
bool isInUse(const Error &error);
void setAutostart(HostSession *session, const QString &name, bool autostart, QObject *context,
                  std::function<void(Status)> done);
/// Stops the network if it runs and removes its definition (virNetworkUndefine).
void remove(HostSession *session, const QString &name, QObject *context,
            std::function<void(Status)> done);
/// Checks the spec against the host's networks as they are now (NetworkXmlFormat::check),
/// defines it, starts it and sets it to start with the host. A failed start removes the
/// definition again, so nothing half-made stays.
void create(HostSession *session, const NetworkSpec &spec, QObject *context,
            std::function<void(Result<VirtualNetworkInfo>)> done);
/// The network's DHCP leases (virNetworkGetDHCPLeases), by IP.
void leases(HostSession *session, const QString &name, QObject *context,
            std::function<void(Result<QList<DhcpLease>>)> done);
/// Whether an error means the host's driver lacks the call (the test driver has no leases).
bool isUnsupported(const Error &error);

} // namespace Networks

/// The host's networks with the domains attached to each, for the Networks page. Lives on the
/// GUI thread. The domains' interfaces come from the session's DomainXmlCache (each domain's XML
/// read once until it changes, shared with the Storage page); the running set from one listing.
class NetworkDirectory : public QObject
{
    Q_OBJECT
public:
    explicit NetworkDirectory(HostSession *session, QObject *parent = nullptr);
    ~NetworkDirectory() override;

    void list(QObject *context, std::function<void(Result<QList<VirtualNetworkInfo>>)> done);
    /// How many domain XMLs the worker has read into the session's cache (for tests).
    int domainXmlReads() const;

private:
    QPointer<HostSession> m_session;
    QPointer<DomainXmlCache> m_cache;
};

} // namespace Vireo
