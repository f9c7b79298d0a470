#include "core/session/processsetup.h"

#include <QByteArray>
#include <QtGlobal>

#include <csignal>

namespace Vireo {

void prepareProcess()
{
    qputenv("QT_NO_GLIB", QByteArrayLiteral("1"));
    std::signal(SIGPIPE, SIG_IGN);
}

} // namespace Vireo
