// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/console/textconsole.h"
#include "core/domain/domainxml.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QToolBar;

namespace Vireo {

class HostSession;
class TerminalView;

/// One serial port or console of a domain in a terminal: the TextConsole stream of core shown in
/// a TerminalView, with its state in words, a Send Key menu (Ctrl+C, Ctrl+D, Ctrl+], the SysRq
/// keys), Save Scrollback… and Take Over (after asking) when another client holds it. GUI thread.
class TextConsolePane : public QWidget
{
    Q_OBJECT
public:
    TextConsolePane(HostSession *session, const QString &uuid, const DomainTextConsole &console,
                    QWidget *parent = nullptr);
    ~TextConsolePane() override;

    /// "Serial 0", "Console 1": what the selector calls a console.
    static QString titleOf(const DomainTextConsole &console);

    TextConsole *console() const { return m_console; }
    TerminalView *terminal() const { return m_terminal; }
    QLabel *stateLabel() const { return m_state; }
    QPushButton *takeOverButton() const { return m_takeOver; }
    QMenu *sendKeyMenu() const { return m_sendKeys; }
    QAction *saveScrollbackAction() const { return m_saveAction; }

    /// Opens the stream (once; it then reopens by itself).
    void start();
    /// Writes the scrollback and screen as text to path, off the GUI thread; done(error or empty)
    /// runs on the GUI thread while the pane lives.
    void saveScrollbackTo(const QString &path, std::function<void(QString error)> done);
    /// Asked before a take-over; the default asks with a message box. Tests replace it.
    void setTakeOverConfirmation(std::function<bool()> confirm)
    {
        m_confirmTakeOver = std::move(confirm);
    }

private:
    void onState(TextConsole::State state, const QString &detail);
    void buildSendKeyMenu();
    void askToTakeOver();
    void chooseScrollbackFile();

    QPointer<HostSession> m_session;
    QString m_uuid;
    DomainTextConsole m_info;
    TextConsole *m_console;
    TerminalView *m_terminal;
    QToolBar *m_toolBar;
    QLabel *m_state;
    QPushButton *m_takeOver;
    QAction *m_takeOverAction = nullptr;
    QMenu *m_sendKeys;
    QAction *m_saveAction = nullptr;
    std::function<bool()> m_confirmTakeOver;
    bool m_started = false;
};

} // namespace Vireo
