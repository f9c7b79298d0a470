// SPDX-License-Identifier: GPL-2.0-or-later
#include "../../unit/vnc/networkthreadhold.h"
#include "../../unit/vnc/rfbtestserver.h"

#include "vnc/vncconsole.h"

#include <QAccessible>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>

using namespace Vireo;
using namespace RfbTest;
using State = VncConnection::State;

class TestVncConsole : public QObject
{
    Q_OBJECT

private:
    struct Rig
    {
        std::unique_ptr<VncConsole> console;
        std::unique_ptr<Server> server;
    };
    Rig start(int w, int h)
    {
        Rig r;
        auto [c, s] = socketPair();
        r.console = std::make_unique<VncConsole>();
        r.console->resize(w * 2, h * 2 + 40);
        r.console->show();
        r.server = std::make_unique<Server>(s);
        r.console->connectToSocket(c);
        r.server->handshake(w, h);
        // Drain the client's opening messages (two SetEncodings).
        int setEnc = 0;
        while (setEnc < 2) {
            ClientMessage m = r.server->readMessage();
            if (m.type == -1)
                break;
            setEnc += m.type == 2;
        }
        return r;
    }
    static ClientMessage nextOf(Server &s, int type)
    {
        QCoreApplication::processEvents();
        return s.waitFor(type, 5000);
    }

private Q_SLOTS:
    void showsScreenWhenConnected()
    {
        Rig r = start(160, 120);
        QTRY_VERIFY_WITH_TIMEOUT(r.console->isShowingScreen(), 10000);
        QVERIFY(r.server->send(updateHeader(1) + rawRect(0, 0, 160, 120, 0x2040ff)));
        QTRY_COMPARE_WITH_TIMEOUT(r.console->connection()->grabFramebuffer().pixel(80, 60),
                                  qRgb(0x20, 0x40, 0xff), 10000);
        VncView *view = r.console->view();
        // Fit: the picture fills the view keeping its aspect; what is painted is the guest's.
        QTRY_VERIFY_WITH_TIMEOUT(
            view->grab().toImage().pixel(view->imageRect().center().toPoint()) ==
                qRgb(0x20, 0x40, 0xff),
            10000);
        QVERIFY(view->scale() > 1.0);
    }

    void statesAPersonUnderstands()
    {
        auto [c, s] = socketPair();
        VncConsole console;
        console.show();
        Server server(s);
        console.connectToSocket(c);
        server.handshake(100, 100, 2, "pw");
        QTRY_COMPARE_WITH_TIMEOUT(console.connection()->state(), State::PasswordRequired, 10000);
        QCOMPARE(console.statusTitle(), VncConnection::stateText(State::PasswordRequired));
        auto *edit = console.findChild<QLineEdit *>();
        QVERIFY(edit && edit->isVisible());
        QVERIFY(!edit->accessibleName().isEmpty());
        // Entering a password on a socket console asks the owner for a new connection.
        QSignalSpy reconnect(&console, &VncConsole::reconnectRequested);
        edit->setText(QStringLiteral("pw"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(reconnect.size(), 1);
        QVERIFY(console.connection()->hasPassword());
        console.showMessage(QStringLiteral("The guest is not running"), QString(), false);
        QCOMPARE(console.statusTitle(), QStringLiteral("The guest is not running"));
        QVERIFY(!console.isShowingScreen());
    }

    void pointerMapsThroughScaling()
    {
        Rig r = start(160, 120);
        QTRY_VERIFY_WITH_TIMEOUT(r.console->isShowingScreen(), 10000);
        VncView *view = r.console->view();
        QTRY_VERIFY(view->scale() > 1.0);
        const QRectF ir = view->imageRect();
        const QPoint at = (ir.topLeft() + QPointF(50.5, 40.5) * view->scale()).toPoint();
        QCOMPARE(view->mapToFramebuffer(at), QPoint(50, 40));
        QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, at);
        ClientMessage press = nextOf(*r.server, 5);
        QCOMPARE(press.type, 5);
        QCOMPARE(quint8(press.data.at(1)), quint8(1));
        QCOMPARE(qFromBigEndian<quint16>(press.data.constData() + 2), quint16(50));
        QCOMPARE(qFromBigEndian<quint16>(press.data.constData() + 4), quint16(40));
        // Clicking grabbed the keyboard.
        QVERIFY(view->isInputGrabbed());
        // 1:1: one guest pixel per device pixel (HiDPI: fewer logical pixels), scroll bars
        // when the window is smaller. ctest runs this test also with QT_SCALE_FACTOR=2.
        r.console->setScaleMode(VncView::ScaleMode::OneToOne);
        const double dpr = view->devicePixelRatioF();
        QCOMPARE(view->scale() * dpr, 1.0);
        QCOMPARE(view->minimumSize(), QSize(qCeil(160 / dpr), qCeil(120 / dpr)));
        QCOMPARE(view->mapToFramebuffer(view->imageRect().topLeft() + QPointF(7.5, 9.5) / dpr),
                 QPoint(7, 9));
    }

    void keysGrabAndRelease()
    {
        Rig r = start(160, 120);
        QTRY_VERIFY_WITH_TIMEOUT(r.console->isShowingScreen(), 10000);
        VncView *view = r.console->view();
        view->grabInput();
        QTest::keyClick(view, Qt::Key_A, Qt::NoModifier);
        ClientMessage down = nextOf(*r.server, 4);
        QCOMPARE(down.type, 4);
        QCOMPARE(quint8(down.data.at(1)), quint8(1));
        QCOMPARE(qFromBigEndian<quint32>(down.data.constData() + 4), quint32('a'));
        ClientMessage up = nextOf(*r.server, 4);
        QCOMPARE(quint8(up.data.at(1)), quint8(0));
        // Tab goes to the guest, not to focus navigation.
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(qFromBigEndian<quint32>(nextOf(*r.server, 4).data.constData() + 4), 0xff09u);
        nextOf(*r.server, 4);
        // Ctrl+Alt pressed and released alone: the grab ends.
        QTest::keyPress(view, Qt::Key_Control);
        QTest::keyPress(view, Qt::Key_Alt, Qt::ControlModifier);
        QTest::keyRelease(view, Qt::Key_Alt, Qt::ControlModifier);
        QTest::keyRelease(view, Qt::Key_Control);
        QVERIFY(!view->isInputGrabbed());
    }

    void noStuckKeysAfterFocusLoss()
    {
        Rig r = start(160, 120);
        QTRY_VERIFY_WITH_TIMEOUT(r.console->isShowingScreen(), 10000);
        VncView *view = r.console->view();
        view->setFocus();
        QTest::keyPress(view, Qt::Key_B);
        ClientMessage down = nextOf(*r.server, 4);
        QCOMPARE(quint8(down.data.at(1)), quint8(1));
        QFocusEvent out(QEvent::FocusOut, Qt::ActiveWindowFocusReason);
        QCoreApplication::sendEvent(view, &out);
        ClientMessage up = nextOf(*r.server, 4);
        QCOMPARE(up.type, 4);
        QCOMPARE(quint8(up.data.at(1)), quint8(0));
        QCOMPARE(qFromBigEndian<quint32>(up.data.constData() + 4), quint32('b'));
    }

    void sendKeyMenu()
    {
        Rig r = start(160, 120);
        QTRY_VERIFY_WITH_TIMEOUT(r.console->isShowingScreen(), 10000);
        QStringList titles;
        QAction *cad = nullptr;
        for (QAction *a : r.console->sendKeyMenu()->actions()) {
            titles << a->text();
            if (a->text() == QLatin1String("Ctrl+Alt+Del"))
                cad = a;
        }
        QVERIFY(titles.contains(QStringLiteral("Ctrl+Alt+Backspace")));
        QVERIFY(titles.contains(QStringLiteral("Ctrl+Alt+F1")));
        QVERIFY(titles.contains(QStringLiteral("Ctrl+Alt+F12")));
        QVERIFY(titles.contains(QStringLiteral("PrintScreen")));
        QVERIFY(cad);
        cad->trigger();
        QList<QPair<bool, quint32>> seen;
        for (int i = 0; i < 6; ++i) {
            ClientMessage m = nextOf(*r.server, 4);
            QCOMPARE(m.type, 4);
            seen << qMakePair(m.data.at(1) != 0, qFromBigEndian<quint32>(m.data.constData() + 4));
        }
        const QList<QPair<bool, quint32>> expected = {{true, 0xffe3},  {true, 0xffe9},
                                                      {true, 0xffff},  {false, 0xffff},
                                                      {false, 0xffe9}, {false, 0xffe3}};
        QCOMPARE(seen, expected);
    }

    void wheel()
    {
        Rig r = start(160, 120);
        QTRY_VERIFY_WITH_TIMEOUT(r.console->isShowingScreen(), 10000);
        VncView *view = r.console->view();
        const QPointF at = view->imageRect().center();
        QWheelEvent ev(at, view->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                       Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view, &ev);
        ClientMessage press = nextOf(*r.server, 5);
        QCOMPARE(quint8(press.data.at(1)), quint8(8));
        ClientMessage release = nextOf(*r.server, 5);
        QCOMPARE(quint8(release.data.at(1)), quint8(0));
    }

    void cursorAndScreenshot()
    {
        Rig r = start(160, 120);
        QTRY_VERIFY_WITH_TIMEOUT(r.console->isShowingScreen(), 10000);
        r.console->setScaleMode(VncView::ScaleMode::OneToOne);
        QSignalSpy cursor(r.console->connection(), &VncConnection::cursorChanged);
        QVERIFY(r.server->send(updateHeader(2) + rectHeader(1, 1, 8, 4, -239) +
                               pixel(0xffffff).repeated(32) + QByteArray(4, char(0xff)) +
                               rawRect(0, 0, 160, 120, 0x00ff00)));
        QTRY_VERIFY_WITH_TIMEOUT(!cursor.isEmpty(), 10000);
        QCoreApplication::processEvents();
        // 1:1: one cursor pixel per device pixel, on HiDPI screens too.
        QCOMPARE(r.console->view()->cursor().pixmap().size(), QSize(8, 4));
        if (r.console->view()->devicePixelRatioF() == 1.0)
            QCOMPARE(r.console->view()->cursor().hotSpot(), QPoint(1, 1));
        QTRY_COMPARE_WITH_TIMEOUT(r.console->connection()->grabFramebuffer().pixel(5, 5),
                                  qRgb(0, 255, 0), 10000);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shot.png"));
        QString error;
        QVERIFY2(r.console->saveScreenshot(path, &error), qPrintable(error));
        QImage shot(path);
        QCOMPARE(shot.size(), QSize(160, 120));
        QCOMPARE(shot.pixel(5, 5), qRgb(0, 255, 0));
    }

    void fullScreenAndBack()
    {
        Rig r = start(160, 120);
        QTRY_VERIFY_WITH_TIMEOUT(r.console->isShowingScreen(), 10000);
        r.console->setFullScreen(true);
        QVERIFY(r.console->isFullScreen());
        QVERIFY(r.console->sendKeyMenu()->isEnabled()); // the full-screen bar's Send Key
        QVERIFY(r.console->view()->window() != r.console->window());
        r.console->setFullScreen(false);
        QVERIFY(!r.console->isFullScreen());
        QCOMPARE(r.console->view()->window(), r.console->window());
        QVERIFY(r.console->isShowingScreen());
    }

    void guestClipboardIsOffByDefault()
    {
        Rig r = start(64, 48);
        QTRY_VERIFY_WITH_TIMEOUT(r.console->isShowingScreen(), 10000);
        QAction *accept = r.console->guestClipboardAction();
        QVERIFY(accept->isCheckable());
        QVERIFY(!r.console->acceptsGuestClipboard());
        // A checkable item of the Clipboard menu, named for assistive technology.
        QMenu *menu = nullptr;
        for (QObject *o : accept->associatedObjects())
            if (auto *m = qobject_cast<QMenu *>(o))
                menu = m;
        QVERIFY(menu);
        QCOMPARE(menu->title(), QStringLiteral("Clipboard"));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(menu);
        QVERIFY(iface);
        bool named = false;
        for (int i = 0; i < iface->childCount(); ++i)
            if (QAccessibleInterface *child = iface->child(i);
                child && child->text(QAccessible::Name) == accept->text() &&
                child->state().checkable)
                named = true;
        QVERIFY(named);

        QSignalSpy fromGuest(r.console->connection(), &VncConnection::serverClipboard);
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->setText(QStringLiteral("host"));
        const QByteArray text = "guest";
        QVERIFY(r.server->send(u8(3) + QByteArray(3, 0) + u32(quint32(text.size())) + text));
        QTRY_COMPARE_WITH_TIMEOUT(fromGuest.size(), 1, 10000);
        QCOMPARE(clipboard->text(), QStringLiteral("host"));
        r.console->setAcceptsGuestClipboard(true);
        QVERIFY(r.server->send(u8(3) + QByteArray(3, 0) + u32(quint32(text.size())) + text));
        QTRY_COMPARE_WITH_TIMEOUT(fromGuest.size(), 2, 10000);
        QCOMPARE(clipboard->text(), QStringLiteral("guest"));
    }

    void closingAConnectedConsoleDoesNotWait()
    {
        QTRY_COMPARE_WITH_TIMEOUT(VncConnection::networkThreadCount(), 0, 10000);
        NetworkThreadHold hold;
        Rig r = start(160, 120);
        QTRY_VERIFY_WITH_TIMEOUT(r.console->isShowingScreen(), 10000);
        // Hold the network thread in the middle of a message: it cannot end before release().
        QVERIFY(r.server->send(NetworkThreadHold::holdingMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(hold.isHolding(), 10000);
        const long switches = NetworkThreadHold::voluntarySwitches();
        r.console.reset();
        // Destroying the console did not wait for the thread (no voluntary context switch).
        QCOMPARE(NetworkThreadHold::voluntarySwitches(), switches);
        QCOMPARE(VncConnection::networkThreadCount(), 1);
        hold.release();
        // The thread ends and is deleted by itself; the connection is closed.
        QTRY_COMPARE_WITH_TIMEOUT(VncConnection::networkThreadCount(), 0, 10000);
        QVERIFY(r.server->readsEndOfStream());
    }

    void serverGoneShowsReconnect()
    {
        Rig r = start(160, 120);
        QTRY_VERIFY_WITH_TIMEOUT(r.console->isShowingScreen(), 10000);
        QVERIFY(r.console->sendKeyAction()->isEnabled());
        QVERIFY(r.console->screenshotAction()->isEnabled());
        r.server->close();
        QTRY_VERIFY_WITH_TIMEOUT(!r.console->isShowingScreen(), 10000);
        QCOMPARE(r.console->statusTitle(), VncConnection::stateText(State::Closed));
        // No screen, nothing to send keys to or take a picture of.
        QVERIFY(!r.console->sendKeyAction()->isEnabled());
        QVERIFY(!r.console->screenshotAction()->isEnabled());
    }
};

QTEST_MAIN(TestVncConsole)
#include "tst_vncconsole.moc"
