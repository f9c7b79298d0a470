// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QIODevice;
class QLineEdit;

namespace Vireo {

/// OpenSSH's question (a password, a key passphrase, or "continue connecting (yes/no)?" for an
/// unknown host key) as a small dialog: what vireo-askpass shows when ssh runs it through
/// SSH_ASKPASS. GUI thread.
class AskpassDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AskpassDialog(const QString &prompt, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    /// Whether the answer may be shown as typed (ssh's yes/no questions).
    bool echoes() const;

    /// What an askpass program does once the dialog has closed: on Accepted writes the answer and
    /// a newline to out and returns 0; on Cancel writes nothing and returns 1 (ssh then gives up).
    int finish(QIODevice &out);

private:
    QLineEdit *m_field = nullptr;
};

} // namespace Vireo
