// SPDX-License-Identifier: GPL-2.0-or-later
// The text console's terminal under a guest that prints without pause. One binary, two roles:
//   bench_terminal --feed KIND KIB_PER_S SECONDS DIR
//       the "guest": writes a generated stream (KIND: yes, od, color) to stdout at KIB_PER_S
//       (0: as fast as the reader takes it) for SECONDS; DIR/started and DIR/done (with the byte
//       count) mark the measured span, then it waits a second (the reader keeps its window up).
//   bench_terminal --view KIND KIB_PER_S SECONDS DIR [COLUMNSxROWS]
//       Vireo's TerminalView in a window of that many cells, fed by a --feed child through a
//       pipe (read on the GUI thread, 64 KiB at a time, as TextConsole hands its chunks over).
// run-terminal-bench.sh runs --view and xterm (running --feed) in turn in the same X server and
// reads each one's CPU time from /proc between the two marks. Figures only.

#include "widgets/terminal/terminalemulator.h"
#include "widgets/terminal/terminalview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <random>
#include <spawn.h>
#include <termios.h>
#include <unistd.h>

extern char **environ;

using namespace Vireo;

namespace {

/// One chunk of the stream: `yes` lines, `od -x` lines, or `ls --color`-like lines.
QByteArray makeChunk(const QByteArray &kind, std::mt19937 &random, qint64 offset)
{
    QByteArray out;
    out.reserve(8192);
    if (kind == "yes") {
        while (out.size() < 8000)
            out += "y\r\n";
        return out;
    }
    if (kind == "od") {
        while (out.size() < 8000) {
            out += QByteArray::number(offset, 8).rightJustified(7, '0');
            for (int i = 0; i < 8; ++i)
                out += ' ' + QByteArray::number(random() & 0xffff, 16).rightJustified(4, '0');
            out += "\r\n";
            offset += 16;
        }
        return out;
    }
    static const char *const colours[] = {"01;34", "01;32", "01;36", "00", "40;31;01", "01;35"};
    while (out.size() < 8000) {
        for (int i = 0; i < 5; ++i) {
            out += "\x1b[";
            out += colours[random() % 6];
            out += "mfile-" + QByteArray::number(random() % 100000).rightJustified(6, '0');
            out += "\x1b[0m  ";
        }
        out += "\r\n";
    }
    return out;
}

void touch(const QString &path, const QByteArray &content = QByteArray())
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
}

int feed(const QByteArray &kind, int kibPerSecond, int seconds, const QString &dir)
{
    // A terminal's pty would turn \n into \r\n: the stream already has serial line ends.
    termios tio;
    if (::isatty(STDOUT_FILENO) && ::tcgetattr(STDOUT_FILENO, &tio) == 0) {
        tio.c_oflag &= ~OPOST;
        ::tcsetattr(STDOUT_FILENO, TCSANOW, &tio);
    }
    ::sleep(1); // the reader's window is up
    std::mt19937 random(42);
    qint64 written = 0;
    touch(dir + QStringLiteral("/started"));
    QElapsedTimer clock;
    clock.start();
    const qint64 spanMs = qint64(seconds) * 1000;
    QByteArray chunk;
    while (clock.elapsed() < spanMs) {
        if (kibPerSecond > 0) {
            // Pace: never ahead of the rate, in 10 ms steps.
            const qint64 due = clock.elapsed() * kibPerSecond * 1024 / 1000;
            if (written >= due) {
                ::usleep(10000);
                continue;
            }
        }
        if (chunk.isEmpty())
            chunk = makeChunk(kind, random, written);
        qint64 n = chunk.size();
        if (kibPerSecond > 0)
            n = std::min<qint64>(n, clock.elapsed() * kibPerSecond * 1024 / 1000 - written + 1);
        const ssize_t w = ::write(STDOUT_FILENO, chunk.constData(), size_t(n));
        if (w <= 0)
            return 1;
        written += w;
        chunk.remove(0, qsizetype(w));
    }
    touch(dir + QStringLiteral("/done"), QByteArray::number(written));
    ::sleep(1);
    return 0;
}

int view(int argc, char **argv, const QByteArray &kind, int kib, int seconds, const QString &dir,
         QSize cells)
{
    QApplication app(argc, argv);
    TerminalView terminal;
    terminal.setWindowTitle(QStringLiteral("bench_terminal"));
    terminal.setPasteConfirmation([](int) { return false; });
    // As many cells as asked for, plus the scroll bar and the frame.
    const QSize cell = terminal.cellSize();
    const QSize outside = terminal.sizeHint() - QSize(80 * cell.width(), 24 * cell.height());
    terminal.resize(outside + QSize(cells.width() * cell.width(), cells.height() * cell.height()));
    terminal.show();

    int pipeFds[2];
    if (::pipe(pipeFds) != 0)
        return 1;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    const QByteArray self = QCoreApplication::applicationFilePath().toLocal8Bit();
    const QByteArray rate = QByteArray::number(kib);
    const QByteArray span = QByteArray::number(seconds);
    const QByteArray dirBytes = dir.toLocal8Bit();
    const char *childArgv[] = {self.constData(), "--feed",         kind.constData(),
                               rate.constData(), span.constData(), dirBytes.constData(),
                               nullptr};
    pid_t child = 0;
    if (posix_spawn(&child, self.constData(), &actions, nullptr,
                    const_cast<char *const *>(childArgv), environ) != 0)
        return 1;
    ::close(pipeFds[1]);
    qint64 received = 0;
    auto *notifier = new QSocketNotifier(pipeFds[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&] {
        static char buffer[64 * 1024];
        const ssize_t n = ::read(pipeFds[0], buffer, sizeof(buffer));
        if (n <= 0) {
            notifier->setEnabled(false);
            // The last frame, then the window goes.
            QTimer::singleShot(1500, &app, &QCoreApplication::quit);
            return;
        }
        received += n;
        terminal.feed(QByteArray::fromRawData(buffer, qsizetype(n)));
    });
    const int rc = app.exec();
    std::printf("received=%lld lines=%d last=\"%s\"\n", received, terminal.emulator()->lineCount(),
                qPrintable(terminal.emulator()->lineText(terminal.emulator()->lineCount() - 2)));
    return rc;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 6 && std::strcmp(argv[1], "--feed") == 0)
        return feed(argv[2], std::atoi(argv[3]), std::atoi(argv[4]),
                    QString::fromLocal8Bit(argv[5]));
    if (argc >= 6 && std::strcmp(argv[1], "--view") == 0) {
        QSize cells(80, 24);
        if (argc >= 7) {
            const QList<QByteArray> parts = QByteArray(argv[6]).split('x');
            if (parts.size() == 2)
                cells = QSize(parts[0].toInt(), parts[1].toInt());
        }
        return view(argc, argv, argv[2], std::atoi(argv[3]), std::atoi(argv[4]),
                    QString::fromLocal8Bit(argv[5]), cells);
    }
    std::fprintf(stderr, "usage: bench_terminal --feed|--view KIND KIB_PER_S SECONDS DIR "
                         "[COLUMNSxROWS]\n");
    return 2;
}
