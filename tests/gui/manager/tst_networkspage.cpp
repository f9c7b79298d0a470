// SPDX-License-Identifier: GPL-2.0-or-later
// The connection details' Networks tab on libvirt's test driver (the demo host: NAT network
// 'default', nine domains on it, six active), driven as a person would: the network listed with
// mode, subnet, DHCP range and its domains; the create dialog checking as the user types (an
// overlapping subnet refused naming the network it meets); a stop that asks while running domains
// use the network; a delete that asks; autostart; the leases table saying what the host cannot.
#include "../../support/demohost.h"
#include "accessibility.h"
#include "core/session/domaintreemodel.h"
#include "core/session/processsetup.h"
#include "ui/details/domainoverviewpage.h"
#include "ui/details/domainwindow.h"
#include "ui/manager/hostsummarywindow.h"
#include "ui/manager/mainwindow.h"
#include "ui/manager/networkdialog.h"
#include "ui/manager/networkspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Vireo;

class TestNetworksPage : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_host;
    QPointer<HostSummaryWindow> m_window;
    NetworksPage *m_page = nullptr;

    QTreeWidgetItem *row(const QString &name)
    {
        QTreeWidget *list = m_page->networkList();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(NetworksPage::NameColumn) == name)
                return list->topLevelItem(i);
        return nullptr;
    }
    QMessageBox *confirmation()
    {
        QMessageBox *box = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                (box = m_page->findChild<QMessageBox *>(QStringLiteral("networkConfirmation"))) &&
                    box->isVisible(),
                2000);
        }();
        return box;
    }
    void clickButton(QMessageBox *box, const QString &text)
    {
        for (QAbstractButton *b : box->buttons())
            if (b->text() == text) {
                b->click();
                return;
            }
        QFAIL(qPrintable(QStringLiteral("no button '%1'").arg(text)));
    }
    NetworkDialog *openDialog()
    {
        m_page->button(QStringLiteral("newNetwork"))->click();
        NetworkDialog *d = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                (d = m_page->findChild<NetworkDialog *>(QStringLiteral("NetworkDialog"))) &&
                    d->isVisible(),
                2000);
        }();
        return d;
    }
    /// Waits until the page has loaded after whatever was just done.
    bool reloaded(const std::function<bool()> &until)
    {
        QSignalSpy loaded(m_page, &NetworksPage::loaded);
        for (int i = 0; i < 20 && !until(); ++i)
            loaded.wait(250);
        return until();
    }

private Q_SLOTS:
    void init()
    {
        m_host = VireoTest::connectedDemoHost(m_dir);
        QVERIFY(m_host);
        m_window = HostSummaryWindow::showFor(m_host.get());
        m_page = m_window->networksPage();
        QVERIFY(m_page);
        m_window->tabs()->setCurrentWidget(m_page);
        QTRY_VERIFY(row(QStringLiteral("default")));
    }
    void cleanup()
    {
        delete m_window;
        m_host.reset();
    }

    void defaultIsListed()
    {
        QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(m_page)),
                 QStringLiteral("Networ&ks"));
        QTreeWidgetItem *r = row(QStringLiteral("default"));
        QCOMPARE(r->text(NetworksPage::ModeColumn), QStringLiteral("NAT"));
        QCOMPARE(r->text(NetworksPage::StateColumn), QStringLiteral("Active"));
        QCOMPARE(r->text(NetworksPage::AutostartColumn), QStringLiteral("No"));
        QCOMPARE(r->text(NetworksPage::BridgeColumn), QStringLiteral("virbr0"));
        QCOMPARE(r->text(NetworksPage::SubnetColumn), QStringLiteral("192.168.122.0/24"));
        QCOMPARE(r->text(NetworksPage::DhcpColumn),
                 QStringLiteral("192.168.122.2 – 192.168.122.254"));
        QCOMPARE(r->text(NetworksPage::DomainsColumn), QStringLiteral("9 (6 active)"));
        auto *attached = m_page->findChild<QLabel *>(QStringLiteral("attachedDomains"));
        QVERIFY(attached->text().contains(u"web-frontend (active)"));
        QVERIFY(attached->text().contains(u"win11-desktop"));
        QVERIFY(!attached->text().contains(u"win11-desktop (active)"));
        // The test driver has no leases: said in words, the table stays empty.
        QTRY_VERIFY(m_page->leaseStatusLabel()->text().contains(u"does not report DHCP leases"));
        QCOMPARE(m_page->leaseList()->topLevelItemCount(), 0);
        QVERIFY(!m_page->button(QStringLiteral("startNetwork"))->isEnabled());
        QVERIFY(m_page->button(QStringLiteral("stopNetwork"))->isEnabled());
        const QStringList unnamed = unnamedControls(m_page);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
    }

    void dialogChecksAsYouType()
    {
        NetworkDialog *d = openDialog();
        QVERIFY(d);
        QVERIFY(unnamedControls(d).isEmpty());
        // A free /24 is offered, and the DHCP range follows it.
        QCOMPARE(d->subnetEdit()->text(), QStringLiteral("192.168.100.0/24"));
        QCOMPARE(d->dhcpStartEdit()->text(), QStringLiteral("192.168.100.2"));
        QCOMPARE(d->dhcpEndEdit()->text(), QStringLiteral("192.168.100.254"));
        QVERIFY(!d->createButton()->isEnabled());
        QVERIFY(d->problemLabel()->text().contains(u"Give the network a name"));
        QTest::keyClicks(d->nameEdit(), QStringLiteral("lab"));
        QVERIFY(d->createButton()->isEnabled());
        d->subnetEdit()->clear();
        QTest::keyClicks(d->subnetEdit(), QStringLiteral("192.168.0.0/16"));
        QVERIFY(!d->createButton()->isEnabled());
        QVERIFY2(d->problemLabel()->text().contains(
                     u"overlaps 192.168.122.0/24 of the network 'default'"),
                 qPrintable(d->problemLabel()->text()));
        d->subnetEdit()->clear();
        QTest::keyClicks(d->subnetEdit(), QStringLiteral("10.5.0.0/24"));
        QCOMPARE(d->dhcpEndEdit()->text(), QStringLiteral("10.5.0.254"));
        d->dhcpEndEdit()->clear();
        QTest::keyClicks(d->dhcpEndEdit(), QStringLiteral("10.6.0.9"));
        QVERIFY(d->problemLabel()->text().contains(u"outside the subnet"));
        QVERIFY(!d->createButton()->isEnabled());
        d->dhcpEndEdit()->setText(QStringLiteral("10.5.0.99"));
        QVERIFY(d->createButton()->isEnabled());
        // NAT has a forward device; Bridge asks for the host bridge instead of a subnet.
        QVERIFY(!d->forwardDeviceEdit()->isHidden());
        QVERIFY(d->hostBridgeEdit()->isHidden());
        d->modeBox()->setCurrentIndex(d->modeBox()->findText(QStringLiteral("Bridge")));
        QVERIFY(d->subnetEdit()->isHidden());
        QVERIFY(!d->hostBridgeEdit()->isHidden());
        QVERIFY(!d->createButton()->isEnabled());
        d->modeBox()->setCurrentIndex(d->modeBox()->findText(QStringLiteral("Isolated")));
        QVERIFY(d->forwardDeviceEdit()->isHidden());
        QVERIFY(d->createButton()->isEnabled());
        // Enter creates it (the Create button is the default).
        QTest::keyClick(d->dhcpEndEdit(), Qt::Key_Return);
        QVERIFY(reloaded([&] { return row(QStringLiteral("lab")); }));
        QTreeWidgetItem *lab = row(QStringLiteral("lab"));
        QCOMPARE(lab->text(NetworksPage::ModeColumn), QStringLiteral("Isolated"));
        QCOMPARE(lab->text(NetworksPage::SubnetColumn), QStringLiteral("10.5.0.0/24"));
        QCOMPARE(lab->text(NetworksPage::DhcpColumn), QStringLiteral("10.5.0.2 – 10.5.0.99"));
        QCOMPARE(lab->text(NetworksPage::DomainsColumn), QStringLiteral("none"));
        QCOMPARE(m_page->networkList()->currentItem(), lab);
        QVERIFY(m_page->statusLabel()->text().contains(u"created"));
    }

    void stopAsksWhileRunningDomainsUseIt()
    {
        m_page->button(QStringLiteral("stopNetwork"))->click();
        QMessageBox *box = confirmation();
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"web-frontend"), qPrintable(box->text()));
        box->reject();
        QTest::qWait(100);
        QCOMPARE(row(QStringLiteral("default"))->text(NetworksPage::StateColumn),
                 QStringLiteral("Active"));
        m_page->button(QStringLiteral("stopNetwork"))->click();
        box = confirmation();
        QVERIFY(box);
        clickButton(box, QStringLiteral("&Stop network"));
        QVERIFY(reloaded([&] {
            return row(QStringLiteral("default"))->text(NetworksPage::StateColumn) == u"Stopped";
        }));
        QVERIFY(m_page->leaseStatusLabel()->text().contains(u"Start network 'default'"));
        // Start brings it back, and keeps the autostart as it was (off).
        QVERIFY(m_page->button(QStringLiteral("startNetwork"))->isEnabled());
        m_page->button(QStringLiteral("startNetwork"))->click();
        QVERIFY(reloaded([&] {
            return row(QStringLiteral("default"))->text(NetworksPage::StateColumn) == u"Active";
        }));
        QCOMPARE(row(QStringLiteral("default"))->text(NetworksPage::AutostartColumn),
                 QStringLiteral("No"));
    }

    void autostartAndDeleteAsk()
    {
        m_page->autostartBox()->click();
        QVERIFY(reloaded([&] {
            return row(QStringLiteral("default"))->text(NetworksPage::AutostartColumn) == u"Yes";
        }));
        QVERIFY(m_page->autostartBox()->isChecked());
        m_page->button(QStringLiteral("deleteNetwork"))->click();
        QMessageBox *box = confirmation();
        QVERIFY(box);
        QVERIFY(box->text().contains(u"will not start"));
        box->reject();
        QTest::qWait(100);
        QVERIFY(row(QStringLiteral("default")));
        m_page->button(QStringLiteral("deleteNetwork"))->click();
        box = confirmation();
        QVERIFY(box);
        clickButton(box, QStringLiteral("&Delete network"));
        QVERIFY(reloaded([&] { return !row(QStringLiteral("default")); }));
        QVERIFY(m_page->statusLabel()->text().contains(u"no virtual networks"));
        QVERIFY(!m_page->button(QStringLiteral("deleteNetwork"))->isEnabled());
    }

    void overviewShowsTheGuestsAddress()
    {
        // The details Overview asks for its own guest's addresses only, and shows them.
        m_host->setStatsInterval(200);
        auto *w = new DomainWindow(m_host.get(), VireoTest::kWeb);
        auto *line = w->overviewPage()->findChild<QLabel *>(QStringLiteral("ipAddresses"));
        QVERIFY(line);
        QVERIFY(m_host->guestAddressesWanted());
        QTRY_VERIFY_WITH_TIMEOUT(line->text().startsWith(u"192.168.122."), 5000);
        delete w;
        QVERIFY(!m_host->guestAddressesWanted());
        m_host->setStatsInterval(0);
    }

    void ipColumnIsOptional()
    {
        // The manager's IP column: hidden, and no addresses wanted, until View shows it.
        DomainTreeModel model;
        model.addHost(m_host.get());
        MainWindow window(&model);
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("domainTree"));
        QVERIFY(tree);
        QVERIFY(tree->header()->isSectionHidden(DomainTreeModel::IpColumn));
        QVERIFY(!m_host->guestAddressesWanted());
        QVERIFY(tree->header()->actions().contains(window.ipColumnAction()));
        window.ipColumnAction()->trigger();
        QVERIFY(!tree->header()->isSectionHidden(DomainTreeModel::IpColumn));
        QVERIFY(m_host->guestAddressesWanted());
        window.ipColumnAction()->trigger();
        QVERIFY(tree->header()->isSectionHidden(DomainTreeModel::IpColumn));
        QVERIFY(!m_host->guestAddressesWanted());
    }
};

QTEST_MAIN(TestNetworksPage)
#include "tst_networkspage.moc"
