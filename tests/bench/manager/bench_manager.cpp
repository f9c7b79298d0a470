// SPDX-License-Identifier: GPL-2.0-or-later
// Benchmark: the manager window on a test-driver host with N running domains.
//
//   bench_manager --domains N [--stats-interval MS] [--hosts H] [--flat] [--open-slots S]
//
// --open-slots S: how many hosts open and list at once (OpenGate; 0: all at once, as before it).
//
// With --flat, the window shows View > Flat List (every host's domains in one sorted list with a
// Host column) from the start, as the user's setting would.
//
// With --hosts, H test-driver hosts of N domains each (a fleet: issue 18); populated is when
// every host's list is in, after-open counts from the first open returning, and threads is the
// process's thread count then (one worker per host, plus libvirt's and Qt's own).
//
// Runs the same Application as the vireo executable, in this process, and reports:
//   open      how long libvirt took to open the fixture (virConnectOpen)
//   populated time from process start until the list shows every domain
//   after-open populated minus the moment libvirt's open returned
//   stall     the longest the GUI event loop went without turning, from start to 10 s after
//             the list is populated (a 5 ms probe timer; stats on at the interval)
//   busy      the most GUI-thread CPU time spent inside one such gap: the part of a stall that
//             was Vireo's own work rather than the scheduler giving the core to someone else
//   cpu       process CPU over 10 s with statistics on, no probe running
//   rss       resident memory 20 s after the list is populated (and when libvirt's open
//             returned: the test driver keeps the whole fixture in this process)
// It prints one line of key=value pairs, for tests/bench/run.sh to tabulate.
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "core/session/opengate.h"
#include "core/session/processsetup.h"
#include "ui/application.h"
#include "ui/manager/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace Vireo;

// Milliseconds since this process started (from /proc, so time before main() counts too).
static double processAgeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 overall
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    return (up - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

static double cpuSeconds()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) /
           double(sysconf(_SC_CLK_TCK));
}

static double rssMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().trimmed().split(' ');
    return fields.value(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

static bool writeFixture(const QString &path, int domains)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray out;
    out.reserve(domains * 420 + 1024);
    out += "<node>\n<cpu><mhz>3000</mhz><model>bench</model><active>16</active><nodes>1</nodes>"
           "<sockets>1</sockets><cores>8</cores><threads>2</threads></cpu>\n"
           "<memory>268435456</memory>\n";
    for (int i = 0; i < domains; ++i) {
        char buf[640];
        std::snprintf(
            buf, sizeof buf,
            "<domain type='test'><name>bench-vm-%05d</name>"
            "<uuid>6d0b2a4e-0000-4000-8000-%012d</uuid>"
            "<memory unit='MiB'>%d</memory><currentMemory unit='MiB'>%d</currentMemory>"
            "<vcpu current='%d'>4</vcpu><os><type>hvm</type></os><devices>"
            "<disk type='file' device='disk'><source file='/var/lib/libvirt/images/b%05d.qcow2'/>"
            "<target dev='vda' bus='virtio'/></disk>"
            "<interface type='network'><source network='default'/></interface>"
            "</devices></domain>\n",
            i, i, 1024 + (i % 4) * 512, 1024, 1 + i % 4, i);
        out += buf;
    }
    out += "</node>\n";
    return f.write(out) == out.size();
}

int main(int argc, char **argv)
{
    Vireo::prepareProcess(); // before the application object exists
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QCoreApplication::setOrganizationName(QStringLiteral("VireoBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_manager"));
    QSettings().clear();
    // Only this host: no first-run demo host or local libvirtd.
    QSettings().setValue(QStringLiteral("connectionsInitialized"), true);

    int domains = 1000;
    int statsMs = 1000;
    int hosts = 1;
    const QStringList args = app.arguments();
    const bool flat = args.contains(QLatin1String("--flat"));
    QSettings().setValue(QStringLiteral("manager/flatList"), flat);
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--domains"))
            domains = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--stats-interval"))
            statsMs = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--hosts"))
            hosts = qMax(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--open-slots"))
            OpenGate::setSlots(args[i + 1].toInt());
    }
    QTemporaryDir dir;
    QStringList uris;
    for (int h = 0; h < hosts; ++h) {
        const QString fixture = dir.filePath(
            hosts == 1 ? QStringLiteral("bench.xml")
                       : QStringLiteral("bench-host-%1.xml").arg(h + 1, 2, 10, QChar(u'0')));
        if (!writeFixture(fixture, domains)) {
            std::fprintf(stderr, "bench_manager: cannot write %s\n", qPrintable(fixture));
            return 1;
        }
        uris.append(QStringLiteral("test://") + fixture);
    }
    const double fixtureReadyMs = processAgeMs();

    // The probe: a 5 ms timer; a late tick means the event loop was busy that long.
    QElapsedTimer probeClock;
    probeClock.start();
    qint64 lastTick = 0, longestStall = 0;
    // The GUI thread's own CPU time: a gap with little CPU in it was the scheduler (another
    // process had the cores), not Vireo's work.
    auto threadCpuMs = [] {
        timespec ts;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
    };
    double lastCpu = threadCpuMs();
    qint64 longestBusy = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = probeClock.elapsed();
        const double cpu = threadCpuMs();
        const qint64 busy = qint64(cpu - lastCpu);
        if (qEnvironmentVariableIsSet("VIREO_BENCH_TRACE") && now - lastTick - 5 > 20)
            std::fprintf(stderr, "stall %lld ms (GUI thread busy %lld ms) at %.0f ms\n",
                         now - lastTick - 5, busy, processAgeMs());
        longestStall = qMax(longestStall, now - lastTick - 5);
        longestBusy = qMax(longestBusy, busy);
        lastTick = now;
        lastCpu = cpu;
    });
    probe.start(5);

    Application vireo;
    CommandLine options;
    options.connectUris = uris;
    options.statsIntervalMs = statsMs;
    vireo.start(options);
    HostSession *host = vireo.sessions().value(0);
    if (!host || vireo.sessions().size() != hosts)
        return 1;

    double populatedMs = -1, openMs = -1, rssAtOpen = -1;
    // The host info arrives right after libvirt's open returned: what libvirt's test driver holds
    // for the fixture, before Vireo lists a single domain.
    QObject::connect(host, &HostSession::hostInfoChanged, [&] {
        if (rssAtOpen < 0)
            rssAtOpen = rssMiB();
    });
    QSet<HostSession *> listedHosts;
    QObject::connect(vireo.model(), &DomainTreeModel::hostListed, [&](HostSession *s) {
        listedHosts.insert(s);
        if (listedHosts.size() < hosts || populatedMs >= 0)
            return;
        QTreeView *view = vireo.mainWindow()->view();
        if (view->model()->rowCount() != (flat ? domains * hosts : hosts)) {
            std::fprintf(stderr, "bench_manager: the view shows %d rows\n",
                         view->model()->rowCount());
            return;
        }
        view->viewport()->repaint(); // the rows are on screen, not just in the model
        populatedMs = processAgeMs();
        // The first open to return: what the fleet's "populated within 5 s" counts from.
        for (HostSession *h : vireo.sessions())
            if (h->hostInfo().openMs >= 0 && (openMs < 0 || h->hostInfo().openMs < openMs))
                openMs = h->hostInfo().openMs;
    });
    QElapsedTimer wait;
    wait.start();
    while (populatedMs < 0 && wait.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (populatedMs < 0) {
        std::fprintf(stderr, "bench_manager: the list was not populated in 120 s\n");
        return 1;
    }
    const int listed = vireo.model()->domainCount();
    const int threads = int(QDir(QStringLiteral("/proc/self/task"))
                                .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                                .size());

    // 10 s with statistics on and the probe running.
    QElapsedTimer phase;
    phase.start();
    while (phase.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    probe.stop();
    QCoreApplication::processEvents();

    // 10 s of CPU with statistics on and nothing else.
    const double cpu0 = cpuSeconds();
    QElapsedTimer cpuClock;
    cpuClock.start();
    QEventLoop loop;
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const double cpuPercent = (cpuSeconds() - cpu0) / (cpuClock.elapsed() / 1000.0) * 100.0;
    const double rss = rssMiB(); // 20 s after the list was populated

    // libvirt's open starts after the fixture is written; its return is what "after open" counts
    // from.
    const double openReturnedMs = fixtureReadyMs + openMs;
    std::printf("domains=%d listed=%d open_ms=%.0f populated_ms=%.0f after_open_ms=%.0f "
                "stall_ms=%lld busy_ms=%lld cpu_percent=%.1f rss_mib=%.1f rss_at_open_mib=%.1f "
                "stats_ms=%d hosts=%d threads=%d flat=%d open_slots=%d\n",
                domains * hosts, listed, openMs, populatedMs, populatedMs - openReturnedMs,
                longestStall, longestBusy, cpuPercent, rss, rssAtOpen, statsMs, hosts, threads,
                int(flat), OpenGate::slots());
    return listed == domains * hosts ? 0 : 1;
}
