// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

class QProcess;

namespace Vireo {

/// Where the tunnel leads, as seen from the remote host: a TCP address and port. (A UNIX socket
/// cannot be a target: OpenSSH 9.2's `ssh -W` opens no channel for a path.)
struct SshTunnelTarget
{
    QString host;  ///< e.g. "127.0.0.1" (the display's listen address)
    int port = -1; ///< TCP port
};

/// The OpenSSH client command line that opens the tunnel. Value type.
struct SshCommand
{
    QString program; ///< "ssh", or the URI's command= for the ssh transport
    QStringList arguments;
};

namespace Ssh {

/// Whether libvirt reaches this URI through SSH (driver+ssh, +libssh or +libssh2).
bool usesSshTransport(const QString &uri);

/// The ssh command that forwards its standard input and output to target on the URI's host
/// (`ssh -W`), with the same user, port, key and host-key checking libvirt uses for the URI:
/// user@host:port, keyfile=, no_verify=1 (no strict host-key check), no_tty=1 (batch mode),
/// command= (the ssh binary, ssh transport only), known_hosts= and known_hosts_verify= (the libssh
/// transports, mapped to OpenSSH's options). An error for a URI that is not SSH or a target that is
/// not a plain address and port. Pure function; any thread.
Result<SshCommand> tunnelCommand(const QString &uri, const SshTunnelTarget &target);

} // namespace Ssh

/// A running `ssh -W` whose standard input and output are one end of a local socket pair: the
/// other end, returned by start(), is a stream to the remote target, ready for a VNC client.
/// ssh gets no terminal (it runs in its own session), so it asks for a password, passphrase or
/// host key only through Vireo's askpass helper (SSH_ASKPASS from routeSshPrompts(), passed
/// explicitly); when that is cancelled it fails and says why on standard error, which finished()
/// passes on.
///
/// Destroying the tunnel ends ssh without waiting for it: SIGTERM at once, SIGKILL if it is still
/// there 2 s later; it is reaped when it has ended, and at application exit the ones still ending
/// are killed and waited for (bounded). Starting never waits on the network. GUI thread.
class SshTunnel : public QObject
{
    Q_OBJECT
public:
    explicit SshTunnel(QObject *parent = nullptr);
    ~SshTunnel() override;

    /// Starts ssh. Returns the local end of the stream; the caller owns that descriptor.
    Result<int> start(const SshCommand &command);
    bool isRunning() const;
    /// Whether ssh has exited with an error (or could not run).
    bool hasFailed() const { return m_failed; }
    /// ssh's own explanation when it failed (its last error lines), or a note that it could not
    /// run. Never holds secrets: ssh prints no passwords.
    QString failure() const { return m_failure; }
    /// A sentence for a person about ssh's error output, or empty when none applies.
    static QString explain(const QString &sshOutput);
    /// ssh processes of destroyed tunnels that have not ended (and been reaped) yet.
    static int endingProcessCount();

Q_SIGNALS:
    /// ssh ended. failed: it exited with an error status or could not run; failure() says why.
    void finished(bool failed);

private:
    void onFinished(int exitCode, bool crashed);
    void readErrors();

    QProcess *m_process = nullptr;
    QByteArray m_stderr;
    QString m_program;
    QString m_failure;
    bool m_failed = false;
    bool m_finished = false;
};

} // namespace Vireo
