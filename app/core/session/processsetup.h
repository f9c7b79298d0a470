#pragma once

namespace Vireo {

/// The process-wide choices Vireo's core needs. Call first thing in main(), before the
/// QCoreApplication exists (tests: from their static initMain()). GUI thread.
///
/// - Qt's own event dispatcher instead of GLib's: libvirt's event loop iterates GLib's default
///   main context on its own thread, and Qt's GLib dispatcher owns that same context on the GUI
///   thread, so the two would take turns and can deadlock at exit.
/// - SIGPIPE ignored: libvirt writes to its sockets without MSG_NOSIGNAL, so when a daemon dies
///   the next write would kill the whole application. Write errors still come back as EPIPE.
void prepareProcess();

/// At exit, once the application's HostSessions are destroyed: waits up to timeoutMs for their
/// workers to close their connections (the one time the GUI thread waits for them), then stops
/// libvirt's event loop. GUI thread.
void finishProcess(int timeoutMs = 3000);

} // namespace Vireo
