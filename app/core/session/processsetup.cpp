#include "core/session/processsetup.h"

#include "core/session/hostsession.h"
#include "core/session/libvirteventloop.h"

#include <QByteArray>
#include <QtGlobal>

#include <csignal>

namespace Vireo {

void prepareProcess()
{
    qputenv("QT_NO_GLIB", QByteArrayLiteral("1"));
    std::signal(SIGPIPE, SIG_IGN);
}

void finishProcess(int timeoutMs)
{
    HostSession::waitForWorkers(timeoutMs);
    LibvirtEventLoop::stop();
}

} // namespace Vireo
