// SPDX-License-Identifier: GPL-2.0-or-later
// The memory page on a real guest whose balloon driver is not loaded (the kernel refuses
// virtio_balloon by module_blacklist, set through the Boot options code): moving the balloon
// target does not move the actual, and the page says plainly that the guest seems to have no
// balloon driver. Needs a libvirtd with QEMU (tests/integration/setup.sh); skips without one.

#include "guest.h"

#include "core/domain/domainactions.h"
#include "core/domain/domainconfig.h"
#include "core/domain/domainxml.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/details/domaincontext.h"
#include "ui/details/domainmemorypage.h"
#include "ui/details/domainwindow.h"
#include "widgets/resourceslider.h"

#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vireo;
using namespace Vireo::Integration;

class TestDetailsNoBalloon : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void initTestCase();
    void memoryPageSaysTheGuestHasNoBalloonDriver();
    void cleanupTestCase();

private:
    Environment m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    GuestSpec m_spec;
    QString m_uuid;
    DomainState m_state = DomainState::NoState;
    QPointer<DomainWindow> m_window;
};

void TestDetailsNoBalloon::initTestCase()
{
    m_env = Environment::detect();
    if (!m_env.unavailable.isEmpty())
        QSKIP(qPrintable(m_env.unavailable));
    const QString notReady = prepareScratch(m_env, m_dir.path());
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

    m_session = std::make_unique<HostSession>(m_env.uri);
    m_session->setStatsInterval(1000);
    connect(m_session.get(), &HostSession::domainChanged, this, [this](const DomainInfo &d) {
        if (d.uuid == m_uuid)
            m_state = d.state;
    });
    m_session->connectToHost();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), HostState::Connected, kLibvirtCallMs);

    m_spec.name = testDomainName(QStringLiteral("noballoon"));
    m_spec.serialLogPath = m_dir.filePath(QStringLiteral("serial.log"));
    m_spec.memoryMiB = 512;
    m_spec.maxVcpus = 2;
    m_spec.vcpus = 1;
    m_spec.balloonStatsPeriod = 0;
    const Booted booted = defineAndBoot(m_session.get(), m_env, m_spec);
    m_uuid = booted.uuid;
    QVERIFY2(booted.error.isEmpty(), qPrintable(booted.error));

    // Off, then the kernel told to refuse the balloon driver, then on again.
    DomainActions::performAction(m_session.get(), {m_uuid}, DomainAction::ForceOff);
    QTRY_COMPARE_WITH_TIMEOUT(m_state, DomainState::Shutoff, kLibvirtCallMs);
    Pending<Result<QString>> xml;
    DomainActions::fetchDomainXml(m_session.get(), m_uuid, {.inactive = true}, this,
                                  xml.callback());
    QTRY_VERIFY_WITH_TIMEOUT(xml.ready(), kLibvirtCallMs);
    QVERIFY2(xml->ok(), qPrintable(xml->error().text()));
    auto parsed = parseDomainXml(xml->value());
    QVERIFY(parsed.ok());
    BootOptions boot = parsed->boot;
    boot.cmdline += QStringLiteral(" module_blacklist=virtio_balloon");
    Pending<Status> set;
    DomainConfig::setBootOptions(m_session.get(), m_uuid, boot, this, set.callback());
    QTRY_VERIFY_WITH_TIMEOUT(set.ready(), kLibvirtCallMs);
    QVERIFY2(set->ok(), qPrintable(set->error().text()));

    DomainActions::performAction(m_session.get(), {m_uuid}, DomainAction::Start);
    QTRY_COMPARE_WITH_TIMEOUT(m_state, DomainState::Running, kLibvirtCallMs);
    const SerialLog serial(m_spec.serialLogPath);
    QTRY_VERIFY2_WITH_TIMEOUT(serial.lastStatus().isValid(), qPrintable(serial.tail()), 120000);
    QVERIFY2(serial.contains(QStringLiteral("VIREO-ERROR insmod virtio_balloon")),
             qPrintable(serial.tail(20)));

    m_window = DomainWindow::showFor(m_session.get(), m_uuid);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->context()->hasInfo() && m_window->context()->hasDescription(), kLibvirtCallMs);
}

void TestDetailsNoBalloon::memoryPageSaysTheGuestHasNoBalloonDriver()
{
    m_window->showPage(QStringLiteral("Memory"));
    DomainMemoryPage *page = m_window->memoryPage();
    page->setBalloonPatience(3000);
    ResourceSlider *slider = page->slider();
    QTRY_COMPARE_WITH_TIMEOUT(slider->maximum(), 512, kLibvirtCallMs);
    QTRY_COMPARE_WITH_TIMEOUT(page->actualKiB(), qint64(512 * 1024), kLibvirtCallMs);
    slider->setApplyDelay(10);
    slider->setValueFromUser(300);
    // libvirt accepts the target; the guest never acts on it.
    QTRY_VERIFY_WITH_TIMEOUT(!slider->isPending() &&
                                 (slider->reportedValue() == 300 || !slider->errorText().isEmpty()),
                             kLibvirtCallMs);
    QVERIFY2(slider->errorText().isEmpty(), qPrintable(slider->errorText()));
    QTRY_VERIFY_WITH_TIMEOUT(page->guestSeemsWithoutDriver(), kLibvirtCallMs);
    QCOMPARE(page->actualKiB(), qint64(512 * 1024));
    QVERIFY(!page->balloonLabel()->isHidden());
    QVERIFY2(page->balloonLabel()->text().contains(QLatin1String("no balloon driver")),
             qPrintable(page->balloonLabel()->text()));
    qInfo("shown: %s", qPrintable(page->balloonLabel()->text()));
}

void TestDetailsNoBalloon::cleanupTestCase()
{
    delete m_window.data();
    m_session.reset();
    if (m_env.unavailable.isEmpty())
        removeTestDomains(m_env.uri);
}

QTEST_MAIN(TestDetailsNoBalloon)

#include "tst_detailsnoballoon.moc"
