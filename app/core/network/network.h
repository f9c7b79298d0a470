// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

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

} // namespace Networks
} // namespace Vireo
