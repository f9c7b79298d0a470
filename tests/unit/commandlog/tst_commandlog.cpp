// SPDX-License-Identifier: GPL-2.0-or-later
// The command log: secrets masked before anything is kept, entries handed to the GUI thread,
// the exported script (checked by sh -n), and entries recorded by core's own operations on
// libvirt's test driver, with their outcome.

#include "../../support/demohost.h"
#include "core/commandlog/commandlog.h"
#include "core/console/textconsole.h"
#include "core/domain/domainactions.h"
#include "core/domain/domainconfig.h"
#include "core/domain/domaincontrol.h"
#include "core/domain/qemumonitor.h"
#include "core/domain/snapshots.h"
#include "core/network/network.h"
#include "core/session/processsetup.h"
#include "core/storage/storageactions.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Vireo;
using namespace VireoTest;
namespace EC = Vireo::EquivalentCommands;

class TestCommandLog : public QObject
{
    Q_OBJECT
private:
    /// Waits for the log to hold an entry whose first line ends with `tail`.
    std::optional<CommandLogEntry> waitForEntry(const QString &tail)
    {
        std::optional<CommandLogEntry> found;
        (void)QTest::qWaitFor(
            [&] {
                for (const CommandLogEntry &e : CommandLog::instance()->entries())
                    if (!e.lines().isEmpty() && e.lines().first().endsWith(tail))
                        found = e;
                return found.has_value();
            },
            10000);
        return found;
    }

public:
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void init() { CommandLog::instance()->clear(); }

    void masking_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");
        QTest::addColumn<bool>("changed");
        QTest::newRow("single quotes")
            << "<graphics type='vnc' passwd='s3cret' port='-1'/>"
            << "<graphics type='vnc' passwd='********' port='-1'/>" << true;
        QTest::newRow("double quotes") << "<graphics passwd=\"a'b\"/>"
                                       << "<graphics passwd=\"********\"/>" << true;
        QTest::newRow("argument") << "vnc,listen=0.0.0.0,passwd=hunter2"
                                  << "vnc,listen=0.0.0.0,passwd=********" << true;
        QTest::newRow("nothing") << "<graphics type='vnc'/>"
                                 << "<graphics type='vnc'/>" << false;
    }
    void masking()
    {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        QFETCH(bool, changed);
        bool was = false;
        QCOMPARE(CommandLog::maskSecrets(text, &was), masked);
        QCOMPARE(was, changed);
    }

    void recordMasksAndDelivers()
    {
        QSignalSpy added(CommandLog::instance(), &CommandLog::entryAdded);
        const QString xml = QStringLiteral("<graphics type='vnc' passwd='topsecret'/>");
        CommandLog::record(QStringLiteral("qemu:///system"), QStringLiteral("web1"),
                           EC::attachDevice(QStringLiteral("web1"), xml, DomainControl::Live));
        QVERIFY(added.wait(5000));
        const auto entry = added.first().first().value<CommandLogEntry>();
        QCOMPARE(entry.domain, QStringLiteral("web1"));
        QVERIFY(entry.succeeded);
        QVERIFY(entry.secretsMasked);
        QVERIFY(!entry.equivalent.files.first().contents.contains(QStringLiteral("topsecret")));
        QCOMPARE(entry.lines(),
                 QStringList{QStringLiteral("virsh -c qemu:///system attach-device web1 "
                                            "web1-graphics.xml --live")});
        const QString script =
            commandLogScript(CommandLog::instance()->entries(), QDateTime::currentDateTime());
        QVERIFY(!script.contains(QStringLiteral("topsecret")));
        QVERIFY(script.contains(QStringLiteral("passwd='********'")));
    }

    void recordFromAnotherThread()
    {
        // The worker records: the signal still arrives on the log's (this) thread.
        QSignalSpy added(CommandLog::instance(), &CommandLog::entryAdded);
        std::thread t([] {
            CommandLog::record(QStringLiteral("test:///default"), QStringLiteral("x"),
                               EC::lifecycle(DomainAction::Start, QStringLiteral("x")),
                               Error{QStringLiteral("Start"), QStringLiteral("no"), 1});
        });
        t.join();
        QVERIFY(added.wait(5000));
        QCOMPARE(CommandLog::instance()->thread(), QThread::currentThread());
        const auto entry = added.first().first().value<CommandLogEntry>();
        QVERIFY(!entry.succeeded);
        QCOMPARE(entry.error, QStringLiteral("Start: no"));
    }

    void scriptIsValidShell()
    {
        CommandLog::record(QStringLiteral("qemu:///system"), QStringLiteral("web1"),
                           EC::setVcpus(QStringLiteral("web1"), 3, DomainControl::Live));
        CommandLog::record(
            QStringLiteral("qemu:///system"), QStringLiteral("web1"),
            EC::define(QStringLiteral("web1"), QStringLiteral("<domain>\nVIREO_EOF\n</domain>\n")));
        CommandLog::record(QStringLiteral("qemu:///system"), QStringLiteral("it's"),
                           EC::lifecycle(DomainAction::Start, QStringLiteral("it's")),
                           Error{QStringLiteral("Start domain"), QStringLiteral("refused"), 0});
        CommandLog::record(QStringLiteral("qemu:///system"), QStringLiteral("web1"),
                           EC::xmlEdit(QStringLiteral("web1"), QStringLiteral("the boot order")));
        CommandLog::record(QStringLiteral("qemu:///system"), QStringLiteral("default"),
                           EC::volumeCreate({QStringLiteral("default"),
                                             QStringLiteral("d.qcow2"),
                                             QStringLiteral("qcow2"),
                                             1ull << 30,
                                             {},
                                             {},
                                             QStringLiteral("/var/lib/d.qcow2")}));
        const QString script = commandLogScript(CommandLog::instance()->entries(),
                                                QDateTime(QDate(2026, 12, 1), QTime(18, 0)));
        const QStringList lines = script.split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("#!/bin/sh"));
        QVERIFY(lines.contains(QStringLiteral("virsh -c qemu:///system setvcpus web1 3 --live")));
        // The file comes as a here-document whose delimiter is not in it.
        QVERIFY(lines.contains(QStringLiteral("cat > web1.xml <<'VIREO_EOF_1'")));
        QVERIFY(lines.contains(QStringLiteral("virsh -c qemu:///system define web1.xml")));
        // A failed operation is there, commented out, with why.
        QVERIFY(lines.contains(QStringLiteral("# virsh -c qemu:///system start 'it'\\''s'")));
        QVERIFY(script.contains(QStringLiteral("failed: Start domain: refused")));
        // An edit is not run by a script (virsh edit is interactive).
        QVERIFY(lines.contains(QStringLiteral("# virsh -c qemu:///system edit web1")));
        QVERIFY(lines.contains(QStringLiteral("# qemu-img create -f qcow2 /var/lib/d.qcow2 1G")));
        // Every explanation is a comment.
        for (const QString &l : lines)
            if (l.contains(QStringLiteral("--live changes")))
                QVERIFY(l.startsWith(QLatin1Char('#')));

        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("session.sh")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(script.toUtf8());
        f.close();
        QProcess sh;
        sh.start(QStringLiteral("sh"), {QStringLiteral("-n"), f.fileName()});
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(sh.exitCode(), 0);
        QCOMPARE(sh.readAllStandardError(), QByteArray());
    }

    void operationsOnTheTestDriver()
    {
        QTemporaryDir dir;
        auto host = connectedDemoHost(dir);
        QVERIFY(host);
        const QString uri = host->uri();
        const QString v = QStringLiteral("virsh -c %1 ").arg(shellQuote(uri));

        // Start of a shut-off domain succeeds; the same again fails, and the log says so.
        QSignalSpy finished(host.get(), &HostSession::actionFinished);
        DomainActions::performAction(host.get(), {kWin}, DomainAction::Start);
        QVERIFY(finished.wait(10000));
        auto started = waitForEntry(QStringLiteral(" start win11-desktop"));
        QVERIFY(started);
        QCOMPARE(started->lines().first(), v + QStringLiteral("start win11-desktop"));
        QVERIFY(started->succeeded);
        QCOMPARE(started->uri, uri);
        QCOMPARE(started->domain, QStringLiteral("win11-desktop"));

        CommandLog::instance()->clear();
        QSignalSpy failed(host.get(), &HostSession::operationFailed);
        DomainActions::performAction(host.get(), {kWin}, DomainAction::Start);
        QVERIFY(failed.wait(10000));
        auto again = waitForEntry(QStringLiteral(" start win11-desktop"));
        QVERIFY(again);
        QVERIFY(!again->succeeded);
        QVERIFY(!again->error.isEmpty());

        // setvcpus with the scope the worker passed.
        auto vcpus = ask<Result<int>>([&](QObject *ctx, auto done) {
            DomainControl::setVcpus(host.get(), kWeb, 1, DomainControl::Config, ctx, done);
        });
        QVERIFY(vcpus && vcpus->ok());
        auto set = waitForEntry(QStringLiteral("setvcpus web-frontend 1 --config"));
        QVERIFY(set);
        QVERIFY(set->succeeded);

        // A snapshot of the shut-off... running domain, internal.
        auto snap = ask<Result<QString>>([&](QObject *ctx, auto done) {
            Snapshots::create(
                host.get(), kWeb,
                SnapshotRequest{QStringLiteral("lesson1"), {}, SnapshotMode::Internal, false}, ctx,
                done);
        });
        QVERIFY(snap);
        auto taken = waitForEntry(QStringLiteral("snapshot-create-as web-frontend lesson1"));
        QVERIFY(taken);
        QCOMPARE(taken->succeeded, snap->ok());

        // The network: stop then start (net-destroy; net-start and net-autostart).
        auto stopped = ask<Status>([&](QObject *ctx, auto done) {
            Networks::stop(host.get(), QStringLiteral("default"), true, ctx, done);
        });
        QVERIFY(stopped && stopped->ok());
        QVERIFY(waitForEntry(QStringLiteral("net-destroy default")));
        auto restarted = ask<Result<VirtualNetworkInfo>>([&](QObject *ctx, auto done) {
            Networks::start(host.get(), QStringLiteral("default"), ctx, done);
        });
        QVERIFY(restarted && restarted->ok());
        auto netStart = waitForEntry(QStringLiteral("net-start default"));
        QVERIFY(netStart);
        QCOMPARE(netStart->lines().size(), 2);
        QCOMPARE(netStart->lines().at(1), v + QStringLiteral("net-autostart default"));

        // A background read of the XML is not logged; one the user asked to see is dumpxml.
        CommandLog::instance()->clear();
        auto xml = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::fetchDomainXml(host.get(), kWeb, {}, ctx, done);
        });
        QVERIFY(xml && xml->ok());
        QTest::qWait(50);
        QVERIFY(CommandLog::instance()->entries().isEmpty());
        DomainActions::XmlOptions shown;
        shown.shownToPerson = true;
        xml = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::fetchDomainXml(host.get(), kWeb, shown, ctx, done);
        });
        QVERIFY(waitForEntry(QStringLiteral("dumpxml web-frontend")));
    }

    // The serial console's SysRq goes through virDomainSendKey: logged as virsh send-key with
    // the same keys and hold time, and its outcome on the test driver.
    void sysRqIsSendKey()
    {
        QTemporaryDir dir;
        auto host = connectedDemoHost(dir);
        QVERIFY(host);
        CommandLog::instance()->clear();
        TextConsole console(host.get(), kWeb, QStringLiteral("serial0"));
        auto sent =
            ask<Status>([&](QObject *ctx, auto done) { console.sendSysRq('h', ctx, done); });
        QVERIFY(sent);
        auto line = waitForEntry(
            QStringLiteral("send-key web-frontend --holdtime 100 KEY_LEFTALT KEY_SYSRQ KEY_H"));
        QVERIFY(line);
        QCOMPARE(line->succeeded, sent->ok());
        QCOMPARE(line->domain, QStringLiteral("web-frontend"));
    }

    void storageTitleAndMonitorOnTheTestDriver()
    {
        QTemporaryDir dir;
        auto host = connectedDemoHost(dir);
        QVERIFY(host);
        CommandLog::instance()->clear();

        // The Storage page's pool actions: one virsh command each.
        auto refreshed = ask<Status>([&](QObject *ctx, auto done) {
            Storage::refreshPool(host.get(), QStringLiteral("default"), ctx, done);
        });
        QVERIFY(refreshed && refreshed->ok());
        auto refresh = waitForEntry(QStringLiteral("pool-refresh default"));
        QVERIFY(refresh);
        QVERIFY(refresh->succeeded);
        QCOMPARE(refresh->domain, QStringLiteral("default"));
        auto stopped = ask<Status>([&](QObject *ctx, auto done) {
            Storage::stopPool(host.get(), QStringLiteral("default"), ctx, done);
        });
        QVERIFY(stopped && stopped->ok());
        QVERIFY(waitForEntry(QStringLiteral("pool-destroy default")));
        // Stopping it again fails: logged as failed, with libvirt's reason.
        stopped = ask<Status>([&](QObject *ctx, auto done) {
            Storage::stopPool(host.get(), QStringLiteral("default"), ctx, done);
        });
        QVERIFY(stopped && !stopped->ok());
        QTRY_COMPARE(CommandLog::instance()->entries().size(), 3);
        QVERIFY(!CommandLog::instance()->entries().last().succeeded);

        // The title, with the scope the worker used (web-frontend runs and is persistent).
        auto titled = ask<Status>([&](QObject *ctx, auto done) {
            DomainConfig::setTitleAndDescription(host.get(), kWeb, QStringLiteral("Web server"),
                                                 QStringLiteral("nginx"), ctx, done);
        });
        QVERIFY(titled && titled->ok());
        auto title = waitForEntry(QStringLiteral("desc web-frontend --live --config --title "
                                                 "'Web server'"));
        QVERIFY(title);
        QCOMPARE(title->lines().value(1), QStringLiteral("virsh -c %1 desc web-frontend --live "
                                                         "--config nginx")
                                              .arg(shellQuote(host->uri())));

        // A monitor command is logged as qemu-monitor-command (the test driver has no monitor:
        // it fails, and the log says so).
        auto answer = ask<Result<QString>>([&](QObject *ctx, auto done) {
            QemuMonitor::run(host.get(), kWeb, QStringLiteral("info balloon"), ctx, done);
        });
        QVERIFY(answer && !answer->ok());
        auto monitor =
            waitForEntry(QStringLiteral("qemu-monitor-command web-frontend --hmp 'info balloon'"));
        QVERIFY(monitor);
        QVERIFY(!monitor->succeeded);
    }

    void scriptExplainsInBothLanguages()
    {
        CommandLog::instance()->clear();
        CommandLog::record(QStringLiteral("qemu:///system"), QStringLiteral("web1"),
                           EC::setMemory(QStringLiteral("web1"), 262144, DomainControl::Live));
        QTRY_COMPARE(CommandLog::instance()->entries().size(), 1);
        const QStringList lines =
            commandLogScript(CommandLog::instance()->entries(), QDateTime::currentDateTime())
                .split(QLatin1Char('\n'));
        const qsizetype english = lines.indexOf(QRegularExpression(
            QStringLiteral("^# Explain: Sets the guest's memory in KiB.*--live.*")));
        QVERIFY(english > 0);
        const QString chinese = lines.value(english + 1);
        QVERIFY2(chinese.startsWith(QStringLiteral("# 说明: ")), qPrintable(chinese));
        QVERIFY2(chinese.contains(QStringLiteral("内存气球")), qPrintable(chinese));
        QCOMPARE(explainLines(CommandLog::instance()->entries().first().equivalent.explanation),
                 (QStringList{lines.value(english).mid(2), chinese.mid(2)}));
    }
};

QTEST_GUILESS_MAIN(TestCommandLog)
#include "tst_commandlog.moc"
