// SPDX-License-Identifier: GPL-2.0-or-later
#include "libvirtutil_p.h"

#include "core/common/coretr.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <mutex>

namespace Vireo {

Error lastLibvirtError(const QString &operation)
{
    Error e;
    e.operation = operation;
    if (virErrorPtr err = virGetLastError()) {
        e.code = err->code;
        e.message = QString::fromUtf8(err->message ? err->message : "");
    }
    if (e.message.isEmpty())
        e.message = Tr::tr("unknown libvirt error");
    virResetLastError();
    return e;
}

QString domainUuid(virDomainPtr dom)
{
    char buf[VIR_UUID_STRING_BUFLEN] = {};
    if (virDomainGetUUIDString(dom, buf) < 0)
        return {};
    return QString::fromLatin1(buf);
}

Result<DomainDescription> readDomainDescription(virDomainPtr dom, const QString &operation)
{
    char *xml = virDomainGetXMLDesc(dom, 0);
    if (!xml)
        return lastLibvirtError(operation);
    auto parsed = parseDomainXml(QString::fromUtf8(xml));
    free(xml);
    if (!parsed)
        return Error{operation, parsed.error().text(), 0};
    return parsed;
}

QString nameOf(virDomainPtr dom)
{
    const char *name = virDomainGetName(dom);
    return name ? QString::fromUtf8(name) : QString();
}

namespace {
std::mutex g_injectMutex;
QString g_kvmStartFailure; ///< set only by tests

QString virtTypeOf(virDomainPtr dom)
{
    char *xml = virDomainGetXMLDesc(dom, 0);
    if (!xml)
        return {};
    QXmlStreamReader r{QByteArray(xml)};
    QString type;
    if (r.readNextStartElement())
        type = r.attributes().value(QStringLiteral("type")).toString();
    free(xml);
    return type;
}
} // namespace

void setKvmStartFailureForTesting(const QString &message)
{
    std::lock_guard lock(g_injectMutex);
    g_kvmStartFailure = message;
}

Status startDomain(virDomainPtr dom, const QString &operation)
{
    QString injected;
    {
        std::lock_guard lock(g_injectMutex);
        injected = g_kvmStartFailure;
    }
    // What a host without usable KVM answers, for tests on the test driver (which starts
    // anything): only kvm domains fail, so a switch to qemu starts for real.
    if (!injected.isEmpty() && virtTypeOf(dom) == QLatin1String("kvm"))
        return Error{operation, injected, VIR_ERR_INTERNAL_ERROR};
    if (virDomainCreate(dom) < 0)
        return lastLibvirtError(operation);
    return Done{};
}

Result<QString> defineDomainValidated(virConnectPtr conn, const QByteArray &xml,
                                      const QString &operation)
{
    virDomainPtr dom = virDomainDefineXMLFlags(conn, xml.constData(), VIR_DOMAIN_DEFINE_VALIDATE);
    if (!dom) {
        virErrorPtr err = virGetLastError();
        if (err && err->code == VIR_ERR_INVALID_ARG) {
            virResetLastError(); // a driver without schema validation
            dom = virDomainDefineXML(conn, xml.constData());
        }
    }
    if (!dom)
        return lastLibvirtError(operation);
    DomainRef ref(dom);
    return domainUuid(dom);
}

Result<DomainInfo> readDomainInfo(virDomainPtr dom)
{
    DomainInfo info;
    info.uuid = domainUuid(dom);
    info.name = nameOf(dom);
    const QString op = Tr::tr("Read domain '%1'").arg(info.name);
    virDomainInfo raw;
    if (virDomainGetInfo(dom, &raw) < 0)
        return lastLibvirtError(op);
    int state = 0, reason = 0;
    if (virDomainGetState(dom, &state, &reason, 0) == 0) {
        info.state = DomainState(state);
        info.stateReason = reason;
    } else {
        info.state = DomainState(raw.state);
        virResetLastError();
    }
    info.id = int(virDomainGetID(dom));
    info.memoryKiB = raw.memory;
    info.maxMemoryKiB = raw.maxMem;
    info.vcpus = raw.nrVirtCpu;
    const int maxVcpus = virDomainGetVcpusFlags(dom, VIR_DOMAIN_VCPU_MAXIMUM);
    info.maxVcpus = maxVcpus > 0 ? maxVcpus : info.vcpus;
    const int persistent = virDomainIsPersistent(dom);
    info.persistent = persistent != 0;
    int autostart = 0;
    if (virDomainGetAutostart(dom, &autostart) == 0)
        info.autostart = autostart;
    const int managed = virDomainHasManagedSaveImage(dom, 0);
    info.managedSave = managed > 0;
    virResetLastError();
    return info;
}

} // namespace Vireo
