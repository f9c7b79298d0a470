// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class QObject;

namespace Vireo {

class DomainMoveWatcher;
class DomainTreeModel;
class HostSession;

/// The details and console windows follow a domain that moves to another host. GUI thread.
namespace WindowFollowing {

/// Watches every host of model; when a domain shown in a details window (with its Console page)
/// or a console window moves to another host, those windows follow it there. A window of the
/// domain already open on the new host stays, and the one of the old host closes.
DomainMoveWatcher *install(DomainTreeModel *model, QObject *parent);

/// Moves the windows of uuid from one host to the other now.
void follow(HostSession *from, HostSession *to, const QString &uuid);

} // namespace WindowFollowing
} // namespace Vireo
