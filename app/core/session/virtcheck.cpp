#include "core/session/virtcheck.h"

#include "core/common/uri.h"
#include "core/session/hostprobe_p.h"
#include "hostsession_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <fcntl.h>
#include <unistd.h>

namespace Vireo {

static QString tr(const char *text)
{
    return QCoreApplication::translate("Vireo::VirtCheck", text);
}

QString cpuVirtualizationFlag(const QString &cpuinfo)
{
    static const QRegularExpression flagsLine(QStringLiteral("^flags\\s*:(.*)$"),
                                              QRegularExpression::MultilineOption);
    auto it = flagsLine.globalMatch(cpuinfo);
    while (it.hasNext()) {
        const QStringList flags = it.next().captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (flags.contains(QLatin1String("vmx")))
            return QStringLiteral("vmx");
        if (flags.contains(QLatin1String("svm")))
            return QStringLiteral("svm");
    }
    return {};
}

QString loadedKvmModules(const QString &modules)
{
    QStringList found;
    for (const QString &line : modules.split(QLatin1Char('\n'))) {
        const QString name = line.section(QLatin1Char(' '), 0, 0);
        if (name == QLatin1String("kvm") || name == QLatin1String("kvm_intel") ||
            name == QLatin1String("kvm_amd"))
            found.append(name);
    }
    return found.join(QStringLiteral(", "));
}

static QString readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

void runVirtCheck(HostSession *session, QObject *context,
                  std::function<void(Result<VirtCheck>)> done)
{
    runOnWorker<Result<VirtCheck>>(
        session, context,
        [](WorkerContext &w) -> Result<VirtCheck> {
            const QString op = tr("Check virtualization support");
            if (Status s = w.requireConnection(op); !s)
                return s.error();
            VirtCheck check;
            const bool local = Uri::isLocal(w.uri);
            using L = VirtCheckItem::Level;

            // 1. CPU extensions.
            VirtCheckItem cpu;
            cpu.title = tr("CPU virtualization extensions (vmx / svm)");
            cpu.explanation = tr("KVM needs the processor's virtualization extensions: vmx on "
                                 "Intel (VT-x), svm on AMD (AMD-V). They can be switched off in "
                                 "the firmware setup, and are usually hidden inside a VM.");
            QString flag;
            if (local) {
                flag = cpuVirtualizationFlag(readFile(QStringLiteral("/proc/cpuinfo")));
            } else if (const Result<Capabilities> caps = queryCapabilities(w)) {
                flag = caps->cpuVirtualizationFeature();
            }
            virResetLastError();
            if (flag == QLatin1String("vmx")) {
                cpu.level = L::Ok;
                cpu.finding = tr("vmx present (Intel VT-x)");
            } else if (flag == QLatin1String("svm")) {
                cpu.level = L::Ok;
                cpu.finding = tr("svm present (AMD-V)");
            } else {
                cpu.level = L::Problem;
                cpu.finding = tr("neither vmx nor svm: this CPU cannot run KVM guests");
            }
            check.items.append(cpu);

            if (local) {
                // 2. The kvm module.
                VirtCheckItem mod;
                mod.title = tr("KVM kernel module");
                mod.explanation = tr("The kvm module, with kvm_intel or kvm_amd, is the part of "
                                     "Linux that runs guests on the CPU directly.");
                const QString mods = loadedKvmModules(readFile(QStringLiteral("/proc/modules")));
                if (mods.contains(QLatin1String("kvm_"))) {
                    mod.level = L::Ok;
                    mod.finding = tr("loaded: %1").arg(mods);
                } else if (!mods.isEmpty()) {
                    mod.level = L::Warning;
                    mod.finding =
                        tr("only %1 is loaded; the vendor module (kvm_intel or kvm_amd) is missing")
                            .arg(mods);
                } else if (QFileInfo::exists(QStringLiteral("/sys/module/kvm"))) {
                    mod.level = L::Ok;
                    mod.finding = tr("built into the kernel");
                } else {
                    mod.level = L::Problem;
                    mod.finding = tr("not loaded (try: modprobe kvm_intel or modprobe kvm_amd)");
                }
                check.items.append(mod);

                // 3. /dev/kvm.
                VirtCheckItem dev;
                dev.title = tr("/dev/kvm");
                dev.explanation = tr("QEMU opens /dev/kvm to use KVM. It must exist and be "
                                     "readable and writable by the user QEMU runs as (usually "
                                     "the kvm group).");
                if (!QFileInfo::exists(QStringLiteral("/dev/kvm"))) {
                    dev.level = L::Problem;
                    dev.finding = tr("does not exist");
                } else {
                    const int fd = ::open("/dev/kvm", O_RDWR | O_CLOEXEC);
                    if (fd >= 0) {
                        ::close(fd);
                        dev.level = flag.isEmpty() ? L::Warning : L::Ok;
                        dev.finding = flag.isEmpty()
                                          ? tr("exists and opens, but without CPU support KVM "
                                               "cannot run guests")
                                          : tr("exists and is usable");
                    } else {
                        dev.level = L::Problem;
                        dev.finding = tr("exists but cannot be opened: %1")
                                          .arg(QString::fromLocal8Bit(strerror(errno)));
                    }
                }
                check.items.append(dev);
            }

            // 4. What libvirt offers.
            VirtCheckItem caps;
            caps.title = tr("Virtualization types offered by libvirt");
            caps.explanation = tr("kvm runs guests at near-native speed. qemu (TCG) emulates the "
                                  "CPU in software: it works everywhere, but is many times "
                                  "slower.");
            auto offers = [&w](const char *virttype, QString *why) {
                const Result<DomainCapabilities> dc =
                    queryDomainCapabilities(w, QString(), QString::fromLatin1(virttype));
                if (!dc)
                    *why = dc.error().message;
                return dc.ok();
            };
            QString whyKvm, whyQemu;
            check.kvmOffered = offers("kvm", &whyKvm);
            check.qemuOffered = offers("qemu", &whyQemu);
            if (check.kvmOffered) {
                caps.level = L::Ok;
                caps.finding = check.qemuOffered ? tr("kvm and qemu") : tr("kvm");
            } else if (check.qemuOffered) {
                caps.level = L::Warning;
                caps.finding = tr("qemu only (software emulation): %1").arg(whyKvm);
            } else {
                caps.level = L::Unknown;
                caps.finding = tr("this driver does not report domain capabilities (%1)")
                                   .arg(whyKvm.isEmpty() ? whyQemu : whyKvm);
            }
            check.items.append(caps);

            if (check.kvmOffered)
                check.verdict = tr("Guests on this host run with KVM acceleration.");
            else if (check.qemuOffered)
                check.verdict = tr("Guests on this host run under software emulation (TCG): "
                                   "they work, but slowly. Use <domain type='qemu'>.");
            else
                check.verdict = tr("This host does not say how it runs guests.");
            return check;
        },
        std::move(done));
}

} // namespace Vireo
