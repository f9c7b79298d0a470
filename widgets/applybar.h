// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QShortcut;

namespace Vireo {

/// The row that applies a page's edits: Apply (and Revert) buttons and a status line that says
/// what is going on: nothing, "Applying…", what went wrong (in the error style), or what was
/// done. Lives on the GUI thread.
///
/// The page says when its fields differ from what is applied (setEdited) and whether a change
/// can be applied at all now (setAvailable, e.g. only while the domain is shut off). It answers
/// applyRequested() with succeeded() or failed(). Apply is enabled while there is something to
/// apply and no change is pending; Revert while edited. From the keyboard: Tab reaches the
/// buttons, their mnemonics work, and Ctrl+Return applies from anywhere in the bar's parent.
class ApplyBar : public QWidget
{
    Q_OBJECT
public:
    enum class Buttons {
        ApplyAndRevert, ///< edits that can be taken back before they are applied
        ApplyOnly,      ///< a value applied as it stands (Apply is enabled when not edited too)
    };

    explicit ApplyBar(Buttons buttons = Buttons::ApplyAndRevert, QWidget *parent = nullptr);
    ~ApplyBar() override;

    /// The Apply button's text, with its mnemonic ("Apply &maximum"). Default "&Apply".
    void setApplyText(const QString &text);
    /// What is applied ("Boot options"): names the buttons and the status line for assistive
    /// technology ("Apply boot options", "Boot options status").
    void setAccessibleName(const QString &name);

    void setEdited(bool edited);
    bool isEdited() const { return m_edited; }
    /// Whether a change can be applied now at all. Default true.
    void setAvailable(bool available);
    bool isAvailable() const { return m_available; }

    /// The change is on its way: the status says so (default "Applying…"); no button works.
    void setPending(const QString &text = {});
    bool isPending() const { return m_pending; }
    /// The change went through: nothing is edited any more; the status shows `message`, if any.
    void succeeded(const QString &message = {});
    /// The change failed: the edits stay for the user to fix, the reason shows as an error.
    void failed(const QString &message);
    /// Shows a message that is not the answer to an apply (a read that failed, a side action).
    void showMessage(const QString &text, bool error);

    QString statusText() const;
    bool showsError() const { return m_error; }

    QPushButton *applyButton() const { return m_apply; }
    QPushButton *revertButton() const { return m_revert; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void applyRequested();
    /// The user wants the fields back as applied; the bar is no longer edited.
    void revertRequested();
    /// An apply was answered (succeeded() or failed()), with its message: for the message log.
    void applyFinished(bool ok, const QString &message);

protected:
    bool event(QEvent *event) override;

private:
    void requestApply();
    void updateButtons();
    void scopeShortcut();

    Buttons m_buttons;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QLabel *m_status;
    QPointer<QShortcut> m_shortcut; ///< lives on the parent; gone with it
    bool m_edited = false;
    bool m_available = true;
    bool m_pending = false;
    bool m_error = false;
};

} // namespace Vireo
