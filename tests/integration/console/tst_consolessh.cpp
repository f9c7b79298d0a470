// SPDX-License-Identifier: GPL-2.0-or-later
// The console of a guest on a host reached through qemu+ssh://, whose display listens only on
// that host's loopback: ConsolePage must tunnel it through `ssh -W`. The "remote" host is this
// machine's libvirtd behind a private sshd on loopback ports (tests/integration/loopback-sshd.sh),
// so the whole path is real: libvirt's ssh transport, OpenSSH's client and server, QEMU's VNC.
// A second port of that sshd refuses forwarding; there the page must say so in plain words and
// leave no ssh behind.

#include "guest.h"
#include "guesttyping.h"

#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/console/consolepage.h"
#include "vnc/vncconsole.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Vireo;
using namespace Vireo::Integration;
using State = VncConnection::State;

namespace {

/// A TCP port on 127.0.0.1 that nothing listens on right now.
int freeLoopbackPort()
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    int port = -1;
    if (::bind(s, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
        ::getsockname(s, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(s);
    return port;
}

/// Command lines of this process's children that run `ssh ... -W ...` (console tunnels).
QStringList tunnelProcesses()
{
    QStringList found;
    const QString self = QString::number(QCoreApplication::applicationPid());
    const auto entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : entries) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const auto fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 2 || fields.at(1) != self.toLatin1())
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const auto args = cmdline.readAll().split('\0');
        if (args.contains("-W"))
            found << pid + QLatin1Char(' ') + QString::fromLocal8Bit(args.join(' '));
    }
    return found;
}

} // namespace

class TestConsoleSsh : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }
private Q_SLOTS:
    void initTestCase()
    {
        m_env = Environment::detect();
        if (!m_env.unavailable.isEmpty())
            QSKIP(qPrintable(m_env.unavailable));
        if (::getuid() != 0)
            QSKIP("the loopback sshd needs root (privilege separation, and libvirt's system "
                  "socket on the far side)");
        QVERIFY2(QFile::exists(QStringLiteral("/usr/sbin/sshd")),
                 "openssh-server is missing: run packaging/install-deps.sh");
        const QString notReady = prepareScratch(m_env, m_dir.path());
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

        // The private sshd.
        m_sshDir = m_dir.filePath(QStringLiteral("ssh"));
        const int port = freeLoopbackPort();
        int nofwdPort = freeLoopbackPort();
        while (nofwdPort == port)
            nofwdPort = freeLoopbackPort();
        QProcess script;
        script.start(QStringLiteral("bash"), {sshdScript(), QStringLiteral("start"), m_sshDir,
                                              QString::number(port), QString::number(nofwdPort)});
        QVERIFY(script.waitForFinished(kLibvirtCallMs));
        const QString out = QString::fromLocal8Bit(script.readAllStandardOutput());
        QVERIFY2(script.exitCode() == 0,
                 qPrintable(out + QString::fromLocal8Bit(script.readAllStandardError())));
        m_sshdStarted = true;
        static const QRegularExpression line(QStringLiteral("^(SSH_URI|SSH_NOFWD_URI)='(.*)'$"),
                                             QRegularExpression::MultilineOption);
        for (auto it = line.globalMatch(out); it.hasNext();) {
            const auto m = it.next();
            (m.captured(1) == QLatin1String("SSH_URI") ? m_sshUri : m_nofwdUri) = m.captured(2);
        }
        QVERIFY2(!m_sshUri.isEmpty() && !m_nofwdUri.isEmpty(), qPrintable(out));

        // The guest, defined and started on the local connection; its VNC listens on 127.0.0.1.
        QString error;
        m_local = connectedSession(m_env.uri, &error);
        QVERIFY2(m_local, qPrintable(error));
        m_spec = testGuestSpec(QStringLiteral("console-ssh"), m_dir.path(), 256);
        const Booted booted = defineAndBoot(m_local.get(), m_env, m_spec);
        QVERIFY2(booted.error.isEmpty(), qPrintable(booted.error));
        m_uuid = booted.uuid;
    }

    void consoleThroughTunnel()
    {
        QString error;
        const auto remote = connectedSession(m_sshUri, &error);
        QVERIFY2(remote, qPrintable(error));
        QElapsedTimer opened;
        opened.start();
        {
            ConsolePage page(remote.get(), m_uuid);
            page.resize(800, 600);
            page.show();
            VncConnection *c = page.console()->connection();
            QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Connected, kLibvirtCallMs);
            // A figure for the report, not a pass/fail criterion.
            qInfo("console through the SSH tunnel connected %lld ms after the page was created",
                  opened.elapsed());
            QCOMPARE(tunnelProcesses().size(), 1);
            QTRY_VERIFY_WITH_TIMEOUT(hasContent(c->grabFramebuffer()), kLibvirtCallMs);
            // Keys travel through the tunnel too: a typed command reaches the guest's serial log.
            const SerialLog serial(m_spec.serialLogPath);
            const QString marker =
                QStringLiteral("vireo-ssh-console-%1").arg(QCoreApplication::applicationPid());
            QVERIFY2(typeUntil(
                         c, QStringLiteral("echo %1 >/dev/ttyS0").arg(marker),
                         [&] { return serial.contains(marker); }, kLibvirtCallMs),
                     qPrintable(serial.tail()));
        }
        // Closing the console ends its ssh.
        QTRY_VERIFY_WITH_TIMEOUT(tunnelProcesses().isEmpty(), 5000);
    }

    void refusedForwardingIsExplained()
    {
        // libvirt works through this port; only the forwarding to the display is refused.
        QString error;
        const auto remote = connectedSession(m_nofwdUri, &error);
        QVERIFY2(remote, qPrintable(error));
        ConsolePage page(remote.get(), m_uuid);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(
            page.console()->statusTitle().contains(QLatin1String("SSH tunnel")), kLibvirtCallMs);
        QVERIFY2(page.console()->statusDetail().contains(QLatin1String("AllowTcpForwarding")),
                 qPrintable(page.console()->statusDetail()));
        QVERIFY(!page.console()->isShowingScreen());
        // No retry loop against a refusal that needs a person: the message stays, no ssh runs.
        QTest::qWait(3000);
        QVERIFY(page.console()->statusTitle().contains(QLatin1String("SSH tunnel")));
        QVERIFY(tunnelProcesses().isEmpty());
    }

    void cleanupTestCase()
    {
        if (!m_env.uri.isEmpty() && m_env.unavailable.isEmpty())
            removeTestDomains(m_env.uri);
        m_local.reset();
        if (m_sshdStarted)
            QProcess::execute(QStringLiteral("bash"),
                              {sshdScript(), QStringLiteral("stop"), m_sshDir});
    }

private:
    QString sshdScript() const
    {
        return m_env.sourceDir + QStringLiteral("/tests/integration/loopback-sshd.sh");
    }

    Environment m_env;
    QTemporaryDir m_dir;
    QString m_sshDir;
    bool m_sshdStarted = false;
    QString m_sshUri;
    QString m_nofwdUri;
    std::unique_ptr<HostSession> m_local;
    GuestSpec m_spec;
    QString m_uuid;
};

QTEST_MAIN(TestConsoleSsh)
#include "tst_consolessh.moc"
