// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/console/sshtunnel.h"

#include "core/common/uri.h"
#include "core/session/processsetup.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <sys/socket.h>
#include <unistd.h>

namespace Vireo {

namespace {

constexpr int kMaxStderrBytes = 4096;
/// How long an ended tunnel's ssh may take to end on SIGTERM before it gets SIGKILL.
constexpr int kTerminateGraceMs = 2000;
/// How long the application's exit waits, in all, for the ssh processes still ending.
constexpr int kExitWaitMs = 1000;

/// The ssh processes of destroyed tunnels that have not ended yet: each deletes itself once it
/// has ended and QProcess has reaped it. GUI thread.
QSet<QProcess *> &endingProcesses()
{
    static QSet<QProcess *> processes;
    return processes;
}

void reapAtExit()
{
    // The event loop has ended, so nothing reaps them any more: kill and wait, bounded.
    const QList<QProcess *> processes = endingProcesses().values();
    endingProcesses().clear();
    const QDeadlineTimer deadline(kExitWaitMs);
    for (QProcess *p : processes) {
        p->disconnect();
        p->kill();
        if (p->waitForFinished(int(qMax<qint64>(0, deadline.remainingTime()))))
            delete p;
        // else: left running (stuck in the kernel); deleting it would wait again.
    }
}

/// Ends a running ssh without waiting for it: SIGTERM now, SIGKILL after a grace period; the
/// process object deletes itself once the process has ended (reaped).
void endWithoutWaiting(QProcess *process)
{
    static bool postRoutine = false;
    if (!std::exchange(postRoutine, true))
        qAddPostRoutine(reapAtExit);
    process->setParent(nullptr);
    endingProcesses().insert(process);
    QObject::connect(process, &QProcess::stateChanged, process,
                     [process](QProcess::ProcessState s) {
                         if (s != QProcess::NotRunning)
                             return;
                         endingProcesses().remove(process);
                         process->deleteLater();
                     });
    QTimer::singleShot(kTerminateGraceMs, process, [process] { process->kill(); });
    process->terminate();
}

bool isTrue(const QString &value)
{
    return value == QLatin1String("1") ||
           value.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
}

} // namespace

namespace Ssh {

bool usesSshTransport(const QString &uri)
{
    const QString transport = Uri::transport(uri);
    return transport == QLatin1String("ssh") || transport == QLatin1String("libssh") ||
           transport == QLatin1String("libssh2");
}

Result<SshCommand> tunnelCommand(const QString &uri, const SshTunnelTarget &target)
{
    const QString op = QObject::tr("Tunnel the console through SSH");
    const QUrl url(uri);
    const QString transport = Uri::transport(uri);
    if (!url.isValid() || !usesSshTransport(uri))
        return Error{op, QObject::tr("%1 does not use the SSH transport.").arg(uri)};

    // The far end comes from the remote host's domain XML: accept only a plain address or an
    // absolute path, so nothing in it can turn into an ssh option.
    static const QRegularExpression address(QStringLiteral("^[A-Za-z0-9_.:%]+$"));
    if (target.port <= 0 || target.port > 65535 || !address.match(target.host).hasMatch())
        return Error{op, QObject::tr("The display's address %1 port %2 cannot be tunnelled.")
                             .arg(target.host)
                             .arg(target.port)};
    const QString forward =
        (target.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + target.host + QLatin1Char(']')
                                                : target.host) +
        QLatin1Char(':') + QString::number(target.port);

    const QUrlQuery query(url);
    auto param = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    SshCommand cmd;
    cmd.program = QStringLiteral("ssh");
    if (transport == QLatin1String("ssh") && !param("command").isEmpty())
        cmd.program = param("command");
    QStringList &args = cmd.arguments;
    if (url.port() > 0)
        args << QStringLiteral("-p") << QString::number(url.port());
    if (!url.userName().isEmpty())
        args << QStringLiteral("-l") << url.userName();
    if (!param("keyfile").isEmpty())
        args << QStringLiteral("-i") << param("keyfile");
    // No terminal; keepalives notice a dead network within a minute, as libvirt's keepalive does.
    args << QStringLiteral("-T") << QStringLiteral("-o") << QStringLiteral("ServerAliveInterval=15")
         << QStringLiteral("-o") << QStringLiteral("ServerAliveCountMax=3");
    if (isTrue(param("no_tty")))
        args << QStringLiteral("-o") << QStringLiteral("BatchMode=yes");
    const QString verify = param("known_hosts_verify");
    if (isTrue(param("no_verify")) || verify == QLatin1String("ignore"))
        args << QStringLiteral("-o") << QStringLiteral("StrictHostKeyChecking=no");
    else if (verify == QLatin1String("auto"))
        args << QStringLiteral("-o") << QStringLiteral("StrictHostKeyChecking=accept-new");
    if (transport != QLatin1String("ssh") && !param("known_hosts").isEmpty())
        args << QStringLiteral("-o")
             << QStringLiteral("UserKnownHostsFile=") + param("known_hosts");
    const QString host = Uri::host(uri).isEmpty() ? QStringLiteral("localhost") : Uri::host(uri);
    args << QStringLiteral("-W") << forward << QStringLiteral("--") << host;
    return cmd;
}

} // namespace Ssh

SshTunnel::SshTunnel(QObject *parent)
    : QObject(parent)
{}

SshTunnel::~SshTunnel()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    // Never wait here: ssh ends on SIGTERM soon, and is reaped after the tunnel is gone.
    if (m_process->state() != QProcess::NotRunning)
        endWithoutWaiting(m_process);
}

int SshTunnel::endingProcessCount()
{
    return int(endingProcesses().size());
}

Result<int> SshTunnel::start(const SshCommand &command)
{
    const QString op = QObject::tr("Start the SSH tunnel");
    if (m_process)
        return Error{op, QObject::tr("The tunnel was already started.")};
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0)
        return Error{op, QString::fromLocal8Bit(strerror(errno))};
    const int childEnd = pair[1];
    m_program = command.program;
    m_process = new QProcess(this);
    m_process->setProgram(command.program);
    m_process->setArguments(command.arguments);
    if (const QString helper = sshPromptHelper(); !helper.isEmpty()) {
        // Its passwords, passphrases and host-key questions come up as Vireo's dialogs, also
        // when the process environment was changed after main() set it.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_ASKPASS"), helper);
        env.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
        m_process->setProcessEnvironment(env);
    }
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setChildProcessModifier([childEnd] {
        // In the child, between fork and exec: only async-signal-safe calls. A session of its own
        // means no controlling terminal, so ssh never waits for typing in the terminal Vireo was
        // started from; dup2 clears close-on-exec on the copies.
        ::setsid();
        ::dup2(childEnd, STDIN_FILENO);
        ::dup2(childEnd, STDOUT_FILENO);
    });
    connect(m_process, &QProcess::readyReadStandardError, this, &SshTunnel::readErrors);
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        onFinished(code, status == QProcess::CrashExit);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || m_finished)
            return;
        m_finished = m_failed = true;
        m_failure = tr("Could not run %1: %2").arg(m_program, m_process->errorString());
        Q_EMIT finished(true);
    });
    m_process->start();
    ::close(childEnd); // the child has its copies now
    return pair[0];
}

bool SshTunnel::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void SshTunnel::readErrors()
{
    m_stderr += m_process->readAllStandardError();
    if (m_stderr.size() > kMaxStderrBytes)
        m_stderr = m_stderr.right(kMaxStderrBytes);
}

QString SshTunnel::explain(const QString &sshOutput)
{
    auto has = [&sshOutput](const char *text) {
        return sshOutput.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    if (has("administratively prohibited"))
        return tr("The SSH server does not allow forwarding to the display (see AllowTcpForwarding "
                  "and PermitOpen in its sshd_config).");
    if (has("connect failed"))
        return tr("The remote host could not reach the display's port.");
    if (has("stdio forwarding failed"))
        return tr("The SSH server did not connect the tunnel to the display.");
    if (has("Host key verification failed"))
        return tr("The remote host's key was not accepted: it is not known (and was not "
                  "confirmed) or it has changed.");
    if (has("Permission denied"))
        return tr("The SSH server refused the login (the password or key passphrase was not "
                  "accepted, or the question was cancelled).");
    return QString();
}

void SshTunnel::onFinished(int exitCode, bool crashed)
{
    if (m_finished)
        return;
    readErrors();
    m_finished = true;
    m_failed = crashed || exitCode != 0;
    if (m_failed) {
        // ssh's last few lines say what went wrong ("Permission denied (publickey)", "connect
        // failed: Connection refused", "Host key verification failed.").
        QStringList lines;
        const auto all = QString::fromLocal8Bit(m_stderr).split(QLatin1Char('\n'));
        for (auto it = all.crbegin(); it != all.crend() && lines.size() < 3; ++it) {
            const QString line = it->trimmed();
            if (!line.isEmpty() && !line.startsWith(QLatin1String("Warning: Permanently added")))
                lines.prepend(line);
        }
        m_failure = lines.isEmpty()
                        ? (crashed ? tr("%1 crashed.").arg(m_program)
                                   : tr("%1 exited with status %2.").arg(m_program).arg(exitCode))
                        : lines.join(QLatin1Char('\n'));
        const QString hint = explain(m_failure);
        if (!hint.isEmpty())
            m_failure = hint + QLatin1Char('\n') + m_failure;
    }
    Q_EMIT finished(m_failed);
}

} // namespace Vireo
