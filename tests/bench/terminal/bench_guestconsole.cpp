// SPDX-License-Identifier: GPL-2.0-or-later
// The integration tier's guest for run-guest-terminal-bench.sh (a real guest that prints
// without pause on its serial console). One binary, three roles:
//   bench_guestconsole --boot DIR
//       defines and starts the tier's guest without graphics (its serial port a pty, logged to
//       DIR), waits for its init and prints `name=NAME` and `log=PATH`;
//   bench_guestconsole --type NAME LINE
//       types LINE and a carriage return into the guest's serial shell, then lets the console go;
//   bench_guestconsole --remove
//       removes the test domains of processes that no longer run (the --boot one).
// Figures are the script's; this only sets the stage.

#include "guest.h"

#include "core/common/xmlrewriter.h"
#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"

#include <QCoreApplication>
#include <QTest>

#include <cstdio>

using namespace Vireo;
using namespace Vireo::Integration;

namespace {

int boot(const QString &dir)
{
    const Environment env = Environment::detect();
    if (!env.unavailable.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(env.unavailable));
        return 2;
    }
    if (const QString notReady = prepareScratch(env, dir); !notReady.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(notReady));
        return 1;
    }
    QString error;
    const std::unique_ptr<HostSession> session = connectedSession(env.uri, &error);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const GuestSpec spec = testGuestSpec(QStringLiteral("yes"), dir, 256);
    // A server with a serial port only: `vireo --show-domain-console` opens Serial 0 by itself.
    const auto xml = XmlRewriter()
                         .remove(QStringLiteral("domain/devices/graphics"))
                         .remove(QStringLiteral("domain/devices/video"))
                         .apply(guestXml(env, spec), QStringLiteral("domain"),
                                QStringLiteral("bench guest without graphics"));
    if (!xml) {
        std::fprintf(stderr, "%s\n", qPrintable(xml.error().text()));
        return 1;
    }
    QObject context;
    Pending<Result<QString>> defined;
    DomainActions::defineXml(session.get(), xml.value(), &context, defined.callback());
    if (!QTest::qWaitFor([&] { return defined.ready(); }, kLibvirtCallMs) || !defined->ok()) {
        std::fprintf(stderr, "define failed: %s\n",
                     defined.ready() ? qPrintable(defined->error().text()) : "no answer");
        return 1;
    }
    DomainActions::performAction(session.get(), {defined->value()}, DomainAction::Start);
    const SerialLog serial(spec.serialLogPath);
    if (!QTest::qWaitFor([&] { return serial.lastStatus().isValid(); }, 120000)) {
        std::fprintf(stderr, "the guest did not boot:\n%s\n", qPrintable(serial.tail()));
        return 1;
    }
    std::printf("name=%s\nlog=%s\n", qPrintable(spec.name), qPrintable(spec.serialLogPath));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    Vireo::prepareProcess();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args[1] == QLatin1String("--boot"))
        return boot(args[2]);
    if (args.size() == 4 && args[1] == QLatin1String("--type")) {
        const QString why = typeOnSerialConsole(Environment::detect().uri, args[2], args[3]);
        if (!why.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(why));
        return why.isEmpty() ? 0 : 1;
    }
    if (args.size() == 2 && args[1] == QLatin1String("--remove")) {
        removeTestDomains(Environment::detect().uri);
        return 0;
    }
    std::fprintf(stderr, "usage: bench_guestconsole --boot DIR | --type NAME LINE | --remove\n");
    return 2;
}
