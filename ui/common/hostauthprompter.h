// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/types.h"
#include "core/session/authrequest.h"
#include "ui/common/passwordstore.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace Vireo {

class AuthDialog;
class HostSession;

/// Answers a host's requests for credentials (HostSession::authenticationRequested): with the
/// login stored in the keyring when there is one, once per connect, otherwise with an
/// AuthDialog. A password the user asked to remember is stored once the connection is made
/// (never a refused one); where no keyring answers, the dialog and the message log say so and
/// nothing is stored. GUI thread; one per session, a child of it.
class HostAuthPrompter : public QObject
{
    Q_OBJECT
public:
    /// The session's prompter, created on first use, its dialogs parented to dialogParent (the
    /// latest one given wins).
    static HostAuthPrompter *of(HostSession *session, QWidget *dialogParent = nullptr);
    ~HostAuthPrompter() override;

    /// Where logins are remembered (the desktop keyring unless a test says otherwise).
    void setStore(PasswordStore *store) { m_store = store; }
    /// The dialog on screen, if one is.
    AuthDialog *dialog() const;

Q_SIGNALS:
    /// A dialog is on screen (for tests and the manager's status).
    void dialogShown(Vireo::AuthDialog *dialog);

private:
    HostAuthPrompter(HostSession *session, QWidget *dialogParent);
    void onRequest(const AuthRequest &request, const AuthReply &reply);
    void onStored(const AuthRequest &request, const AuthReply &reply, KeyringAnswer answer,
                  const StoredLogin &login, const QString &why);
    void showDialog(const AuthRequest &request, const AuthReply &reply, const QString &user,
                    const QString &note, bool canRemember, const QString &keyringWhy);
    void onState(HostState state);
    /// Answers every field from login; false if a field cannot be (a question of the host's).
    static bool answerFrom(const AuthRequest &request, const StoredLogin &login,
                           QList<QByteArray> &values);

    QPointer<HostSession> m_session;
    QPointer<QWidget> m_dialogParent;
    QPointer<AuthDialog> m_dialog;
    AuthReply m_dialogReply;
    PasswordStore *m_store = nullptr;
    bool m_usedStored = false;    ///< this connect was answered from the keyring
    bool m_storedRefused = false; ///< the stored login was refused: ask until one connects
    bool m_rememberPending = false;
    StoredLogin m_toRemember; ///< held until the connection is made, then stored and wiped
};

} // namespace Vireo
