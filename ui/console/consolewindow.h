// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

namespace Vireo {

class ConsolePage;
class DomainWindowChrome;
class HostSession;

/// A window with only a domain's console (`vireo --show-domain-console NAME|UUID`). One per
/// domain and host: showFor() raises the open one. GUI thread.
class ConsoleWindow : public QWidget
{
    Q_OBJECT
public:
    /// Shows (creating or raising) the console window of the domain. uuidOrName may be a name.
    static ConsoleWindow *showFor(HostSession *session, const QString &uuidOrName);

    /// The open console window of that domain of that host, or null.
    static ConsoleWindow *find(HostSession *session, const QString &uuid);

    ConsoleWindow(HostSession *session, const QString &uuidOrName, QWidget *parent = nullptr);
    ~ConsoleWindow() override;
    ConsolePage *page() const { return m_page; }
    /// The domain moved to destination (it migrated): the window and its console follow it.
    void followTo(HostSession *destination);
    /// The toolbar and menus (lifecycle actions, Console/Details, Quit).
    DomainWindowChrome *chrome() const { return m_chrome; }

private:
    void updateTitle();
    /// Follows the label of the host the console is on (again after a move).
    void watchHostName();

    QString m_key;
    ConsolePage *m_page;
    DomainWindowChrome *m_chrome = nullptr;
    QMetaObject::Connection m_labelConnection;
};

} // namespace Vireo
