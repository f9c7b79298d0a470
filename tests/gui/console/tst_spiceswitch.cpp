// SPDX-License-Identifier: GPL-2.0-or-later
// A SPICE guest's console (issue 14): the console page says it cannot show SPICE and offers
// "Switch this VM to VNC", which rewrites the definition's display as VNC with the same listen
// address and password (read and defined with secrets), on libvirt's test driver.
#include "core/domain/devices.h"
#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/console/consolepage.h"
#include "ui/console/spiceswitchbar.h"

#include "tests/support/demohost.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using namespace VireoTest;

class TestSpiceSwitch : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;

    QString secureXml()
    {
        auto r = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::fetchDomainXml(m_session.get(), kWin, {true, true}, ctx, done);
        });
        return r && r->ok() ? r->value() : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_session = connectedDemoHost(m_dir);
        QVERIFY(m_session);
    }
    void cleanup() { m_session.reset(); }

    void offersTheSwitchAndKeepsListenAndPassword()
    {
        // win11-desktop as virt-manager would make it: SPICE instead of VNC.
        auto gone = ask<Result<Devices::Removal>>([&](QObject *ctx, auto done) {
            Devices::detach(m_session.get(), kWin, {QStringLiteral("graphics"), {}, 0},
                            DomainControl::Config, 5, ctx, done);
        });
        QVERIFY(gone && gone->ok());
        auto added = ask<Status>([&](QObject *ctx, auto done) {
            Devices::attach(m_session.get(), kWin,
                            QStringLiteral("<graphics type='spice' autoport='yes' "
                                           "passwd='sp1ce'><listen type='address' "
                                           "address='0.0.0.0'/><image compression='off'/>"
                                           "</graphics>"),
                            DomainControl::Config, ctx, done);
        });
        QVERIFY(added && added->ok());

        ConsolePage page(m_session.get(), kWin);
        page.show();
        SpiceSwitchBar *bar = page.spiceBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        QVERIFY(bar->label()->text().contains(u"SPICE"));
        QVERIFY(!bar->switchButton()->accessibleName().isEmpty());

        QSignalSpy switched(bar, &SpiceSwitchBar::switched);
        QTest::mouseClick(bar->switchButton(), Qt::LeftButton);
        QVERIFY(switched.wait(10000));
        QVERIFY(switched.first().first().toBool());
        QVERIFY(bar->label()->text().contains(u"next start"));
        const QString xml = secureXml();
        QVERIFY(!xml.contains(u"type='spice'"));
        QVERIFY(xml.contains(u"type='vnc'"));
        QVERIFY(xml.contains(u"passwd='sp1ce'"));
        QVERIFY(xml.contains(u"address='0.0.0.0'"));
    }

    void aVncGuestHasNoBand()
    {
        ConsolePage page(m_session.get(), kWin);
        page.show();
        QTest::qWait(500);
        QVERIFY(!page.spiceBar()->isVisible());
    }
};

QTEST_MAIN(TestSpiceSwitch)
#include "tst_spiceswitch.moc"
