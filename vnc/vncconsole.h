// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "vncconnection.h"
#include "vncview.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QToolBar;

namespace Vireo {

/// A complete console: toolbar (send key, scaling, full screen, screenshot, clipboard), the
/// framebuffer view, and a page that says what is going on (connecting, password needed or
/// wrong, closed, or a message from the owner such as "the guest is not running"). GUI thread.
///
/// Consoles given a host and port reconnect by themselves when asked; for a socket the owner
/// must hand over a new one when reconnectRequested() is emitted.
class VncConsole : public QWidget
{
    Q_OBJECT
public:
    explicit VncConsole(QWidget *parent = nullptr);
    ~VncConsole() override;

    VncConnection *connection() const { return m_connection; }
    VncView *view() const { return m_view; }
    QToolBar *toolBar() const { return m_toolBar; }
    QMenu *sendKeyMenu() const { return m_sendKeyMenu; }
    /// Enabled only while a screen is shown, as are Send Key, Full Screen and sending the
    /// clipboard.
    QAction *screenshotAction() const { return m_screenshotAction; }
    /// The toolbar's Send Key button.
    QAction *sendKeyAction() const { return m_sendKeyAction; }
    /// The scaling and full-screen actions of the toolbar, for an owner's View menu.
    QAction *fitAction() const { return m_fitAction; }
    QAction *oneToOneAction() const { return m_oneToOneAction; }
    QAction *fullScreenAction() const { return m_fullScreenAction; }

    void connectToHost(const QString &host, int port);
    /// Takes ownership of fd.
    void connectToSocket(int fd);
    void disconnectFromServer();
    /// Shows a message instead of the screen (e.g. "The guest is not running").
    void showMessage(const QString &title, const QString &detail, bool offerReconnect);
    /// The password to use for the next connection (also what the password field sets).
    void setPassword(const QString &password);

    /// Whether text the guest copies (ServerCutText) is put on the host clipboard. Off by
    /// default: a guest must not change what the user pastes elsewhere unless allowed.
    bool acceptsGuestClipboard() const;
    void setAcceptsGuestClipboard(bool accept);
    /// The checkable menu item for it (in the Clipboard menu); disabled until the owner can
    /// remember the choice, if it wants to.
    QAction *guestClipboardAction() const { return m_guestClipboardAction; }

    /// A warning shown in a strip under the toolbar while text is non-empty (e.g. an unencrypted
    /// connection across a network), with detail under it.
    void setSecurityWarning(const QString &text, const QString &detail = QString());
    QString securityWarning() const;
    bool isSecurityWarningShown() const;
    /// Adds an owner's menu to the toolbar, as a button after the console's own.
    void addToolBarMenu(QMenu *menu, const QString &accessibleName);

    void setScaleMode(VncView::ScaleMode mode);
    VncView::ScaleMode scaleMode() const { return m_view->scaleMode(); }
    /// When the screen is scaled to the window (Edit > Preferences): never (1:1), only in full
    /// screen, or always (Fit; the default). Applies now and at each change of full screen; the
    /// toolbar's Fit and 1:1 still choose for the moment.
    enum class ScalingPolicy { Never, FullScreenOnly, Always };
    void setScalingPolicy(ScalingPolicy policy);
    ScalingPolicy scalingPolicy() const { return m_scalingPolicy; }
    /// The keys that give back the keyboard grab (VncView::setReleaseKeys); the hints name them.
    void setReleaseKeys(const QList<int> &keys);
    void setFullScreen(bool on);
    bool isFullScreen() const { return m_fullScreenWindow != nullptr; }
    /// Saves the current screen as PNG. On failure, error says why.
    bool saveScreenshot(const QString &path, QString *error = nullptr);

    /// What the status page shows now (for tests and accessibility).
    QString statusTitle() const;
    QString statusDetail() const;
    bool isShowingScreen() const;

Q_SIGNALS:
    /// The user asked to reconnect (or entered a password) on a socket console.
    void reconnectRequested();
    /// The user turned accepting the guest's clipboard on or off (not emitted for
    /// setAcceptsGuestClipboard()).
    void guestClipboardToggled(bool accept);
    void stateChanged(Vireo::VncConnection::State state);
    /// A combination of the Send Key menu went to the server: its keys by their Linux input
    /// names (KEY_LEFTCTRL, KEY_LEFTALT, KEY_DELETE), in the order pressed.
    void keyCombinationSent(const QStringList &linuxKeyNames);

private:
    void buildToolBar();
    void buildWarningBar();
    void onStateChanged(VncConnection::State state);
    void showStatus(const QString &title, const QString &detail, bool password, bool reconnect);
    void reconnect();
    void onPasswordEntered();
    void chooseScreenshotFile();
    void updateGrabHint(bool grabbed);
    void updateScreenActions();
    void applyScalingPolicy();

    VncConnection *m_connection;
    VncView *m_view;
    QToolBar *m_toolBar;
    QMenu *m_sendKeyMenu;
    QActionGroup *m_scaleGroup;
    QAction *m_fitAction;
    QAction *m_oneToOneAction;
    QAction *m_fullScreenAction;
    QAction *m_sendKeyAction;
    QAction *m_screenshotAction;
    QList<QAction *> m_screenOnlyActions; ///< enabled only while a screen is shown
    QAction *m_guestClipboardAction;
    QLabel *m_grabHint;
    QPointer<QLabel> m_fullScreenHint; ///< in the full-screen window, while it is open
    ScalingPolicy m_scalingPolicy = ScalingPolicy::Always;
    QWidget *m_warningBar;
    QLabel *m_warningIcon;
    QLabel *m_warning;
    QLabel *m_warningDetail;
    QAction *m_ownerMenusEnd; ///< owner menus go before this (the spacer)
    QStackedWidget *m_stack;
    QScrollArea *m_scrollArea;
    QWidget *m_statusPage;
    QLabel *m_statusTitle;
    QLabel *m_statusDetail;
    QWidget *m_passwordRow;
    QLineEdit *m_passwordEdit;
    QPushButton *m_loginButton;
    QPushButton *m_reconnectButton;
    QPointer<QWidget> m_fullScreenWindow;
    QString m_host;
    int m_port = 0;
};

} // namespace Vireo
