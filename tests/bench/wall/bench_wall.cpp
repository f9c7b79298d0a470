// SPDX-License-Identifier: GPL-2.0-or-later
// Benchmark: the classroom wall with N thumbnails, each read every 2 s (issue 17).
//
//   bench_wall [--guests N] [--seconds S]          N running test-driver domains (default 30)
//   bench_wall --tiny N [--memory MiB] [--boot-seconds B] [--seconds S]
//       N tiny guests (default 64 MiB each, one vCPU) started at once on the integration tier's
//       libvirtd, waited for up to B s (default 300) to boot, removed afterwards
//   bench_wall --screenshot FILE  also saves the shown wall (its own pixels) to FILE
//
// The wall is shown with every tile in its viewport. It measures S seconds with the wall hidden
// (the anchor: the session's statistics tick alone), then S seconds shown, and reports for each:
//   reads       thumbnails read (virDomainScreenshot, decoded and scaled on the worker), per s
//   stall       the longest the GUI event loop went without turning (a 5 ms probe timer)
//   busy        the most GUI-thread CPU time inside one such gap
//   cpu         this process's CPU (every thread: GUI and the host's worker), % of one core
//   gui_cpu     the GUI thread's CPU, % of one core
//   libvirtd    the CPU of the libvirt daemons (libvirtd, virtqemud), % of one core (tier only)
//   qemu        the CPU of the guests' QEMU processes, % of one core (tier only)
// It prints one line of key=value pairs per phase.
#include "guest.h"

#include "core/domain/domainactions.h"
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "core/session/libvirteventloop.h"
#include "core/session/processsetup.h"
#include "ui/wall/wallmodel.h"
#include "ui/wall/wallwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace Vireo;

namespace {

/// utime + stime of a process, in seconds; -1 when it is gone.
double processCpuSeconds(const QString &pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) /
           double(sysconf(_SC_CLK_TCK));
}

/// The pids whose command name is one of `names`.
QStringList pidsNamed(const QStringList &names)
{
    QStringList out;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        if (pid.toInt() <= 0)
            continue;
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (comm.open(QIODevice::ReadOnly) &&
            names.contains(QString::fromLatin1(comm.readAll().trimmed())))
            out.append(pid);
    }
    return out;
}

double sumCpu(const QStringList &pids)
{
    double sum = 0;
    for (const QString &pid : pids)
        sum += qMax(0.0, processCpuSeconds(pid));
    return sum;
}

double threadCpuMs()
{
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

bool writeFixture(const QString &path, int domains)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray out = "<node>\n<cpu><mhz>3000</mhz><model>bench</model><active>16</active>"
                     "<nodes>1</nodes><sockets>1</sockets><cores>8</cores><threads>2</threads>"
                     "</cpu>\n<memory>268435456</memory>\n";
    for (int i = 0; i < domains; ++i) {
        char buf[512];
        std::snprintf(buf, sizeof buf,
                      "<domain type='test'><name>lab-%02d</name>"
                      "<uuid>6d0b2a4e-0000-4000-8000-%012d</uuid><memory unit='MiB'>512</memory>"
                      "<vcpu>1</vcpu><os><type>hvm</type></os><devices><graphics type='vnc'/>"
                      "</devices></domain>\n",
                      i + 1, i);
        out += buf;
    }
    out += "</node>\n";
    return f.write(out) == out.size();
}

struct Phase
{
    int reads = 0;
    int readsOk = 0;
    qint64 stallMs = 0;
    qint64 busyMs = 0;
    double cpuPercent = 0;
    double guiCpuPercent = 0;
    double libvirtdPercent = -1;
    double qemuPercent = -1;
};

Phase measure(WallWindow &wall, int seconds, const QStringList &daemons, const QStringList &qemus)
{
    Phase p;
    QMetaObject::Connection c = QObject::connect(&wall, &WallWindow::thumbnailFinished, &wall,
                                                 [&p](const QString &, bool ok) {
                                                     ++p.reads;
                                                     p.readsOk += ok ? 1 : 0;
                                                 });
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    double lastGui = threadCpuMs();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        const double gui = threadCpuMs();
        p.stallMs = qMax(p.stallMs, now - lastTick - 5);
        p.busyMs = qMax(p.busyMs, qint64(gui - lastGui));
        lastTick = now;
        lastGui = gui;
    });
    const double cpu0 = processCpuSeconds(QStringLiteral("self"));
    const double gui0 = threadCpuMs();
    const double daemon0 = sumCpu(daemons);
    const double qemu0 = sumCpu(qemus);
    probe.start(5);
    QTest::qWait(seconds * 1000);
    probe.stop();
    const double s = clock.elapsed() / 1000.0;
    p.cpuPercent = (processCpuSeconds(QStringLiteral("self")) - cpu0) / s * 100;
    p.guiCpuPercent = (threadCpuMs() - gui0) / 10.0 / s;
    if (!daemons.isEmpty())
        p.libvirtdPercent = (sumCpu(daemons) - daemon0) / s * 100;
    if (!qemus.isEmpty())
        p.qemuPercent = (sumCpu(qemus) - qemu0) / s * 100;
    QObject::disconnect(c);
    return p;
}

void print(const char *phase, int guests, int seconds, const Phase &p)
{
    std::printf("phase=%s guests=%d seconds=%d reads_per_s=%.1f reads_ok=%d stall_ms=%lld "
                "busy_ms=%lld cpu_percent=%.1f gui_cpu_percent=%.1f libvirtd_percent=%.1f "
                "qemu_percent=%.1f\n",
                phase, guests, seconds, p.reads / double(seconds), p.readsOk, p.stallMs, p.busyMs,
                p.cpuPercent, p.guiCpuPercent, p.libvirtdPercent, p.qemuPercent);
    std::fflush(stdout);
}

/// Defines and starts `count` tiny guests at once, then waits until each has booted (its init's
/// first status line on the serial log): booted one after another, 30 TCG guests on 2 cores take
/// many minutes. A guest that fails TCG's timer check at boot (a loaded machine) is forced off
/// and started again, up to three times. Returns why not, or empty.
QString bootAll(HostSession *session, const Integration::Environment &env, const QString &dir,
                int count, int memoryMiB, int bootSeconds)
{
    struct Guest
    {
        Integration::GuestSpec spec;
        QString uuid;
        int attempts = 0;
        bool booted = false;
    };
    QList<Guest> guests(count);
    QObject context;
    // The wall shows what the session reports running: wait for the session's word too.
    QHash<QString, DomainState> states;
    QObject::connect(session, &HostSession::domainChanged, &context,
                     [&states](const DomainInfo &d) { states[d.uuid] = d.state; });
    QObject::connect(session, &HostSession::domainsChanged, &context,
                     [&states](const QList<DomainInfo> &list) {
                         for (const DomainInfo &d : list)
                             states[d.uuid] = d.state;
                     });
    for (int i = 0; i < count; ++i) {
        Guest &g = guests[i];
        g.spec =
            Integration::testGuestSpec(QStringLiteral("wallbench%1").arg(i + 1), dir, memoryMiB);
        g.spec.maxVcpus = 1;
        g.spec.balloonStatsPeriod = 0;
        g.spec.serialLogPath = dir + QStringLiteral("/wallbench%1.serial.log").arg(i + 1);
        Integration::Pending<Result<QString>> defined;
        DomainActions::defineXml(session, Integration::guestXml(env, g.spec), &context,
                                 defined.callback());
        if (!QTest::qWaitFor([&] { return defined.ready(); }, Integration::kLibvirtCallMs) ||
            !defined->ok())
            return QStringLiteral("guest %1 was not defined").arg(i + 1);
        g.uuid = defined->value();
    }
    auto start = [&](Guest &g) {
        QFile::remove(g.spec.serialLogPath);
        ++g.attempts;
        DomainActions::performAction(session, {g.uuid}, DomainAction::Start);
    };
    for (Guest &g : guests)
        start(g);
    QElapsedTimer clock;
    clock.start();
    const int limitMs = bootSeconds * 1000;
    while (clock.elapsed() < limitMs) {
        int booted = 0;
        for (Guest &g : guests) {
            if (!g.booted) {
                const Integration::SerialLog serial(g.spec.serialLogPath);
                g.booted = serial.lastStatus().isValid();
                if (!g.booted && serial.tail().contains(QLatin1String("Kernel panic")) &&
                    g.attempts < 3) {
                    DomainActions::performAction(session, {g.uuid}, DomainAction::ForceOff);
                    QTest::qWait(1000);
                    start(g);
                }
            }
            booted += g.booted && states.value(g.uuid) == DomainState::Running ? 1 : 0;
        }
        if (booted == count) {
            std::fprintf(stderr, "%d guests booted in %lld ms\n", count,
                         qlonglong(clock.elapsed()));
            return {};
        }
        QTest::qWait(500);
    }
    // A machine too loaded to boot them all in time: the wall still shows every running guest's
    // screen (the firmware's, the kernel's), so measure with those, and say so.
    int booted = 0, running = 0;
    for (const Guest &g : guests) {
        booted += g.booted ? 1 : 0;
        running += states.value(g.uuid) == DomainState::Running ? 1 : 0;
    }
    std::fprintf(stderr,
                 "%d of %d guests booted within %d s; the session reports %d running (%s); "
                 "measuring with those\n",
                 booted, count, limitMs / 1000, running,
                 qPrintable(session->state() == HostState::Connected ? QStringLiteral("connected")
                                                                     : session->stateReason()));
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    Vireo::prepareProcess();
    QApplication app(argc, argv);
    int guests = 30;
    int tiny = 0;
    int tinyMiB = 64;
    int bootSeconds = 300;
    QString screenshot;
    int seconds = 20;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--guests"))
            guests = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--tiny"))
            tiny = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--screenshot"))
            screenshot = args[i + 1];
        else if (args[i] == QLatin1String("--boot-seconds"))
            bootSeconds = qMax(10, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--memory"))
            tinyMiB = qMax(32, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--seconds"))
            seconds = qMax(2, args[i + 1].toInt());
    }
    LibvirtEventLoop::start();
    QTemporaryDir dir;
    QString uri;
    Integration::Environment env;
    QStringList daemons;
    if (tiny > 0) {
        env = Integration::Environment::detect();
        if (!env.unavailable.isEmpty()) {
            std::fprintf(stderr, "no tier: %s\n", qPrintable(env.unavailable));
            return 2;
        }
        const QString notReady = Integration::prepareScratch(env, dir.path());
        if (!notReady.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(notReady));
            return 2;
        }
        uri = env.uri;
        guests = tiny;
        daemons = pidsNamed({QStringLiteral("libvirtd"), QStringLiteral("virtqemud")});
    } else {
        uri = QStringLiteral("test://") + dir.filePath(QStringLiteral("wall.xml"));
        if (!writeFixture(dir.filePath(QStringLiteral("wall.xml")), guests))
            return 2;
    }
    // The model follows the host from before it connects, as the manager's does.
    DomainTreeModel tree;
    auto session = std::make_unique<HostSession>(uri);
    session->setStatsInterval(2000);
    tree.addHost(session.get());
    QSignalSpy listed(session.get(), &HostSession::domainsListed);
    session->connectToHost();
    if (!listed.wait(Integration::kLibvirtCallMs)) {
        std::fprintf(stderr, "%s\n", qPrintable(session->stateReason()));
        return 2;
    }
    if (tiny > 0) {
        const QString failed = bootAll(session.get(), env, dir.path(), tiny, tinyMiB, bootSeconds);
        if (!failed.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(failed));
            Integration::removeTestDomains(uri);
            return 2;
        }
    }
    QElapsedTimer waited;
    waited.start();
    while (tree.domainCount() < guests && waited.elapsed() < 30000)
        QTest::qWait(50);
    WallWindow wall(&tree);
    wall.resize(1700, 1300);
    wall.setHosts({session.get()});
    const QStringList qemus =
        tiny > 0
            ? pidsNamed({QStringLiteral("qemu-system-x86_64"), QStringLiteral("qemu-system-x86")})
            : QStringList();
    std::fprintf(stderr, "%d tiles on the wall\n", wall.model()->rowCount());
    print("hidden", wall.model()->rowCount(), seconds, measure(wall, seconds, daemons, qemus));
    wall.show();
    QTest::qWait(500);
    std::fprintf(stderr, "%lld tiles visible\n", qlonglong(wall.visibleKeys().size()));
    print("shown", wall.model()->rowCount(), seconds, measure(wall, seconds, daemons, qemus));
    if (!screenshot.isEmpty())
        wall.grab().save(screenshot);
    if (tiny > 0)
        Integration::removeTestDomains(uri);
    return 0;
}
