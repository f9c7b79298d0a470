// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/startuprequest.h"

#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "ui/problemwindow.h"

#include <QPushButton>
#include <QTimer>

namespace Vireo {

StartupRequest::StartupRequest(DomainTreeModel *model, HostSession *session, const QString &domain,
                               const QString &what, std::function<void(const QString &)> open,
                               QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_session(session)
    , m_domain(domain)
    , m_what(what)
    , m_open(std::move(open))
    , m_quiet(new QTimer(this))
{
    m_quiet->setSingleShot(true);
    m_quiet->setInterval(QuietWaitMs);
    connect(m_quiet, &QTimer::timeout, this, &StartupRequest::showWaiting);
}

StartupRequest::~StartupRequest()
{
    delete m_window.data();
}

void StartupRequest::start()
{
    connect(m_model, &DomainTreeModel::hostListed, this, [this](HostSession *listed) {
        if (listed == m_session)
            onListed();
    });
    connect(m_session, &HostSession::stateChanged, this, &StartupRequest::onHostState);
    // Already listed (a host the manager had connected): go on at once.
    if (m_session->state() == HostState::Connected &&
        (m_domain.isEmpty() || m_model->findDomain(m_session, m_domain))) {
        onListed();
        return;
    }
    m_quiet->start();
}

void StartupRequest::onListed()
{
    if (m_done)
        return;
    if (m_domain.isEmpty())
        return succeed({});
    if (auto d = m_model->findDomain(m_session, m_domain))
        return succeed(d->uuid);
    // Say which names there are, so a typo is seen at once.
    QStringList names;
    const QModelIndex host = m_model->indexOf(m_session);
    const int count = m_model->rowCount(host);
    for (int row = 0; row < count; ++row)
        names << m_model->index(row, 0, host).data().toString();
    names.sort(Qt::CaseInsensitive);
    names = names.mid(0, 10);
    for (QString &n : names)
        n = QStringLiteral("'%1'").arg(n);
    QString there = count == 0 ? tr("It has no domains at all.")
                               : tr("Its domains: %1").arg(names.join(QStringLiteral(", ")));
    if (count > 10)
        there += tr(" and %1 more.").arg(count - 10);
    else if (count > 0)
        there += QLatin1Char('.');
    const QString heading =
        tr("There is no domain '%1' on %2").arg(m_domain, m_session->displayName());
    fail(int(ProblemWindow::Kind::NotFound), heading,
         tr("Vireo was asked to show %1, but %2 has no domain of that name or UUID. %3")
             .arg(m_what, m_session->uri(), there),
         tr("%1 (%2)").arg(heading, m_session->uri()));
}

void StartupRequest::onHostState(HostState state, const QString &reason)
{
    if (m_done || state != HostState::Disconnected || reason.isEmpty())
        return;
    // The session retries by itself with backoff: the same answer again changes nothing on
    // screen and is not printed again; after the user's Retry the window says it once more.
    const bool repeat = reason == m_lastReason;
    m_lastReason = reason;
    if (repeat && m_window && m_window->isVisible() &&
        m_window->kind() == ProblemWindow::Kind::Unreachable)
        return;
    const QString heading = tr("Vireo cannot reach %1").arg(m_session->displayName());
    const QString text = tr("%1 does not answer: %2\n\nVireo was asked to show %3 and keeps "
                            "trying in the background; Retry tries now, Close gives up.")
                             .arg(m_session->uri(), reason, m_what);
    if (repeat) {
        m_quiet->stop();
        ensureWindow()->present(ProblemWindow::Kind::Unreachable, heading, text);
        return;
    }
    fail(int(ProblemWindow::Kind::Unreachable), heading, text,
         tr("Cannot connect to %1: %2 (retrying)").arg(m_session->uri(), reason));
}

void StartupRequest::showWaiting()
{
    if (m_done || !m_session)
        return;
    ensureWindow()->present(
        ProblemWindow::Kind::Waiting, tr("Connecting to %1…").arg(m_session->displayName()),
        tr("Vireo shows %1 as soon as %2 answers.").arg(m_what, m_session->uri()));
}

void StartupRequest::succeed(const QString &uuid)
{
    m_done = true;
    m_quiet->stop();
    if (m_window)
        m_window->dismiss();
    m_open(uuid);
}

void StartupRequest::fail(int kind, const QString &heading, const QString &text,
                          const QString &line)
{
    m_quiet->stop();
    ensureWindow()->present(ProblemWindow::Kind(kind), heading, text);
    Q_EMIT failed(line);
}

ProblemWindow *StartupRequest::ensureWindow()
{
    if (!m_window) {
        m_window = new ProblemWindow;
        connect(m_window, &ProblemWindow::retryRequested, this, [this] {
            if (!m_session)
                return;
            showWaiting();
            m_session->connectToHost();
        });
        connect(m_window, &ProblemWindow::closedByUser, this, [this] {
            m_done = true;
            Q_EMIT abandoned();
        });
    }
    return m_window;
}

} // namespace Vireo
