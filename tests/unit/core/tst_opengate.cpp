// SPDX-License-Identifier: GPL-2.0-or-later
// OpenGate (issue 18, fifty hosts): at most slots() workers open and list at once, and a slow
// one (still inside) does not keep the next one out. Every host's open goes through it.
#include "core/session/hostsession.h"
#include "core/session/opengate.h"
#include "core/session/processsetup.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace Vireo;

class TestOpenGate : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void boundsHowManyAreInside()
    {
        OpenGate::setSlots(2);
        std::atomic<int> inside{0}, most{0};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < 8; ++i) {
            threads.emplace_back(QThread::create([&] {
                const OpenGate::Pass pass = OpenGate::enter();
                const int n = ++inside;
                int m = most;
                while (n > m && !most.compare_exchange_weak(m, n)) {
                }
                QThread::msleep(20); // short: never slow, so the bound holds
                --inside;
            }));
            threads.back()->start();
        }
        for (auto &t : threads)
            QVERIFY(t->wait(20000));
        QCOMPARE(OpenGate::inside(), 0);
        QVERIFY2(most <= 2, qPrintable(QString::number(most)));
        QVERIFY(most >= 1);
    }

    void aSlowOneDoesNotKeepTheNextOut()
    {
        OpenGate::setSlots(1);
        QSemaphore entered, release;
        std::unique_ptr<QThread> slow(QThread::create([&] {
            const OpenGate::Pass pass = OpenGate::enter();
            entered.release();
            release.acquire(); // inside until the second one got in
        }));
        slow->start();
        QVERIFY(entered.tryAcquire(1, 10000));
        std::unique_ptr<QThread> next(QThread::create([&] {
            const OpenGate::Pass pass = OpenGate::enter();
            entered.release();
        }));
        next->start();
        // The slow one is still inside (it leaves only when released), yet the next enters.
        QVERIFY(entered.tryAcquire(1, 10000));
        QCOMPARE(OpenGate::inside() >= 1, true);
        release.release();
        QVERIFY(slow->wait(10000));
        QVERIFY(next->wait(10000));
        QCOMPARE(OpenGate::inside(), 0);
        OpenGate::setSlots(OpenGate::DefaultSlots);
    }

    void everyHostsOpenGoesThroughTheGate()
    {
        OpenGate::setSlots(OpenGate::DefaultSlots);
        QTemporaryDir dir;
        std::vector<std::unique_ptr<HostSession>> hosts;
        for (int i = 0; i < 20; ++i) {
            const QString path = dir.filePath(QStringLiteral("lab-%1.xml").arg(i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("<node><domain type='test'><name>vm</name><memory>1024</memory>"
                    "<os><type>hvm</type></os></domain></node>");
            f.close();
            hosts.push_back(std::make_unique<HostSession>(QStringLiteral("test://") + path));
            hosts.back()->setStatsInterval(0);
        }
        const int before = OpenGate::entries();
        for (auto &h : hosts)
            h->connectToHost();
        for (auto &h : hosts)
            QTRY_COMPARE_WITH_TIMEOUT(h->state(), HostState::Connected, 30000);
        // Every host's open went through the gate.
        QCOMPARE(OpenGate::entries() - before, 20);
    }
};

QTEST_GUILESS_MAIN(TestOpenGate)
#include "tst_opengate.moc"
