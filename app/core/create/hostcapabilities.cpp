// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/create/hostcapabilities.h"

#include "core/common/coretr.h"

#include "core/common/uri.h"
#include "hostprobe_p.h"
#include "hostworker_p.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace Vireo {

void HostCapabilities::setCapabilities(const Capabilities &caps)
{
    hostArch = caps.hostArch;
    guests = caps.guests;
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
    QString choice;
    if (types.contains(QLatin1String("kvm")) && kvm.usable())
        choice = QStringLiteral("kvm");
    else if (types.contains(QLatin1String("qemu")))
        choice = QStringLiteral("qemu");
    else if (!types.isEmpty())
        choice = types.first();
    if (why)
        *why = domainTypeHint(choice, arch);
    return choice;
}

QString HostCapabilities::domainTypeHint(const QString &domainType, const QString &arch) const
{
    const QStringList types = domainTypes(arch);
    if (types.isEmpty())
        return Tr::tr("This host cannot run %1 guests.").arg(arch);
    if (kvm.verdict == KvmDecision::Verdict::NotApplicable && domainType != QLatin1String("kvm") &&
        domainType != QLatin1String("qemu"))
        return kvm.summary; // the test driver says just that
    if (domainType == QLatin1String("kvm")) {
        if (kvm.usable())
            return kvm.summary;
        return Tr::tr("KVM is not usable on this host, so a kvm guest would not start. %1")
            .arg(kvm.summary);
    }
    if (domainType == QLatin1String("qemu")) {
        if (arch != hostArch && !hostArch.isEmpty())
            return Tr::tr("QEMU emulation: %1 is not this host's architecture (%2), so KVM cannot "
                          "run it; guests run much slower.")
                .arg(arch, hostArch);
        if (kvm.usable() && types.contains(QLatin1String("kvm")))
            return Tr::tr("QEMU emulation: the CPU is emulated in software, many times slower than "
                          "KVM, which this host offers.");
        return kvm.summary.isEmpty()
                   ? Tr::tr("QEMU emulation: this host does not offer KVM, so guests run much "
                            "slower.")
                   : kvm.summary;
    }
    return Tr::tr("%1: the only virtualization type this host offers for %2.")
        .arg(domainType, arch);
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

static Result<HostCapabilities> readOnWorker(WorkerContext &w)
{
    const QString op = Tr::tr("Read the capabilities of %1").arg(w.uri);
    if (Status s = w.requireConnection(op); !s)
        return s.error();
    HostCapabilities caps;
    caps.uri = w.uri;
    caps.session = Uri::isSession(w.uri);
    Result<Capabilities> parsed = queryCapabilities(w);
    if (!parsed)
        return Error{op, parsed.error().message, parsed.error().code};
    caps.setCapabilities(parsed.value());

    virNodeInfo node;
    if (virNodeGetInfo(w.conn, &node) == 0)
        caps.hostCpus = int(node.cpus);
    virResetLastError();
    const HostMemory memory = readHostMemory(w.conn);
    caps.memoryKiB = memory.totalKiB;
    caps.freeMemoryKiB = memory.availableKiB;
    caps.numaMemoryKiB = memory.numaKiB;
    caps.memoryNote = memory.note;

    // One domain capabilities query per virt type and arch: they also answer "does libvirt offer
    // kvm" for the KVM decision (each can take seconds while libvirt probes QEMU).
    Result<DomainCapabilities> hostKvm = Error{};
    Result<DomainCapabilities> hostQemu = Error{};
    for (const GuestCapability &g : std::as_const(caps.guests)) {
        if (g.osType != QLatin1String("hvm"))
            continue;
        for (const QString &type : g.domainTypes) {
            const QString key = type + QLatin1Char('/') + g.arch;
            if (caps.maxVcpus.contains(key))
                continue;
            int max = 0;
            const Result<DomainCapabilities> dc = queryDomainCapabilities(w, g.arch, type);
            if (dc) {
                max = dc->maxVcpus;
                caps.firmware.insert(key,
                                     FirmwareOffer{dc->firmwares.contains(QLatin1String("efi")),
                                                   dc->loaderSecure.contains(QLatin1String("yes")),
                                                   dc->offersTpmEmulator()});
            }
            if (g.arch == caps.hostArch && type == QLatin1String("kvm"))
                hostKvm = dc;
            else if (g.arch == caps.hostArch && type == QLatin1String("qemu"))
                hostQemu = dc;
            if (max <= 0) // drivers without domain capabilities (the test driver)
                max = virConnectGetMaxVcpus(w.conn, type.toUtf8().constData());
            virResetLastError();
            caps.maxVcpus.insert(key, max > 0 ? max : caps.hostCpus);
        }
    }
    // libvirt lists no kvm guest: ask anyway, for its reason.
    if (Uri::driver(w.uri) == QLatin1String("qemu") && !hostKvm &&
        hostKvm.error().message.isEmpty())
        hostKvm = queryDomainCapabilities(w, caps.hostArch, QStringLiteral("kvm"));
    caps.kvm = decideKvm(gatherKvmInputs(w, parsed.value(), hostKvm, hostQemu));

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
        return lastLibvirtError(Tr::tr("List the domains of %1").arg(w.uri));
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
