// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Vireo {

/// The process-wide choices Vireo's core needs. Call first thing in main(), before the
/// QCoreApplication exists (tests: from their static initMain()). GUI thread.
///
/// - Qt's own event dispatcher instead of GLib's: libvirt's event loop iterates GLib's default
///   main context on its own thread, and Qt's GLib dispatcher owns that same context on the GUI
///   thread, so the two would take turns and can deadlock at exit.
/// - SIGPIPE ignored: libvirt writes to its sockets without MSG_NOSIGNAL, so when a daemon dies
///   the next write would kill the whole application. Write errors still come back as EPIPE.
/// - No controlling terminal: the ssh that libvirt starts for qemu+ssh:// (with an environment
///   of libvirt's choosing, without SSH_ASKPASS_REQUIRE) would otherwise ask for passwords and
///   host keys on the terminal Vireo was started from. Without one it asks SSH_ASKPASS (see
///   routeSshPrompts()). Output to the terminal and Ctrl+C work as before. Not done for a
///   session leader, which cannot give its terminal up without hanging it up.
void prepareProcess();

/// Points OpenSSH's questions (passwords, passphrases, host keys) at helper, the askpass
/// program beside Vireo: sets SSH_ASKPASS, and SSH_ASKPASS_REQUIRE=force so an ssh that has a
/// terminal asks the helper too. Call in main() before anything starts ssh; the console's tunnels
/// (SshTunnel) also pass it to their ssh explicitly. GUI thread.
void routeSshPrompts(const QString &helper);
/// The helper given to routeSshPrompts(); empty before. Any thread.
QString sshPromptHelper();

/// At exit, once the application's HostSessions are destroyed: waits up to timeoutMs for their
/// workers to close their connections (the one time the GUI thread waits for them), then stops
/// libvirt's event loop. GUI thread.
void finishProcess(int timeoutMs = 3000);

} // namespace Vireo
