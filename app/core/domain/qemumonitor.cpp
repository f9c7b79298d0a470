// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/qemumonitor.h"

#include "core/commandlog/commandlog.h"
#include "core/common/coretr.h"
#include "hostworker_p.h"
#include "libvirtutil_p.h"

#include <libvirt/libvirt-qemu.h>

#include <cstdlib>

namespace Vireo::QemuMonitor {

CommandKind classify(const QString &commandLine)
{
    const QString line = commandLine.simplified();
    if (line.isEmpty())
        return CommandKind::Empty;
    // HMP's query commands are "info" and its subcommands; "help" only lists commands. Anything
    // else (stop, cont, balloon, device_del, quit…) may change the guest.
    const QString word = line.section(QLatin1Char(' '), 0, 0);
    if (word == QLatin1String("info") || word == QLatin1String("help") ||
        word == QLatin1String("?"))
        return CommandKind::Query;
    return CommandKind::MayChange;
}

bool offeredOn(const HostInfo &host)
{
    return host.driver.compare(QLatin1String("QEMU"), Qt::CaseInsensitive) == 0;
}

void run(HostSession *session, const QString &uuid, const QString &commandLine, QObject *context,
         std::function<void(Result<QString>)> done)
{
    const QString line = commandLine.simplified();
    runOnWorker<Result<QString>>(
        session, context,
        [uuid, line](WorkerContext &w) -> Result<QString> {
            const QString op = Tr::tr("Run the monitor command “%1”").arg(line);
            if (line.isEmpty())
                return Error{op, Tr::tr("The command is empty.")};
            auto dom = w.lookup(uuid, op);
            if (!dom)
                return dom.error();
            virDomainPtr d = dom.value()->get();
            if (virDomainIsActive(d) != 1) {
                virResetLastError();
                return Error{op, Tr::tr("The domain is not running; QEMU's monitor exists only "
                                        "while it runs.")};
            }
            char *answer = nullptr;
            const int rc = virDomainQemuMonitorCommand(d, line.toUtf8().constData(), &answer,
                                                       VIR_DOMAIN_QEMU_MONITOR_COMMAND_HMP);
            const Error failed = rc < 0 ? lastLibvirtError(op) : Error{};
            CommandLog::record(w.uri, nameOf(d),
                               EquivalentCommands::monitorCommand(nameOf(d), line), failed);
            if (rc < 0)
                return failed;
            QByteArray bytes(answer ? answer : "");
            free(answer);
            QString text;
            if (bytes.size() > kMaxAnswerBytes) {
                bytes.truncate(kMaxAnswerBytes);
                text = QString::fromUtf8(bytes) +
                       Tr::tr("\n[The answer was longer than %1 KiB and is cut here.]")
                           .arg(kMaxAnswerBytes / 1024);
            } else {
                text = QString::fromUtf8(bytes);
            }
            // HMP ends lines with CR LF.
            text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
            return text;
        },
        std::move(done));
}

} // namespace Vireo::QemuMonitor
