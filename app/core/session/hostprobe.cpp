// SPDX-License-Identifier: GPL-2.0-or-later
#include "hostprobe_p.h"

#include "core/common/coretr.h"

#include "core/common/uri.h"
#include "hostworker_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamWriter>

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Vireo {

Result<Capabilities> queryCapabilities(WorkerContext &w)
{
    char *xml = virConnectGetCapabilities(w.conn);
    if (!xml)
        return lastLibvirtError(Tr::tr("Read the capabilities of %1").arg(w.uri));
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
            lastLibvirtError(Tr::tr("Read the %1 domain capabilities of %2").arg(virtType, w.uri));
        virResetLastError();
        return e;
    }
    const QString text = QString::fromUtf8(xml);
    free(xml);
    return parseDomainCapabilitiesXml(text);
}

std::optional<NodeMemoryStats> readNodeMemoryStats(virConnectPtr conn)
{
    std::optional<NodeMemoryStats> stats;
    int n = 0;
    if (virNodeGetMemoryStats(conn, VIR_NODE_MEMORY_STATS_ALL_CELLS, nullptr, &n, 0) == 0 &&
        n > 0) {
        QList<virNodeMemoryStats> params(n);
        if (virNodeGetMemoryStats(conn, VIR_NODE_MEMORY_STATS_ALL_CELLS, params.data(), &n, 0) ==
            0) {
            NodeMemoryStats s;
            for (int i = 0; i < n; ++i) {
                const QLatin1String field(params[i].field);
                if (field == QLatin1String(VIR_NODE_MEMORY_STATS_TOTAL))
                    s.totalKiB = params[i].value;
                else if (field == QLatin1String(VIR_NODE_MEMORY_STATS_FREE))
                    s.freeKiB = params[i].value;
                else if (field == QLatin1String(VIR_NODE_MEMORY_STATS_BUFFERS))
                    s.buffersKiB = params[i].value;
                else if (field == QLatin1String(VIR_NODE_MEMORY_STATS_CACHED))
                    s.cachedKiB = params[i].value;
            }
            stats = s;
        }
    }
    virResetLastError(); // drivers without these (the test driver has no memory statistics)
    return stats;
}

HostMemory readHostMemory(virConnectPtr conn)
{
    quint64 nodeKiB = 0;
    virNodeInfo node;
    if (virNodeGetInfo(conn, &node) == 0)
        nodeKiB = node.memory;
    const quint64 freeKiB = virNodeGetFreeMemory(conn) / 1024;
    virResetLastError();
    return chooseHostMemory(nodeKiB, freeKiB, readNodeMemoryStats(conn));
}

/// The host CPU as a <cpu> definition, for virConnectBaselineCPU.
static QString hostCpuXml(const Capabilities &caps)
{
    QString out;
    QXmlStreamWriter x(&out);
    x.writeStartElement(QStringLiteral("cpu"));
    x.writeTextElement(QStringLiteral("arch"), caps.hostArch);
    x.writeTextElement(QStringLiteral("model"), caps.cpuModel);
    if (!caps.cpuVendor.isEmpty())
        x.writeTextElement(QStringLiteral("vendor"), caps.cpuVendor);
    for (const QString &f : caps.cpuFeatures) {
        x.writeEmptyElement(QStringLiteral("feature"));
        x.writeAttribute(QStringLiteral("name"), f);
    }
    x.writeEndElement();
    return out;
}

static QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

static QString userName(uint uid)
{
    struct passwd pw, *found = nullptr;
    char buf[4096];
    if (getpwuid_r(uid, &pw, buf, sizeof buf, &found) == 0 && found)
        return QString::fromLocal8Bit(pw.pw_name);
    return QString::number(uid);
}

static QString groupName(uint gid)
{
    struct group gr, *found = nullptr;
    char buf[4096];
    if (getgrgid_r(gid, &gr, buf, sizeof buf, &found) == 0 && found)
        return QString::fromLocal8Bit(gr.gr_name);
    return QString::number(gid);
}

/// The user QEMU runs as for a system daemon, from the DAC label; root when there is none (no DAC
/// driver: QEMU runs as the daemon).
static std::optional<UserIds> qemuUserIds(const Capabilities &caps)
{
    const QString label = caps.dacBaseLabel(QStringLiteral("kvm"));
    if (label.isEmpty())
        return UserIds{0, 0, {}};
    const std::optional<DacLabel> dac = parseDacLabel(label);
    if (!dac)
        return std::nullopt;
    UserIds ids;
    if (dac->uid) {
        ids.uid = *dac->uid;
    } else {
        struct passwd pw, *found = nullptr;
        char buf[4096];
        const QByteArray name = dac->user.toLocal8Bit();
        if (getpwnam_r(name.constData(), &pw, buf, sizeof buf, &found) != 0 || !found)
            return std::nullopt;
        ids.uid = pw.pw_uid;
    }
    if (dac->gid) {
        ids.gid = *dac->gid;
    } else {
        struct group gr, *found = nullptr;
        char buf[4096];
        const QByteArray name = dac->group.toLocal8Bit();
        if (getgrnam_r(name.constData(), &gr, buf, sizeof buf, &found) != 0 || !found)
            return std::nullopt;
        ids.gid = gr.gr_gid;
    }
    // libvirt gives QEMU the supplementary groups of its user (virSetUIDGID).
    struct passwd pw, *found = nullptr;
    char buf[4096];
    if (getpwuid_r(ids.uid, &pw, buf, sizeof buf, &found) == 0 && found) {
        int n = 64;
        QList<gid_t> groups(n);
        if (getgrouplist(pw.pw_name, ids.gid, groups.data(), &n) < 0) {
            groups.resize(n);
            getgrouplist(pw.pw_name, ids.gid, groups.data(), &n);
        }
        for (int i = 0; i < n && i < groups.size(); ++i)
            ids.groups << uint(groups[i]);
    }
    return ids;
}

static bool canOpenKvm()
{
    const int fd = ::open("/dev/kvm", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

static void readDevice(const QString &uri, const Capabilities &caps, KvmInputs &in)
{
    struct stat st;
    if (::stat("/dev/kvm", &st) != 0) {
        in.device = KvmInputs::Device::Missing;
        return;
    }
    const FileOwnership file{uint(st.st_uid), uint(st.st_gid), uint(st.st_mode & 07777)};
    in.deviceMode = QStringLiteral("%1:%2 %3")
                        .arg(userName(file.uid), groupName(file.gid))
                        .arg(file.mode, 4, 8, QLatin1Char('0'));
    if (Uri::isSession(uri)) {
        // The session daemon and its QEMU run as this user: opening it is the whole answer
        // (and counts ACLs, which the bits do not show).
        in.qemuUserName = userName(uint(getuid()));
        in.qemuUser = Tr::tr("%1 (you)").arg(in.qemuUserName);
        in.device = canOpenKvm() ? KvmInputs::Device::Accessible : KvmInputs::Device::Denied;
        return;
    }
    const std::optional<UserIds> qemu = qemuUserIds(caps);
    if (!qemu) {
        in.device = KvmInputs::Device::Unknown;
        return;
    }
    in.qemuUserName = userName(qemu->uid);
    in.qemuUser = Tr::tr("%1 (uid %2, gid %3)").arg(in.qemuUserName).arg(qemu->uid).arg(qemu->gid);
    if (allowsReadWrite(file, *qemu)) {
        in.device = KvmInputs::Device::Accessible;
        return;
    }
    // The system daemon runs as root, which any device node lets in; where Vireo is root too,
    // try it rather than trust that.
    const bool daemonCanOpen = getuid() == 0 ? canOpenKvm() : true;
    in.device = daemonCanOpen ? KvmInputs::Device::DeniedToQemu : KvmInputs::Device::Denied;
}

KvmInputs gatherKvmInputs(WorkerContext &w, const Capabilities &caps,
                          const Result<DomainCapabilities> &kvm,
                          const Result<DomainCapabilities> &qemu)
{
    KvmInputs in;
    const QString driver = Uri::driver(w.uri);
    in.local = Uri::isLocal(w.uri);
    in.session = Uri::isSession(w.uri);
    if (driver == QLatin1String("test")) {
        in.driver = KvmInputs::Driver::Test;
        return in;
    }
    if (driver != QLatin1String("qemu")) {
        in.driver = KvmInputs::Driver::Other;
        in.driverName = driver;
        return in;
    }

    if (in.local) {
        const QString cpuinfo = readFile(QStringLiteral("/proc/cpuinfo"));
        in.cpuKnown = !cpuinfo.isEmpty();
        in.cpuFlag = cpuVirtualizationFlag(cpuinfo);
        readDevice(w.uri, caps, in);
    } else {
        in.cpuFlag = caps.cpuVirtualizationFeature();
        in.cpuKnown = !caps.cpuModel.isEmpty() || !caps.cpuFeatures.isEmpty();
        // Features a named model includes are not listed (EPYC has svm): let libvirt expand them.
        if (in.cpuFlag.isEmpty() && !caps.cpuModel.isEmpty()) {
            const QByteArray cpu = hostCpuXml(caps).toUtf8();
            const char *xmls[] = {cpu.constData()};
            if (char *expanded = virConnectBaselineCPU(w.conn, xmls, 1,
                                                       VIR_CONNECT_BASELINE_CPU_EXPAND_FEATURES)) {
                const QStringList features = parseCpuFeatures(QString::fromUtf8(expanded));
                free(expanded);
                if (features.contains(QLatin1String("vmx")))
                    in.cpuFlag = QStringLiteral("vmx");
                else if (features.contains(QLatin1String("svm")))
                    in.cpuFlag = QStringLiteral("svm");
            } else {
                in.cpuKnown = false; // the model alone does not say
            }
            virResetLastError();
        }
        in.device = KvmInputs::Device::Unknown;
    }

    in.kvmOffered = kvm.ok();
    if (!kvm.ok())
        in.kvmRefusal = kvm.error().message;
    in.qemuOffered = qemu.ok();
    return in;
}

} // namespace Vireo
