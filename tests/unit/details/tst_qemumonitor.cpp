// SPDX-License-Identifier: GPL-2.0-or-later
// The QEMU monitor's core (issue 17): which command lines are queries and which ask first, where
// the page is offered, and the calls on the test driver, which has no monitor: errors in words,
// nothing run on a domain that is shut off.

#include "core/domain/qemumonitor.h"
#include "core/session/processsetup.h"

#include "../../support/demohost.h"

#include <QTest>

using namespace Vireo;
using namespace VireoTest;

class TestQemuMonitor : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void classify_data();
    void classify();
    void offeredOnlyOnQemu();
    void testDriverAnswersInWords();
    void shutOffDomainIsNotAsked();
};

void TestQemuMonitor::classify_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("kind");
    const int query = int(QemuMonitor::CommandKind::Query);
    const int change = int(QemuMonitor::CommandKind::MayChange);
    QTest::newRow("info balloon") << "info balloon" << query;
    QTest::newRow("info cpus") << "info cpus" << query;
    QTest::newRow("info block, spaces") << "   info    block  " << query;
    QTest::newRow("bare info") << "info" << query;
    QTest::newRow("help") << "help" << query;
    QTest::newRow("question mark") << "? info" << query;
    QTest::newRow("balloon sets") << "balloon 256" << change;
    QTest::newRow("stop") << "stop" << change;
    QTest::newRow("quit") << "quit" << change;
    QTest::newRow("device_del") << "device_del virtio-disk1" << change;
    QTest::newRow("infoblock is not info") << "infoblock" << change;
    QTest::newRow("upper-case INFO is not HMP's info") << "INFO status" << change;
    QTest::newRow("empty") << "" << int(QemuMonitor::CommandKind::Empty);
    QTest::newRow("blank") << " \t " << int(QemuMonitor::CommandKind::Empty);
}

void TestQemuMonitor::classify()
{
    QFETCH(QString, line);
    QFETCH(int, kind);
    QCOMPARE(int(QemuMonitor::classify(line)), kind);
}

void TestQemuMonitor::offeredOnlyOnQemu()
{
    HostInfo host;
    host.driver = QStringLiteral("QEMU");
    QVERIFY(QemuMonitor::offeredOn(host));
    host.driver = QStringLiteral("TEST");
    QVERIFY(!QemuMonitor::offeredOn(host));
    host.driver.clear();
    QVERIFY(!QemuMonitor::offeredOn(host));
}

void TestQemuMonitor::testDriverAnswersInWords()
{
    QTemporaryDir dir;
    auto session = connectedDemoHost(dir);
    QVERIFY(session);
    QVERIFY(!QemuMonitor::offeredOn(session->hostInfo()));
    // web-frontend runs; the test driver has no monitor and says so, as libvirt words it.
    const auto answer = ask<Result<QString>>([&](QObject *ctx, auto done) {
        QemuMonitor::run(session.get(), kWeb, QStringLiteral("info status"), ctx, done);
    });
    QVERIFY(answer);
    QVERIFY(!answer->ok());
    QVERIFY2(answer->error().operation.contains(QStringLiteral("info status")),
             qPrintable(answer->error().text()));
    QVERIFY2(!answer->error().message.isEmpty(), qPrintable(answer->error().text()));
}

void TestQemuMonitor::shutOffDomainIsNotAsked()
{
    QTemporaryDir dir;
    auto session = connectedDemoHost(dir);
    QVERIFY(session);
    const auto answer = ask<Result<QString>>([&](QObject *ctx, auto done) {
        QemuMonitor::run(session.get(), kWin, QStringLiteral("info status"), ctx, done);
    });
    QVERIFY(answer);
    QVERIFY(!answer->ok());
    QVERIFY2(answer->error().message.contains(QStringLiteral("not running")),
             qPrintable(answer->error().text()));
    const auto empty = ask<Result<QString>>([&](QObject *ctx, auto done) {
        QemuMonitor::run(session.get(), kWeb, QStringLiteral("   "), ctx, done);
    });
    QVERIFY(empty);
    QVERIFY(!empty->ok());
}

QTEST_GUILESS_MAIN(TestQemuMonitor)
#include "tst_qemumonitor.moc"
