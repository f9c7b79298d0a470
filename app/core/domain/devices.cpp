// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/devices.h"

#include "core/commandlog/commandlog.h"
#include "core/common/coretr.h"

#include "core/common/xmlelement.h"
#include "devices_p.h"
#include "hostprobe_p.h"
#include "hostworker_p.h"

#include <QCoreApplication>
#include <QThread>
#include <QXmlStreamReader>

namespace Vireo::Devices {

namespace Detail {

unsigned int impact(Scope scope)
{
    unsigned int flags = 0;
    if (scope & DomainControl::Live)
        flags |= VIR_DOMAIN_AFFECT_LIVE;
    if (scope & DomainControl::Config)
        flags |= VIR_DOMAIN_AFFECT_CONFIG;
    return flags;
}

/// The domain's XML with its secrets: what gets defined back, or handed to libvirt as a device.
Result<QString> secureXml(virDomainPtr dom, bool inactive, const QString &op)
{
    unsigned int flags = VIR_DOMAIN_XML_SECURE;
    if (inactive)
        flags |= VIR_DOMAIN_XML_INACTIVE;
    char *xml = virDomainGetXMLDesc(dom, flags);
    if (!xml)
        return lastLibvirtError(op);
    QString out = QString::fromUtf8(xml);
    free(xml);
    return out;
}

/// Rewrites the persistent definition with edit and defines it back: the configuration-only
/// path on drivers that lack the device calls.
Status redefineWith(WorkerContext &w, virDomainPtr dom, const QString &op,
                    const std::function<Result<QString>(const QString &)> &edit)
{
    Result<QString> xml = secureXml(dom, true, op);
    if (!xml)
        return xml.error();
    Result<QString> edited = edit(*xml);
    if (!edited)
        return Error{op, edited.error().message, 0};
    if (Result<QString> defined = defineDomainValidated(w.conn, edited->toUtf8(), op); !defined)
        return defined.error();
    return Done{};
}

bool unsupported(const Error &e)
{
    return e.code == VIR_ERR_NO_SUPPORT;
}

} // namespace Detail

using namespace Detail;

namespace {

using DomainJob = std::function<Status(WorkerContext &, virDomainPtr, const QString &name)>;

/// Looks the domain up, runs job, and has the domain read again either way.
void runDomainJob(HostSession *session, const QString &uuid, const QString &lookupOp,
                  QObject *context, DomainJob job, std::function<void(Status)> done)
{
    runOnWorker<Status>(
        session, context,
        [uuid, lookupOp, job = std::move(job)](WorkerContext &w) -> Status {
            auto ref = w.lookup(uuid, lookupOp);
            if (!ref)
                return ref.error();
            virDomainPtr dom = ref.value()->get();
            Status s = job(w, dom, nameOf(dom));
            w.worker->refreshDomain(uuid);
            return s;
        },
        std::move(done));
}

QString attrOf(const XmlElement &e, const char *child, const char *attr)
{
    return e.childAttr(QString::fromLatin1(child), QString::fromLatin1(attr));
}

} // namespace

void attach(HostSession *session, const QString &uuid, const QString &deviceXml, Scope scope,
            QObject *context, std::function<void(Status)> done)
{
    runDomainJob(
        session, uuid, Tr::tr("Add a device to %1").arg(uuid), context,
        [deviceXml, scope](WorkerContext &w, virDomainPtr dom, const QString &name) -> Status {
            const QString op = Tr::tr("Add a device to '%1'").arg(name);
            const auto logged = [&](Status s) {
                CommandLog::record(w.uri, name,
                                   EquivalentCommands::attachDevice(name, deviceXml, scope), s);
                return s;
            };
            if (virDomainAttachDeviceFlags(dom, deviceXml.toUtf8().constData(), impact(scope)) == 0)
                return logged(Done{});
            Error e = lastLibvirtError(op);
            if (!unsupported(e) || scope != DomainControl::Config)
                return logged(e);
            return logged(redefineWith(w, dom, op, [&deviceXml](const QString &xml) {
                return appendDevice(xml, deviceXml);
            }));
        },
        std::move(done));
}

namespace {

/// Puts a changed device in place: virDomainUpdateDeviceFlags, or on a driver without it (the
/// test driver) a redefinition with the device replaced, for a change to the config only.
Status updateOnWorker(WorkerContext &w, virDomainPtr dom, const QString &op, const DeviceKey &key,
                      const QString &deviceXml, Scope scope)
{
    const auto logged = [&](Status s) {
        const QString name = nameOf(dom);
        CommandLog::record(w.uri, name, EquivalentCommands::updateDevice(name, deviceXml, scope),
                           s);
        return s;
    };
    if (virDomainUpdateDeviceFlags(dom, deviceXml.toUtf8().constData(), impact(scope)) == 0)
        return logged(Done{});
    Error e = lastLibvirtError(op);
    if (!unsupported(e) || scope != DomainControl::Config)
        return logged(e);
    return logged(redefineWith(
        w, dom, op, [&](const QString &xml) { return replaceDevice(xml, key, deviceXml); }));
}

/// Reads the device's element from the XML the change is for (the live one, or the definition
/// for a config-only change; with its secrets), has `change` rewrite it, and puts it in place.
Status changeOnWorker(WorkerContext &w, virDomainPtr dom, const QString &op, const DeviceKey &key,
                      Scope scope, const std::function<Result<QString>(const QString &)> &change)
{
    const bool live = scope & DomainControl::Live;
    Result<QString> domainXml = secureXml(dom, !live, op);
    if (!domainXml)
        return domainXml.error();
    Result<QString> element = deviceElementXml(*domainXml, key);
    if (!element)
        return Error{op, element.error().message, 0};
    Result<QString> changed = change(*element);
    if (!changed)
        return Error{op, changed.error().message, 0};
    return updateOnWorker(w, dom, op, key, *changed, scope);
}

} // namespace

void update(HostSession *session, const QString &uuid, const DeviceKey &key,
            const QString &deviceXml, Scope scope, QObject *context,
            std::function<void(Status)> done)
{
    runDomainJob(
        session, uuid, Tr::tr("Change a device of %1").arg(uuid), context,
        [key, deviceXml, scope](WorkerContext &w, virDomainPtr dom, const QString &name) -> Status {
            return updateOnWorker(w, dom, Tr::tr("Change a device of '%1'").arg(name), key,
                                  deviceXml, scope);
        },
        std::move(done));
}

void redefine(HostSession *session, const QString &uuid, const DeviceKey &key,
              const QString &deviceXml, QObject *context, std::function<void(Status)> done)
{
    runDomainJob(
        session, uuid, Tr::tr("Change a device of %1").arg(uuid), context,
        [key, deviceXml](WorkerContext &w, virDomainPtr dom, const QString &name) -> Status {
            Status s = redefineWith(
                w, dom, Tr::tr("Change a device of '%1'").arg(name),
                [&](const QString &xml) { return replaceDevice(xml, key, deviceXml); });
            CommandLog::record(w.uri, name,
                               EquivalentCommands::xmlEdit(name, Tr::tr("a device in place")), s);
            return s;
        },
        std::move(done));
}

void changeMedia(HostSession *session, const QString &uuid, const QString &target,
                 const QString &isoPath, Scope scope, QObject *context,
                 std::function<void(Status)> done)
{
    runDomainJob(
        session, uuid, Tr::tr("Change the media of %1").arg(uuid), context,
        [target, isoPath, scope](WorkerContext &w, virDomainPtr dom,
                                 const QString &name) -> Status {
            const QString op = isoPath.isEmpty()
                                   ? Tr::tr("Eject the CD-ROM %1 of '%2'").arg(target, name)
                                   : Tr::tr("Insert %1 into %2 of '%3'").arg(isoPath, target, name);
            const auto change = [&] {
                return changeOnWorker(
                    w, dom, op, DeviceKey{QStringLiteral("disk"), target, 0}, scope,
                    [&](const QString &drive) { return cdromWithMedia(drive, isoPath); });
            };
            Status s = change();
            // libvirt has QEMU open the tray, then removes the medium; a guest that closes its
            // tray again in between (Linux locks its drive) makes QEMU refuse: "Tray of device
            // 'ide0-1-0' is not open". A person would try again; so does this, once, after a
            // second (on the worker; the first try is in the command log as failed).
            if (!s.ok() && (scope & DomainControl::Live) &&
                s.error().text().contains(QStringLiteral("Tray of device")) &&
                s.error().text().contains(QStringLiteral("is not open"))) {
                QThread::msleep(1000);
                s = change();
            }
            return s;
        },
        std::move(done));
}

void setLinkState(HostSession *session, const QString &uuid, const QString &mac, bool up,
                  Scope scope, QObject *context, std::function<void(Status)> done)
{
    runDomainJob(
        session, uuid, Tr::tr("Change a NIC's link of %1").arg(uuid), context,
        [mac, up, scope](WorkerContext &w, virDomainPtr dom, const QString &name) -> Status {
            const QString op = up ? Tr::tr("Connect the link of NIC %1 of '%2'").arg(mac, name)
                                  : Tr::tr("Cut the link of NIC %1 of '%2'").arg(mac, name);
            return changeOnWorker(w, dom, op, DeviceKey{QStringLiteral("interface"), mac, 0}, scope,
                                  [&](const QString &nic) { return interfaceWithLink(nic, up); });
        },
        std::move(done));
}

void fetchUsedMacs(HostSession *session, QObject *context,
                   std::function<void(Result<QSet<QString>>)> done)
{
    runOnWorker<Result<QSet<QString>>>(
        session, context,
        [](WorkerContext &w) -> Result<QSet<QString>> {
            const QString op = Tr::tr("List the MAC addresses in use on %1").arg(w.uri);
            if (Status s = w.requireConnection(op); !s)
                return s.error();
            virDomainPtr *domains = nullptr;
            const int n = virConnectListAllDomains(w.conn, &domains, 0);
            if (n < 0)
                return lastLibvirtError(op);
            QSet<QString> macs;
            for (int i = 0; i < n; ++i) {
                DomainRef ref(domains[i]);
                // Both definitions: a running domain's configuration may hold a NIC it lacks now.
                for (unsigned int flags : {0u, unsigned(VIR_DOMAIN_XML_INACTIVE)}) {
                    Result<DomainDescription> d = [&]() -> Result<DomainDescription> {
                        char *xml = virDomainGetXMLDesc(ref.get(), flags);
                        if (!xml)
                            return lastLibvirtError(op);
                        auto parsed = parseDomainXml(QString::fromUtf8(xml));
                        free(xml);
                        return parsed;
                    }();
                    if (!d)
                        continue; // a domain gone meanwhile holds no address
                    for (const DomainDevice &dev : d->devices) {
                        if (dev.kind == u"interface" && !dev.key.isEmpty())
                            macs.insert(dev.key.toLower());
                    }
                }
            }
            free(domains);
            return macs;
        },
        std::move(done));
}

Result<HostDevice> parseNodeDeviceXml(const QString &xml)
{
    const QString op = Tr::tr("Read a host device");
    QXmlStreamReader r(xml);
    if (Status root = enterXmlRoot(r, u"device", op); !root)
        return root.error();
    HostDevice dev;
    bool known = false;
    while (r.readNextStartElement()) {
        const XmlElement n = readXmlElement(r);
        if (n.name == u"name")
            dev.name = n.text.trimmed();
        if (n.name != u"capability")
            continue;
        const QString type = n.attr(u"type");
        if (type == u"usb_device") {
            known = true;
            dev.bus = HostDevice::Bus::Usb;
            dev.vendorId = n.childAttr(u"vendor", u"id");
            dev.productId = n.childAttr(u"product", u"id");
            dev.vendor = n.childText(u"vendor");
            dev.product = n.childText(u"product");
            dev.address =
                Tr::tr("bus %1 device %2").arg(n.childText(u"bus"), n.childText(u"device"));
        } else if (type == u"pci") {
            known = true;
            dev.bus = HostDevice::Bus::Pci;
            dev.vendorId = attrOf(n, "vendor", "id");
            dev.productId = attrOf(n, "product", "id");
            dev.vendor = n.childText(u"vendor");
            dev.product = n.childText(u"product");
            auto hex = [&n](const char *field, int width) {
                return QStringLiteral("%1").arg(n.childText(QString::fromLatin1(field)).toInt(),
                                                width, 16, QLatin1Char('0'));
            };
            dev.address =
                QStringLiteral("%1:%2:%3.%4")
                    .arg(hex("domain", 4), hex("bus", 2), hex("slot", 2), n.childText(u"function"));
        }
    }
    if (r.hasError())
        return xmlReadError(r, op);
    if (!known)
        return Error{op, Tr::tr("%1 is neither a USB nor a PCI device").arg(dev.name), 0};
    return dev;
}

void listHostDevices(HostSession *session, QObject *context,
                     std::function<void(Result<QList<HostDevice>>)> done)
{
    runOnWorker<Result<QList<HostDevice>>>(
        session, context,
        [](WorkerContext &w) -> Result<QList<HostDevice>> {
            const QString op = Tr::tr("List the host's devices on %1").arg(w.uri);
            if (Status s = w.requireConnection(op); !s)
                return s.error();
            QList<HostDevice> out;
            for (unsigned int cap : {unsigned(VIR_CONNECT_LIST_NODE_DEVICES_CAP_USB_DEV),
                                     unsigned(VIR_CONNECT_LIST_NODE_DEVICES_CAP_PCI_DEV)}) {
                virNodeDevicePtr *devices = nullptr;
                const int n = virConnectListAllNodeDevices(w.conn, &devices, cap);
                if (n < 0)
                    return lastLibvirtError(op);
                for (int i = 0; i < n; ++i) {
                    char *xml = virNodeDeviceGetXMLDesc(devices[i], 0);
                    if (xml) {
                        if (Result<HostDevice> dev = parseNodeDeviceXml(QString::fromUtf8(xml)))
                            out.append(*dev);
                        free(xml);
                    }
                    virNodeDeviceFree(devices[i]);
                }
                free(devices);
            }
            virResetLastError();
            return out;
        },
        std::move(done));
}

void fetchDomainCapabilities(HostSession *session, const QString &uuid, QObject *context,
                             std::function<void(Result<DomainCapabilities>)> done)
{
    runOnWorker<Result<DomainCapabilities>>(
        session, context,
        [uuid](WorkerContext &w) -> Result<DomainCapabilities> {
            const QString op = Tr::tr("Read what the host offers for %1").arg(uuid);
            auto ref = w.lookup(uuid, op);
            if (!ref)
                return ref.error();
            Result<DomainDescription> d = readDomainDescription(ref.value()->get(), op);
            if (!d)
                return d.error();
            return queryDomainCapabilities(w, d->arch, d->hypervisor);
        },
        std::move(done));
}

void switchToVnc(HostSession *session, const QString &uuid, QObject *context,
                 std::function<void(Status)> done)
{
    runDomainJob(
        session, uuid, Tr::tr("Switch %1 to VNC").arg(uuid), context,
        [](WorkerContext &w, virDomainPtr dom, const QString &name) -> Status {
            return redefineWith(w, dom, Tr::tr("Switch '%1' to VNC").arg(name),
                                [](const QString &xml) { return switchSpiceToVnc(xml); });
        },
        std::move(done));
}

} // namespace Vireo::Devices
