// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/console/textconsolepane.h"

#include "core/common/memorysize.h"
#include "core/session/hostsession.h"
#include "ui/common/toolbarnames.h"
#include "widgets/errorstyle.h"
#include "widgets/terminal/terminalemulator.h"
#include "widgets/terminal/terminalview.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Vireo {

TextConsolePane::TextConsolePane(HostSession *session, const QString &uuid,
                                 const DomainTextConsole &console, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_uuid(uuid)
    , m_info(console)
    , m_console(new TextConsole(session, uuid, console.deviceName(), this))
    , m_terminal(new TerminalView(this))
    , m_toolBar(new QToolBar(this))
    , m_state(new QLabel(this))
    , m_takeOver(new QPushButton(tr("Take Over…"), this))
    , m_sendKeys(new QMenu(tr("Send Key"), this))
{
    m_terminal->setAccessibleName(tr("%1 terminal").arg(titleOf(console)));
    m_terminal->setInputEnabled(false);
    m_toolBar->setAccessibleName(tr("%1 tools").arg(titleOf(console)));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_state->setAccessibleName(tr("Console state"));
    m_state->setContentsMargins(6, 0, 6, 0);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_takeOver->setAccessibleName(tr("Take over the console"));
    m_takeOver->setToolTip(tr("Disconnect the other client and use this console here"));
    m_confirmTakeOver = [this] {
        return QMessageBox::question(
                   this, tr("Take Over the Console"),
                   tr("Another client (virsh console, another Vireo, virt-manager) has %1 open. "
                      "Take it over? That client is disconnected.")
                       .arg(titleOf(m_info)),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
    };

    buildSendKeyMenu();
    m_saveAction =
        m_toolBar->addAction(tr("Save Scrollback…"), this, &TextConsolePane::chooseScrollbackFile);
    m_saveAction->setToolTip(tr("Save everything this console printed, as text"));
    m_toolBar->addSeparator();
    // A widget in a tool bar shows and hides through its action. Before the state, whose words
    // may be long: it must not be pushed into the overflow menu.
    m_takeOverAction = m_toolBar->addWidget(m_takeOver);
    m_toolBar->addWidget(m_state);
    nameToolBarExtension(m_toolBar);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_terminal, 1);
    setFocusProxy(m_terminal);

    connect(m_terminal, &TerminalView::sendBytes, m_console, &TextConsole::send);
    connect(m_console, &TextConsole::received, m_terminal, &TerminalView::feed);
    connect(m_console, &TextConsole::outputSkipped, this, [this](quint64 bytes) {
        // Where the gap is, in the terminal itself (reverse video, a line of its own): the
        // scrollback and a saved file show it too. CAN first: a sequence cut by the gap ends.
        const QString notice =
            tr("[%1 of output not shown: the guest printed faster than this console can draw]")
                .arg(formatBytes(bytes));
        const bool midLine = m_terminal->emulator()->cursor().x() > 0;
        m_terminal->feed(QByteArray("\x18") + (midLine ? "\r\n" : "") + "\x1b[7m" +
                         notice.toUtf8() + "\x1b[27m\r\n");
    });
    connect(m_console, &TextConsole::stateChanged, this, &TextConsolePane::onState);
    connect(m_takeOver, &QPushButton::clicked, this, &TextConsolePane::askToTakeOver);
    onState(m_console->state(), QString());
}

TextConsolePane::~TextConsolePane()
{
    // The console says Idle as it closes: the pane, going, no longer listens, and the console goes
    // first, while the pane's widgets and actions are still whole.
    disconnect(m_console, nullptr, this, nullptr);
    delete m_console;
}

QString TextConsolePane::titleOf(const DomainTextConsole &console)
{
    return console.kind == DomainTextConsole::Kind::Serial ? tr("Serial %1").arg(console.port)
                                                           : tr("Console %1").arg(console.port);
}

void TextConsolePane::start()
{
    if (m_started)
        return;
    m_started = true;
    m_console->open();
}

void TextConsolePane::buildSendKeyMenu()
{
    auto sendBytes = [this](const QString &label, QByteArray bytes) {
        QAction *a = m_sendKeys->addAction(label);
        connect(a, &QAction::triggered, this, [this, bytes] { m_console->send(bytes); });
    };
    sendBytes(tr("Ctrl+C"), QByteArray("\x03"));
    sendBytes(tr("Ctrl+D"), QByteArray("\x04"));
    sendBytes(tr("Ctrl+]"), QByteArray("\x1d"));
    QAction *breakAction = m_sendKeys->addAction(tr("Break"));
    // libvirt's console stream carries bytes only; it has no way to send a serial break.
    breakAction->setEnabled(false);
    breakAction->setToolTip(tr("libvirt cannot send a break on a serial console; use the SysRq "
                               "keys below, which go to the guest's keyboard"));
    QMenu *sysrq = m_sendKeys->addMenu(tr("SysRq"));
    sysrq->setToolTipsVisible(true);
    m_sendKeys->setToolTipsVisible(true);
    for (const auto &[key, what] : TextConsole::sysRqKeys()) {
        QAction *a =
            sysrq->addAction(tr("Alt+SysRq+%1 – %2").arg(QChar::fromLatin1(key).toUpper(), what));
        connect(a, &QAction::triggered, this, [this, key] {
            m_console->sendSysRq(key, this, [this](Status sent) {
                if (!sent)
                    QMessageBox::warning(this, tr("SysRq"), sent.error().text());
            });
        });
    }
    auto *button = new QToolButton(m_toolBar);
    button->setText(m_sendKeys->title());
    button->setAccessibleName(tr("Send key"));
    button->setMenu(m_sendKeys);
    button->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(button);
}

void TextConsolePane::onState(TextConsole::State state, const QString &detail)
{
    using S = TextConsole::State;
    QString text = TextConsole::stateText(state);
    if (state == S::GuestNotRunning)
        text += QLatin1Char(' ') + tr("(the console opens when it starts)");
    if (state == S::Held)
        text += QStringLiteral(" – ") +
                tr("another program (virsh console, virt-manager, another Vireo) has it open");
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    m_state->setText(text);
    ErrorStyle::setError(m_state, state == S::Disconnected || state == S::Held);
    m_takeOverAction->setVisible(state == S::Held);
    m_terminal->setInputEnabled(state == S::Connected);
    for (QAction *a : m_sendKeys->actions()) {
        if (a->text() != tr("Break"))
            a->setEnabled(state == S::Connected);
    }
}

void TextConsolePane::askToTakeOver()
{
    if (m_confirmTakeOver && m_confirmTakeOver())
        m_console->takeOver();
}

void TextConsolePane::chooseScrollbackFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Scrollback"),
                                                      dir + QLatin1Char('/') + m_info.deviceName() +
                                                          QStringLiteral(".txt"),
                                                      tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_saveAction->setEnabled(false);
    saveScrollbackTo(path, [this, path](const QString &error) {
        m_saveAction->setEnabled(true);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Save Scrollback"),
                                 tr("Could not save %1: %2").arg(path, error));
    });
}

void TextConsolePane::saveScrollbackTo(const QString &path, std::function<void(QString)> done)
{
    // Up to 10,000 lines: taken here (the emulator lives on this thread), written off it.
    const QByteArray text = m_terminal->emulator()->allText().toUtf8();
    QPointer<TextConsolePane> guard(this);
    QThreadPool::globalInstance()->start([guard, path, text, done = std::move(done)] {
        QSaveFile file(path);
        QString error;
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
            error = file.errorString();
        QMetaObject::invokeMethod(
            qApp,
            [guard, done, error] {
                if (guard)
                    done(error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Vireo
