// SPDX-License-Identifier: GPL-2.0-or-later
// A host's requests for credentials: the GUI's reply handle and the broker the asking thread
// waits in.
#include "core/session/authrequest.h"

#include <condition_variable>

namespace Vireo {

namespace AuthDetail {

/// One request's meeting point: the asking thread waits on it, the reply handle ends it.
struct Exchange
{
    std::mutex mutex;
    std::condition_variable ended;
    AuthOutcome outcome = AuthOutcome::Pending;
    QList<QByteArray> values;

    /// The first ending counts; the values of a later one are wiped unused.
    void end(AuthOutcome how, QList<QByteArray> &&answer = {})
    {
        {
            std::lock_guard lock(mutex);
            if (outcome == AuthOutcome::Pending) {
                outcome = how;
                values = std::move(answer);
            }
        }
        wipeSecrets(answer);
        ended.notify_all();
    }
};

/// Shared by the copies of one AuthReply: when the last copy goes unanswered, the request ends.
struct Token
{
    std::shared_ptr<Exchange> exchange;
    ~Token() { exchange->end(AuthOutcome::Unanswered); }
};

} // namespace AuthDetail

bool AuthReply::isPending() const
{
    return outcome() == AuthOutcome::Pending;
}

AuthOutcome AuthReply::outcome() const
{
    if (!m_token)
        return AuthOutcome::Unanswered;
    std::lock_guard lock(m_token->exchange->mutex);
    return m_token->exchange->outcome;
}

void AuthReply::answer(QList<QByteArray> &&values)
{
    if (m_token)
        m_token->exchange->end(AuthOutcome::Answered, std::move(values));
    wipeSecrets(values);
}

void AuthReply::cancel()
{
    if (m_token)
        m_token->exchange->end(AuthOutcome::Cancelled);
}

AuthBroker::Answer AuthBroker::ask(const AuthRequest &request, const Deliver &deliver)
{
    auto exchange = std::make_shared<AuthDetail::Exchange>();
    {
        std::lock_guard lock(m_mutex);
        if (m_abandoned)
            return {AuthOutcome::Abandoned, {}};
        m_current = exchange;
    }
    {
        AuthReply reply;
        reply.m_token = std::make_shared<AuthDetail::Token>();
        reply.m_token->exchange = exchange;
        if (!deliver(request, reply))
            exchange->end(AuthOutcome::Unanswered);
    } // from here only the receivers hold the reply: when they drop it, the request ends
    Answer result;
    {
        std::unique_lock lock(exchange->mutex);
        exchange->ended.wait(lock, [&] { return exchange->outcome != AuthOutcome::Pending; });
        result.outcome = exchange->outcome;
        result.values = std::move(exchange->values);
    }
    std::lock_guard lock(m_mutex);
    if (m_current == exchange)
        m_current.reset();
    return result;
}

void AuthBroker::abandon()
{
    std::shared_ptr<AuthDetail::Exchange> waiting;
    {
        std::lock_guard lock(m_mutex);
        m_abandoned = true;
        waiting = std::move(m_current);
    }
    if (waiting)
        waiting->end(AuthOutcome::Abandoned);
}

void AuthBroker::reset()
{
    std::lock_guard lock(m_mutex);
    m_abandoned = false;
}

bool AuthBroker::isWaiting() const
{
    std::lock_guard lock(m_mutex);
    return m_current != nullptr;
}

} // namespace Vireo
