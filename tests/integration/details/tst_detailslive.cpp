// SPDX-License-Identifier: GPL-2.0-or-later
// The details window on a real running guest: the vCPU slider hot-adds (the domain reports 3 and
// the guest onlines them), the balloon slider moves 512 MiB -> 300 MiB and the actual follows,
// refused changes are reported in the page, not hidden. Drives the pages as a user would
// (keyboard and the spin box), reads the results back through core.
// Needs a libvirtd with QEMU (tests/integration/setup.sh); skips without one.

#include "guest.h"

#include "core/domain/domaincontrol.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/details/domaincontext.h"
#include "ui/details/domaincpupage.h"
#include "ui/details/domainmemorypage.h"
#include "ui/details/domainperformancepage.h"
#include "ui/details/domainwindow.h"
#include "widgets/perfchart.h"
#include "widgets/resourceslider.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vireo;
using namespace Vireo::Integration;

class TestDetailsLive : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void initTestCase();
    void vcpuSliderHotAddsThree();
    void vcpuRemovalIsAppliedOrReported();
    void vcpuAboveMaximumIsReported();
    void balloonSliderTo300MiB();
    void memoryAboveMaximumIsReported();
    void performanceChartsGetRealSamples();
    void cleanupTestCase();

private:
    DomainControl::VcpuCounts vcpuCounts();

    Environment m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    GuestSpec m_spec;
    QString m_uuid;
    QPointer<DomainWindow> m_window;
};

DomainControl::VcpuCounts TestDetailsLive::vcpuCounts()
{
    Pending<Result<DomainControl::VcpuCounts>> counts;
    DomainControl::fetchVcpuCounts(m_session.get(), m_uuid, this, counts.callback());
    if (!QTest::qWaitFor([&] { return counts.ready(); }, kLibvirtCallMs) || !counts->ok())
        return {};
    return counts->value();
}

void TestDetailsLive::initTestCase()
{
    m_env = Environment::detect();
    if (!m_env.unavailable.isEmpty())
        QSKIP(qPrintable(m_env.unavailable));
    const QString notReady = prepareScratch(m_env, m_dir.path());
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

    m_session = std::make_unique<HostSession>(m_env.uri);
    m_session->setStatsInterval(1000);
    m_session->connectToHost();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), HostState::Connected, kLibvirtCallMs);

    m_spec.name = testDomainName(QStringLiteral("details"));
    m_spec.serialLogPath = m_dir.filePath(QStringLiteral("serial.log"));
    m_spec.memoryMiB = 512;
    m_spec.maxVcpus = 4;
    m_spec.vcpus = 1;
    m_spec.balloonStatsPeriod = 0; // the memory page must turn the statistics on itself
    const Booted booted = defineAndBoot(m_session.get(), m_env, m_spec);
    m_uuid = booted.uuid;
    QVERIFY2(booted.error.isEmpty(), qPrintable(booted.error));

    m_window = DomainWindow::showFor(m_session.get(), m_uuid);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->context()->hasInfo() && m_window->context()->hasDescription(), kLibvirtCallMs);
}

void TestDetailsLive::vcpuSliderHotAddsThree()
{
    m_window->showPage(QStringLiteral("CPUs"));
    ResourceSlider *slider = m_window->cpuPage()->slider();
    QTRY_COMPARE_WITH_TIMEOUT(slider->maximum(), 4, kLibvirtCallMs);
    QCOMPARE(slider->reportedValue(), 1);
    slider->setApplyDelay(100);
    slider->slider()->setFocus();
    QSignalSpy sent(slider, &ResourceSlider::applyRequested);
    // Two arrow presses within the pause: one request, for 3.
    QTest::keyClick(slider->slider(), Qt::Key_Right);
    QTest::keyClick(slider->slider(), Qt::Key_Right);
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 5000);
    QCOMPARE(sent.first().first().toLongLong(), 3);
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY2_WITH_TIMEOUT(!slider->isPending(), qPrintable(slider->errorText()),
                              kLibvirtCallMs);
    QVERIFY2(slider->errorText().isEmpty(), qPrintable(slider->errorText()));
    QCOMPARE(slider->reportedValue(), 3);
    QCOMPARE(slider->value(), 3);
    const auto counts = vcpuCounts();
    QCOMPARE(counts.liveCurrent, 3);
    QCOMPARE(counts.configCurrent, 1); // "also after restart" was off
    const SerialLog serial(m_spec.serialLogPath);
    QTRY_VERIFY2_WITH_TIMEOUT(serial.lastStatus().cpusOnline == 3, qPrintable(serial.tail()),
                              kLibvirtCallMs);
    qInfo("slider at 3 vCPUs: the guest reported 3 online %lld ms after the request",
          timer.elapsed());
}

void TestDetailsLive::vcpuRemovalIsAppliedOrReported()
{
    ResourceSlider *slider = m_window->cpuPage()->slider();
    slider->setApplyDelay(100);
    QSignalSpy sent(slider, &ResourceSlider::applyRequested);
    QTest::keyClick(slider->slider(), Qt::Key_Left);
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!slider->isPending(), 120000);
    // QEMU may unplug the vCPU or refuse (the guest must cooperate); either way the page shows
    // what the domain really has, and a refusal is said in words.
    const auto counts = vcpuCounts();
    QTRY_COMPARE_WITH_TIMEOUT(slider->reportedValue(), qint64(counts.liveCurrent), kLibvirtCallMs);
    QTRY_COMPARE_WITH_TIMEOUT(slider->value(), qint64(counts.liveCurrent), kLibvirtCallMs);
    if (counts.liveCurrent == 3) {
        QVERIFY2(!slider->errorText().isEmpty(), "the removal did not happen and nothing was said");
        QVERIFY2(slider->errorText().contains(QLatin1String("refused")),
                 qPrintable(slider->errorText()));
        qInfo("live vCPU removal refused, and shown: %s", qPrintable(slider->errorText()));
    } else {
        QCOMPARE(counts.liveCurrent, 2);
        qInfo("live vCPU removal accepted: %s", qPrintable(slider->errorText()));
    }
}

void TestDetailsLive::vcpuAboveMaximumIsReported()
{
    ResourceSlider *slider = m_window->cpuPage()->slider();
    const auto before = vcpuCounts();
    slider->setApplyDelay(10);
    slider->setRange(1, 6); // past the domain's maximum of 4, as a stale range would be
    slider->setValueFromUser(6);
    QTRY_VERIFY_WITH_TIMEOUT(!slider->errorText().isEmpty(), kLibvirtCallMs);
    QVERIFY2(slider->errorText().contains(QLatin1String("maximum")),
             qPrintable(slider->errorText()));
    QCOMPARE(slider->value(), qint64(before.liveCurrent));
    QCOMPARE(vcpuCounts().liveCurrent, before.liveCurrent);
    QTRY_COMPARE_WITH_TIMEOUT(slider->maximum(), 4, kLibvirtCallMs);
}

void TestDetailsLive::balloonSliderTo300MiB()
{
    m_window->showPage(QStringLiteral("Memory"));
    DomainMemoryPage *page = m_window->memoryPage();
    ResourceSlider *slider = page->slider();
    QTRY_COMPARE_WITH_TIMEOUT(slider->maximum(), 512, kLibvirtCallMs);
    QCOMPARE(slider->reportedValue(), 512);
    QVERIFY(slider->minimum() <= 300);
    // The page turned the guest's balloon statistics on.
    QTRY_VERIFY_WITH_TIMEOUT(page->actualKiB() == 512 * 1024, kLibvirtCallMs);

    QSpinBox *exact = slider->spinBox();
    exact->setFocus();
    exact->selectAll();
    QTest::keyClicks(exact, QStringLiteral("300"));
    QElapsedTimer timer;
    timer.start();
    QTest::keyClick(exact, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!slider->isPending() && slider->reportedValue() == 300,
                             kLibvirtCallMs);
    QVERIFY2(slider->errorText().isEmpty(), qPrintable(slider->errorText()));
    QCOMPARE(page->targetLabel()->text(), QStringLiteral("300 MiB"));
    // The balloon's actual follows; the page shows target and actual side by side.
    QTRY_COMPARE_WITH_TIMEOUT(page->actualKiB(), qint64(300 * 1024), kLibvirtCallMs);
    const qint64 followedMs = timer.elapsed();
    qInfo("balloon slider to 300 MiB: the actual followed in %lld ms (the issue asks for 10 s)",
          followedMs);
    QCOMPARE(page->actualLabel()->text(), QStringLiteral("300 MiB"));
    QVERIFY(!page->guestSeemsWithoutDriver());
    // Balloon statistics arrive (the page set the period).
    QTRY_VERIFY_WITH_TIMEOUT(!page->guestStatsLabel()->text().isEmpty(), kLibvirtCallMs);
    const SerialLog serial(m_spec.serialLogPath);
    QTRY_VERIFY2_WITH_TIMEOUT(serial.lastStatus().memTotalKiB <= 300 * 1024,
                              qPrintable(serial.tail()), kLibvirtCallMs);
}

void TestDetailsLive::memoryAboveMaximumIsReported()
{
    ResourceSlider *slider = m_window->memoryPage()->slider();
    slider->setApplyDelay(10);
    slider->setRange(256, 2048);
    slider->setValueFromUser(1024);
    QTRY_VERIFY_WITH_TIMEOUT(!slider->errorText().isEmpty(), kLibvirtCallMs);
    qInfo("refused balloon target shown as: %s", qPrintable(slider->errorText()));
    QCOMPARE(slider->value(), 300);
    QCOMPARE(m_window->context()->balloonTargetKiB(), qint64(300 * 1024));
}

void TestDetailsLive::performanceChartsGetRealSamples()
{
    DomainPerformancePage *perf = m_window->performancePage();
    // QEMU reports CPU time and the balloon (the tiny guest has no disk to chart).
    QTRY_VERIFY_WITH_TIMEOUT(perf->cpuChart()->points(0).size() >= 2, kLibvirtCallMs);
    QTRY_VERIFY_WITH_TIMEOUT(perf->memoryChart()->points(0).size() >= 2, kLibvirtCallMs);
    QCOMPARE(perf->memoryChart()->lastValue(0), 300.0);
    QCOMPARE(perf->memoryChart()->lastValue(1), 300.0);
    QVERIFY(perf->cpuChart()->lastValue(0) >= 0 && perf->cpuChart()->lastValue(0) <= 100);
}

void TestDetailsLive::cleanupTestCase()
{
    delete m_window.data();
    m_session.reset();
    if (m_env.unavailable.isEmpty())
        removeTestDomains(m_env.uri);
}

QTEST_MAIN(TestDetailsLive)

#include "tst_detailslive.moc"
