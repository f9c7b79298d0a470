// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/types.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace Vireo {

class DomainTreeModel;
class HostSession;
class ProblemWindow;

/// One `--show-*` request of the command line (`--show-domain-console web1`,
/// `--show-host-summary`...). GUI thread.
///
/// It waits for its host to list its domains, then opens what was asked for. Meanwhile nothing
/// is left unsaid: after a moment a window says it is connecting; a host that cannot be reached
/// is said with the reason and Retry; a domain that is not there is said with the names that
/// are. Closing that window gives up (abandoned()), and the application then exits with a
/// non-zero status.
class StartupRequest : public QObject
{
    Q_OBJECT
public:
    /// How long the request waits quietly before it says that it is connecting.
    static constexpr int QuietWaitMs = 1500;

    /// `domain` (a name or UUID) is empty for a request about the host itself. `what` says what
    /// was asked for, for the user ("the console of 'web1'"). `open` gets the domain's UUID.
    StartupRequest(DomainTreeModel *model, HostSession *session, const QString &domain,
                   const QString &what, std::function<void(const QString &uuid)> open,
                   QObject *parent = nullptr);
    ~StartupRequest() override;

    void start();
    bool isDone() const { return m_done; }
    /// The window that says what is going on; null until one was needed.
    ProblemWindow *window() const { return m_window; }

Q_SIGNALS:
    /// A problem was found: one line for stderr and the log (the window says more).
    void failed(const QString &message);
    /// The user closed the window: the request is given up.
    void abandoned();

private:
    void onListed();
    void onHostState(HostState state, const QString &reason);
    void showWaiting();
    void succeed(const QString &uuid);
    void fail(int kind, const QString &heading, const QString &text, const QString &line);
    ProblemWindow *ensureWindow();

    DomainTreeModel *m_model;
    QPointer<HostSession> m_session;
    QString m_domain;
    QString m_what;
    std::function<void(const QString &)> m_open;
    QPointer<ProblemWindow> m_window;
    QTimer *m_quiet;
    QString m_lastReason;
    bool m_done = false;
};

} // namespace Vireo
