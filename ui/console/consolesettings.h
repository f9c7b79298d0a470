// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Vireo {

class VncConsole;

/// The console choices a user makes once and Vireo remembers, in QSettings ("console" group),
/// keyed by the host's URI and the domain's UUID. GUI thread (QSettings objects are not shared).
namespace ConsoleSettings {

/// Whether this domain's console puts the guest's clipboard text on the host clipboard. Default
/// off.
bool acceptsGuestClipboard(const QString &hostUri, const QString &domainUuid);
void setAcceptsGuestClipboard(const QString &hostUri, const QString &domainUuid, bool accept);

/// Whether the consoles of this host, when libvirt reaches it over SSH, go through an SSH
/// tunnel even when the display listens on an address reachable from here. Default on.
bool tunnelsSsh(const QString &hostUri);
void setTunnelsSsh(const QString &hostUri, bool tunnel);

/// Gives the console the scaling and grab release keys of Edit > Preferences, now and whenever
/// they change, for as long as it lives.
void followPreferences(VncConsole *console);

} // namespace ConsoleSettings

} // namespace Vireo
