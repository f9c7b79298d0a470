// SPDX-License-Identifier: GPL-2.0-or-later
// The wizard's network choice (issue 19, #3) on libvirt's test driver: a running network is
// preferred over one that is not; where only networks that do not run exist, the page says so,
// Finish waits, and Start It starts the network and marks it to start with the host.
//
// test:///default is one host per process: this test changes its networks through its own
// libvirt connection, as another client would, and the wizard's session sees the same host.
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/common/messagelog.h"
#include "ui/wizard/newvmwizard.h"
#include "ui/wizard/wizardfinishpage.h"
#include "ui/wizard/wizardnetworkchoice.h"

#include <libvirt/libvirt.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QtTest>

#include <memory>

using namespace Vireo;

class TestWizardNetwork : public QObject
{
    Q_OBJECT
private:
    virConnectPtr m_conn = nullptr;
    std::unique_ptr<HostSession> m_host;

    bool setActive(const char *name, bool active)
    {
        virNetworkPtr net = virNetworkLookupByName(m_conn, name);
        if (!net)
            return false;
        const bool running = virNetworkIsActive(net) == 1;
        int rc = 0;
        if (running && !active)
            rc = virNetworkDestroy(net);
        else if (!running && active)
            rc = virNetworkCreate(net);
        virNetworkFree(net);
        return rc == 0;
    }
    int autostart(const char *name)
    {
        virNetworkPtr net = virNetworkLookupByName(m_conn, name);
        int on = -1;
        if (net) {
            virNetworkGetAutostart(net, &on);
            virNetworkFree(net);
        }
        return on;
    }
    bool defineNetwork(const char *name, bool start)
    {
        const QByteArray xml = QByteArray("<network><name>") + name + "</name><bridge name='vir" +
                               name +
                               "'/><forward mode='nat'/><ip address='192.168.150.1' "
                               "netmask='255.255.255.0'/></network>";
        virNetworkPtr net = virNetworkDefineXML(m_conn, xml.constData());
        if (!net)
            return false;
        const bool ok = !start || virNetworkCreate(net) == 0;
        virNetworkFree(net);
        return ok;
    }
    void undefineNetwork(const char *name)
    {
        if (virNetworkPtr net = virNetworkLookupByName(m_conn, name)) {
            if (virNetworkIsActive(net) == 1)
                virNetworkDestroy(net);
            virNetworkUndefine(net);
            virNetworkFree(net);
        }
    }

    template<typename T>
    static T *child(QWidget *w, const char *name)
    {
        return w->findChild<T *>(QLatin1String(name));
    }
    static bool finishEnabled(NewVmWizard *w)
    {
        QAbstractButton *b = w->button(QWizard::FinishButton);
        return b->isEnabled() && b->isVisible();
    }

    /// A wizard on the host, walked to its Finish page (manual install, no disk).
    std::unique_ptr<NewVmWizard> walkToFinish()
    {
        auto w = std::make_unique<NewVmWizard>(QList<HostSession *>{m_host.get()}, m_host.get());
        w->show();
        if (!QTest::qWaitFor([&] { return w->capabilities() != nullptr; }, 10000))
            return nullptr;
        child<QRadioButton>(w.get(), "methodManual")->setChecked(true);
        for (int step = 0; step < 3; ++step) {
            if (!QTest::qWaitFor([&] { return w->button(QWizard::NextButton)->isEnabled(); },
                                 10000))
                return nullptr;
            w->next();
        }
        child<QRadioButton>(w.get(), "diskNone")->setChecked(true);
        if (!QTest::qWaitFor([&] { return w->button(QWizard::NextButton)->isEnabled(); }, 10000))
            return nullptr;
        w->next();
        if (w->currentId() != NewVmWizard::FinishPage)
            return nullptr;
        child<QLineEdit>(w.get(), "name")->setText(QStringLiteral("netcheck"));
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        LibvirtEventLoop::start();
        m_conn = virConnectOpen("test:///default");
        QVERIFY(m_conn);
        m_host = std::make_unique<HostSession>(QStringLiteral("test:///default"));
        m_host->setStatsInterval(0);
        m_host->connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(m_host->state(), HostState::Connected, 10000);
    }
    void cleanup()
    {
        undefineNetwork("other");
        QVERIFY(setActive("default", true));
    }
    void cleanupTestCase()
    {
        m_host.reset();
        virConnectClose(m_conn);
        LibvirtEventLoop::stop();
    }

    void aRunningDefaultIsChosenAndSaysNothing()
    {
        auto w = walkToFinish();
        QVERIFY(w);
        WizardNetworkChoice *choice = w->finishPage()->networkChoice();
        QCOMPARE(choice->comboBox()->currentText(), QStringLiteral("Virtual network 'default'"));
        QVERIFY(!choice->notice()->isVisible());
        QTRY_VERIFY(finishEnabled(w.get()));
    }

    void aRunningNetworkIsPreferredOverAnInactiveDefault()
    {
        QVERIFY(setActive("default", false));
        QVERIFY(defineNetwork("other", true));
        auto w = walkToFinish();
        QVERIFY(w);
        WizardNetworkChoice *choice = w->finishPage()->networkChoice();
        QCOMPARE(choice->source(), QStringLiteral("other"));
        QVERIFY(!choice->notice()->isVisible());
        QTRY_VERIFY(finishEnabled(w.get()));
        // The user may still pick the one that does not run: then the page says so.
        const int inactive =
            choice->comboBox()->findText(QStringLiteral("Virtual network 'default' (not running)"));
        QVERIFY(inactive >= 0);
        choice->comboBox()->setCurrentIndex(inactive);
        QVERIFY(choice->notice()->isVisible());
        QVERIFY(!finishEnabled(w.get()));
    }

    void onlyAnInactiveNetworkIsSaidAndStartItStartsIt()
    {
        QVERIFY(setActive("default", false));
        QCOMPARE(autostart("default"), 0);
        auto w = walkToFinish();
        QVERIFY(w);
        WizardNetworkChoice *choice = w->finishPage()->networkChoice();
        QCOMPARE(choice->source(), QStringLiteral("default"));
        QVERIFY(choice->notice()->isVisible());
        QVERIFY2(choice->notice()->text().contains(
                     QLatin1String("No virtual network of this host is running")),
                 qPrintable(choice->notice()->text()));
        QVERIFY(choice->startButton()->isVisible());
        // Finish would fail with "network 'default' is not active": it waits instead.
        QVERIFY(!finishEnabled(w.get()));

        choice->startButton()->click();
        QTRY_VERIFY(!choice->notice()->isVisible());
        QCOMPARE(choice->comboBox()->currentText(), QStringLiteral("Virtual network 'default'"));
        virNetworkPtr net = virNetworkLookupByName(m_conn, "default");
        QVERIFY(net);
        QCOMPARE(virNetworkIsActive(net), 1);
        virNetworkFree(net);
        QCOMPARE(autostart("default"), 1);
        QTRY_VERIFY(finishEnabled(w.get()));
        bool logged = false;
        for (const QString &line : MessageLog::instance()->texts())
            logged |= line.contains(QLatin1String("Started the virtual network 'default'"));
        QVERIFY(logged);

        // And the machine is created on it, running.
        QSignalSpy done(w.get(), &NewVmWizard::creationFinished);
        w->button(QWizard::FinishButton)->click();
        QVERIFY(done.wait(10000));
        const auto outcome = done.first().first().value<CreationOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.text()));
    }

    void aNetworkThatCannotStartSaysWhy()
    {
        QVERIFY(setActive("default", false));
        auto w = walkToFinish();
        QVERIFY(w);
        WizardNetworkChoice *choice = w->finishPage()->networkChoice();
        QVERIFY(choice->startButton()->isVisible());
        // Someone removes it meanwhile: starting fails, and the notice says why.
        virNetworkPtr net = virNetworkLookupByName(m_conn, "default");
        QVERIFY(net);
        char *xml = virNetworkGetXMLDesc(net, 0);
        QVERIFY(virNetworkUndefine(net) == 0);
        virNetworkFree(net);
        choice->startButton()->click();
        QTRY_VERIFY(choice->startButton()->isEnabled());
        QVERIFY2(choice->notice()->text().contains(QLatin1String("default")),
                 qPrintable(choice->notice()->text()));
        QVERIFY(!finishEnabled(w.get()));
        // Put the host back as it was.
        virNetworkPtr back = virNetworkDefineXML(m_conn, xml);
        free(xml);
        QVERIFY(back);
        virNetworkFree(back);
    }
};

int main(int argc, char **argv)
{
    Vireo::prepareProcess(); // before the application object: see processsetup.h
    QApplication app(argc, argv);
    TestWizardNetwork test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_wizardnetwork.moc"
