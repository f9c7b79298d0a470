// SPDX-License-Identifier: GPL-2.0-or-later
// A domain's state with libvirt's reason, as every view shows it ("Shut off (crashed)"), and
// which reasons mean the guest crashed. Pure functions: no libvirt connection.
#include "core/common/types.h"

#include <QTest>

#include <libvirt/libvirt.h>

using namespace Vireo;

class TestDomainState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stateText_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("text");
        // What issue 19 saw and what virt-manager says.
        QTest::newRow("shut off, crashed")
            << int(VIR_DOMAIN_SHUTOFF) << int(VIR_DOMAIN_SHUTOFF_CRASHED) << "Shut off (crashed)";
        QTest::newRow("paused, I/O error")
            << int(VIR_DOMAIN_PAUSED) << int(VIR_DOMAIN_PAUSED_IOERROR) << "Paused (I/O error)";
        QTest::newRow("running, migrated")
            << int(VIR_DOMAIN_RUNNING) << int(VIR_DOMAIN_RUNNING_MIGRATED) << "Running (migrated)";
        QTest::newRow("shut off, forced off")
            << int(VIR_DOMAIN_SHUTOFF) << int(VIR_DOMAIN_SHUTOFF_DESTROYED)
            << "Shut off (forced off)";
        QTest::newRow("shut off, failed to start")
            << int(VIR_DOMAIN_SHUTOFF) << int(VIR_DOMAIN_SHUTOFF_FAILED)
            << "Shut off (failed to start)";
        QTest::newRow("shut off by the daemon")
            << int(VIR_DOMAIN_SHUTOFF) << int(VIR_DOMAIN_SHUTOFF_DAEMON)
            << "Shut off (stopped by libvirt)";
        QTest::newRow("paused, watchdog")
            << int(VIR_DOMAIN_PAUSED) << int(VIR_DOMAIN_PAUSED_WATCHDOG) << "Paused (watchdog)";
        QTest::newRow("paused after a crash")
            << int(VIR_DOMAIN_PAUSED) << int(VIR_DOMAIN_PAUSED_CRASHED) << "Paused (crashed)";
        QTest::newRow("paused, starting up")
            << int(VIR_DOMAIN_PAUSED) << int(VIR_DOMAIN_PAUSED_STARTING_UP)
            << "Paused (starting up)";
        QTest::newRow("running, restored")
            << int(VIR_DOMAIN_RUNNING) << int(VIR_DOMAIN_RUNNING_RESTORED) << "Running (restored)";
        QTest::newRow("running, post-copy failed")
            << int(VIR_DOMAIN_RUNNING) << int(VIR_DOMAIN_RUNNING_POSTCOPY_FAILED)
            << "Running (post-copy migration failed)";
        QTest::newRow("crashed, panicked")
            << int(VIR_DOMAIN_CRASHED) << int(VIR_DOMAIN_CRASHED_PANICKED) << "Crashed (panicked)";
        // The ordinary reasons add nothing to the state.
        QTest::newRow("running, booted")
            << int(VIR_DOMAIN_RUNNING) << int(VIR_DOMAIN_RUNNING_BOOTED) << "Running";
        QTest::newRow("running, resumed")
            << int(VIR_DOMAIN_RUNNING) << int(VIR_DOMAIN_RUNNING_UNPAUSED) << "Running";
        QTest::newRow("paused by the user")
            << int(VIR_DOMAIN_PAUSED) << int(VIR_DOMAIN_PAUSED_USER) << "Paused";
        QTest::newRow("shut off, shut down")
            << int(VIR_DOMAIN_SHUTOFF) << int(VIR_DOMAIN_SHUTOFF_SHUTDOWN) << "Shut off";
        QTest::newRow("shutting down on request")
            << int(VIR_DOMAIN_SHUTDOWN) << int(VIR_DOMAIN_SHUTDOWN_USER) << "Shutting down";
        QTest::newRow("crashed, unknown") << int(VIR_DOMAIN_CRASHED) << 0 << "Crashed";
        QTest::newRow("suspended") << int(VIR_DOMAIN_PMSUSPENDED) << 0 << "Suspended";
        // A reason from a newer libvirt than ours is left out, not made up.
        QTest::newRow("unknown reason") << int(VIR_DOMAIN_PAUSED) << 999 << "Paused";
        QTest::newRow("no state") << int(VIR_DOMAIN_NOSTATE) << 0 << "Unknown";
    }
    void stateText()
    {
        QFETCH(int, state);
        QFETCH(int, reason);
        QFETCH(QString, text);
        QCOMPARE(domainStateText(DomainState(state), reason), text);
        DomainInfo info;
        info.state = DomainState(state);
        info.stateReason = reason;
        QCOMPARE(info.stateText(), text);
    }

    void everyReasonOfLibvirtHasWords()
    {
        // Each reason libvirt 9.0 defines beyond the ordinary ones gets its own words.
        const struct
        {
            int state, first, last;
            QList<int> ordinary;
        } states[] = {
            {VIR_DOMAIN_RUNNING,
             0,
             VIR_DOMAIN_RUNNING_POSTCOPY_FAILED,
             {VIR_DOMAIN_RUNNING_UNKNOWN, VIR_DOMAIN_RUNNING_BOOTED, VIR_DOMAIN_RUNNING_UNPAUSED}},
            {VIR_DOMAIN_PAUSED,
             0,
             VIR_DOMAIN_PAUSED_POSTCOPY_FAILED,
             {VIR_DOMAIN_PAUSED_UNKNOWN, VIR_DOMAIN_PAUSED_USER}},
            {VIR_DOMAIN_SHUTOFF,
             0,
             VIR_DOMAIN_SHUTOFF_DAEMON,
             {VIR_DOMAIN_SHUTOFF_UNKNOWN, VIR_DOMAIN_SHUTOFF_SHUTDOWN}},
        };
        for (const auto &s : states) {
            QSet<QString> seen;
            for (int r = s.first; r <= s.last; ++r) {
                const QString why = domainStateReasonName(DomainState(s.state), r);
                QCOMPARE(why.isEmpty(), s.ordinary.contains(r));
                if (!why.isEmpty())
                    seen.insert(why);
            }
            QCOMPARE(seen.size(), s.last - s.first + 1 - s.ordinary.size());
        }
    }

    void crashes_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("reason");
        QTest::addColumn<bool>("crashed");
        QTest::newRow("crashed") << int(VIR_DOMAIN_CRASHED) << 0 << true;
        QTest::newRow("shut off, crashed")
            << int(VIR_DOMAIN_SHUTOFF) << int(VIR_DOMAIN_SHUTOFF_CRASHED) << true;
        QTest::newRow("paused, crashed")
            << int(VIR_DOMAIN_PAUSED) << int(VIR_DOMAIN_PAUSED_CRASHED) << true;
        QTest::newRow("running again after a crash")
            << int(VIR_DOMAIN_RUNNING) << int(VIR_DOMAIN_RUNNING_CRASHED) << false;
        QTest::newRow("forced off")
            << int(VIR_DOMAIN_SHUTOFF) << int(VIR_DOMAIN_SHUTOFF_DESTROYED) << false;
        QTest::newRow("paused, I/O error")
            << int(VIR_DOMAIN_PAUSED) << int(VIR_DOMAIN_PAUSED_IOERROR) << false;
    }
    void crashes()
    {
        QFETCH(int, state);
        QFETCH(int, reason);
        DomainInfo info;
        info.state = DomainState(state);
        info.stateReason = reason;
        QTEST(info.hasCrashed(), "crashed");
    }
};

QTEST_GUILESS_MAIN(TestDomainState)
#include "tst_domainstate.moc"
