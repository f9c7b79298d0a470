// SPDX-License-Identifier: GPL-2.0-or-later
// The SSH tunnel of remote consoles: the ssh command line derived from libvirt's URI, and the
// process plumbing (a socket pair on ssh's standard input and output, its error output, its end).
// The plumbing is driven here by /bin/sh standing in for ssh's standard I/O; the real ssh, sshd
// and VNC server are exercised by tests/integration/console/tst_consolessh.
#include "core/console/sshtunnel.h"
#include "core/session/processsetup.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Vireo;

namespace {

QByteArray readAll(int fd, int timeoutMs)
{
    QByteArray out;
    pollfd p{fd, POLLIN, 0};
    while (::poll(&p, 1, timeoutMs) > 0) {
        char buf[256];
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0)
            break;
        out.append(buf, n);
    }
    return out;
}

/// Voluntary context switches of the calling thread: a thread that waits gives up the CPU.
long voluntarySwitches()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_nvcsw;
}

} // namespace

class TestSshTunnel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void transport_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("ssh");
        QTest::newRow("ssh") << "qemu+ssh://root@h/system" << true;
        QTest::newRow("libssh") << "qemu+libssh://h/system" << true;
        QTest::newRow("libssh2") << "qemu+libssh2://h/system" << true;
        QTest::newRow("tls") << "qemu+tls://h/system" << false;
        QTest::newRow("plain remote") << "qemu://h/system" << false;
        QTest::newRow("local") << "qemu:///system" << false;
        QTest::newRow("test") << "test:///default" << false;
    }
    void transport()
    {
        QFETCH(QString, uri);
        QFETCH(bool, ssh);
        QCOMPARE(Ssh::usesSshTransport(uri), ssh);
    }

    void command_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("args");
        const QString common =
            QStringLiteral("-T -o ServerAliveInterval=15 -o ServerAliveCountMax=3");
        QTest::newRow("plain") << "qemu+ssh://h.example/system"
                               << "127.0.0.1" << 5900 << "ssh"
                               << common + " -W 127.0.0.1:5900 -- h.example";
        QTest::newRow("user, port, key")
            << "qemu+ssh://admin@h.example:2222/system?keyfile=/home/a/.ssh/id%20x"
            << "127.0.0.1" << 5901 << "ssh"
            << "-p 2222 -l admin -i /home/a/.ssh/id x " + common +
                   " -W 127.0.0.1:5901 -- h.example";
        QTest::newRow("no_verify, no_tty, command")
            << "qemu+ssh://h/system?no_verify=1&no_tty=1&command=/opt/ssh"
            << "::1" << 5902 << "/opt/ssh"
            << common + " -o BatchMode=yes -o StrictHostKeyChecking=no -W [::1]:5902 -- h";
        QTest::newRow("libssh known hosts")
            << "qemu+libssh://h/system?known_hosts=/k/hosts&known_hosts_verify=auto&command=x"
            << "localhost" << 5900 << "ssh"
            << common + " -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile=/k/hosts "
                        "-W localhost:5900 -- h";
        QTest::newRow("libssh2 ignore") << "qemu+libssh2://h/system?known_hosts_verify=ignore"
                                        << "127.0.0.1" << 5900 << "ssh"
                                        << common + " -o StrictHostKeyChecking=no "
                                                    "-W 127.0.0.1:5900 -- h";
    }
    void command()
    {
        QFETCH(QString, uri);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, program);
        QFETCH(QString, args);
        const auto cmd = Ssh::tunnelCommand(uri, SshTunnelTarget{host, port});
        QVERIFY2(cmd.ok(), qPrintable(cmd.error().text()));
        QCOMPARE(cmd->program, program);
        // Compare as a list, but with the expectation written as one line: arguments with spaces
        // (the key path) are joined back before the split.
        QStringList expected = args.split(QLatin1Char(' '));
        const int key = int(expected.indexOf(QStringLiteral("/home/a/.ssh/id")));
        if (key >= 0)
            expected[key] += QLatin1Char(' ') + expected.takeAt(key + 1);
        QCOMPARE(cmd->arguments, expected);
    }

    void refusesWhatCouldBecomeAnOption_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("not ssh") << "qemu+tls://h/system"
                                 << "127.0.0.1" << 5900;
        QTest::newRow("option as host") << "qemu+ssh://h/system"
                                        << "-oProxyCommand=touch /tmp/x" << 5900;
        QTest::newRow("dash first") << "qemu+ssh://h/system"
                                    << "-v" << 5900;
        QTest::newRow("space in host") << "qemu+ssh://h/system"
                                       << "a b" << 5900;
        QTest::newRow("newline in host") << "qemu+ssh://h/system"
                                         << "a\nb" << 5900;
        QTest::newRow("no host") << "qemu+ssh://h/system"
                                 << "" << 5900;
        QTest::newRow("no port") << "qemu+ssh://h/system"
                                 << "127.0.0.1" << -1;
        QTest::newRow("port too large") << "qemu+ssh://h/system"
                                        << "127.0.0.1" << 70000;
    }
    void refusesWhatCouldBecomeAnOption()
    {
        QFETCH(QString, uri);
        QFETCH(QString, host);
        QFETCH(int, port);
        const auto cmd = Ssh::tunnelCommand(uri, SshTunnelTarget{host, port});
        QVERIFY(!cmd.ok());
        QVERIFY(!cmd.error().text().isEmpty());
    }

    void streamsThroughStandardInputAndOutput()
    {
        SshTunnel tunnel;
        QSignalSpy finished(&tunnel, &SshTunnel::finished);
        const auto fd = tunnel.start(
            SshCommand{QStringLiteral("/bin/sh"),
                       {QStringLiteral("-c"), QStringLiteral("read line; echo \"got $line\"")}});
        QVERIFY2(fd.ok(), qPrintable(fd.error().text()));
        QVERIFY(::write(fd.value(), "hello\n", 6) == 6);
        QCOMPARE(readAll(fd.value(), 5000), QByteArray("got hello\n"));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!tunnel.hasFailed());
        QVERIFY(!tunnel.isRunning());
        ::close(fd.value());
    }

    void failureCarriesTheLastErrorLines()
    {
        SshTunnel tunnel;
        QSignalSpy finished(&tunnel, &SshTunnel::finished);
        const auto fd = tunnel.start(
            SshCommand{QStringLiteral("/bin/sh"),
                       {QStringLiteral("-c"),
                        QStringLiteral("echo 'Warning: Permanently added x' >&2; "
                                       "echo 'channel 0: open failed' >&2; "
                                       "echo 'stdio forwarding failed' >&2; exit 255")}});
        QVERIFY(fd.ok());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(tunnel.hasFailed());
        // A sentence for a person first, then ssh's own last lines (without its noise).
        QCOMPARE(tunnel.failure(),
                 SshTunnel::explain(QStringLiteral("stdio forwarding failed")) +
                     QStringLiteral("\nchannel 0: open failed\nstdio forwarding failed"));
        // The stream ends with ssh: a VNC client reading it sees the end, not a hang.
        QCOMPARE(readAll(fd.value(), 5000), QByteArray());
        ::close(fd.value());
    }

    void explainsCommonFailures_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("word");
        QTest::newRow("forwarding off")
            << "channel 0: open failed: administratively prohibited: open failed"
            << "AllowTcpForwarding";
        QTest::newRow("nothing listens")
            << "channel 0: open failed: connect failed: Connection refused"
            << "could not reach";
        QTest::newRow("forwarding, no detail") << "stdio forwarding failed"
                                               << "did not connect the tunnel";
        QTest::newRow("host key") << "Host key verification failed."
                                  << "key was not accepted";
        QTest::newRow("login") << "root@h: Permission denied (publickey)."
                               << "refused the login";
        QTest::newRow("other") << "ssh: Could not resolve hostname h"
                               << "";
    }
    void explainsCommonFailures()
    {
        QFETCH(QString, output);
        QFETCH(QString, word);
        const QString hint = SshTunnel::explain(output);
        if (word.isEmpty())
            QVERIFY(hint.isEmpty());
        else
            QVERIFY2(hint.contains(word), qPrintable(hint));
    }

    void silentFailureSaysTheStatus()
    {
        SshTunnel tunnel;
        QSignalSpy finished(&tunnel, &SshTunnel::finished);
        const auto fd = tunnel.start(SshCommand{QStringLiteral("/bin/sh"),
                                                {QStringLiteral("-c"), QStringLiteral("exit 3")}});
        QVERIFY(fd.ok());
        QVERIFY(finished.wait(5000));
        QVERIFY(tunnel.failure().contains(QLatin1String("status 3")));
        ::close(fd.value());
    }

    void missingProgramIsAFailure()
    {
        SshTunnel tunnel;
        QSignalSpy finished(&tunnel, &SshTunnel::finished);
        const auto fd =
            tunnel.start(SshCommand{QStringLiteral("/nonexistent/vireo-ssh"), QStringList()});
        QVERIFY(fd.ok()); // start() never waits; the failure arrives as a signal
        if (finished.isEmpty())
            QVERIFY(finished.wait(5000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(tunnel.hasFailed());
        QVERIFY2(tunnel.failure().contains(QLatin1String("/nonexistent/vireo-ssh")),
                 qPrintable(tunnel.failure()));
        ::close(fd.value());
    }

    void destroyingEndsTheProcessWithoutWaiting_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("ends on SIGTERM") << QStringLiteral("echo $$ > '%1'; exec sleep 60");
        // Ignored signals stay ignored across exec: only SIGKILL, after the grace period, ends it.
        QTest::newRow("ignores SIGTERM")
            << QStringLiteral("trap '' TERM; echo $$ > '%1'; exec sleep 60");
    }
    void destroyingEndsTheProcessWithoutWaiting()
    {
        QFETCH(QString, script);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pidFile = dir.filePath(QStringLiteral("pid"));
        QTRY_COMPARE_WITH_TIMEOUT(SshTunnel::endingProcessCount(), 0, 10000);
        auto tunnel = std::make_unique<SshTunnel>();
        const auto started = tunnel->start(
            SshCommand{QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script.arg(pidFile)}});
        QVERIFY(started.ok());
        const int fd = started.value();
        QTRY_VERIFY(QFile::exists(pidFile) && QFile(pidFile).size() > 0);
        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const pid_t pid = pid_t(f.readAll().trimmed().toLongLong());
        QVERIFY(pid > 0);
        QVERIFY(tunnel->isRunning());

        const long switches = voluntarySwitches();
        tunnel.reset();
        // The destructor did not wait for ssh to end (a wait, even a bounded one, gives up the
        // CPU: one voluntary context switch at least)...
        QCOMPARE(voluntarySwitches(), switches);
        QCOMPARE(SshTunnel::endingProcessCount(), 1);
        // ...and the process ends and is reaped afterwards: no such process, not even a zombie.
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid, 0) == -1 && errno == ESRCH, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(SshTunnel::endingProcessCount(), 0, 10000);
        // The stream ends with it.
        QCOMPARE(readAll(fd, 5000), QByteArray());
        ::close(fd);
    }

    void applicationExitEndsTheProcessesStillEnding()
    {
        // A child run of this executable destroys a tunnel whose ssh ignores SIGTERM and exits
        // at once, before the grace period: its exit must kill and reap that ssh.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pidFile = dir.filePath(QStringLiteral("pid"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VIREO_SSHTUNNEL_EXIT_CHILD"), pidFile);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), QStringList());
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const pid_t pid = pid_t(f.readAll().trimmed().toLongLong());
        QVERIFY(pid > 0);
        const bool gone = ::kill(pid, 0) == -1 && errno == ESRCH;
        if (!gone)
            ::kill(pid, SIGKILL); // do not leave it behind
        QVERIFY2(gone, "the ssh of a destroyed tunnel outlived the application");
    }

    void endedProcessNeedsNoReaping()
    {
        auto tunnel = std::make_unique<SshTunnel>();
        QSignalSpy finished(tunnel.get(), &SshTunnel::finished);
        const auto fd = tunnel->start(SshCommand{QStringLiteral("/bin/true"), {}});
        QVERIFY(fd.ok());
        QVERIFY(finished.wait(5000));
        tunnel.reset();
        QCOMPARE(SshTunnel::endingProcessCount(), 0);
        ::close(fd.value());
    }

    void sshAsksThroughVireosHelper()
    {
        // Passwords, passphrases and host keys come up as Vireo's dialogs: the tunnel's ssh gets
        // the helper and "force" even when the process environment no longer has them.
        Vireo::routeSshPrompts(QStringLiteral("/opt/vireo/bin/vireo-askpass"));
        QCOMPARE(qgetenv("SSH_ASKPASS"), QByteArray("/opt/vireo/bin/vireo-askpass"));
        QCOMPARE(qgetenv("SSH_ASKPASS_REQUIRE"), QByteArray("force"));
        qunsetenv("SSH_ASKPASS");
        qunsetenv("SSH_ASKPASS_REQUIRE");
        SshTunnel tunnel;
        const auto fd = tunnel.start(SshCommand{
            QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"), QStringLiteral("echo \"$SSH_ASKPASS $SSH_ASKPASS_REQUIRE\"")}});
        QVERIFY(fd.ok());
        QCOMPARE(readAll(fd.value(), 5000), QByteArray("/opt/vireo/bin/vireo-askpass force\n"));
        ::close(fd.value());
    }

    void childRunsInItsOwnSession()
    {
        // A session of its own has no controlling terminal, so ssh cannot block on a password
        // prompt in the terminal Vireo was started from. /proc/<pid>/stat: pid (comm) state ppid
        // pgrp session.
        SshTunnel tunnel;
        const auto fd = tunnel.start(SshCommand{
            QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"),
             QStringLiteral("set -- $(cat /proc/$$/stat); [ \"$6\" = \"$$\" ] && echo leader "
                            "|| echo \"session $6\"")}});
        QVERIFY(fd.ok());
        QCOMPARE(readAll(fd.value(), 5000), QByteArray("leader\n"));
        ::close(fd.value());
    }
};

/// The child of applicationExitEndsTheProcessesStillEnding(): destroys a tunnel whose ssh ignores
/// SIGTERM, then exits at once.
static int runExitChild(int argc, char **argv, const QString &pidFile)
{
    QCoreApplication app(argc, argv);
    auto *tunnel = new SshTunnel;
    const auto fd = tunnel->start(SshCommand{
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"), QStringLiteral("trap '' TERM; echo $$ > '%1.tmp'; mv '%1.tmp' '%1'; "
                                              "exec sleep 60")
                                   .arg(pidFile)}});
    if (!fd.ok() || !QTest::qWaitFor([&] { return QFile::exists(pidFile); }, 10000))
        return 1;
    delete tunnel;
    ::close(fd.value());
    return 0; // ~QCoreApplication runs the post routines
}

int main(int argc, char *argv[])
{
    const QString exitChild = qEnvironmentVariable("VIREO_SSHTUNNEL_EXIT_CHILD");
    if (!exitChild.isEmpty())
        return runExitChild(argc, argv, exitChild);
    QCoreApplication app(argc, argv);
    TestSshTunnel test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_sshtunnel.moc"
