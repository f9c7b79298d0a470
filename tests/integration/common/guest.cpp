// SPDX-License-Identifier: GPL-2.0-or-later
#include "guest.h"

#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamWriter>

#include <signal.h>
#include <unistd.h>

namespace Vireo::Integration {

static QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

static QString libvirtMessage()
{
    virErrorPtr err = virGetLastError();
    const QString msg = err && err->message ? QString::fromUtf8(err->message)
                                            : QStringLiteral("unknown libvirt error");
    virResetLastError();
    return msg;
}

static QString defaultGuestCache()
{
    if (const QString cache = env("VIREO_GUEST_CACHE"); !cache.isEmpty())
        return cache;
    if (geteuid() == 0)
        return QStringLiteral("/var/cache/vireo-guest");
    QString base = env("XDG_CACHE_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.cache");
    return base + QStringLiteral("/vireo-guest");
}

Environment Environment::detect()
{
    Environment e;
    e.sourceDir = env("VIREO_SOURCE_DIR");
    if (e.sourceDir.isEmpty())
        e.sourceDir = QStringLiteral(VIREO_IT_SOURCE_DIR);
    e.uri = env("VIREO_INTEGRATION_URI");
    if (e.uri.isEmpty())
        e.uri =
            geteuid() == 0 ? QStringLiteral("qemu:///system") : QStringLiteral("qemu:///session");
    const QString cache = defaultGuestCache();
    e.kernel = env("VIREO_GUEST_KERNEL");
    if (e.kernel.isEmpty())
        e.kernel = cache + QStringLiteral("/vmlinuz");
    e.initrd = env("VIREO_GUEST_INITRD");
    if (e.initrd.isEmpty())
        e.initrd = cache + QStringLiteral("/initrd.gz");
    e.saslUri = env("VIREO_INTEGRATION_SASL_URI");
    e.saslUser = env("VIREO_INTEGRATION_SASL_USER");
    e.saslPasswordFile = env("VIREO_INTEGRATION_SASL_PASSWORD_FILE");
    if (geteuid() == 0) { // libvirtd.sh's defaults
        QString state = env("VIREO_INTEGRATION_STATE");
        if (state.isEmpty())
            state = QStringLiteral("/run/vireo-integration");
        if (e.saslUri.isEmpty())
            e.saslUri = QStringLiteral("qemu+tcp://127.0.0.1:16509/system");
        if (e.saslUser.isEmpty())
            e.saslUser = QStringLiteral("vireo-it");
        if (e.saslPasswordFile.isEmpty())
            e.saslPasswordFile = state + QStringLiteral("/sasl/password");
    }

    const QString hint = QStringLiteral(" (run: bash tests/integration/setup.sh)");
    if (!QFileInfo::exists(e.kernel) || !QFileInfo::exists(e.initrd)) {
        e.unavailable = QStringLiteral("no test guest at %1 and %2").arg(e.kernel, e.initrd) + hint;
        return e;
    }
    // The same event loop the code under test uses; it must be registered before any connection.
    LibvirtEventLoop::start();
    const QByteArray uri = e.uri.toUtf8();
    virConnectPtr conn = virConnectOpen(uri.constData());
    if (!conn) {
        e.unavailable =
            QStringLiteral("cannot connect to %1: %2").arg(e.uri, libvirtMessage()) + hint;
        return e;
    }
    char *caps = virConnectGetCapabilities(conn);
    const QString capabilities = caps ? QString::fromUtf8(caps) : QString();
    free(caps);
    virConnectClose(conn);
    if (!capabilities.contains(QLatin1String("<domain type='qemu'")))
        e.unavailable =
            QStringLiteral("%1 offers no QEMU domains (qemu-system-x86 missing?)").arg(e.uri);
    return e;
}

QString Environment::libvirtdScript() const
{
    return sourceDir + QStringLiteral("/tests/integration/libvirtd.sh");
}

QString guestXml(const Environment &env, const GuestSpec &spec)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartElement(QStringLiteral("domain"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("qemu")); // no KVM on CI machines
    w.writeTextElement(QStringLiteral("name"), spec.name);
    w.writeTextElement(QStringLiteral("title"), QStringLiteral("Vireo integration test guest"));
    auto mib = [&w](const QString &element, int value) {
        w.writeStartElement(element);
        w.writeAttribute(QStringLiteral("unit"), QStringLiteral("MiB"));
        w.writeCharacters(QString::number(value));
        w.writeEndElement();
    };
    mib(QStringLiteral("memory"), spec.memoryMiB);
    mib(QStringLiteral("currentMemory"), spec.memoryMiB);
    w.writeStartElement(QStringLiteral("vcpu"));
    w.writeAttribute(QStringLiteral("placement"), QStringLiteral("static"));
    w.writeAttribute(QStringLiteral("current"), QString::number(spec.vcpus));
    w.writeCharacters(QString::number(spec.maxVcpus));
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("os"));
    w.writeStartElement(QStringLiteral("type"));
    w.writeAttribute(QStringLiteral("arch"), QStringLiteral("x86_64"));
    w.writeAttribute(QStringLiteral("machine"), QStringLiteral("pc"));
    w.writeCharacters(QStringLiteral("hvm"));
    w.writeEndElement();
    w.writeTextElement(QStringLiteral("kernel"), env.kernel);
    w.writeTextElement(QStringLiteral("initrd"), env.initrd);
    w.writeTextElement(QStringLiteral("cmdline"), QStringLiteral("console=ttyS0 console=tty0"));
    w.writeEndElement(); // os

    w.writeStartElement(QStringLiteral("features"));
    w.writeEmptyElement(QStringLiteral("acpi")); // the power button, for a clean shutdown
    w.writeEmptyElement(QStringLiteral("apic"));
    w.writeEndElement();
    w.writeTextElement(QStringLiteral("on_poweroff"), QStringLiteral("destroy"));
    w.writeTextElement(QStringLiteral("on_reboot"), QStringLiteral("restart"));
    w.writeTextElement(QStringLiteral("on_crash"), QStringLiteral("destroy"));

    w.writeStartElement(QStringLiteral("devices"));
    if (!spec.dataDiskPath.isEmpty()) {
        w.writeStartElement(QStringLiteral("disk"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("file"));
        w.writeAttribute(QStringLiteral("device"), QStringLiteral("disk"));
        w.writeEmptyElement(QStringLiteral("driver"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("qemu"));
        w.writeAttribute(QStringLiteral("type"), spec.dataDiskFormat);
        w.writeEmptyElement(QStringLiteral("source"));
        w.writeAttribute(QStringLiteral("file"), spec.dataDiskPath);
        w.writeEmptyElement(QStringLiteral("target"));
        w.writeAttribute(QStringLiteral("dev"), QStringLiteral("vda"));
        w.writeAttribute(QStringLiteral("bus"), QStringLiteral("virtio"));
        w.writeEndElement(); // disk
    }
    if (!spec.networkName.isEmpty()) {
        w.writeStartElement(QStringLiteral("interface"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("network"));
        w.writeEmptyElement(QStringLiteral("source"));
        w.writeAttribute(QStringLiteral("network"), spec.networkName);
        if (!spec.macAddress.isEmpty()) {
            w.writeEmptyElement(QStringLiteral("mac"));
            w.writeAttribute(QStringLiteral("address"), spec.macAddress);
        }
        w.writeEmptyElement(QStringLiteral("model"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("virtio"));
        w.writeEndElement(); // interface
    }
    if (!spec.serialLogPath.isEmpty()) {
        // A pty, so that libvirt's console reaches the guest's serial shell; QEMU logs all the
        // guest writes to the file as well, which is what SerialLog reads.
        w.writeStartElement(QStringLiteral("serial"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("pty"));
        w.writeEmptyElement(QStringLiteral("log"));
        w.writeAttribute(QStringLiteral("file"), spec.serialLogPath);
        w.writeAttribute(QStringLiteral("append"), QStringLiteral("off"));
        w.writeEmptyElement(QStringLiteral("target"));
        w.writeAttribute(QStringLiteral("port"), QStringLiteral("0"));
        w.writeEndElement();
    }
    w.writeStartElement(QStringLiteral("video"));
    w.writeEmptyElement(QStringLiteral("model"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("vga"));
    w.writeEndElement();
    w.writeEmptyElement(QStringLiteral("graphics"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("vnc"));
    w.writeAttribute(QStringLiteral("port"), QStringLiteral("-1"));
    w.writeAttribute(QStringLiteral("autoport"), QStringLiteral("yes"));
    w.writeAttribute(QStringLiteral("listen"), QStringLiteral("127.0.0.1"));
    w.writeStartElement(QStringLiteral("memballoon"));
    w.writeAttribute(QStringLiteral("model"), QStringLiteral("virtio"));
    if (spec.balloonStatsPeriod > 0) {
        w.writeEmptyElement(QStringLiteral("stats"));
        w.writeAttribute(QStringLiteral("period"), QString::number(spec.balloonStatsPeriod));
    }
    w.writeEndElement(); // memballoon
    w.writeEndElement(); // devices
    w.writeEndElement(); // domain
    return xml;
}

QString testDomainName(const QString &purpose)
{
    return QStringLiteral("%1%2-%3")
        .arg(QLatin1String(kTestDomainPrefix))
        .arg(QCoreApplication::applicationPid())
        .arg(purpose);
}

// Whether the domain belongs to this process or to one that is gone.
static bool isOurs(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("^%1(\\d+)-").arg(QLatin1String(kTestDomainPrefix)));
    const auto match = re.match(name);
    if (!match.hasMatch())
        return false;
    const qint64 pid = match.captured(1).toLongLong();
    if (pid == QCoreApplication::applicationPid())
        return true;
    return kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

QStringList removeTestDomains(const QString &uri)
{
    QStringList removed;
    LibvirtEventLoop::start();
    const QByteArray u = uri.toUtf8();
    virConnectPtr conn = virConnectOpen(u.constData());
    if (!conn) {
        qWarning("cleanup: cannot connect to %s: %s", u.constData(), qPrintable(libvirtMessage()));
        return removed;
    }
    virDomainPtr *domains = nullptr;
    const int n = virConnectListAllDomains(conn, &domains, 0);
    for (int i = 0; i < n; ++i) {
        virDomainPtr dom = domains[i];
        const QString name = QString::fromUtf8(virDomainGetName(dom));
        if (isOurs(name)) {
            if (virDomainIsActive(dom) == 1 && virDomainDestroy(dom) < 0)
                qWarning("cleanup: destroy %s: %s", qPrintable(name), qPrintable(libvirtMessage()));
            // UEFI guests' variables and TPM state go too; libvirt refuses to undefine a
            // domain with NVRAM without being told what to do with it.
            if (virDomainIsPersistent(dom) == 1 &&
                virDomainUndefineFlags(
                    dom, VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA |
                             VIR_DOMAIN_UNDEFINE_NVRAM | VIR_DOMAIN_UNDEFINE_TPM) < 0)
                qWarning("cleanup: undefine %s: %s", qPrintable(name),
                         qPrintable(libvirtMessage()));
            removed.append(name);
        }
        virDomainFree(dom);
    }
    free(domains);
    virResetLastError();
    virConnectClose(conn);
    return removed;
}

QString SerialLog::text() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // The kernel writes \r\n; keep it simple for the matchers.
    return QString::fromUtf8(file.readAll()).remove(QLatin1Char('\r'));
}

GuestStatus SerialLog::lastStatus() const
{
    static const QRegularExpression re(
        QStringLiteral("VIREO-STATUS cpus_online=(\\d+) memtotal_kib=(\\d+)$"),
        QRegularExpression::MultilineOption);
    GuestStatus status;
    auto it = re.globalMatch(text());
    while (it.hasNext()) {
        const auto m = it.next();
        status.cpusOnline = m.captured(1).toInt();
        status.memTotalKiB = m.captured(2).toLongLong();
    }
    return status;
}

QString SerialLog::lastValue(const QString &prefix) const
{
    const QStringList lines = text().split(QLatin1Char('\n'));
    // The last line may still be being written; only complete lines count. A report may follow
    // the serial shell's prompt on the same line, so the prefix may start anywhere in it.
    for (qsizetype i = lines.size() - 2; i >= 0; --i) {
        if (const qsizetype at = lines.at(i).indexOf(prefix); at >= 0)
            return lines.at(i).mid(at + prefix.size()).trimmed();
    }
    return {};
}

int SerialLog::countLines(const QString &prefix) const
{
    const QStringList lines = text().split(QLatin1Char('\n'));
    int n = 0;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        n += lines.at(i).contains(prefix) ? 1 : 0;
    return n;
}

QString typeOnSerialConsole(const QString &uri, const QString &domainName, const QString &line,
                            bool force)
{
    LibvirtEventLoop::start(); // a non-blocking stream's data arrives through the event loop
    const QByteArray u = uri.toUtf8();
    virConnectPtr conn = virConnectOpen(u.constData());
    if (!conn)
        return QStringLiteral("cannot connect to %1: %2").arg(uri, libvirtMessage());
    QString error;
    virDomainPtr dom = virDomainLookupByName(conn, domainName.toUtf8().constData());
    virStreamPtr stream = dom ? virStreamNew(conn, VIR_STREAM_NONBLOCK) : nullptr;
    QByteArray received;
    // What the guest printed so far on this console; false on an error or the end of the stream.
    auto pump = [&] {
        char buffer[4096];
        for (;;) {
            const int n = virStreamRecv(stream, buffer, sizeof buffer);
            if (n > 0)
                received.append(buffer, n);
            else
                return n == -2; // -2: nothing more for now
        }
    };
    if (!dom) {
        error = QStringLiteral("no domain %1: %2").arg(domainName, libvirtMessage());
    } else if (!stream) {
        error = QStringLiteral("no stream: %1").arg(libvirtMessage());
    } else if (virDomainOpenConsole(dom, nullptr, stream,
                                    force ? VIR_DOMAIN_CONSOLE_FORCE : VIR_DOMAIN_CONSOLE_SAFE) <
               0) {
        error =
            QStringLiteral("cannot open the console of %1: %2").arg(domainName, libvirtMessage());
    } else if (!QTest::qWaitFor([&] { return !pump() || !received.isEmpty(); }, 30000) ||
               received.isEmpty()) {
        // QEMU reads a pty only once it has noticed that someone opened it (it looks every
        // second); what is sent before then stays unread. The guest prints every 2 s, so the
        // first bytes it passes on say that it listens.
        error = QStringLiteral("the console of %1 passed nothing on within 30 s").arg(domainName);
    } else {
        // The shell reads a line at a time; a carriage return ends it, as a terminal sends.
        const QByteArray bytes = line.toUtf8() + "\r";
        qsizetype sent = 0;
        while (sent < bytes.size() && error.isEmpty()) {
            const int n =
                virStreamSend(stream, bytes.constData() + sent, size_t(bytes.size() - sent));
            if (n >= 0)
                sent += n;
            else if (n == -2)
                QTest::qWait(10);
            else
                error = QStringLiteral("sending to the console failed: %1").arg(libvirtMessage());
        }
        // The terminal's echo of the line says the shell has it; then the console may go.
        received.clear();
        if (error.isEmpty()) {
            const bool echoed =
                QTest::qWaitFor([&] { return !pump() || received.contains(line.toUtf8()); }, 30000);
            if (!echoed || !received.contains(line.toUtf8()))
                error = QStringLiteral("the guest did not echo \"%1\" within 30 s").arg(line);
        }
    }
    if (stream) {
        if (virStreamFinish(stream) < 0)
            virStreamAbort(stream);
        virStreamFree(stream);
    }
    if (dom)
        virDomainFree(dom);
    virResetLastError();
    virConnectClose(conn);
    return error;
}

QString SerialLog::tail(int lines) const
{
    const QStringList all = text().split(QLatin1Char('\n'));
    return all.mid(qMax(0, int(all.size()) - lines)).join(QLatin1Char('\n'));
}

ScriptResult runLibvirtdScript(const Environment &env, const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bash"), QStringList{env.libvirtdScript()} + args);
    ScriptResult result;
    if (!process.waitForFinished(600000)) {
        process.kill();
        process.waitForFinished();
        result.output = QStringLiteral("libvirtd.sh %1 did not finish").arg(args.join(' '));
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return result;
}

QString prepareScratch(const Environment &env, const QString &dir)
{
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        return QStringLiteral("no scratch folder (%1)").arg(dir);
    if (!QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                        QFile::ReadOther | QFile::ExeOther))
        return QStringLiteral("cannot open %1 to QEMU").arg(dir);
    removeTestDomains(env.uri);
    return QString();
}

GuestSpec testGuestSpec(const QString &purpose, const QString &dir, int memoryMiB)
{
    GuestSpec spec;
    spec.name = testDomainName(purpose);
    spec.serialLogPath = QDir(dir).filePath(purpose + QLatin1String(".serial.log"));
    spec.memoryMiB = memoryMiB;
    return spec;
}

std::unique_ptr<HostSession> connectedSession(const QString &uri, QString *error, int timeoutMs)
{
    auto session = std::make_unique<HostSession>(uri);
    session->connectToHost();
    if (!QTest::qWaitFor([&] { return session->state() == HostState::Connected; }, timeoutMs)) {
        *error = QStringLiteral("%1 did not connect within %2 s: %3")
                     .arg(uri)
                     .arg(timeoutMs / 1000)
                     .arg(session->stateReason());
        return nullptr;
    }
    return session;
}

Booted defineAndBoot(HostSession *session, const Environment &env, const GuestSpec &spec,
                     int timeoutMs)
{
    return defineAndBoot(session, guestXml(env, spec), spec, timeoutMs);
}

Booted defineAndBoot(HostSession *session, const QString &xml, const GuestSpec &spec, int timeoutMs)
{
    Booted out;
    QObject context;
    DomainState state = DomainState::NoState;
    QString failure;
    QObject::connect(session, &HostSession::domainChanged, &context, [&](const DomainInfo &d) {
        if (!out.uuid.isEmpty() && d.uuid == out.uuid)
            state = d.state;
    });
    QObject::connect(session, &HostSession::operationFailed, &context,
                     [&](const Error &e) { failure = e.text(); });

    Pending<Result<QString>> defined;
    DomainActions::defineXml(session, xml, &context, defined.callback());
    if (!QTest::qWaitFor([&] { return defined.ready(); }, timeoutMs)) {
        out.error = QStringLiteral("defineXml did not answer");
        return out;
    }
    if (!defined->ok()) {
        out.error = defined->error().text();
        return out;
    }
    out.uuid = defined->value();
    DomainActions::performAction(session, {out.uuid}, DomainAction::Start);
    const SerialLog serial(spec.serialLogPath);
    const bool booted = QTest::qWaitFor(
        [&] {
            return !failure.isEmpty() ||
                   (state == DomainState::Running && serial.lastStatus().isValid());
        },
        timeoutMs);
    if (!failure.isEmpty())
        out.error = failure;
    else if (!booted)
        out.error = QStringLiteral("the guest did not boot (state %1); serial log:\n%2")
                        .arg(domainStateName(state), serial.tail());
    return out;
}

} // namespace Vireo::Integration
