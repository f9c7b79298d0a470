// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/session/processsetup.h"

#include "core/session/hostsession.h"
#include "core/session/libvirteventloop.h"

#include <QByteArray>
#include <QFile>
#include <QMutex>
#include <QtGlobal>

#include <csignal>

#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace Vireo {

namespace {
QMutex g_helperMutex;
QString g_helper;

void giveUpControllingTerminal()
{
    if (::getsid(0) == ::getpid())
        return; // a session leader would hang its terminal up for everyone in the session
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0)
        return; // none: nothing to give up
    ::ioctl(tty, TIOCNOTTY);
    ::close(tty);
}
} // namespace

void prepareProcess()
{
    qputenv("QT_NO_GLIB", QByteArrayLiteral("1"));
    std::signal(SIGPIPE, SIG_IGN);
    giveUpControllingTerminal();
}

void routeSshPrompts(const QString &helper)
{
    {
        QMutexLocker lock(&g_helperMutex);
        g_helper = helper;
    }
    qputenv("SSH_ASKPASS", QFile::encodeName(helper));
    qputenv("SSH_ASKPASS_REQUIRE", QByteArrayLiteral("force"));
}

QString sshPromptHelper()
{
    QMutexLocker lock(&g_helperMutex);
    return g_helper;
}

void finishProcess(int timeoutMs)
{
    HostSession::waitForWorkers(timeoutMs);
    LibvirtEventLoop::stop();
}

} // namespace Vireo
