// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/session/connectionstore.h"
#include "ui/commandline.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Vireo {

class DomainTreeModel;
class HostSession;
class MainWindow;

/// Wires Vireo together: the saved connections and their HostSessions, the tree model, the
/// manager window, and the windows that the command line or the manager ask for. GUI thread.
class Application : public QObject
{
    Q_OBJECT
public:
    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    /// Builds sessions from the settings and the command line and shows what it asks for.
    void start(const CommandLine &options);

    DomainTreeModel *model() const { return m_model; }
    MainWindow *mainWindow() const { return m_window; }
    QList<HostSession *> sessions() const { return m_sessions; }
    HostSession *session(const QString &uri) const;

    /// Adds a host (persisted unless temporary) and connects it if autoconnect.
    HostSession *addConnection(const QString &uri, bool autoconnect, bool persist = true);
    void removeConnection(HostSession *session);
    void setAutoconnect(HostSession *session, bool autoconnect);
    bool autoconnect(HostSession *session) const;
    /// Keeps the session's label with its saved connection (HostSession::labelChanged).
    void saveLabel(HostSession *session);
    /// Statistics interval for every host, in ms (0 = off); kept in the settings.
    void setStatsInterval(int ms);
    int statsInterval() const { return m_statsInterval; }

    /// "demo" -> the embedded demo host's test:// URI; anything else unchanged.
    static QString resolveUri(const QString &uri);
    /// The host a first run adds (default: defaultLocalUri(), the local libvirtd if there is
    /// one; empty: none). Tests set it, so they never reach the machine's own daemon.
    static void setFirstRunLocalUri(const std::optional<QString> &uri);

    void openDomainEditor(HostSession *session, const QString &uuid);
    void openDomainConsole(HostSession *session, const QString &uuid);
    void openCreator(HostSession *preferred);
    void openHostSummary(HostSession *session);
    void openAddConnection();

    /// What ends the application with a status (default QCoreApplication::exit). A `--show-*`
    /// request whose problem window the user closes exits with 1. Tests replace it.
    void setExitHandler(std::function<void(int status)> handler) { m_exit = std::move(handler); }

Q_SIGNALS:
    /// A --show-* request could not be met (the message says why).
    void requestFailed(const QString &message);

private:
    static std::optional<QString> &firstRunLocalUri();
    void saveConnections();
    void giveUp();
    void report(const QString &message, bool error);

    DomainTreeModel *m_model;
    MainWindow *m_window = nullptr;
    QList<HostSession *> m_sessions;
    QList<ConnectionEntry> m_entries; ///< persisted ones, in order
    int m_statsInterval = 2000;
    std::function<void(int)> m_exit;
};

} // namespace Vireo
