// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/common/types.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Vireo {

class HostSession;

/// QEMU's human monitor (HMP) through libvirt (virDomainQemuMonitorCommand with the HMP flag),
/// for the details window's "QEMU monitor" page: trainers show `info balloon`, `info cpus` and
/// `info block` beside the GUI. libvirt does not know what such a command did, so anything but a
/// query is asked for first, and libvirt marks the domain as tainted ("custom-monitor").
namespace QemuMonitor {

/// What a command line is: an `info …` query, which only reads, or anything else, which may change
/// the guest behind libvirt's back.
enum class CommandKind { Empty, Query, MayChange };
CommandKind classify(const QString &commandLine);

/// Whether the page is offered: only hosts whose driver is QEMU have a monitor.
bool offeredOn(const HostInfo &host);

/// The longest answer kept, in bytes; a longer one is cut and says so.
inline constexpr qsizetype kMaxAnswerBytes = 256 * 1024;

/// Runs one HMP command line on the running domain `uuid`, on the host's worker. The callback
/// (on the caller's thread, while `context` lives) gets QEMU's answer as text, or the error in
/// words (the domain is not running, the driver has no monitor, QEMU's own message).
void run(HostSession *session, const QString &uuid, const QString &commandLine, QObject *context,
         std::function<void(Result<QString>)> done);

} // namespace QemuMonitor
} // namespace Vireo
