// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace Vireo {

/// A host's login as the keyring keeps it. The password is wiped when the login goes.
struct StoredLogin
{
    QByteArray user;
    QByteArray password;
    ~StoredLogin();
};

/// What a look-up in the keyring found.
enum class KeyringAnswer {
    Found,       ///< a login is stored for the host
    NotFound,    ///< the keyring answered: nothing stored
    Unavailable, ///< no keyring answered (no Secret Service or KWallet); nothing can be stored
};

/// Where host passwords are remembered: the desktop keyring, never a file. Every call returns
/// at once; the answer comes later on the GUI thread, while `context` lives. GUI thread.
class PasswordStore
{
public:
    using ReadDone = std::function<void(KeyringAnswer, const StoredLogin &, const QString &why)>;
    using WriteDone = std::function<void(bool stored, const QString &why)>;

    virtual ~PasswordStore() = default;
    virtual void read(const QString &uri, QObject *context, ReadDone done) = 0;
    /// Stores login for uri (the bytes are copied into the keyring's job and wiped there).
    virtual void write(const QString &uri, const StoredLogin &login, QObject *context,
                       WriteDone done) = 0;
    virtual void forget(const QString &uri) = 0;

    /// The application's store: QtKeychain (Secret Service or KWallet), no plain-text fallback.
    static PasswordStore *keyring();
};

} // namespace Vireo
