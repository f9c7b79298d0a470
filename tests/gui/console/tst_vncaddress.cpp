// SPDX-License-Identifier: GPL-2.0-or-later
// Bare VNC addresses (`vireo vnc://host:port`, File > Open VNC Address…): the address parser
// (ports, displays, IPv6, the password option, errors that never repeat the password), the
// command line, and VncAddressWindow against the scripted RFB server listening on a TCP port:
// without a password, with the address's password, a wrong password said, and a server that
// wants a password the address did not give (the console asks). The title says the address and
// never the password. Its menus (File, Send Key, View) carry the console's own actions and are
// reached from the keyboard.

#include "../../unit/vnc/rfbtestserver.h"
#include "core/session/processsetup.h"
#include "ui/commandline.h"
#include "ui/common/preferences.h"
#include "ui/console/vncaddress.h"
#include "ui/console/vncaddresswindow.h"
#include "vnc/vncconnection.h"
#include "vnc/vncconsole.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>

#include <thread>

using namespace Vireo;
using namespace RfbTest;

namespace {

/// A TCP listener on 127.0.0.1 that runs the scripted handshake with the first client, on a
/// thread of its own (the test's thread spins the event loop meanwhile).
struct Listener
{
    int fd = -1;
    int port = 0;
    std::thread thread;
    bool authOk = false;
    QString error;

    Listener()
    {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 && ::listen(fd, 2) == 0 &&
            ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) == 0)
            port = ntohs(a.sin_port);
    }
    void serve(int securityType, const QByteArray &password)
    {
        thread = std::thread([this, securityType, password] {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 20000) != 1)
                return;
            Server server(::accept(fd, nullptr, nullptr));
            if (server.handshake(64, 48, securityType, password, &error, &authOk))
                server.readsEndOfStream(20000); // keep the session until the client goes
        });
    }
    ~Listener()
    {
        ::shutdown(fd, SHUT_RDWR);
        if (thread.joinable())
            thread.join();
        ::close(fd);
    }
    QString address(const QString &query = {}) const
    {
        return QStringLiteral("vnc://127.0.0.1:%1%2").arg(port).arg(query);
    }
};

} // namespace

class TestVncAddress : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("password");
        QTest::newRow("host and port") << "vnc://example.org:5901"
                                       << "example.org" << 5901 << "";
        QTest::newRow("default port") << "vnc://10.0.0.5"
                                      << "10.0.0.5" << 5900 << "";
        QTest::newRow("display number") << "vnc://host:2"
                                        << "host" << 5902 << "";
        QTest::newRow("password") << "vnc://host:5901?password=s3cr%20t"
                                  << "host" << 5901 << "s3cr t";
        QTest::newRow("ipv6") << "vnc://[::1]:5905"
                              << "::1" << 5905 << "";
        QTest::newRow("trailing slash") << "VNC://host:5900/"
                                        << "host" << 5900 << "";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, password);
        const auto a = VncAddress::parse(text);
        QVERIFY2(a, qPrintable(a ? QString() : a.error().text()));
        QCOMPARE(a.value().host, host);
        QCOMPARE(a.value().port, port);
        QCOMPARE(a.value().password, password);
        QVERIFY(!a.value().displayText().contains(QStringLiteral("s3cr")));
    }

    void badAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no scheme") << "host:5901";
        QTest::newRow("no host") << "vnc://:5901";
        QTest::newRow("bad port") << "vnc://host:99999";
        QTest::newRow("path") << "vnc://host:5901/desktop";
        QTest::newRow("unknown option") << "vnc://host:5901?pasword=topsecret";
        QTest::newRow("user") << "vnc://bob:topsecret@host:5901";
    }

    void badAddresses()
    {
        QFETCH(QString, text);
        const auto a = VncAddress::parse(text);
        QVERIFY(!a);
        QVERIFY(!a.error().message.isEmpty());
        // An error may be shown or printed: it never repeats a password.
        QVERIFY2(!a.error().text().contains(QStringLiteral("topsecret")),
                 qPrintable(a.error().text()));
    }

    void commandLine()
    {
        auto options = CommandLine::parse(
            {QStringLiteral("vireo"), QStringLiteral("vnc://host:5901?password=pw")});
        QVERIFY(options);
        QCOMPARE(options->vncAddresses.size(), 1);
        QCOMPARE(options->vncAddresses.first().password, QStringLiteral("pw"));
        QVERIFY(options->onlyVncAddresses());
        // Beside --connect the manager comes up too.
        options = CommandLine::parse({QStringLiteral("vireo"), QStringLiteral("-c"),
                                      QStringLiteral("demo"), QStringLiteral("vnc://h:1")});
        QVERIFY(options && !options->onlyVncAddresses());
        // Other arguments are still refused, and a bad address is said.
        QVERIFY(!CommandLine::parse({QStringLiteral("vireo"), QStringLiteral("stray")}));
        const auto bad = CommandLine::parse({QStringLiteral("vireo"), QStringLiteral("vnc://")});
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("vnc://")));
    }

    // Edit > Preferences > Console reaches a bare vnc:// window too: its scaling and grab
    // release keys, at once.
    void followsTheConsolePreferences()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Preferences *prefs = Preferences::instance();
        prefs->setConsoleScaling(Preferences::ConsoleScaling::Never);
        Listener server;
        server.serve(1, {});
        const auto address = VncAddress::parse(server.address());
        QVERIFY(address);
        QPointer<VncAddressWindow> w = VncAddressWindow::open(address.value());
        QCOMPARE(w->console()->scalingPolicy(), VncConsole::ScalingPolicy::Never);
        prefs->setConsoleScaling(Preferences::ConsoleScaling::FullScreenOnly);
        QCOMPARE(w->console()->scalingPolicy(), VncConsole::ScalingPolicy::FullScreenOnly);
        prefs->setConsoleScaling(Preferences::ConsoleScaling::Always);
        QCOMPARE(w->console()->scalingPolicy(), VncConsole::ScalingPolicy::Always);
        w->close();
        QTRY_VERIFY(!w);
        QSettings().clear();
    }

    void opensWithoutPassword()
    {
        Listener server;
        QVERIFY(server.port > 0);
        server.serve(1, {});
        const auto address = VncAddress::parse(server.address());
        QVERIFY(address);
        QPointer<VncAddressWindow> w = VncAddressWindow::open(address.value());
        QCOMPARE(w->windowTitle(), QStringLiteral("127.0.0.1:%1 – VNC").arg(server.port));
        QTRY_VERIFY_WITH_TIMEOUT(w->console()->isShowingScreen(), 15000);
        // The same address again raises the same window.
        QCOMPARE(VncAddressWindow::open(address.value()), w.data());
        w->close();
        QTRY_VERIFY(!w);
    }

    void opensWithTheAddressPassword()
    {
        Listener server;
        server.serve(2, "s3cret");
        const auto address = VncAddress::parse(server.address(QStringLiteral("?password=s3cret")));
        QVERIFY(address);
        QPointer<VncAddressWindow> w = VncAddressWindow::open(address.value());
        QTRY_VERIFY_WITH_TIMEOUT(w->console()->isShowingScreen(), 15000);
        QVERIFY(server.authOk);
        QVERIFY(!w->windowTitle().contains(QStringLiteral("s3cret")));
        QVERIFY(w->address().password.isEmpty()); // handed to the console, not kept here
        w->close();
        QTRY_VERIFY(!w);
    }

    void wrongPasswordIsSaid()
    {
        Listener server;
        server.serve(2, "right");
        const auto address = VncAddress::parse(server.address(QStringLiteral("?password=wrong")));
        QPointer<VncAddressWindow> w = VncAddressWindow::open(address.value());
        QTRY_COMPARE_WITH_TIMEOUT(w->console()->connection()->state(),
                                  VncConnection::State::AuthenticationFailed, 15000);
        QCOMPARE(w->console()->statusTitle(),
                 VncConnection::stateText(VncConnection::State::AuthenticationFailed));
        QVERIFY(!server.authOk);
        w->close();
        QTRY_VERIFY(!w);
    }

    void menusWithoutLibvirt()
    {
        Listener server;
        server.serve(1, {});
        const auto address = VncAddress::parse(server.address());
        QVERIFY(address);
        QPointer<VncAddressWindow> w = VncAddressWindow::open(address.value());
        VncConsole *console = w->console();
        QVERIFY(w->menuBar() && w->menuBar()->isVisible());
        QStringList titles;
        for (QAction *a : w->menuBar()->actions())
            titles << a->text();
        QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Send Key"),
                                      QStringLiteral("&View")}));
        for (QMenu *menu : {w->fileMenu(), w->sendKeyMenu(), w->viewMenu()}) {
            QVERIFY(!menu->accessibleName().isEmpty());
            for (QAction *a : menu->actions())
                QVERIFY(a->isSeparator() || !a->text().isEmpty());
        }
        // The console's own actions: one state with its toolbar.
        QVERIFY(w->fileMenu()->actions().contains(console->screenshotAction()));
        QCOMPARE(w->sendKeyMenu()->actions(), console->sendKeyMenu()->actions());
        QVERIFY(w->viewMenu()->actions().contains(console->fitAction()));
        QVERIFY(w->viewMenu()->actions().contains(console->oneToOneAction()));
        QVERIFY(w->viewMenu()->actions().contains(console->fullScreenAction()));
        // Nothing to send keys to or to save before the screen is there.
        QTRY_VERIFY_WITH_TIMEOUT(console->isShowingScreen(), 15000);
        QTRY_VERIFY(w->sendKeyMenu()->isEnabled());
        QVERIFY(console->screenshotAction()->isEnabled());

        // View > 1:1 from the keyboard: Alt+V, then the second item.
        QApplication::setActiveWindow(w);
        QVERIFY(QTest::qWaitForWindowActive(w));
        QCOMPARE(console->view()->scaleMode(), VncView::ScaleMode::Fit);
        QTest::keyClick(w, Qt::Key_V, Qt::AltModifier);
        QTRY_VERIFY(w->viewMenu()->isVisible());
        QTest::keyClick(w->viewMenu(), Qt::Key_Down);
        QCOMPARE(w->viewMenu()->activeAction(), console->oneToOneAction());
        QTest::keyClick(w->viewMenu(), Qt::Key_Return);
        QTRY_COMPARE(console->view()->scaleMode(), VncView::ScaleMode::OneToOne);
        QVERIFY(console->oneToOneAction()->isChecked());
        // While the screen has the keyboard, keys go to the guest (Ctrl+W too); released
        // (Ctrl+Alt), File > Close is the platform's Close key (Ctrl+W).
        if (console->view()->isInputGrabbed())
            console->view()->releaseInput();
        QApplication::setActiveWindow(w);
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTest::keySequence(w, QKeySequence(QKeySequence::Close));
        QTRY_VERIFY(!w);
    }

    void asksWhenTheServerWantsOne()
    {
        Listener server;
        server.serve(2, "pw");
        const auto address = VncAddress::parse(server.address());
        QPointer<VncAddressWindow> w = VncAddressWindow::open(address.value());
        QTRY_COMPARE_WITH_TIMEOUT(w->console()->connection()->state(),
                                  VncConnection::State::PasswordRequired, 15000);
        auto *edit = w->console()->findChild<QLineEdit *>();
        QVERIFY(edit && edit->isVisible());
        w->close();
        QTRY_VERIFY(!w);
    }
};

QTEST_MAIN(TestVncAddress)
#include "tst_vncaddress.moc"
