// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace Vireo {

/// The window a `--show-*` request shows instead of the one it asked for: while its host is
/// being reached ("Connecting to …", Cancel), when the host cannot be reached (why, Retry and
/// Close), or when the domain is not there (Close). Started from a launcher, this is all the
/// user sees, so it says what happened in words. GUI thread; Esc closes it.
class ProblemWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Kind {
        Waiting,     ///< reaching the host: Cancel
        Unreachable, ///< the host cannot be reached: Retry, Close
        NotFound,    ///< nothing to show: Close
    };

    explicit ProblemWindow(QWidget *parent = nullptr);

    void present(Kind kind, const QString &heading, const QString &text);
    Kind kind() const { return m_kind; }
    QString heading() const;
    QString text() const;
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *closeButton() const { return m_close; }

    /// Closes the window without counting it as the user's answer (the request went through).
    void dismiss();

Q_SIGNALS:
    void retryRequested();
    /// The user closed the window (Close, Cancel, Esc or the window manager).
    void closedByUser();

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    Kind m_kind = Kind::Waiting;
    QLabel *m_icon;
    QLabel *m_heading;
    QLabel *m_text;
    QDialogButtonBox *m_buttons;
    QPushButton *m_retry;
    QPushButton *m_close;
    bool m_dismissing = false;
};

} // namespace Vireo
