// SPDX-License-Identifier: GPL-2.0-or-later
// The Boot page's firmware choice on libvirt's test driver (issue 14): a shut-off domain switches
// from BIOS to UEFI and back (its definition says so, the page shows it), Secure Boot is greyed
// with why on a machine that is not q35, the host's silence about its firmware is said, and a
// running domain's choice is greyed with the reason.
#include "core/domain/domainactions.h"
#include "core/domain/domainconfigfirmware.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/details/domainbootfirmware.h"
#include "ui/details/domainbootpage.h"
#include "ui/details/domaincontext.h"
#include "ui/details/domainwindow.h"

#include "tests/support/demodetails.h"
#include "tests/support/demohost.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using namespace VireoTest;
using DomainConfig::Firmware;

class TestBootFirmware : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    QPointer<DomainWindow> m_window;

    DomainBootFirmware *open(const QString &uuid)
    {
        m_window = openDetails(m_session.get(), uuid, QStringLiteral("Boot options"));
        return m_window ? m_window->bootPage()->firmwareBox() : nullptr;
    }
    std::optional<Firmware> definition(const QString &uuid)
    {
        auto xml = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::fetchDomainXml(m_session.get(), uuid, {true, false}, ctx, done);
        });
        if (!xml || !xml->ok())
            return std::nullopt;
        auto f = DomainConfig::firmwareOf(xml->value());
        return f ? std::optional<Firmware>(*f) : std::nullopt;
    }

private Q_SLOTS:
    void init()
    {
        m_session = connectedDemoHost(m_dir);
        QVERIFY(m_session);
    }
    void cleanup()
    {
        delete m_window.data();
        m_session.reset();
    }

    void switchesAShutOffDomainToUefiAndBack()
    {
        DomainBootFirmware *box = open(kWin);
        QVERIFY(box);
        QTRY_VERIFY(box->choice()->isEnabled());
        QCOMPARE(box->choice()->currentText(), QStringLiteral("BIOS"));
        QVERIFY(!box->changeButton()->isEnabled()); // nothing chosen yet
        QVERIFY(!box->choice()->accessibleName().isEmpty());
        // The test driver has no domain capabilities: said, and libvirt checks at the start.
        QTRY_VERIFY(box->note()->text().contains(u"does not say which firmware"));
        // Secure Boot needs q35; this domain's machine is not.
        auto *model = qobject_cast<QStandardItemModel *>(box->choice()->model());
        QStandardItem *secure = model->item(box->choice()->findData(int(Firmware::UefiSecureBoot)));
        QTRY_VERIFY(!secure->isEnabled());
        QVERIFY2(secure->toolTip().contains(u"q35"), qPrintable(secure->toolTip()));
        QVERIFY(!box->choose(Firmware::UefiSecureBoot));

        QVERIFY(box->choose(Firmware::Uefi));
        QVERIFY(box->changeButton()->isEnabled());
        QTest::mouseClick(box->changeButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(definition(kWin), std::optional<Firmware>(Firmware::Uefi), 10000);
        QTRY_VERIFY(box->note()->text().contains(u"now boots with UEFI"));
        QTRY_VERIFY(m_window->bootPage()->firmwareLabel()->text().startsWith(u"UEFI"));
        QTRY_COMPARE(box->choice()->currentText(), QStringLiteral("UEFI"));

        QVERIFY(box->choose(Firmware::Bios));
        QTest::mouseClick(box->changeButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(definition(kWin), std::optional<Firmware>(Firmware::Bios), 10000);
        QTRY_COMPARE(m_window->bootPage()->firmwareLabel()->text(), QStringLiteral("BIOS"));
    }

    void aRunningDomainsFirmwareIsGreyedWithTheReason()
    {
        DomainBootFirmware *box = open(kWeb);
        QVERIFY(box);
        QTRY_VERIFY(box->note()->text().contains(u"only while the domain is shut off"));
        QVERIFY(!box->choice()->isEnabled());
        QVERIFY(!box->changeButton()->isEnabled());
        QVERIFY(box->choice()->toolTip().contains(u"shut off"));
        // Shut off, it opens.
        DomainActions::performAction(m_session.get(), {kWeb}, DomainAction::ForceOff);
        QTRY_VERIFY_WITH_TIMEOUT(box->choice()->isEnabled(), 10000);
        QVERIFY(box->choice()->toolTip().isEmpty());
    }
};

QTEST_MAIN(TestBootFirmware)
#include "tst_bootfirmware.moc"
