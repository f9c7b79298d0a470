// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>

#include <string.h>

namespace Vireo {

/// What a host asks for, one field each (libvirt's VIR_CRED_* types).
enum class CredentialType {
    Username,     ///< the user to log in as
    AuthName,     ///< the identity to authenticate as (SASL's authentication name)
    Passphrase,   ///< a password or key passphrase
    EchoPrompt,   ///< a question whose answer may be shown (libvirt's prompt text says what)
    NoEchoPrompt, ///< a question whose answer is secret
    Realm,        ///< the authentication realm (domain)
};

/// One field of a request. Value type; any thread.
struct CredentialField
{
    CredentialType type = CredentialType::Passphrase;
    QString prompt;       ///< the host's own words ("Please enter your password"); may be empty
    QString challenge;    ///< extra text some mechanisms send with the prompt; may be empty
    QString defaultValue; ///< what the host suggests (never a secret); may be empty
    /// Typed without showing it (a passphrase or a no-echo prompt).
    bool isSecret() const
    {
        return type == CredentialType::Passphrase || type == CredentialType::NoEchoPrompt;
    }
};

/// One request for credentials from a host, made while its connection opens. Value type; any
/// thread. It never holds an answer.
struct AuthRequest
{
    QString uri;
    QString hostName; ///< the session's display name ("QEMU/KVM on host (TCP)")
    QList<CredentialField> fields;

    bool asksForSecret() const
    {
        for (const CredentialField &f : fields)
            if (f.isSecret())
                return true;
        return false;
    }
};

/// How a request ended.
enum class AuthOutcome {
    Pending,    ///< not yet
    Answered,   ///< the values were given
    Cancelled,  ///< the user said no
    Unanswered, ///< nobody answered: no handler was connected, or every reply handle was dropped
    Abandoned,  ///< the session disconnected or went away while waiting
};

namespace AuthDetail {
struct Exchange;
struct Token;
} // namespace AuthDetail

/// The way back for one AuthRequest: answer() or cancel() it once, from the GUI thread (any
/// thread is safe). Copies share one request; the first answer counts, later ones are ignored.
/// When the last copy goes without an answer, the request ends as Unanswered, so an asking
/// thread never waits for a handle nobody holds.
class AuthReply
{
public:
    AuthReply() = default;

    bool isNull() const { return !m_token; }
    /// Still waiting for an answer (false once answered, cancelled or abandoned by the session).
    bool isPending() const;
    AuthOutcome outcome() const;
    /// One value per field of the request, in order (UTF-8). The values are taken: the caller's
    /// list is left empty, and the bytes are wiped once the host has them.
    void answer(QList<QByteArray> &&values);
    void cancel();

private:
    friend class AuthBroker;
    std::shared_ptr<AuthDetail::Token> m_token;
};

/// Carries one host's requests from the thread that asks (its worker, inside libvirt's connect)
/// to the GUI thread, and the answer back; the asking thread waits. Any thread.
class AuthBroker
{
public:
    struct Answer
    {
        AuthOutcome outcome = AuthOutcome::Unanswered;
        QList<QByteArray> values; ///< when Answered: one per field; wipe them after use
    };
    /// Passes the request on (must not wait; returns false when there is nobody to ask).
    using Deliver = std::function<bool(const AuthRequest &, const AuthReply &)>;

    /// On the asking thread: hands request to deliver with a fresh reply and waits until that is
    /// answered, cancelled or dropped, or abandon() is called. After abandon() (until reset())
    /// it returns Abandoned at once, without asking.
    Answer ask(const AuthRequest &request, const Deliver &deliver);
    /// Releases a waiting ask() at once (Abandoned), and refuses the next ones until reset().
    void abandon();
    /// A new connection attempt may ask again.
    void reset();
    bool isWaiting() const;

private:
    mutable std::mutex m_mutex;
    std::shared_ptr<AuthDetail::Exchange> m_current;
    bool m_abandoned = false;
};

/// Overwrites the bytes in place (the size stays) where this array alone holds them; bytes
/// shared with another copy are that holder's to wipe, and stay as they are.
inline void zeroSecret(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        explicit_bzero(bytes.data(), size_t(bytes.size()));
}

/// zeroSecret(), then empties the array.
inline void wipeSecret(QByteArray &bytes)
{
    zeroSecret(bytes);
    bytes.clear();
}

inline void wipeSecrets(QList<QByteArray> &list)
{
    for (QByteArray &bytes : list)
        wipeSecret(bytes);
    list.clear();
}

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::AuthRequest)
Q_DECLARE_METATYPE(Vireo::AuthReply)
