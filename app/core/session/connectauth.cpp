// SPDX-License-Identifier: GPL-2.0-or-later
// libvirt's questions during a connect (SASL user and password, a libssh host key...), asked on
// the GUI thread through the session instead of on a terminal.
#include "connectauth_p.h"

#include "core/common/coretr.h"

#include "hostworker_p.h"

#include <QCoreApplication>

#include <cstdlib>
#include <cstring>

namespace Vireo {

namespace {

/// The credential types Vireo can ask for. Not VIR_CRED_EXTERNAL (a polkit agent's business),
/// nor the language and nonce (which libvirt fills in itself).
int g_credentialTypes[] = {VIR_CRED_USERNAME,   VIR_CRED_AUTHNAME,     VIR_CRED_PASSPHRASE,
                           VIR_CRED_ECHOPROMPT, VIR_CRED_NOECHOPROMPT, VIR_CRED_REALM};

std::optional<CredentialType> typeOf(int libvirtType)
{
    switch (libvirtType) {
    case VIR_CRED_USERNAME:
        return CredentialType::Username;
    case VIR_CRED_AUTHNAME:
        return CredentialType::AuthName;
    case VIR_CRED_PASSPHRASE:
        return CredentialType::Passphrase;
    case VIR_CRED_ECHOPROMPT:
        return CredentialType::EchoPrompt;
    case VIR_CRED_NOECHOPROMPT:
        return CredentialType::NoEchoPrompt;
    case VIR_CRED_REALM:
        return CredentialType::Realm;
    default:
        return std::nullopt;
    }
}

QString text(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

} // namespace

ConnectAuth::ConnectAuth(std::shared_ptr<SessionLink> link, const QString &uri)
    : m_link(std::move(link))
    , m_uri(uri)
{
    m_auth.credtype = g_credentialTypes;
    m_auth.ncredtype = sizeof g_credentialTypes / sizeof *g_credentialTypes;
    m_auth.cb = &ConnectAuth::callback;
    m_auth.cbdata = this;
}

int ConnectAuth::callback(virConnectCredentialPtr cred, unsigned int ncred, void *cbdata)
{
    return static_cast<ConnectAuth *>(cbdata)->answer(cred, ncred);
}

int ConnectAuth::answer(virConnectCredentialPtr cred, unsigned int ncred)
{
    m_asked = true;
    AuthRequest request;
    request.uri = m_uri;
    for (unsigned int i = 0; i < ncred; ++i) {
        const auto type = typeOf(cred[i].type);
        if (!type)
            return -1; // not in the list we gave libvirt: it should never ask
        request.fields.append(
            {*type, text(cred[i].prompt), text(cred[i].challenge), text(cred[i].defresult)});
    }
    // The worker waits here; the GUI answers through the reply it gets with the signal.
    std::shared_ptr<SessionLink> link = m_link;
    AuthBroker::Answer answer =
        link->auth.ask(request, [link](const AuthRequest &r, const AuthReply &reply) {
            return link->post([r, reply](HostSession *s) { s->deliverAuthRequest(r, reply); });
        });
    if (answer.outcome != AuthOutcome::Answered || answer.values.size() != qsizetype(ncred)) {
        if (m_unanswered == AuthOutcome::Answered)
            m_unanswered =
                answer.outcome == AuthOutcome::Answered ? AuthOutcome::Unanswered : answer.outcome;
        wipeSecrets(answer.values);
        return -1;
    }
    for (unsigned int i = 0; i < ncred; ++i) {
        QByteArray &value = answer.values[qsizetype(i)];
        if (value.isEmpty() && cred[i].defresult)
            value = QByteArray(cred[i].defresult);
        // libvirt frees the result once it has used it.
        cred[i].result = static_cast<char *>(std::malloc(size_t(value.size()) + 1));
        if (!cred[i].result) {
            wipeSecrets(answer.values);
            return -1;
        }
        std::memcpy(cred[i].result, value.constData(), size_t(value.size()));
        cred[i].result[value.size()] = '\0';
        cred[i].resultlen = unsigned(value.size());
    }
    wipeSecrets(answer.values);
    return 0;
}

bool ConnectAuth::isAuthenticationError(const Error &error)
{
    if (error.code == VIR_ERR_AUTH_FAILED || error.code == VIR_ERR_AUTH_CANCELLED ||
        error.code == VIR_ERR_AUTH_UNAVAILABLE)
        return true;
    // ssh transports: libvirt passes on what ssh said when it gave up.
    return error.message.contains(QLatin1String("Permission denied (")) ||
           error.message.contains(QLatin1String("Host key verification failed"));
}

std::optional<AuthFailure> ConnectAuth::failure(const Error &openError) const
{
    switch (m_unanswered) {
    case AuthOutcome::Cancelled:
        return AuthFailure{AuthOutcome::Cancelled,
                           Tr::tr("Authentication cancelled. Connect again to log in.")};
    case AuthOutcome::Abandoned:
        return AuthFailure{AuthOutcome::Abandoned, QString()};
    case AuthOutcome::Unanswered:
    case AuthOutcome::Pending:
        return AuthFailure{
            AuthOutcome::Unanswered,
            Tr::tr("The host asks for credentials, but nothing in Vireo is there to ask "
                   "you for them, so it was not connected.")};
    case AuthOutcome::Answered:
        break;
    }
    if (!isAuthenticationError(openError))
        return std::nullopt;
    return AuthFailure{AuthOutcome::Answered,
                       Tr::tr("Authentication failed: %1. Connect again to try other credentials.")
                           .arg(openError.message)};
}

} // namespace Vireo
