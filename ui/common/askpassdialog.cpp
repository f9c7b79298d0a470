// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/common/askpassdialog.h"

#include "core/session/authrequest.h"

#include <QDialogButtonBox>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Vireo {

AskpassDialog::AskpassDialog(const QString &prompt, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("SSH — Vireo"));
    setAccessibleName(tr("SSH asks"));
    auto *layout = new QVBoxLayout(this);
    const QString text =
        prompt.trimmed().isEmpty() ? tr("SSH asks for a password:") : prompt.trimmed();
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // the remote side has a say in the prompt's words
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);
    m_field = new QLineEdit(this);
    m_field->setMinimumWidth(m_field->fontMetrics().averageCharWidth() * 36);
    // A host-key question is answered "yes", "no" or a fingerprint, which may be shown.
    const bool echo = text.contains(QLatin1String("(yes/no"));
    m_field->setEchoMode(echo ? QLineEdit::Normal : QLineEdit::Password);
    m_field->setAccessibleName(echo ? tr("Answer") : tr("Password or passphrase"));
    m_field->setAccessibleDescription(text);
    label->setBuddy(m_field);
    layout->addWidget(m_field);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_field->setFocus();
}

bool AskpassDialog::echoes() const
{
    return m_field->echoMode() == QLineEdit::Normal;
}

int AskpassDialog::finish(QIODevice &out)
{
    if (result() != QDialog::Accepted)
        return 1;
    QByteArray answer = m_field->text().toUtf8();
    m_field->clear();
    answer.append('\n');
    const bool written = out.write(answer) == answer.size();
    wipeSecret(answer);
    return written ? 0 : 1;
}

} // namespace Vireo
