// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/common/hostauthprompter.h"

#include "core/session/hostsession.h"
#include "ui/common/authdialog.h"
#include "ui/common/messagelog.h"

namespace Vireo {

namespace {

bool isUserName(CredentialType type)
{
    return type == CredentialType::Username || type == CredentialType::AuthName;
}

} // namespace

HostAuthPrompter *HostAuthPrompter::of(HostSession *session, QWidget *dialogParent)
{
    if (!session)
        return nullptr;
    auto *existing = session->findChild<HostAuthPrompter *>(QString(), Qt::FindDirectChildrenOnly);
    if (!existing)
        return new HostAuthPrompter(session, dialogParent);
    if (dialogParent)
        existing->m_dialogParent = dialogParent;
    return existing;
}

HostAuthPrompter::HostAuthPrompter(HostSession *session, QWidget *dialogParent)
    : QObject(session)
    , m_session(session)
    , m_dialogParent(dialogParent)
    , m_store(PasswordStore::keyring())
{
    connect(session, &HostSession::authenticationRequested, this, &HostAuthPrompter::onRequest);
    connect(session, &HostSession::stateChanged, this, [this](HostState state) { onState(state); });
    connect(session, &HostSession::authenticationFailed, this, [this] {
        // A refused password is never stored; a refused stored one is not sent again by itself.
        m_rememberPending = false;
        wipeSecret(m_toRemember.password);
        if (m_usedStored)
            m_storedRefused = true;
        m_usedStored = false;
    });
}

HostAuthPrompter::~HostAuthPrompter()
{
    // The session goes (its broker released the worker): a dialog left open would answer nobody.
    delete m_dialog;
}

AuthDialog *HostAuthPrompter::dialog() const
{
    return m_dialog;
}

void HostAuthPrompter::onRequest(const AuthRequest &request, const AuthReply &reply)
{
    if (m_dialog) {
        m_dialogReply.cancel(); // a new request replaces an old one that is still open
        delete m_dialog;
    }
    if (!m_store || !request.asksForSecret()) {
        showDialog(request, reply, QString(), QString(), false, QString());
        return;
    }
    // The keyring answers asynchronously; the worker waits meanwhile, the GUI does not.
    m_store->read(
        m_session->uri(), this,
        [this, request, reply](KeyringAnswer answer, const StoredLogin &login, const QString &why) {
            onStored(request, reply, answer, login, why);
        });
}

void HostAuthPrompter::onStored(const AuthRequest &request, const AuthReply &reply,
                                KeyringAnswer answer, const StoredLogin &login, const QString &why)
{
    if (!reply.isPending())
        return; // disconnected meanwhile
    const QString host = request.hostName.isEmpty() ? request.uri : request.hostName;
    if (answer == KeyringAnswer::Found && !m_storedRefused && !m_usedStored) {
        QList<QByteArray> values;
        if (answerFrom(request, login, values)) {
            m_usedStored = true;
            MessageLog::instance()->info(
                tr("Logging in to %1 with the password stored in the desktop keyring.").arg(host));
            AuthReply(reply).answer(std::move(values));
            return;
        }
        wipeSecrets(values);
    }
    QString note;
    if (m_storedRefused)
        note = tr("The host refused the password stored in the keyring.");
    QString keyringWhy;
    if (answer == KeyringAnswer::Unavailable) {
        keyringWhy = tr("Vireo cannot remember the password: %1.").arg(why);
        MessageLog::instance()->info(
            tr("Logging in to %1: %2; the password will not be remembered.").arg(host, why));
    }
    showDialog(request, reply,
               answer == KeyringAnswer::Found ? QString::fromUtf8(login.user) : QString(), note,
               answer != KeyringAnswer::Unavailable, keyringWhy);
}

void HostAuthPrompter::showDialog(const AuthRequest &request, const AuthReply &reply,
                                  const QString &user, const QString &note, bool canRemember,
                                  const QString &keyringWhy)
{
    auto *dialog = new AuthDialog(request, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!user.isEmpty())
        dialog->setUserName(user);
    dialog->setNote(note);
    dialog->setRememberAvailable(canRemember, keyringWhy);
    m_dialog = dialog;
    m_dialogReply = reply;
    connect(dialog, &QDialog::accepted, this, [this, dialog, request] {
        QList<QByteArray> values = dialog->takeValues();
        m_rememberPending = dialog->remember();
        if (m_rememberPending) {
            m_toRemember.user.clear();
            wipeSecret(m_toRemember.password);
            for (int i = 0; i < request.fields.size() && i < values.size(); ++i) {
                const CredentialField &f = request.fields.at(i);
                if (isUserName(f.type) && m_toRemember.user.isEmpty())
                    m_toRemember.user = values.at(i);
                else if (f.isSecret() && m_toRemember.password.isEmpty())
                    m_toRemember.password =
                        QByteArray(values.at(i).constData(), values.at(i).size());
            }
        }
        AuthReply answer = m_dialogReply;
        m_dialogReply = AuthReply();
        answer.answer(std::move(values));
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        AuthReply answer = m_dialogReply;
        m_dialogReply = AuthReply();
        answer.cancel();
    });
    dialog->open();
    Q_EMIT dialogShown(dialog);
}

void HostAuthPrompter::onState(HostState state)
{
    if (m_dialog && !m_dialogReply.isNull() && !m_dialogReply.isPending()) {
        // Disconnected or removed while the dialog was open: nobody waits for it any more.
        m_dialogReply = AuthReply();
        m_dialog->disconnect(this);
        m_dialog->close();
    }
    if (state == HostState::Connected) {
        // Logged in with other credentials than the refused stored ones, not to be remembered:
        // the stale entry goes, or the next connect would send it again first.
        if (m_storedRefused && !m_rememberPending && m_store && m_session)
            m_store->forget(m_session->uri());
        m_storedRefused = false;
        m_usedStored = false;
        if (m_rememberPending && m_store && m_session) {
            const QString host = m_session->displayName();
            m_store->write(
                m_session->uri(), m_toRemember, this, [host](bool stored, const QString &why) {
                    if (stored)
                        MessageLog::instance()->info(
                            tr("The password of %1 is stored in the desktop keyring.").arg(host));
                    else
                        MessageLog::instance()->error(
                            tr("The password of %1 was not stored: %2. Nothing was "
                               "written anywhere else.")
                                .arg(host, why));
                });
        }
    }
    if (state == HostState::Connected || state == HostState::Disconnected) {
        m_rememberPending = false;
        m_toRemember.user.clear();
        wipeSecret(m_toRemember.password);
    }
}

bool HostAuthPrompter::answerFrom(const AuthRequest &request, const StoredLogin &login,
                                  QList<QByteArray> &values)
{
    for (const CredentialField &f : request.fields) {
        if (isUserName(f.type))
            values.append(login.user);
        else if (f.type == CredentialType::Passphrase || f.type == CredentialType::NoEchoPrompt)
            values.append(QByteArray(login.password.constData(), login.password.size()));
        else if (f.type == CredentialType::Realm)
            values.append(f.defaultValue.toUtf8());
        else
            return false; // a question of the host's own: the user answers it
    }
    return true;
}

} // namespace Vireo
