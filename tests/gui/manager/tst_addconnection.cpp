// SPDX-License-Identifier: GPL-2.0-or-later
// The Add Connection dialog: the URI it builds, and bad input that blocks Connect with a message.
#include "accessibility.h"
#include "ui/manager/addconnectiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Vireo;

class TestAddConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultIsLocalQemu()
    {
        AddConnectionDialog d;
        d.show();
        QCOMPARE(d.uriLabel()->text(), QStringLiteral("qemu:///system"));
        QVERIFY(d.connectButton()->isEnabled());
    }

    void remoteSshFromTheKeyboard()
    {
        AddConnectionDialog d;
        d.show();
        d.remoteBox()->setChecked(true);
        QVERIFY(!d.connectButton()->isEnabled()); // no host yet
        QTest::keyClicks(d.userEdit(), QStringLiteral("root"));
        QTest::keyClicks(d.hostEdit(), QStringLiteral("kvm1.example.org"));
        QCOMPARE(d.uriLabel()->text(), QStringLiteral("qemu+ssh://root@kvm1.example.org/system"));
        d.portBox()->setFocus();
        d.portBox()->selectAll();
        QTest::keyClicks(d.portBox(), QStringLiteral("2222"));
        QCOMPARE(d.uriLabel()->text(),
                 QStringLiteral("qemu+ssh://root@kvm1.example.org:2222/system"));
        QSignalSpy chosen(&d, &AddConnectionDialog::connectionChosen);
        d.connectButton()->click();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(),
                 QStringLiteral("qemu+ssh://root@kvm1.example.org:2222/system"));
        QCOMPARE(chosen.first().at(1).toBool(), true);
    }

    void badHostBlocksConnectWithAMessage()
    {
        AddConnectionDialog d;
        d.show();
        d.remoteBox()->setChecked(true);
        QTest::keyClicks(d.hostEdit(), QStringLiteral("not a host!"));
        QVERIFY(!d.connectButton()->isEnabled());
        const auto labels = d.findChildren<QLabel *>();
        bool said = false;
        for (QLabel *l : labels)
            said |= l->isVisible() && l->text().contains(QLatin1String("not a valid host"));
        QVERIFY(said);
        QSignalSpy chosen(&d, &AddConnectionDialog::connectionChosen);
        d.connectButton()->click();
        QCOMPARE(chosen.size(), 0);
    }

    void customUriAndTestDriver()
    {
        AddConnectionDialog d;
        d.show();
        d.hypervisorBox()->setCurrentIndex(
            d.hypervisorBox()->findData(int(ConnectionSpec::Hypervisor::Custom)));
        QVERIFY(!d.connectButton()->isEnabled());
        QTest::keyClicks(d.uriEdit(), QStringLiteral("lxc:///"));
        QVERIFY(d.connectButton()->isEnabled());
        d.hypervisorBox()->setCurrentIndex(
            d.hypervisorBox()->findData(int(ConnectionSpec::Hypervisor::Test)));
        QCOMPARE(d.uriLabel()->text(), QStringLiteral("test:///default"));
        QTest::keyClicks(d.fileEdit(), QStringLiteral("/no/such/fixture.xml"));
        QVERIFY(!d.connectButton()->isEnabled());
    }

    // Issue 19, #13: the demo host is there when asked for, and says what it is.
    void demoIsAChoiceAndSaysItIsSimulated()
    {
        AddConnectionDialog d;
        d.show();
        const int demo =
            d.hypervisorBox()->findText(QStringLiteral("Demo (simulated, no real VMs)"));
        QVERIFY(demo >= 0);
        d.hypervisorBox()->setCurrentIndex(demo);
        QVERIFY(d.isDemo());
        QVERIFY(!d.remoteBox()->isVisible());
        QVERIFY(d.uriLabel()->text().contains(QLatin1String("nothing runs")));
        QSignalSpy chosen(&d, &AddConnectionDialog::connectionChosen);
        d.connectButton()->click();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(), QStringLiteral("demo"));
    }

    // Issue 19, #15: adding a connection that is there already says so and offers to show it.
    void anExistingConnectionIsSaidAndShown()
    {
        AddConnectionDialog d;
        d.setExistingCheck(
            [](const QString &uri) { return uri == QLatin1String("qemu:///system"); });
        d.show();
        QCOMPARE(d.uriLabel()->text(), QStringLiteral("qemu:///system"));
        QCOMPARE(d.connectButton()->text(), QStringLiteral("&Show It"));
        bool said = false;
        for (QLabel *l : d.findChildren<QLabel *>())
            said |= l->isVisible() && l->text().contains(QLatin1String("already in the list"));
        QVERIFY(said);
        QSignalSpy chosen(&d, &AddConnectionDialog::connectionChosen);
        QSignalSpy existing(&d, &AddConnectionDialog::existingChosen);
        d.connectButton()->click();
        QCOMPARE(chosen.size(), 0);
        QCOMPARE(existing.size(), 1);
        QCOMPARE(existing.first().first().toString(), QStringLiteral("qemu:///system"));
        // Another URI is a new connection again.
        AddConnectionDialog other;
        other.setExistingCheck(
            [](const QString &uri) { return uri == QLatin1String("qemu:///system"); });
        other.show();
        other.hypervisorBox()->setCurrentIndex(
            other.hypervisorBox()->findData(int(ConnectionSpec::Hypervisor::QemuSession)));
        QCOMPARE(other.connectButton()->text(), QStringLiteral("&Connect"));
    }

    void everyControlHasAnAccessibleName()
    {
        AddConnectionDialog d;
        d.show();
        d.remoteBox()->setChecked(true);
        const QStringList unnamed = unnamedControls(&d);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    }
};

QTEST_MAIN(TestAddConnection)
#include "tst_addconnection.moc"
