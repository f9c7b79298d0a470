// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QLineEdit;
class QLabel;

namespace Vireo {

class HostSession;

/// Set Label… on a host's row: the name the user gives the host, shown in the host's row, the
/// flat list's Host column and the windows' titles, and kept with its connection. An empty
/// label gives the host its own name back. Not modal (only confirmations are). GUI thread.
class HostLabelDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HostLabelDialog(HostSession *session, QWidget *parent = nullptr);

    QLineEdit *labelEdit() const { return m_edit; }
    /// Sets the session's label to what the field says (what OK does).
    void apply();

private:
    QPointer<HostSession> m_session;
    QLineEdit *m_edit;
};

/// The label field of a host's properties (Connection Details): applies when editing ends.
QLineEdit *createHostLabelEdit(HostSession *session, QWidget *parent);

} // namespace Vireo
