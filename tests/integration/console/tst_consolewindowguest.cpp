// SPDX-License-Identifier: GPL-2.0-or-later
// `vireo --connect URI --show-domain-console NAME` on the real guest, through the real
// Application and ConsoleWindow (not a ConsolePage built by hand): a guest without graphics
// opens on its first serial console, which shows the shell's prompt and carries a typed `echo`
// back; a guest with VNC opens on its graphical console, which shows the guest's framebuffer,
// and the selector switches it to Serial 0 (the prompt) and back. Both cases in one process, each
// through an Application of its own (the second made after the first is gone).

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
#include "vnc/vncconnection.h"
#include "vnc/vncconsole.h"
#include "widgets/terminal/terminalemulator.h"
#include "widgets/terminal/terminalview.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
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

/// Presses Enter until the serial shell's prompt shows (it printed one before the console
/// opened). False after timeoutMs.
bool waitForPrompt(TextConsolePane *pane, int timeoutMs)
{
    const TerminalEmulator *t = pane->terminal()->emulator();
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < timeoutMs) {
        QTest::keyClick(pane->terminal(), Qt::Key_Return);
        if (QTest::qWaitFor([&] { return t->allText().contains(QStringLiteral("vireo-guest# ")); },
                            3000))
            return true;
    }
    return false;
}

/// What the window says (its visible labels), for failure messages.
QString saidIn(const QWidget *w)
{
    QStringList said;
    for (const QLabel *label : w->findChildren<QLabel *>())
        if (label->isVisible() && !label->text().isEmpty())
            said << label->text();
    return said.join(QStringLiteral(" | "));
}

/// Not all one colour: the guest's framebuffer (its text console on VGA), not a blank screen.
bool showsAPicture(const QImage &screen)
{
    if (screen.isNull())
        return false;
    const QRgb first = screen.pixel(0, 0);
    for (int y = 0; y < screen.height(); y += 4)
        for (int x = 0; x < screen.width(); x += 4)
            if (screen.pixel(x, y) != first)
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
    /// Defines xml and starts it through the test's own session; waits until it runs and its
    /// init prints. Empty, or why not.
    QString boot(const GuestSpec &spec, const QString &xml)
    {
        return defineAndBoot(m_session.get(), xml, spec, kLibvirtCallMs).error;
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

    void graphicalConsoleOfAGuestWithVnc()
    {
        const GuestSpec spec = testGuestSpec(QStringLiteral("vncwindow"), m_dir.path(), 256);
        const QString booted = boot(spec, guestXml(m_env, spec));
        QVERIFY2(booted.isEmpty(), qPrintable(booted));
        ConsoleWindow *w = showConsoleFromCommandLine(spec.name);
        QVERIFY(w);
        ConsolePage *page = w->page();
        VncConsole *vnc = page->console();
        // Graphics first, showing the guest's framebuffer; the serial port waits in the selector.
        QTRY_VERIFY2_WITH_TIMEOUT(vnc->isShowingScreen(), qPrintable(saidIn(w)), 60000);
        QVERIFY(!page->currentTextConsole());
        QTRY_VERIFY_WITH_TIMEOUT(showsAPicture(vnc->connection()->grabFramebuffer()),
                                 kLibvirtCallMs);
        QTRY_VERIFY_WITH_TIMEOUT(page->consoleSelector()->findText(QStringLiteral("Serial 0")) > 0,
                                 kLibvirtCallMs);
        QCOMPARE(page->consoleSelector()->currentIndex(), 0);

        // The selector from the keyboard, as a user would: Serial 0, its prompt.
        QElapsedTimer clicked;
        clicked.start();
        const int serial = page->consoleSelector()->findText(QStringLiteral("Serial 0"));
        page->consoleSelector()->setFocus();
        QTest::keyClick(page->consoleSelector(), Qt::Key_Down);
        QCOMPARE(page->consoleSelector()->currentIndex(), serial);
        TextConsolePane *pane = page->currentTextConsole();
        QVERIFY(pane);
        QTRY_VERIFY(pane->isVisible());
        QVERIFY(!vnc->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(pane->console()->state(), TextConsole::State::Connected,
                                  kLibvirtCallMs);
        QVERIFY2(waitForPrompt(pane, kLibvirtCallMs),
                 qPrintable(pane->terminal()->emulator()->allText().right(600)));
        qInfo("selector to the serial prompt: %lld ms", clicked.elapsed()); // a figure only
        // The graphical console stops decoding while the serial one shows.
        QTRY_VERIFY_WITH_TIMEOUT(vnc->connection()->state() != VncConnection::State::Connected,
                                 kLibvirtCallMs);

        // Back to Graphical: the screen again.
        QTest::keyClick(page->consoleSelector(), Qt::Key_Up);
        QCOMPARE(page->consoleSelector()->currentIndex(), 0);
        QVERIFY(!page->currentTextConsole());
        QTRY_VERIFY_WITH_TIMEOUT(vnc->isShowingScreen(), kLibvirtCallMs);
        QTRY_VERIFY_WITH_TIMEOUT(showsAPicture(vnc->connection()->grabFramebuffer()),
                                 kLibvirtCallMs);
        const QPointer<ConsoleWindow> closing(w);
        w->close();
        QTRY_VERIFY(!closing);
        m_app.reset();
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
        QVERIFY2(waitForPrompt(pane, kLibvirtCallMs), qPrintable(text()));
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
