// SPDX-License-Identifier: GPL-2.0-or-later
#include "vncconsole.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Vireo {

namespace {

QList<VncKey> combo(std::initializer_list<VncKey> keys)
{
    return QList<VncKey>(keys);
}

const VncKey kCtrl{Keysym::ControlL, Qnum::ControlL};
const VncKey kAlt{Keysym::AltL, Qnum::AltL};

} // namespace

VncConsole::VncConsole(QWidget *parent)
    : QWidget(parent)
    , m_connection(new VncConnection(this))
{
    m_view = new VncView(m_connection);
    m_scrollArea = new QScrollArea;
    m_scrollArea->setWidget(m_view);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setAlignment(Qt::AlignCenter);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setBackgroundRole(QPalette::Dark);
    m_scrollArea->setAccessibleName(tr("Console screen"));

    m_statusPage = new QWidget;
    m_statusTitle = new QLabel;
    m_statusTitle->setAlignment(Qt::AlignCenter);
    QFont big = m_statusTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_statusTitle->setFont(big);
    m_statusDetail = new QLabel;
    m_statusDetail->setAlignment(Qt::AlignCenter);
    m_statusDetail->setWordWrap(true);
    m_statusDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_passwordEdit = new QLineEdit;
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setAccessibleName(tr("Console password"));
    m_passwordEdit->setMaximumWidth(260);
    auto *passwordLabel = new QLabel(tr("&Password:"));
    passwordLabel->setBuddy(m_passwordEdit);
    m_loginButton = new QPushButton(tr("&Log in"));
    m_loginButton->setAccessibleName(tr("Log in to the console"));
    m_reconnectButton = new QPushButton(tr("&Reconnect"));
    m_reconnectButton->setAccessibleName(tr("Reconnect to the console"));
    m_passwordRow = new QWidget;
    auto *passwordRow = new QHBoxLayout(m_passwordRow);
    passwordRow->setContentsMargins(0, 0, 0, 0);
    passwordRow->addStretch();
    passwordRow->addWidget(passwordLabel);
    passwordRow->addWidget(m_passwordEdit);
    passwordRow->addWidget(m_loginButton);
    passwordRow->addStretch();
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_reconnectButton);
    buttonRow->addStretch();
    auto *statusLayout = new QVBoxLayout(m_statusPage);
    statusLayout->addStretch();
    statusLayout->addWidget(m_statusTitle);
    statusLayout->addWidget(m_statusDetail);
    statusLayout->addWidget(m_passwordRow);
    statusLayout->addLayout(buttonRow);
    statusLayout->addStretch();

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_statusPage);
    m_stack->addWidget(m_scrollArea);

    m_toolBar = new QToolBar(tr("Console"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildToolBar();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    buildWarningBar();
    layout->addWidget(m_warningBar);
    layout->addWidget(m_stack, 1);

    connect(m_connection, &VncConnection::stateChanged, this, &VncConsole::onStateChanged);
    connect(m_view, &VncView::inputGrabChanged, this, &VncConsole::updateGrabHint);
    connect(m_loginButton, &QPushButton::clicked, this, &VncConsole::onPasswordEntered);
    connect(m_passwordEdit, &QLineEdit::returnPressed, this, &VncConsole::onPasswordEntered);
    connect(m_reconnectButton, &QPushButton::clicked, this, &VncConsole::reconnect);
    connect(m_connection, &VncConnection::serverClipboard, this, [this](const QString &text) {
        // Guest to host only when the user allowed it, and only what fits the cap (the
        // connection already truncated it).
        if (m_guestClipboardAction->isChecked())
            QApplication::clipboard()->setText(text);
    });
    showStatus(VncConnection::stateText(VncConnection::State::Disconnected), QString(), false,
               false);
}

VncConsole::~VncConsole()
{
    if (m_fullScreenWindow)
        setFullScreen(false);
}

void VncConsole::buildToolBar()
{
    m_sendKeyMenu = new QMenu(tr("Send Key"), this);
    // Each combination with its keys' Linux input names (KEY_*), for whoever reports it.
    auto addCombo = [this](const QString &text, const QList<VncKey> &keys,
                           const QStringList &names) {
        QAction *a = m_sendKeyMenu->addAction(text);
        connect(a, &QAction::triggered, this, [this, keys, names] {
            // Only keys that went somewhere are reported.
            if (m_connection->state() != VncConnection::State::Connected)
                return;
            m_view->sendKeyCombination(keys);
            Q_EMIT keyCombinationSent(names);
        });
    };
    const QString ctrl = QStringLiteral("KEY_LEFTCTRL"), alt = QStringLiteral("KEY_LEFTALT");
    addCombo(tr("Ctrl+Alt+Del"), combo({kCtrl, kAlt, {Keysym::Delete, Qnum::Delete}}),
             {ctrl, alt, QStringLiteral("KEY_DELETE")});
    addCombo(tr("Ctrl+Alt+Backspace"), combo({kCtrl, kAlt, {Keysym::BackSpace, Qnum::BackSpace}}),
             {ctrl, alt, QStringLiteral("KEY_BACKSPACE")});
    m_sendKeyMenu->addSeparator();
    for (int n = 1; n <= 12; ++n)
        addCombo(tr("Ctrl+Alt+F%1").arg(n),
                 combo({kCtrl, kAlt, {Keysym::F1 + quint32(n - 1), Qnum::function(n)}}),
                 {ctrl, alt, QStringLiteral("KEY_F%1").arg(n)});
    m_sendKeyMenu->addSeparator();
    // The PC's Print Screen key is KEY_SYSRQ in Linux's names (KEY_PRINT is another key).
    addCombo(tr("PrintScreen"), combo({{Keysym::Print, Qnum::Print}}),
             {QStringLiteral("KEY_SYSRQ")});

    auto *sendKeyButton = new QToolButton;
    sendKeyButton->setText(tr("Send Key"));
    sendKeyButton->setAccessibleName(tr("Send key combination"));
    sendKeyButton->setMenu(m_sendKeyMenu);
    sendKeyButton->setPopupMode(QToolButton::InstantPopup);
    m_sendKeyAction = m_toolBar->addWidget(sendKeyButton);
    m_toolBar->addSeparator();

    m_scaleGroup = new QActionGroup(this);
    m_fitAction = m_toolBar->addAction(tr("Fit"));
    m_fitAction->setToolTip(tr("Scale the screen to the window, keeping its aspect ratio"));
    m_fitAction->setCheckable(true);
    m_fitAction->setChecked(true);
    m_oneToOneAction = m_toolBar->addAction(tr("1:1"));
    m_oneToOneAction->setToolTip(tr("One guest pixel per screen pixel, with scroll bars"));
    m_oneToOneAction->setCheckable(true);
    m_scaleGroup->addAction(m_fitAction);
    m_scaleGroup->addAction(m_oneToOneAction);
    connect(m_fitAction, &QAction::triggered, this,
            [this] { setScaleMode(VncView::ScaleMode::Fit); });
    connect(m_oneToOneAction, &QAction::triggered, this,
            [this] { setScaleMode(VncView::ScaleMode::OneToOne); });
    m_fullScreenAction = m_toolBar->addAction(tr("Full Screen"));
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::toggled, this, &VncConsole::setFullScreen);
    m_toolBar->addSeparator();

    m_screenshotAction = m_toolBar->addAction(tr("Screenshot…"));
    m_screenshotAction->setToolTip(tr("Save the guest's screen as a PNG image"));
    connect(m_screenshotAction, &QAction::triggered, this, &VncConsole::chooseScreenshotFile);

    auto *clipMenu = new QMenu(tr("Clipboard"), this);
    QAction *sendClip = clipMenu->addAction(tr("Send Clipboard to Guest"));
    m_screenOnlyActions << sendClip;
    sendClip->setToolTip(tr("Offers the host clipboard to the guest (Latin-1 text only; the "
                            "guest needs a clipboard agent to use it)"));
    connect(sendClip, &QAction::triggered, this,
            [this] { m_connection->sendClipboard(QApplication::clipboard()->text()); });
    QAction *typeClip = clipMenu->addAction(tr("Type Clipboard Text"));
    m_screenOnlyActions << typeClip;
    typeClip->setToolTip(tr("Types the host clipboard into the guest as key presses (up to 4096 "
                            "characters)"));
    connect(typeClip, &QAction::triggered, this,
            [this] { m_view->typeText(QApplication::clipboard()->text()); });
    clipMenu->addSeparator();
    m_guestClipboardAction = clipMenu->addAction(tr("Accept Clipboard from Guest"));
    m_guestClipboardAction->setCheckable(true);
    m_guestClipboardAction->setToolTip(tr("Put text the guest copies on this computer's "
                                          "clipboard (off: the guest cannot change it)"));
    connect(m_guestClipboardAction, &QAction::triggered, this, &VncConsole::guestClipboardToggled);
    auto *clipButton = new QToolButton;
    clipButton->setText(tr("Clipboard"));
    clipButton->setAccessibleName(tr("Clipboard"));
    clipButton->setMenu(clipMenu);
    clipButton->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(clipButton);

    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ownerMenusEnd = m_toolBar->addWidget(spacer);
    m_grabHint = new QLabel;
    m_grabHint->setAccessibleName(tr("Keyboard grab"));
    // Only while the screen shows: there is nothing to grab on the status page.
    QAction *hint = m_toolBar->addWidget(m_grabHint);
    hint->setVisible(m_stack->currentWidget() == m_scrollArea);
    connect(m_stack, &QStackedWidget::currentChanged, hint,
            [this, hint] { hint->setVisible(m_stack->currentWidget() == m_scrollArea); });
    updateGrabHint(false);

    // What acts on the guest's screen is there only while a screen is shown.
    m_screenOnlyActions << m_sendKeyAction << m_screenshotAction << m_fullScreenAction;
    connect(m_stack, &QStackedWidget::currentChanged, this, &VncConsole::updateScreenActions);
    updateScreenActions();
}

void VncConsole::buildWarningBar()
{
    // A strip of its own under the toolbar, the width of the console: a toolbar would hide it in
    // its overflow menu when the window is narrow.
    m_warningBar = new QWidget;
    m_warningBar->setAutoFillBackground(true);
    QPalette pal = m_warningBar->palette();
    pal.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce)); // light amber
    pal.setColor(QPalette::WindowText, QColor(0x3d, 0x2a, 0x00));
    m_warningBar->setPalette(pal);
    auto *row = new QHBoxLayout(m_warningBar);
    row->setContentsMargins(8, 4, 8, 4);
    m_warningIcon = new QLabel; // its picture is loaded when a warning is first shown
    m_warning = new QLabel;
    m_warning->setAccessibleName(tr("Security warning"));
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    QFont bold = m_warning->font();
    bold.setBold(true);
    m_warning->setFont(bold);
    m_warningDetail = new QLabel;
    m_warningDetail->setTextFormat(Qt::PlainText);
    m_warningDetail->setWordWrap(true);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(0);
    texts->addWidget(m_warning);
    texts->addWidget(m_warningDetail);
    row->addWidget(m_warningIcon, 0, Qt::AlignTop);
    row->addLayout(texts, 1);
    m_warningBar->hide();
}

void VncConsole::setSecurityWarning(const QString &text, const QString &detail)
{
    if (!text.isEmpty() && m_warningIcon->pixmap().isNull()) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_warningIcon->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    }
    m_warning->setText(text);
    m_warning->setAccessibleDescription(detail);
    m_warningDetail->setText(detail);
    m_warningDetail->setVisible(!detail.isEmpty());
    m_warningBar->setVisible(!text.isEmpty());
}

QString VncConsole::securityWarning() const
{
    return m_warning->text();
}

bool VncConsole::isSecurityWarningShown() const
{
    return !m_warningBar->isHidden();
}

void VncConsole::addToolBarMenu(QMenu *menu, const QString &accessibleName)
{
    auto *button = new QToolButton;
    button->setText(menu->title());
    button->setAccessibleName(accessibleName);
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->insertWidget(m_ownerMenusEnd, button);
}

void VncConsole::updateScreenActions()
{
    const bool screen = isShowingScreen();
    for (QAction *a : std::as_const(m_screenOnlyActions))
        a->setEnabled(screen);
    m_sendKeyMenu->setEnabled(screen);
}

void VncConsole::updateGrabHint(bool grabbed)
{
    m_grabHint->setText(grabbed ? tr("Keyboard grabbed: press %1 to release")
                                      .arg(VncView::keysText(m_view->releaseKeys()))
                                : tr("Click the screen to grab the keyboard"));
}

void VncConsole::setReleaseKeys(const QList<int> &keys)
{
    m_view->setReleaseKeys(keys);
    updateGrabHint(m_view->isInputGrabbed());
    if (m_fullScreenHint)
        m_fullScreenHint->setText(
            tr("Press %1 to release the keyboard").arg(VncView::keysText(m_view->releaseKeys())));
}

void VncConsole::setScalingPolicy(ScalingPolicy policy)
{
    m_scalingPolicy = policy;
    applyScalingPolicy();
}

void VncConsole::applyScalingPolicy()
{
    const bool fit = m_scalingPolicy == ScalingPolicy::Always ||
                     (m_scalingPolicy == ScalingPolicy::FullScreenOnly && isFullScreen());
    setScaleMode(fit ? VncView::ScaleMode::Fit : VncView::ScaleMode::OneToOne);
}

void VncConsole::connectToHost(const QString &host, int port)
{
    m_host = host;
    m_port = port;
    m_connection->connectToHost(host, port);
}

void VncConsole::connectToSocket(int fd)
{
    m_host.clear();
    m_port = 0;
    m_connection->connectToSocket(fd);
}

void VncConsole::disconnectFromServer()
{
    m_connection->disconnectFromServer();
}

void VncConsole::setPassword(const QString &password)
{
    m_connection->setPassword(password);
}

bool VncConsole::acceptsGuestClipboard() const
{
    return m_guestClipboardAction->isChecked();
}

void VncConsole::setAcceptsGuestClipboard(bool accept)
{
    m_guestClipboardAction->setChecked(accept);
}

void VncConsole::reconnect()
{
    if (!m_host.isEmpty())
        m_connection->connectToHost(m_host, m_port);
    else
        Q_EMIT reconnectRequested();
}

void VncConsole::onPasswordEntered()
{
    m_connection->setPassword(m_passwordEdit->text());
    m_passwordEdit->clear();
    reconnect();
}

void VncConsole::showMessage(const QString &title, const QString &detail, bool offerReconnect)
{
    showStatus(title, detail, false, offerReconnect);
}

void VncConsole::showStatus(const QString &title, const QString &detail, bool password,
                            bool reconnect)
{
    if (m_view->isInputGrabbed())
        m_view->releaseInput();
    m_statusTitle->setText(title);
    m_statusDetail->setText(detail);
    m_statusDetail->setVisible(!detail.isEmpty());
    m_passwordRow->setVisible(password);
    m_reconnectButton->setVisible(reconnect);
    if (m_fullScreenWindow)
        setFullScreen(false);
    m_stack->setCurrentWidget(m_statusPage);
    if (password)
        m_passwordEdit->setFocus();
}

QString VncConsole::statusTitle() const
{
    return m_statusTitle->text();
}

QString VncConsole::statusDetail() const
{
    return m_statusDetail->text();
}

bool VncConsole::isShowingScreen() const
{
    return m_stack->currentWidget() == m_scrollArea || m_fullScreenWindow;
}

void VncConsole::onStateChanged(VncConnection::State state)
{
    using S = VncConnection::State;
    const QString title = VncConnection::stateText(state);
    switch (state) {
    case S::Connected:
        m_stack->setCurrentWidget(m_scrollArea);
        if (isActiveWindow())
            m_view->setFocus(); // typing goes to the guest at once, without stealing focus
        break;
    case S::Connecting:
        showStatus(title, QString(), false, false);
        break;
    case S::PasswordRequired:
        showStatus(title, tr("Enter the console's VNC password."), true, false);
        break;
    case S::AuthenticationFailed:
        showStatus(title, m_connection->errorString(), true, false);
        break;
    case S::Disconnected:
        showStatus(title, QString(), false, true);
        break;
    case S::Closed:
    case S::Error:
        showStatus(title, m_connection->errorString(), false, true);
        break;
    }
    Q_EMIT stateChanged(state);
}

void VncConsole::setScaleMode(VncView::ScaleMode mode)
{
    m_view->setScaleMode(mode);
    (mode == VncView::ScaleMode::Fit ? m_fitAction : m_oneToOneAction)->setChecked(true);
}

void VncConsole::setFullScreen(bool on)
{
    if (on == isFullScreen())
        return;
    if (on) {
        if (!isShowingScreen())
            return;
        // A separate top-level window with a thin toolbar of its own; the screen moves into it
        // and back.
        auto *window = new QWidget(nullptr, Qt::Window);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setWindowTitle(tr("Console (full screen)"));
        auto *bar = new QToolBar;
        bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
        QAction *leave = bar->addAction(tr("Leave Full Screen"));
        connect(leave, &QAction::triggered, this, [this] { setFullScreen(false); });
        auto *keys = new QToolButton;
        keys->setText(tr("Send Key"));
        keys->setAccessibleName(tr("Send key combination"));
        keys->setMenu(m_sendKeyMenu);
        keys->setPopupMode(QToolButton::InstantPopup);
        bar->addWidget(keys);
        m_fullScreenHint = new QLabel(
            tr("Press %1 to release the keyboard").arg(VncView::keysText(m_view->releaseKeys())));
        m_fullScreenHint->setAccessibleName(tr("Keyboard grab"));
        bar->addWidget(m_fullScreenHint);
        auto *layout = new QVBoxLayout(window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(bar, 0, Qt::AlignHCenter);
        m_stack->removeWidget(m_scrollArea);
        layout->addWidget(m_scrollArea, 1);
        m_scrollArea->show();
        connect(window, &QObject::destroyed, this, [this] {
            if (m_scrollArea->parent() != m_stack && m_stack->indexOf(m_scrollArea) < 0) {
                // Closed by the window manager: take the screen back.
                m_stack->addWidget(m_scrollArea);
            }
        });
        m_fullScreenWindow = window;
        applyScalingPolicy();
        // The whole screen even without a window manager to honour the full-screen state.
        if (QScreen *s = screen())
            window->setGeometry(s->geometry());
        window->showFullScreen();
        m_view->setFocus();
        m_fullScreenAction->setChecked(true);
        m_stack->setCurrentWidget(m_statusPage);
        m_statusTitle->setText(tr("The console is shown full screen"));
        m_statusDetail->setVisible(false);
        m_passwordRow->setVisible(false);
        m_reconnectButton->setVisible(false);
    } else {
        QWidget *window = m_fullScreenWindow;
        m_fullScreenWindow = nullptr;
        m_fullScreenHint = nullptr; // goes with the window
        applyScalingPolicy();
        m_view->releaseInput();
        m_scrollArea->setParent(nullptr);
        m_stack->addWidget(m_scrollArea);
        if (window)
            window->deleteLater();
        m_fullScreenAction->setChecked(false);
        if (m_connection->state() == VncConnection::State::Connected)
            m_stack->setCurrentWidget(m_scrollArea);
        else
            onStateChanged(m_connection->state());
    }
    updateScreenActions();
}

bool VncConsole::saveScreenshot(const QString &path, QString *error)
{
    const QImage image = m_connection->grabFramebuffer();
    if (image.isNull()) {
        if (error)
            *error = tr("There is no screen to save: the console is not connected.");
        return false;
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

void VncConsole::chooseScreenshotFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString name =
        QStringLiteral("%1/console-%2.png")
            .arg(dir, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Screenshot"), name, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveScreenshot(path, &error))
        QMessageBox::warning(this, tr("Screenshot"), error);
}

} // namespace Vireo
