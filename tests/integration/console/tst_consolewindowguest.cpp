// SPDX-License-Identifier: GPL-2.0-or-later
// `vireo --connect URI --show-domain-console NAME` on the real guest, through the real
// Application and ConsoleWindow (not a ConsolePage built by hand): a guest without graphics
// opens on its first serial console, which shows the shell's prompt and carries a typed `echo`
// back. (The graphical console through ConsolePage is tst_consoleguest's.)

#include "guest.h"

#include "core/common/xmlrewriter.h"
#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/application.h"
#include "ui/commandline.h"
#include "ui/console/consolepage.h"
#include "ui/console/consolewindow.h"
#include "ui/console/textconsolepane.h"
#include "ui/manager/mainwindow.h"
#include "widgets/terminal/terminalemulator.h"
#include "widgets/terminal/terminalview.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using namespace Vireo::Integration;

namespace {

/// The console window that the application showed, once it is visible.
ConsoleWindow *shownConsoleWindow()
{
    for (QWidget *top : QApplication::topLevelWidgets())
        if (auto *w = qobject_cast<ConsoleWindow *>(top); w && w->isVisible())
            return w;
    return nullptr;
}

bool hasLine(const TerminalEmulator *t, const QString &text)
{
    for (int l = 0; l < t->lineCount(); ++l)
        if (t->lineText(l) == text)
            return true;
    return false;
}

} // namespace

class TestConsoleWindowGuest : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    /// Defines xml and starts it through the test's own session; waits for the guest's init.
    QString boot(const GuestSpec &spec, const QString &xml)
    {
        QObject context;
        Pending<Result<QString>> defined;
        DomainActions::defineXml(m_session.get(), xml, &context, defined.callback());
        if (!QTest::qWaitFor([&] { return defined.ready(); }, kLibvirtCallMs))
            return QStringLiteral("defineXml did not answer");
        if (!defined->ok())
            return defined->error().text();
        DomainActions::performAction(m_session.get(), {defined->value()}, DomainAction::Start);
        const SerialLog serial(spec.serialLogPath);
        if (!QTest::qWaitFor([&] { return serial.lastStatus().isValid(); }, kLibvirtCallMs))
            return QStringLiteral("the guest did not boot; serial log:\n") + serial.tail();
        return QString();
    }

    /// Runs the command line as main() does, through a fresh Application.
    ConsoleWindow *showConsoleFromCommandLine(const QString &name)
    {
        const auto options =
            CommandLine::parse({QStringLiteral("vireo"), QStringLiteral("--connect"), m_env.uri,
                                QStringLiteral("--show-domain-console"), name});
        if (!options)
            return nullptr;
        m_app = std::make_unique<Application>();
        m_app->start(*options);
        ConsoleWindow *w = nullptr;
        if (!QTest::qWaitFor([&] { return (w = shownConsoleWindow()) != nullptr; }, kLibvirtCallMs))
            return nullptr;
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VireoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_consolewindowguest"));
        QSettings().clear();
        Application::setFirstRunLocalUri(QString());
        m_env = Environment::detect();
        if (!m_env.unavailable.isEmpty())
            QSKIP(qPrintable(m_env.unavailable));
        const QString notReady = prepareScratch(m_env, m_dir.path());
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
        QString error;
        m_session = connectedSession(m_env.uri, &error);
        QVERIFY2(m_session, qPrintable(error));
    }

    void serialConsoleOfAGuestWithoutGraphics()
    {
        const GuestSpec spec = testGuestSpec(QStringLiteral("textwindow"), m_dir.path(), 256);
        // The tier's guest with no <graphics> and no <video>: a server with a serial port only.
        const auto xml = XmlRewriter()
                             .remove(QStringLiteral("domain/devices/graphics"))
                             .remove(QStringLiteral("domain/devices/video"))
                             .apply(guestXml(m_env, spec), QStringLiteral("domain"),
                                    QStringLiteral("test guest without graphics"));
        QVERIFY(xml);
        QVERIFY(!xml.value().contains(QStringLiteral("<graphics")));
        const QString booted = boot(spec, xml.value());
        QVERIFY2(booted.isEmpty(), qPrintable(booted));

        QElapsedTimer started;
        started.start();
        ConsoleWindow *w = showConsoleFromCommandLine(spec.name);
        QVERIFY(w);
        QVERIFY(!m_app->mainWindow()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(w->windowTitle().startsWith(spec.name), kLibvirtCallMs);
        // No graphics: the first serial console, chosen by itself.
        ConsolePage *page = w->page();
        QTRY_VERIFY_WITH_TIMEOUT(page->currentTextConsole(), kLibvirtCallMs);
        QCOMPARE(page->consoleSelector()->currentText(), QStringLiteral("Serial 0"));
        TextConsolePane *pane = page->currentTextConsole();
        QVERIFY(pane->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(pane->console()->state(), TextConsole::State::Connected,
                                  kLibvirtCallMs);
        const TerminalEmulator *t = pane->terminal()->emulator();
        auto text = [t] { return t->allText().right(600); };
        // The prompt (the shell printed one before the console opened: Enter asks again).
        QElapsedTimer waited;
        waited.start();
        bool prompt = false;
        while (!prompt && waited.elapsed() < kLibvirtCallMs) {
            QTest::keyClick(pane->terminal(), Qt::Key_Return);
            prompt = QTest::qWaitFor(
                [&] { return t->allText().contains(QStringLiteral("vireo-guest# ")); }, 3000);
        }
        QVERIFY2(prompt, qPrintable(text()));
        qInfo("command line to the serial prompt: %lld ms", started.elapsed()); // a figure only
        QTest::keyClicks(pane->terminal(), QStringLiteral("echo window-$((6*7))"));
        QTest::keyClick(pane->terminal(), Qt::Key_Return);
        // The shell's answer on a line of its own (not the typed command line).
        QVERIFY2(QTest::qWaitFor([&] { return hasLine(t, QStringLiteral("window-42")); },
                                 kLibvirtCallMs),
                 qPrintable(text()));
        // Gone (its deferred delete done) before its Application and sessions go.
        const QPointer<ConsoleWindow> closing(w);
        w->close();
        QTRY_VERIFY(!closing);
        m_app.reset();
    }

    void cleanupTestCase()
    {
        m_app.reset();
        if (!m_env.uri.isEmpty() && m_env.unavailable.isEmpty())
            removeTestDomains(m_env.uri);
    }

private:
    Environment m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    std::unique_ptr<Application> m_app;
};

QTEST_MAIN(TestConsoleWindowGuest)
#include "tst_consolewindowguest.moc"
