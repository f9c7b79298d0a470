// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Private to vireo_core: the virConnectAuth a host's worker hands virConnectOpenAuth, so that
// libvirt's questions reach the GUI as HostSession::authenticationRequested and never a terminal.
#ifndef VIREO_CORE_PRIVATE
#error "private to vireo_core: the rest of Vireo sees value types, never libvirt"
#endif

#include "core/common/result.h"
#include "core/session/authrequest.h"
#include "libvirtutil_p.h"

#include <memory>
#include <optional>

namespace Vireo {

struct SessionLink;

/// Why a connection attempt failed in authentication, for the session's state.
struct AuthFailure
{
    AuthOutcome outcome = AuthOutcome::Answered; ///< Answered: the host refused what was given
    QString reason;                              ///< for the user; never holds a secret
};

/// One connection attempt's virConnectAuth. Lives on the worker's stack for the duration of
/// virConnectOpenAuth; its callback runs on the worker thread and waits there (in the session's
/// AuthBroker) for the GUI's answer. Worker thread.
class ConnectAuth
{
public:
    ConnectAuth(std::shared_ptr<SessionLink> link, const QString &uri);
    ConnectAuth(const ConnectAuth &) = delete;
    ConnectAuth &operator=(const ConnectAuth &) = delete;

    virConnectAuthPtr get() { return &m_auth; }
    /// Whether libvirt asked anything during this attempt.
    bool asked() const { return m_asked; }

    /// When the failed open (its libvirt error) was an authentication failure: how it ended, in
    /// words. Such failures are not retried by themselves: that would ask the user again and
    /// again, or send a refused password to the host in a loop.
    std::optional<AuthFailure> failure(const Error &openError) const;

    /// A libvirt error that says the host refused the credentials (SASL, polkit, or ssh's own
    /// "Permission denied" and "Host key verification failed" for ssh transports).
    static bool isAuthenticationError(const Error &error);

private:
    static int callback(virConnectCredentialPtr cred, unsigned int ncred, void *cbdata);
    int answer(virConnectCredentialPtr cred, unsigned int ncred);

    std::shared_ptr<SessionLink> m_link;
    QString m_uri;
    virConnectAuth m_auth{};
    bool m_asked = false;
    /// The first request that did not end with an answer decides the reason.
    AuthOutcome m_unanswered = AuthOutcome::Answered;
};

} // namespace Vireo
