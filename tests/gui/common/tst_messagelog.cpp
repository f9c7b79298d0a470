// SPDX-License-Identifier: GPL-2.0-or-later
// The shared message log (issue 19, #11): one log every window writes to, shown in the manager's
// dock; connects and disconnects, connection failures once per reason, unexpected state changes
// (and not the ones Vireo asked for), the details window's changes and their failures.
#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"
#include "ui/common/hosteventlog.h"
#include "ui/common/messagelog.h"
#include "ui/common/messagelogview.h"
#include "ui/details/domaincontext.h"
#include "ui/details/domaincpupage.h"
#include "ui/details/domainoverviewpage.h"
#include "ui/details/domainwindow.h"
#include "widgets/resourceslider.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vireo;

namespace {
const QString kWeb = QStringLiteral("9c1db738-6d35-5022-9639-dce24fd4c37b"); // running, 2 of 4

int linesContaining(const QString &text)
{
    int n = 0;
    for (const QString &line : MessageLog::instance()->texts())
        n += line.contains(text) ? 1 : 0;
    return n;
}
} // namespace

class TestMessageLog : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;

    std::unique_ptr<HostSession> demoCopy()
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("host%1.xml").arg(++n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return nullptr;
        f.write(demoHostFixture());
        f.close();
        auto s = std::make_unique<HostSession>(QStringLiteral("test://") + path);
        s->setStatsInterval(0);
        return s;
    }

    static QString uuidOf(HostSession *s, const QString &name)
    {
        // Asks libvirt through the session's listing.
        QSignalSpy listed(s, &HostSession::domainsListed);
        s->connectToHost();
        if (!listed.wait(10000))
            return {};
        for (const DomainInfo &d : listed.first().first().value<QList<DomainInfo>>())
            if (d.name == name)
                return d.uuid;
        return {};
    }

private Q_SLOTS:
    void init() { MessageLog::instance()->clear(); }

    void theViewShowsWhatAnyWriterLogsWithItsOffer()
    {
        MessageLogView view(MessageLog::instance());
        MessageLog::instance()->info(QStringLiteral("first"));
        QObject context;
        int taken = 0;
        MessageLog::instance()->addOffer(LogEntry::Level::Error, QStringLiteral("second"),
                                         QStringLiteral("Do it"), &context, [&taken] { ++taken; });
        QCOMPARE(view.count(), 2);
        QVERIFY(view.item(0)->text().endsWith(QLatin1String("first")));
        auto *button = view.itemWidget(view.item(1))->findChild<QPushButton *>();
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Do it"));
        QVERIFY(!button->accessibleName().isEmpty());
        button->click();
        QCOMPARE(taken, 1);
        // A second view (another window) shows the same log, offers included.
        MessageLogView other(MessageLog::instance());
        QCOMPARE(other.count(), 2);
        QVERIFY(other.itemWidget(other.item(1)));
    }

    void connectsAndDisconnectsAreLogged()
    {
        auto s = demoCopy();
        HostEventLog::of(s.get());
        QSignalSpy state(s.get(), &HostSession::stateChanged);
        s->connectToHost();
        QTRY_COMPARE(s->state(), HostState::Connected);
        QTRY_COMPARE(linesContaining(QStringLiteral("Connected to")), 1);
        s->disconnectFromHost();
        QTRY_COMPARE(s->state(), HostState::Disconnected);
        QTRY_COMPARE(linesContaining(QStringLiteral("Disconnected from")), 1);
    }

    void aConnectionFailureIsLoggedOncePerReason()
    {
        HostSession s(QStringLiteral("test:///nonexistent/vireo-no-such-file.xml"));
        s.setReconnectBackoff(20, 40);
        HostEventLog::of(&s);
        QSignalSpy state(&s, &HostSession::stateChanged);
        s.connectToHost();
        // Several attempts fail the same way; the log says it once.
        QTRY_VERIFY(state.count() >= 6);
        s.disconnectFromHost();
        QCOMPARE(linesContaining(QStringLiteral("Cannot connect to")), 1);
        QVERIFY(MessageLog::instance()->entries().first().isError());
    }

    void unexpectedStateChangesAreLoggedAndExpectedOnesAreNot()
    {
        // Two connections to the same test-driver host: what the other one does is news.
        HostSession watched(QStringLiteral("test:///default"));
        HostSession other(QStringLiteral("test:///default"));
        HostEventLog::of(&watched);
        const QString uuid = uuidOf(&watched, QStringLiteral("test"));
        QVERIFY(!uuid.isEmpty());
        QCOMPARE(uuidOf(&other, QStringLiteral("test")), uuid);
        QSignalSpy changed(&watched, &HostSession::domainChanged);

        DomainActions::performAction(&other, {uuid}, DomainAction::Pause);
        QTRY_COMPARE(linesContaining(QStringLiteral("'test' on Test driver changed from Running "
                                                    "to Paused")),
                     1);

        // What Vireo asked for itself is logged by whoever asked, not again as news.
        HostEventLog::expectChange(&watched, uuid);
        changed.clear();
        DomainActions::performAction(&other, {uuid}, DomainAction::Resume);
        QTRY_VERIFY(!changed.isEmpty());
        QTRY_VERIFY([&] {
            for (const QVariantList &args : changed)
                if (args.first().value<DomainInfo>().state == DomainState::Running)
                    return true;
            return false;
        }());
        QCOMPARE(linesContaining(QStringLiteral("to Running")), 0);
    }

    void detailsWindowChangesAndFailuresAreLogged()
    {
        auto s = demoCopy();
        QSignalSpy listed(s.get(), &HostSession::domainsListed);
        s->connectToHost();
        QVERIFY(listed.wait(10000));
        QPointer<DomainWindow> w = DomainWindow::showFor(s.get(), kWeb);
        QTRY_VERIFY(w->context()->hasInfo() && w->context()->hasDescription());

        DomainOverviewPage *o = w->overviewPage();
        o->titleEdit()->setFocus();
        QTest::keyClicks(o->titleEdit(), QStringLiteral("Public web"));
        o->applyButton()->click();
        QTRY_COMPARE(linesContaining(QStringLiteral("'web-frontend': Title and description "
                                                    "applied")),
                     1);

        ResourceSlider *slider = w->cpuPage()->slider();
        QTRY_COMPARE(slider->maximum(), 4);
        slider->setApplyDelay(10);
        slider->setValueFromUser(3);
        QTRY_COMPARE(linesContaining(QStringLiteral("'web-frontend': vCPUs set to 3 vCPUs")), 1);
        // Above the domain's maximum: libvirt refuses, and the log says why.
        slider->setRange(1, 6);
        slider->setValueFromUser(6);
        QTRY_COMPARE(linesContaining(QStringLiteral("'web-frontend': vCPUs not changed")), 1);
        QVERIFY(MessageLog::instance()->entries().last().isError());
        delete w.data();
    }
};

QTEST_MAIN(TestMessageLog)
#include "tst_messagelog.moc"
