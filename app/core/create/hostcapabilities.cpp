#include "core/create/hostcapabilities.h"

#include "hostsession_p.h"

#include <QCoreApplication>
#include <QUrl>
#include <QXmlStreamReader>

namespace Vireo {

static QString tr(const char *text)
{
    return QCoreApplication::translate("Vireo::HostCapabilities", text);
}

QStringList HostCapabilities::architectures() const
{
    QStringList out;
    for (const GuestCapability &g : guests)
        if (g.osType == QLatin1String("hvm") && !out.contains(g.arch))
            out << g.arch;
    if (out.removeOne(hostArch))
        out.prepend(hostArch);
    return out;
}

QStringList HostCapabilities::domainTypes(const QString &arch) const
{
    QStringList out;
    for (const GuestCapability &g : guests)
        if (g.arch == arch && g.osType == QLatin1String("hvm"))
            for (const QString &t : g.domainTypes)
                if (!out.contains(t))
                    out << t;
    return out;
}

QString HostCapabilities::preferredDomainType(const QString &arch, QString *why) const
{
    const QStringList types = domainTypes(arch);
    auto say = [why](const QString &text) {
        if (why)
            *why = text;
    };
    if (types.contains(QLatin1String("kvm"))) {
        say(tr("KVM: this host offers hardware virtualization for %1, so guests run at near "
               "native speed.")
                .arg(arch));
        return QStringLiteral("kvm");
    }
    if (types.contains(QLatin1String("qemu"))) {
        if (arch != hostArch)
            say(tr("QEMU emulation: %1 is not this host's architecture (%2), so KVM cannot run "
                   "it; guests run much slower.")
                    .arg(arch, hostArch));
        else
            say(tr("QEMU emulation: this host does not offer KVM (no /dev/kvm or no hardware "
                   "virtualization), so guests run much slower."));
        return QStringLiteral("qemu");
    }
    if (types.isEmpty()) {
        say(tr("This host cannot run %1 guests.").arg(arch));
        return {};
    }
    say(tr("%1: the only virtualization type this host offers for %2.").arg(types.first(), arch));
    return types.first();
}

int HostCapabilities::maxVcpusFor(const QString &domainType, const QString &arch) const
{
    return maxVcpus.value(domainType + QLatin1Char('/') + arch, 0);
}

bool HostCapabilities::hasDomainNamed(const QString &name) const
{
    return domainNames.contains(name);
}

namespace HostCapabilitiesQuery {

void parseCapabilities(const QString &xml, HostCapabilities &into)
{
    QXmlStreamReader r(xml);
    QStringList stack;
    GuestCapability guest;
    QString currentType;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            stack << r.name().toString();
            const QString path = stack.join(QLatin1Char('/'));
            if (path == QLatin1String("capabilities/host/cpu/arch")) {
                into.hostArch = r.readElementText().trimmed();
                stack.removeLast();
            } else if (path == QLatin1String("capabilities/guest")) {
                guest = {};
            } else if (path == QLatin1String("capabilities/guest/os_type")) {
                guest.osType = r.readElementText().trimmed();
                stack.removeLast();
            } else if (path == QLatin1String("capabilities/guest/arch")) {
                guest.arch = r.attributes().value(QStringLiteral("name")).toString();
            } else if (path == QLatin1String("capabilities/guest/arch/emulator")) {
                guest.emulator = r.readElementText().trimmed();
                stack.removeLast();
            } else if (path == QLatin1String("capabilities/guest/arch/machine")) {
                const QString m = r.readElementText().trimmed();
                if (!m.isEmpty() && !guest.machines.contains(m))
                    guest.machines << m;
                stack.removeLast();
            } else if (path == QLatin1String("capabilities/guest/arch/domain")) {
                const QString t = r.attributes().value(QStringLiteral("type")).toString();
                if (!t.isEmpty() && !guest.domainTypes.contains(t))
                    guest.domainTypes << t;
            }
        } else if (r.isEndElement()) {
            if (stack.join(QLatin1Char('/')) == QLatin1String("capabilities/guest"))
                into.guests << guest;
            stack.removeLast();
        }
    }
}

int parseDomainCapabilitiesMaxVcpus(const QString &xml)
{
    QXmlStreamReader r(xml);
    if (!r.readNextStartElement())
        return 0;
    while (r.readNextStartElement()) {
        if (r.name() == QLatin1String("vcpu"))
            return r.attributes().value(QStringLiteral("max")).toInt();
        r.skipCurrentElement();
    }
    return 0;
}

static Result<HostCapabilities> readOnWorker(WorkerContext &w)
{
    const QString op = tr("Read the capabilities of %1").arg(w.uri);
    if (Status s = w.requireConnection(op); !s)
        return s.error();
    HostCapabilities caps;
    caps.uri = w.uri;
    caps.session = QUrl(w.uri).path() == QLatin1String("/session");
    char *xml = virConnectGetCapabilities(w.conn);
    if (!xml)
        return lastLibvirtError(op);
    parseCapabilities(QString::fromUtf8(xml), caps);
    free(xml);

    virNodeInfo node;
    if (virNodeGetInfo(w.conn, &node) == 0) {
        caps.hostCpus = int(node.cpus);
        caps.memoryKiB = node.memory;
    }
    const unsigned long long freeBytes = virNodeGetFreeMemory(w.conn);
    caps.freeMemoryKiB = freeBytes / 1024;
    virResetLastError();

    for (const GuestCapability &g : std::as_const(caps.guests)) {
        if (g.osType != QLatin1String("hvm"))
            continue;
        for (const QString &type : g.domainTypes) {
            const QString key = type + QLatin1Char('/') + g.arch;
            if (caps.maxVcpus.contains(key))
                continue;
            int max = 0;
            const QByteArray a = g.arch.toUtf8(), t = type.toUtf8();
            if (char *dc = virConnectGetDomainCapabilities(w.conn, nullptr, a.constData(), nullptr,
                                                           t.constData(), 0)) {
                max = parseDomainCapabilitiesMaxVcpus(QString::fromUtf8(dc));
                free(dc);
            }
            if (max <= 0) // drivers without domain capabilities (the test driver)
                max = virConnectGetMaxVcpus(w.conn, t.constData());
            virResetLastError();
            caps.maxVcpus.insert(key, max > 0 ? max : caps.hostCpus);
        }
    }

    virNetworkPtr *nets = nullptr;
    const int nn = virConnectListAllNetworks(w.conn, &nets, 0);
    for (int i = 0; i < nn; ++i) {
        HostNetworkChoice n;
        n.name = QString::fromUtf8(virNetworkGetName(nets[i]));
        n.active = virNetworkIsActive(nets[i]) == 1;
        if (char *b = virNetworkGetBridgeName(nets[i])) {
            n.bridge = QString::fromUtf8(b);
            free(b);
        }
        caps.networks << n;
        virNetworkFree(nets[i]);
    }
    free(nets);
    virResetLastError();

    virInterfacePtr *ifaces = nullptr;
    const int ni = virConnectListAllInterfaces(w.conn, &ifaces, VIR_CONNECT_LIST_INTERFACES_ACTIVE);
    for (int i = 0; i < ni; ++i) {
        if (char *ix = virInterfaceGetXMLDesc(ifaces[i], 0)) {
            QXmlStreamReader r(QString::fromUtf8(ix));
            if (r.readNextStartElement() &&
                r.attributes().value(QStringLiteral("type")) == QLatin1String("bridge"))
                caps.bridges << r.attributes().value(QStringLiteral("name")).toString();
            free(ix);
        }
        virInterfaceFree(ifaces[i]);
    }
    free(ifaces);
    virResetLastError();

    virDomainPtr *doms = nullptr;
    const int nd = virConnectListAllDomains(w.conn, &doms, 0);
    if (nd < 0)
        return lastLibvirtError(tr("List the domains of %1").arg(w.uri));
    caps.domainNames.reserve(nd);
    for (int i = 0; i < nd; ++i) {
        caps.domainNames << QString::fromUtf8(virDomainGetName(doms[i]));
        virDomainFree(doms[i]);
    }
    free(doms);
    return caps;
}

void fetch(HostSession *session, QObject *context,
           std::function<void(Result<HostCapabilities>)> done)
{
    runOnWorker<Result<HostCapabilities>>(session, context, &readOnWorker, std::move(done));
}

} // namespace HostCapabilitiesQuery
} // namespace Vireo
