// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Vireo {

/// What a libvirt connection URI says about the host it reaches. Pure functions; any thread.
namespace Uri {

/// Whether the URI reaches a daemon (or an in-process driver) on this machine through a UNIX
/// socket: no host part and no network transport. Only then do /proc/cpuinfo, /dev/kvm and this
/// machine's files describe the host, and can libvirt pass file descriptors
/// (virDomainOpenGraphicsFD).
///   local:  qemu:///system, qemu:///session, qemu+unix:///system, test:///default, test:///path
///   remote: qemu+ssh://host/system, qemu+tcp://localhost/system (a network transport, even to
///           this machine: no descriptor passing), qemu://host/system (TLS)
bool isLocal(const QString &uri);
/// The host part ("qemu+ssh://root@h.example/system" -> "h.example"); empty when none is named.
QString host(const QString &uri);
/// The transport after '+' ("ssh", "tcp", "tls", "unix", "libssh2"...); empty when none is named.
QString transport(const QString &uri);
/// The driver before any '+' ("qemu", "test", "lxc", "xen"...).
QString driver(const QString &uri);
/// libvirt's test driver (test:///default or a fixture file): simulated guests, no hypervisor.
bool isTestDriver(const QString &uri);
/// A per-user daemon (qemu:///session): QEMU runs as the user who connects.
bool isSession(const QString &uri);

} // namespace Uri
} // namespace Vireo
