// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/session/authrequest.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Vireo {

/// The credentials a host asks for while its connection opens: one field per field of the
/// AuthRequest (user name, password or passphrase, realm, the host's own questions), labelled
/// with the host's prompt, and "Remember password" when a secret is asked. GUI thread.
///
/// It only collects: HostAuthPrompter answers the session's AuthReply with values() and stores
/// the password when remember() is on.
class AuthDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuthDialog(const AuthRequest &request, QWidget *parent = nullptr);
    ~AuthDialog() override;

    /// One value per field of the request, in order (UTF-8). The fields are emptied.
    QList<QByteArray> takeValues();
    bool remember() const;

    /// Suggests a value for every user-name field (a stored or last used login).
    void setUserName(const QString &user);
    /// A line above the fields (why it asks again: "The stored password was refused").
    void setNote(const QString &note);
    /// Whether remembering is possible; when not, why (no keyring answers), shown in the dialog.
    void setRememberAvailable(bool available, const QString &why = QString());

    /// The field of request field i (for tests and the accessible checks).
    QLineEdit *field(int i) const { return m_fields.value(i); }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *noteLabel() const { return m_note; }

private:
    AuthRequest m_request;
    QList<QLineEdit *> m_fields;
    QLabel *m_note = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_rememberWhy = nullptr;
};

} // namespace Vireo
