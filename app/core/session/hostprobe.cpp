#include "core/session/hostprobe_p.h"

#include "hostsession_p.h"

#include <QCoreApplication>

namespace Vireo {

static QString tr(const char *text)
{
    return QCoreApplication::translate("Vireo::HostProbe", text);
}

Result<Capabilities> queryCapabilities(WorkerContext &w)
{
    char *xml = virConnectGetCapabilities(w.conn);
    if (!xml)
        return lastLibvirtError(tr("Read the capabilities of %1").arg(w.uri));
    const QString text = QString::fromUtf8(xml);
    free(xml);
    return parseCapabilitiesXml(text);
}

Result<DomainCapabilities> queryDomainCapabilities(WorkerContext &w, const QString &arch,
                                                   const QString &virtType)
{
    const QByteArray a = arch.toUtf8(), t = virtType.toUtf8();
    char *xml = virConnectGetDomainCapabilities(
        w.conn, nullptr, arch.isEmpty() ? nullptr : a.constData(), nullptr, t.constData(), 0);
    if (!xml) {
        Error e =
            lastLibvirtError(tr("Read the %1 domain capabilities of %2").arg(virtType, w.uri));
        virResetLastError();
        return e;
    }
    const QString text = QString::fromUtf8(xml);
    free(xml);
    return parseDomainCapabilitiesXml(text);
}

} // namespace Vireo
