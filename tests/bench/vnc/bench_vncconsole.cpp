// SPDX-License-Identifier: GPL-2.0-or-later
// Console benchmark. One binary, two roles:
//   bench_vncconsole                 runs the scripted RFB server and measures each viewer
//   bench_vncconsole --viewer PORT   Vireo's console as a viewer process (what is measured)
// Each viewer runs as its own process against the same server on 127.0.0.1; its CPU time and
// RSS come from /proc, frames from the server's count of updates it answered. The server sends
// Raw rectangles (every viewer accepts them) in the pixel format the viewer asked for.
// Figures are printed; nothing here passes or fails on timing.

#include "guesttyping.h"
#include "vnc/vncconsole.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QtEndian>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Vireo;

namespace {

struct Scenario
{
    const char *name;
    int width, height;
    int maxFps;        // 0: as fast as the viewer asks
    int guestPort = 0; // a real guest's VNC port on 127.0.0.1 instead of the scripted server
};

struct Format
{
    int bpp = 32;
    bool bigEndian = false;
    int rShift = 16, gShift = 8, bShift = 0;
};

bool readAll(int fd, char *buf, size_t n, int timeoutMs = 5000)
{
    size_t got = 0;
    while (got < n) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, timeoutMs) <= 0)
            return false;
        ssize_t r = ::recv(fd, buf + got, n - got, 0);
        if (r <= 0)
            return false;
        got += size_t(r);
    }
    return true;
}

bool sendAll(int fd, const char *buf, size_t n)
{
    size_t done = 0;
    while (done < n) {
        ssize_t r = ::send(fd, buf + done, n - done, MSG_NOSIGNAL);
        if (r <= 0)
            return false;
        done += size_t(r);
    }
    return true;
}

/// Serves one viewer at a time; counts the full frames it sent.
class Server
{
public:
    Server()
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        int one = 1;
        setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a);
        ::listen(m_listen, 4);
        socklen_t len = sizeof a;
        getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len);
        m_port = ntohs(a.sin_port);
    }
    ~Server() { ::close(m_listen); }
    int port() const { return m_port; }

    void start(const Scenario &s)
    {
        m_scenario = s;
        m_frames = 0;
        m_connected = false;
        m_stop = false;
        m_thread = std::thread([this] { serve(); });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    long frames() const { return m_frames; }
    bool connected() const { return m_connected; }

private:
    void buildFrames(const Format &f)
    {
        m_framesData.clear();
        const int w = m_scenario.width, h = m_scenario.height;
        for (int k = 0; k < 4; ++k) {
            QByteArray msg;
            msg.resize(4 + 12 + qsizetype(w) * h * 4);
            char *p = msg.data();
            p[0] = 0;
            p[1] = 0;
            qToBigEndian<quint16>(1, p + 2);
            qToBigEndian<quint16>(0, p + 4);
            qToBigEndian<quint16>(0, p + 6);
            qToBigEndian<quint16>(quint16(w), p + 8);
            qToBigEndian<quint16>(quint16(h), p + 10);
            qToBigEndian<qint32>(0, p + 12);
            auto *px = reinterpret_cast<quint32 *>(p + 16);
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x) {
                    // Every pixel differs from the previous frame's.
                    const quint32 r = quint32((x + k * 61) & 0xff),
                                  g = quint32((y + k * 37) & 0xff),
                                  b = quint32((x ^ y) + k * 97) & 0xff;
                    quint32 v = (r << f.rShift) | (g << f.gShift) | (b << f.bShift);
                    px[size_t(y) * w + x] = f.bigEndian ? qToBigEndian(v) : qToLittleEndian(v);
                }
            m_framesData << msg;
        }
    }

    void serve()
    {
        int fd = -1;
        while (!m_stop && fd < 0) {
            pollfd p{m_listen, POLLIN, 0};
            if (::poll(&p, 1, 200) > 0)
                fd = ::accept(m_listen, nullptr, nullptr);
        }
        if (fd < 0)
            return;
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        char buf[64];
        sendAll(fd, "RFB 003.008\n", 12);
        if (!readAll(fd, buf, 12)) {
            ::close(fd);
            return;
        }
        sendAll(fd, "\x01\x01", 2);
        readAll(fd, buf, 1);
        sendAll(fd, "\0\0\0\0", 4);
        readAll(fd, buf, 1);
        QByteArray init(4, 0);
        qToBigEndian<quint16>(quint16(m_scenario.width), init.data());
        qToBigEndian<quint16>(quint16(m_scenario.height), init.data() + 2);
        const char pf[16] = {32, 24,        0,  1, 0, char(255), 0, char(255),
                             0,  char(255), 16, 8, 0, 0,         0, 0};
        init.append(pf, 16);
        init.append(QByteArray("\0\0\0\x05", 4)).append("bench");
        sendAll(fd, init.constData(), size_t(init.size()));
        Format format;
        buildFrames(format);
        m_connected = true;
        bool pending = false;
        QElapsedTimer clock;
        clock.start();
        qint64 nextDue = 0;
        while (!m_stop) {
            pollfd p{fd, POLLIN, 0};
            int wait = pending && m_scenario.maxFps
                           ? int(qMax<qint64>(0, nextDue - clock.elapsed()))
                           : 100;
            if (pending && !m_scenario.maxFps)
                wait = 0;
            int rc = ::poll(&p, 1, wait);
            if (rc < 0)
                break;
            if (rc > 0) {
                unsigned char type;
                if (!readAll(fd, reinterpret_cast<char *>(&type), 1))
                    break;
                bool ok = true;
                switch (type) {
                case 0: {
                    ok = readAll(fd, buf, 19);
                    Format f;
                    f.bpp = quint8(buf[3]);
                    f.bigEndian = buf[5];
                    f.rShift = quint8(buf[13]);
                    f.gShift = quint8(buf[14]);
                    f.bShift = quint8(buf[15]);
                    if (f.bpp != 32) {
                        fprintf(stderr, "bench server: viewer wants %d bpp; only 32 is served\n",
                                f.bpp);
                        ok = false;
                    } else {
                        buildFrames(f);
                    }
                    break;
                }
                case 2: {
                    ok = readAll(fd, buf, 3);
                    const int n = qFromBigEndian<quint16>(buf + 1);
                    for (int i = 0; i < n && ok; ++i)
                        ok = readAll(fd, buf, 4);
                    break;
                }
                case 3:
                    ok = readAll(fd, buf, 9);
                    pending = true;
                    break;
                case 4:
                    ok = readAll(fd, buf, 7);
                    break;
                case 5:
                    ok = readAll(fd, buf, 5);
                    break;
                case 6: {
                    ok = readAll(fd, buf, 7);
                    quint32 n = qFromBigEndian<quint32>(buf + 3);
                    while (ok && n > 0) {
                        const size_t chunk = qMin<size_t>(n, sizeof buf);
                        ok = readAll(fd, buf, chunk);
                        n -= quint32(chunk);
                    }
                    break;
                }
                default:
                    // Other client messages (fences, QEMU...) are not expected: stop.
                    fprintf(stderr, "bench server: client message %d not handled\n", type);
                    ok = false;
                }
                if (!ok)
                    break;
            }
            if (pending && clock.elapsed() >= nextDue) {
                const QByteArray &f = m_framesData.at(int(m_frames % m_framesData.size()));
                if (!sendAll(fd, f.constData(), size_t(f.size())))
                    break;
                ++m_frames;
                pending = false;
                if (m_scenario.maxFps)
                    nextDue = clock.elapsed() + 1000 / m_scenario.maxFps;
            }
        }
        ::close(fd);
    }

    int m_listen = -1;
    int m_port = 0;
    Scenario m_scenario{};
    std::thread m_thread;
    std::atomic<long> m_frames{0};
    std::atomic<bool> m_connected{false};
    std::atomic<bool> m_stop{false};
    QList<QByteArray> m_framesData;
};

struct ProcStat
{
    double cpuSeconds = 0;
    long rssKiB = 0;
};

ProcStat readProc(qint64 pid)
{
    ProcStat s;
    // CPU time in nanoseconds from the scheduler (the first field of each thread's schedstat):
    // /proc/<pid>/stat counts in 10 ms ticks, too coarse for a viewer using 2 % of a core.
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    double ns = 0;
    bool haveSchedstat = false;
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (f.open(QIODevice::ReadOnly)) {
            ns += f.readAll().split(' ').value(0).toDouble();
            haveSchedstat = true;
        }
    }
    if (haveSchedstat) {
        s.cpuSeconds = ns / 1e9;
    } else {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (stat.open(QIODevice::ReadOnly)) {
            const QByteArray line = stat.readAll();
            const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (f.size() > 13)
                s.cpuSeconds =
                    (f.at(11).toDouble() + f.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
        }
    }
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &l : status.readAll().split('\n'))
            if (l.startsWith("VmRSS:"))
                s.rssKiB = l.mid(6).trimmed().split(' ').first().toLong();
    return s;
}

int runViewer(int port, bool local)
{
    VncConsole console;
    // Local: Raw first, as Vireo asks a guest on this machine; else ZRLE first, as for a remote
    // one.
    console.connection()->setLocal(local);
    console.setScaleMode(VncView::ScaleMode::OneToOne);
    console.resize(1100, 860);
    console.show();
    console.connectToHost(QStringLiteral("127.0.0.1"), port);
    // How many coalesced repaints the GUI got (frames decoded faster than that are merged).
    long updates = 0;
    QObject::connect(console.connection(), &VncConnection::updated, &console, [&] { ++updates; });
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &console, [&] {
        printf("updates %ld\n", updates);
        fflush(stdout);
    });
    tick.start(250);
    return QApplication::exec();
}

int runBench(int seconds, int repeat, const QStringList &onlyViewers,
             const QStringList &onlyScenarios, int guestPort)
{
    struct Viewer
    {
        QString name;
        QString program;
        std::function<QStringList(int)> args;
    };
    const QString self = QCoreApplication::applicationFilePath();
    QList<Viewer> viewers = {
        {QStringLiteral("vireo"), self,
         [](int port) {
             return QStringList{QStringLiteral("--viewer"), QString::number(port),
                                QStringLiteral("--local")};
         }},
        {QStringLiteral("xtigervncviewer"), QStringLiteral("xtigervncviewer"),
         [](int port) {
             return QStringList{QStringLiteral("-SecurityTypes=None"),
                                QStringLiteral("-AutoSelect=0"), QStringLiteral("-FullColor"),
                                QStringLiteral("-PreferredEncoding=raw"),
                                QStringLiteral("127.0.0.1::%1").arg(port)};
         }},
        {QStringLiteral("remote-viewer"), QStringLiteral("remote-viewer"),
         [](int port) { return QStringList{QStringLiteral("vnc://127.0.0.1:%1").arg(port)}; }},
    };
    QList<Scenario> allScenarios = {
        {"full-screen stream 1024x768 (as fast as possible)", 1024, 768, 0},
        {"busy screen 720x400 at 25 frames/s", 720, 400, 25},
    };
    if (guestPort > 0)
        allScenarios.append({"guest text console scrolling without pause", 720, 400, 0, guestPort});
    QList<Scenario> scenarios;
    for (const Scenario &sc : allScenarios) {
        const QString key = QString::fromLatin1(sc.name).section(QLatin1Char(' '), 0, 0);
        if (onlyScenarios.isEmpty() || onlyScenarios.contains(key))
            scenarios << sc;
    }
    if (!onlyViewers.isEmpty())
        viewers.removeIf([&](const Viewer &v) { return !onlyViewers.contains(v.name); });
    struct Measurement
    {
        double fps = 0, cpuPercent = 0, msPerMpixel = 0, rssMiB = 0, repaints = -1;
    };
    // One run of one viewer on one scenario; false if the viewer could not run.
    auto measure = [&](const Scenario &sc, const Viewer &v, Measurement *m) -> bool {
        Server server;
        if (!sc.guestPort)
            server.start(sc);
        QProcess proc;
        proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        proc.start(v.program, v.args(sc.guestPort ? sc.guestPort : server.port()));
        if (!proc.waitForStarted(5000)) {
            server.stop();
            return false;
        }
        QElapsedTimer t;
        t.start();
        while (!sc.guestPort && !server.connected() && t.elapsed() < 10000)
            QThread::msleep(50);
        QThread::msleep(sc.guestPort ? 3000 : 2000); // connect and warm up
        auto lastUpdates = [&proc]() -> long {
            long n = -1;
            for (const QByteArray &l : proc.readAllStandardOutput().split('\n'))
                if (l.startsWith("updates "))
                    n = l.mid(8).toLong();
            return n;
        };
        proc.waitForReadyRead(500);
        const long updatesBefore = lastUpdates();
        const ProcStat before = readProc(proc.processId());
        const long framesBefore = server.frames();
        QElapsedTimer window;
        window.start();
        QThread::msleep(seconds * 1000);
        const ProcStat after = readProc(proc.processId());
        proc.waitForReadyRead(500);
        const long updatesAfter = lastUpdates();
        const long frames = server.frames() - framesBefore;
        const double wall = window.elapsed() / 1000.0;
        proc.terminate();
        if (!proc.waitForFinished(3000))
            proc.kill();
        proc.waitForFinished(3000);
        server.stop();
        const double cpu = after.cpuSeconds - before.cpuSeconds;
        const double mpix = double(frames) * sc.width * sc.height / 1e6;
        // The guest's frames are QEMU's business: not counted.
        m->fps = sc.guestPort ? -1 : frames / wall;
        m->cpuPercent = 100.0 * cpu / wall;
        m->msPerMpixel = sc.guestPort ? -1 : mpix > 0 ? 1000.0 * cpu / mpix : 0.0;
        m->rssMiB = after.rssKiB / 1024.0;
        if (updatesBefore >= 0 && updatesAfter >= 0)
            m->repaints = (updatesAfter - updatesBefore) / wall;
        return true;
    };
    auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        const qsizetype n = values.size();
        return n == 0  ? 0.0
               : n % 2 ? values.at(n / 2)
                       : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    };

    printf("%d run(s) of %d s per viewer and scenario, viewers taking turns; medians, and the "
           "lowest CPU seen\n",
           repeat, seconds);
    printf("%-16s %-50s %8s %7s %8s %14s %8s %11s\n", "viewer", "scenario", "frames/s", "CPU %",
           "CPU min", "CPU ms/Mpixel", "RSS MiB", "repaints/s");
    for (const Scenario &sc : scenarios) {
        QList<Viewer> present;
        for (const Viewer &v : std::as_const(viewers)) {
            if (QStandardPaths::findExecutable(v.program).isEmpty() && v.program != self)
                printf("%-16s %-50s not installed\n", qPrintable(v.name), sc.name);
            else
                present << v;
        }
        QHash<QString, QList<Measurement>> runs;
        for (int r = 0; r < repeat; ++r)
            for (const Viewer &v : std::as_const(present)) {
                Measurement m;
                if (measure(sc, v, &m))
                    runs[v.name] << m;
            }
        for (const Viewer &v : std::as_const(present)) {
            const QList<Measurement> &list = runs.value(v.name);
            if (list.isEmpty()) {
                printf("%-16s %-50s could not start\n", qPrintable(v.name), sc.name);
                continue;
            }
            QList<double> fps, cpu, ms, rss, repaints;
            for (const Measurement &m : list) {
                fps << m.fps;
                cpu << m.cpuPercent;
                ms << m.msPerMpixel;
                rss << m.rssMiB;
                if (m.repaints >= 0)
                    repaints << m.repaints;
            }
            auto orDash = [](double value, int decimals) {
                return value < 0 ? QStringLiteral("-") : QString::number(value, 'f', decimals);
            };
            printf("%-16s %-50s %8s %7.2f %8.2f %14s %8.1f %11s\n", qPrintable(v.name), sc.name,
                   qPrintable(orDash(median(fps), 1)), median(cpu),
                   *std::min_element(cpu.cbegin(), cpu.cend()), qPrintable(orDash(median(ms), 2)),
                   median(rss),
                   repaints.isEmpty() ? "-"
                                      : qPrintable(QString::number(median(repaints), 'f', 1)));
            fflush(stdout);
        }
    }
    return 0;
}

/// Types text (and Enter) into a guest's console, or presses Ctrl+C: to make a real guest's screen
/// busy for the benchmark and quiet again.
int runType(int port, const QString &text, bool interrupt)
{
    VncConnection c;
    c.connectToHost(QStringLiteral("127.0.0.1"), port);
    QElapsedTimer t;
    t.start();
    while (c.state() != VncConnection::State::Connected && t.elapsed() < 15000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
    if (c.state() != VncConnection::State::Connected) {
        fprintf(stderr, "bench: no VNC console on 127.0.0.1:%d\n", port);
        return 1;
    }
    if (interrupt) {
        c.sendKey(0xffe3, 0x1d, true); // Control_L
        c.sendKey('c', 0x2e, true);
        c.sendKey('c', 0x2e, false);
        c.sendKey(0xffe3, 0x1d, false);
    } else {
        Vireo::Integration::typeLine(&c, text);
    }
    // Let the network thread send the queued keys.
    t.restart();
    while (t.elapsed() < 1000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
    c.disconnectFromServer();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 3 && qstrcmp(argv[1], "--viewer") == 0) {
        // As in Vireo itself, whose core library turns Qt's GLib event dispatcher off (libvirt's
        // event loop needs GLib's default context to itself).
        qputenv("QT_NO_GLIB", "1");
        QApplication app(argc, argv);
        return runViewer(atoi(argv[2]), argc >= 4 && qstrcmp(argv[3], "--local") == 0);
    }
    if (argc >= 4 && qstrcmp(argv[1], "--type") == 0) {
        QCoreApplication app(argc, argv);
        return runType(atoi(argv[2]), QString::fromLocal8Bit(argv[3]), false);
    }
    if (argc >= 3 && qstrcmp(argv[1], "--interrupt") == 0) {
        QCoreApplication app(argc, argv);
        return runType(atoi(argv[2]), QString(), true);
    }
    // bench_vncconsole [--seconds N] [--repeat N] [--viewers vireo,xtigervncviewer,remote-viewer]
    //                  [--scenarios full-screen,busy,guest] [--guest-port PORT]
    QCoreApplication app(argc, argv);
    int seconds = 10;
    int repeat = 1;
    int guestPort = 0;
    QStringList viewers, scenarios;
    for (int i = 1; i + 1 < argc; i += 2) {
        const QString value = QString::fromLocal8Bit(argv[i + 1]);
        if (qstrcmp(argv[i], "--seconds") == 0)
            seconds = qMax(1, value.toInt());
        else if (qstrcmp(argv[i], "--repeat") == 0)
            repeat = qMax(1, value.toInt());
        else if (qstrcmp(argv[i], "--viewers") == 0)
            viewers = value.split(QLatin1Char(','));
        else if (qstrcmp(argv[i], "--scenarios") == 0)
            scenarios = value.split(QLatin1Char(','));
        else if (qstrcmp(argv[i], "--guest-port") == 0)
            guestPort = value.toInt();
    }
    return runBench(seconds, repeat, viewers, scenarios, guestPort);
}
