// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/screenshot.h"

#include "core/common/coretr.h"
#include "hostworker_p.h"
#include "screenshot_p.h"

#include <cstdlib>

namespace Vireo::Screenshot {

Result<Raw> read(virConnectPtr conn, virDomainPtr dom, const QString &operation)
{
    if (virDomainIsActive(dom) != 1) {
        virResetLastError();
        return Error{operation, Tr::tr("The domain is not running; only a running guest has a "
                                       "screen.")};
    }
    virStreamPtr stream = virStreamNew(conn, 0);
    if (!stream)
        return lastLibvirtError(operation);
    char *mime = virDomainScreenshot(dom, stream, 0, 0);
    if (!mime) {
        Error error = lastLibvirtError(operation);
        virStreamFree(stream);
        return error;
    }
    Raw raw;
    raw.mimeType = QByteArray(mime);
    free(mime);
    char buf[64 * 1024];
    int n = 0;
    while ((n = virStreamRecv(stream, buf, sizeof buf)) > 0 && raw.data.size() <= kMaxBytes)
        raw.data.append(buf, n);
    std::optional<Error> failure;
    if (n == 0) {
        if (virStreamFinish(stream) < 0)
            failure = lastLibvirtError(operation);
    } else {
        failure =
            n < 0
                ? lastLibvirtError(operation)
                : Error{operation,
                        Tr::tr("The screen is larger than %1 MiB.").arg(kMaxBytes / (1024 * 1024))};
        virStreamAbort(stream);
    }
    virStreamFree(stream);
    virResetLastError();
    if (failure)
        return *failure;
    if (raw.data.isEmpty())
        return Error{operation, Tr::tr("The hypervisor sent an empty screen.")};
    return raw;
}

void capture(HostSession *session, const QString &uuid, QObject *context, OnWorker onWorker)
{
    runOnWorker<std::function<void()>>(
        session, context,
        [uuid, onWorker = std::move(onWorker)](WorkerContext &w) -> std::function<void()> {
            const QString op = Tr::tr("Take a screenshot");
            if (Status s = w.requireConnection(op); !s)
                return onWorker(s.error());
            auto dom = w.lookup(uuid, op);
            if (!dom)
                return onWorker(dom.error());
            return onWorker(read(w.conn, dom.value()->get(), op));
        },
        [](const std::function<void()> &then) {
            if (then)
                then();
        });
}

} // namespace Vireo::Screenshot
