// SPDX-License-Identifier: GPL-2.0-or-later
// The wizard's network that is not running (issue 19, #3) on a real libvirtd: the test defines a
// network of its own and leaves it stopped; the Finish page says so and keeps Finish off; Start
// It starts the network through Vireo's core and marks it to start with the host; the machine
// is then created on it and runs. The network and the domain are removed afterwards, even when a
// check fails.

#include "core/create/vmcreator.h"
#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "guest.h"
#include "ui/wizard/newvmwizard.h"
#include "ui/wizard/wizardfinishpage.h"
#include "ui/wizard/wizardnetworkchoice.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QtTest>

using namespace Vireo;
using namespace Vireo::Integration;

class TestWizardNetworkStart : public QObject
{
    Q_OBJECT
private:
    Environment m_env;
    std::unique_ptr<HostSession> m_host;
    QString m_network;
    QString m_name;

    /// The test's own connection, so the checks and the cleanup do not depend on the code under
    /// test. fn(conn) runs while it is open.
    template<typename Fn>
    auto withConnection(Fn fn)
    {
        const QByteArray uri = m_env.uri.toUtf8();
        virConnectPtr conn = virConnectOpen(uri.constData());
        auto out = fn(conn);
        if (conn)
            virConnectClose(conn);
        return out;
    }

    struct NetworkState
    {
        bool found = false;
        bool active = false;
        bool autostart = false;
    };
    NetworkState networkState()
    {
        return withConnection([this](virConnectPtr conn) {
            NetworkState s;
            const QByteArray name = m_network.toUtf8();
            if (virNetworkPtr net =
                    conn ? virNetworkLookupByName(conn, name.constData()) : nullptr) {
                int autostart = 0;
                s.found = true;
                s.active = virNetworkIsActive(net) == 1;
                s.autostart = virNetworkGetAutostart(net, &autostart) == 0 && autostart;
                virNetworkFree(net);
            }
            return s;
        });
    }

    void removeNetwork()
    {
        if (m_network.isEmpty())
            return;
        withConnection([this](virConnectPtr conn) {
            const QByteArray name = m_network.toUtf8();
            if (virNetworkPtr net =
                    conn ? virNetworkLookupByName(conn, name.constData()) : nullptr) {
                if (virNetworkIsActive(net) == 1 && virNetworkDestroy(net) < 0)
                    qWarning("could not stop the test network %s", name.constData());
                if (virNetworkUndefine(net) < 0)
                    qWarning("could not remove the test network %s", name.constData());
                virNetworkFree(net);
            }
            return 0;
        });
    }

    static bool buttonEnabled(NewVmWizard *w, QWizard::WizardButton which)
    {
        return w->button(which)->isEnabled() && w->button(which)->isVisible();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = Environment::detect();
        if (!m_env.unavailable.isEmpty())
            QSKIP(qPrintable(m_env.unavailable));
        removeTestDomains(m_env.uri);
        m_name = testDomainName(QStringLiteral("netstart"));
        m_network = testDomainName(QStringLiteral("net"));

        // An isolated network (no addresses, so no dnsmasq) with a bridge of its own. It is
        // started once here to learn whether this daemon can start networks at all, then left
        // stopped: that is the case the wizard must handle.
        const QString bridge = QStringLiteral("vit%1").arg(QCoreApplication::applicationPid());
        const QByteArray xml = QStringLiteral("<network><name>%1</name><bridge name='%2' "
                                              "stp='off'/></network>")
                                   .arg(m_network, bridge)
                                   .toUtf8();
        const QString why = withConnection([&xml](virConnectPtr conn) -> QString {
            if (!conn)
                return QString::fromUtf8(virGetLastErrorMessage());
            virNetworkPtr net = virNetworkDefineXML(conn, xml.constData());
            if (!net)
                return QString::fromUtf8(virGetLastErrorMessage());
            QString out;
            if (virNetworkCreate(net) < 0)
                out = QStringLiteral("this libvirtd cannot start a network: ") +
                      QString::fromUtf8(virGetLastErrorMessage());
            else if (virNetworkDestroy(net) < 0)
                out = QString::fromUtf8(virGetLastErrorMessage());
            virNetworkFree(net);
            return out;
        });
        if (why.startsWith(QLatin1String("this libvirtd cannot start"))) {
            removeNetwork();
            QSKIP(qPrintable(why));
        }
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const NetworkState before = networkState();
        QVERIFY(before.found && !before.active && !before.autostart);

        m_host = std::make_unique<HostSession>(m_env.uri);
        m_host->setStatsInterval(0);
        m_host->connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(m_host->state(), HostState::Connected, 30000);
    }

    void cleanupTestCase()
    {
        m_host.reset();
        if (!m_env.unavailable.isEmpty())
            return;
        const QStringList removed = removeTestDomains(m_env.uri);
        removeNetwork();
        qInfo("removed: %s, network %s", qPrintable(removed.join(QStringLiteral(", "))),
              qPrintable(m_network));
    }

    void startItStartsTheNetworkAndTheMachineRunsOnIt()
    {
        NewVmWizard w({m_host.get()}, m_host.get());
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.capabilities(), 30000);
        // A machine with nothing to boot: it runs (in its firmware), which is all this needs.
        w.findChild<QRadioButton *>("methodManual")->setChecked(true);
        QTRY_VERIFY(buttonEnabled(&w, QWizard::NextButton));
        w.next();
        QTRY_VERIFY(buttonEnabled(&w, QWizard::NextButton));
        w.next();
        w.findChild<QSpinBox *>("vcpus")->setValue(1);
        w.findChild<QSpinBox *>("maxMemory")->setValue(256);
        w.findChild<QSpinBox *>("memory")->setValue(256);
        QTRY_VERIFY(buttonEnabled(&w, QWizard::NextButton));
        w.next();
        w.findChild<QRadioButton *>("diskNone")->setChecked(true);
        QTRY_VERIFY(buttonEnabled(&w, QWizard::NextButton));
        w.next();
        QCOMPARE(w.currentId(), int(NewVmWizard::FinishPage));
        w.findChild<QLineEdit *>("name")->setText(m_name);

        // The test's network, which is not running: the page says so and Finish waits.
        WizardNetworkChoice *choice = w.finishPage()->networkChoice();
        const int ours =
            choice->comboBox()->findData(QVariantList{int(NetworkKind::VirtualNetwork), m_network});
        QVERIFY2(ours >= 0, qPrintable(m_network));
        choice->comboBox()->setCurrentIndex(ours);
        QVERIFY(choice->notice()->isVisible());
        QVERIFY2(choice->notice()->text().contains(m_network),
                 qPrintable(choice->notice()->text()));
        QVERIFY(!buttonEnabled(&w, QWizard::FinishButton));

        choice->startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!choice->notice()->isVisible(), 30000);
        const NetworkState after = networkState();
        QVERIFY(after.active);
        QVERIFY(after.autostart);
        QCOMPARE(choice->source(), m_network);

        QTRY_VERIFY(buttonEnabled(&w, QWizard::FinishButton));
        QSignalSpy finished(&w, &NewVmWizard::creationFinished);
        w.button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
        const auto outcome = finished.first().first().value<CreationOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.text()));

        // Running (its live XML has an id) on the test's network.
        Pending<Result<QString>> xml;
        QString live;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (xml.ready()) {
                    if (xml.value())
                        live = xml.value().value();
                    if (live.contains(QRegularExpression("<domain[^>]* id='")))
                        return true;
                    xml.reset();
                }
                if (!xml.ready())
                    DomainActions::fetchDomainXml(m_host.get(), outcome.uuid, {}, this,
                                                  xml.callback());
                return false;
            }(),
            kLibvirtCallMs);
        QVERIFY2(live.contains(QStringLiteral("network='%1'").arg(m_network)), qPrintable(live));
    }
};

int main(int argc, char **argv)
{
    Vireo::prepareProcess(); // before the application object: see processsetup.h
    QApplication app(argc, argv);
    TestWizardNetworkStart test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_wizardnetworkstart.moc"
