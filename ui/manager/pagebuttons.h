// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHash>
#include <QString>

class QLabel;
class QPushButton;
class QWidget;

namespace Vireo {

/// The named buttons and the status line of a connection-details page (Storage, Networks): each
/// button found by its object name, enabled or greyed with the reason as its tooltip, and one line
/// that says what happened, in the error style when it failed. GUI thread; a member of its page.
class PageButtons
{
public:
    QPushButton *add(QWidget *parent, const QString &objectName, const QString &text,
                     const QString &accessibleName);
    QPushButton *button(const QString &objectName) const;
    /// Enables the button (its tooltip its accessible name), or greys it with `why` as tooltip.
    void set(const QString &objectName, bool on, const QString &why = {});

    /// The page's status line, made here so both pages' look alike.
    QLabel *addStatus(QWidget *parent, const QString &objectName, const QString &accessibleName);
    QLabel *status() const { return m_status; }
    void showMessage(const QString &text);
    void showError(const QString &text);

private:
    // Children of the page that holds this as a member: they live as long as it.
    QHash<QString, QPushButton *> m_buttons;
    QLabel *m_status = nullptr;
};

} // namespace Vireo
