// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/common/authdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vireo {

namespace {

QString nameOf(CredentialType type)
{
    switch (type) {
    case CredentialType::Username:
    case CredentialType::AuthName:
        return AuthDialog::tr("User name");
    case CredentialType::Passphrase:
        return AuthDialog::tr("Password or passphrase");
    case CredentialType::Realm:
        return AuthDialog::tr("Realm");
    case CredentialType::EchoPrompt:
    case CredentialType::NoEchoPrompt:
        return AuthDialog::tr("Answer");
    }
    return QString();
}

bool isUserName(CredentialType type)
{
    return type == CredentialType::Username || type == CredentialType::AuthName;
}

} // namespace

AuthDialog::AuthDialog(const AuthRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
{
    const QString host = request.hostName.isEmpty() ? request.uri : request.hostName;
    setWindowTitle(tr("Log in to %1").arg(host));
    setAccessibleName(windowTitle());

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("<b>%1</b> asks for credentials to connect.").arg(host.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *uri = new QLabel(request.uri, this);
    uri->setTextInteractionFlags(Qt::TextSelectableByMouse);
    uri->setAccessibleName(tr("Connection"));
    layout->addWidget(uri);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("Note"));
    m_note->hide();
    layout->addWidget(m_note);

    auto *form = new QFormLayout;
    for (const CredentialField &f : request.fields) {
        const QString name = nameOf(f.type);
        auto *edit = new QLineEdit(this);
        // Room for the host's sentence as a placeholder.
        edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 36);
        if (f.isSecret())
            edit->setEchoMode(QLineEdit::Password);
        else
            edit->setText(f.defaultValue);
        // The host's own words say what it wants: SASL gives a short title (libvirt's
        // "challenge", "Authentication Name") and a sentence ("Please enter your authentication
        // name"); the title labels the row, the sentence goes in the empty field.
        const QString prompt = f.prompt.trimmed();
        const QString title = f.challenge.trimmed();
        QString label = !title.isEmpty() ? title : !prompt.isEmpty() ? prompt : name;
        if (!title.isEmpty() && !prompt.isEmpty()) {
            edit->setPlaceholderText(prompt);
            edit->setToolTip(prompt);
        }
        edit->setAccessibleName(label);
        edit->setAccessibleDescription(prompt.isEmpty() ? name : prompt);
        if (!label.endsWith(QLatin1Char(':')) && !label.endsWith(QLatin1Char('?')))
            label += QLatin1Char(':');
        auto *rowLabel = new QLabel(label, this);
        rowLabel->setWordWrap(true);
        rowLabel->setBuddy(edit);
        form->addRow(rowLabel, edit);
        m_fields.append(edit);
    }
    layout->addLayout(form);

    m_remember = new QCheckBox(tr("&Remember password"), this);
    m_remember->setAccessibleName(tr("Remember password"));
    m_remember->setToolTip(tr("Stores the password in the desktop keyring, never in a file."));
    m_remember->setVisible(request.asksForSecret());
    layout->addWidget(m_remember);
    m_rememberWhy = new QLabel(this);
    m_rememberWhy->setWordWrap(true);
    m_rememberWhy->setAccessibleName(tr("Keyring"));
    m_rememberWhy->hide();
    layout->addWidget(m_rememberWhy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log In"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Log in"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // The first empty field takes the keyboard (the password when the user name is suggested).
    for (QLineEdit *edit : std::as_const(m_fields)) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            break;
        }
    }
}

AuthDialog::~AuthDialog()
{
    // A QLineEdit keeps its text until it goes; clear() at least leaves no copy in the widget.
    for (QLineEdit *edit : std::as_const(m_fields))
        edit->clear();
}

QList<QByteArray> AuthDialog::takeValues()
{
    QList<QByteArray> values;
    for (QLineEdit *edit : std::as_const(m_fields)) {
        values.append(edit->text().toUtf8());
        if (edit->echoMode() == QLineEdit::Password)
            edit->clear();
    }
    return values;
}

bool AuthDialog::remember() const
{
    return m_request.asksForSecret() && m_remember->isEnabled() && m_remember->isChecked();
}

void AuthDialog::setUserName(const QString &user)
{
    for (int i = 0; i < m_request.fields.size(); ++i) {
        if (!isUserName(m_request.fields.at(i).type))
            continue;
        m_fields.at(i)->setText(user);
    }
    for (QLineEdit *edit : std::as_const(m_fields)) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            break;
        }
    }
}

void AuthDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void AuthDialog::setRememberAvailable(bool available, const QString &why)
{
    m_remember->setEnabled(available);
    if (!available)
        m_remember->setChecked(false);
    m_rememberWhy->setText(why);
    m_rememberWhy->setVisible(!why.isEmpty() && m_request.asksForSecret());
}

} // namespace Vireo
