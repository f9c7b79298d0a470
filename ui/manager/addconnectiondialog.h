// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/session/connectionstore.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Vireo {

/// virt-manager's Add Connection: hypervisor, optional remote host (SSH, TLS or TCP with user,
/// host and port), a fixture file for the test driver, a raw URI, or the embedded demo host;
/// autoconnect. Shows the URI
/// it builds and says in words what is wrong before it can be added. GUI thread; non-modal.
class AddConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddConnectionDialog(QWidget *parent = nullptr);

    ConnectionSpec spec() const;
    bool autoconnect() const;
    /// The URI as it stands ("demo" for the demo host), or the error that blocks "Connect".
    Result<QString> currentUri() const;
    /// Tells which URIs are in the list already: for those the dialog says so and offers Show
    /// It (existingChosen) instead of Connect.
    void setExistingCheck(std::function<bool(const QString &uri)> check);
    bool isExisting(const QString &uri) const;
    /// Whether the embedded demo host is chosen.
    bool isDemo() const;
    /// How the demo host is named everywhere: "Demo (simulated, no real VMs)".
    static QString demoHostName();

    QComboBox *hypervisorBox() const { return m_hypervisor; }
    QCheckBox *remoteBox() const { return m_remote; }
    QComboBox *transportBox() const { return m_transport; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *fileEdit() const { return m_file; }
    QLineEdit *uriEdit() const { return m_customUri; }
    QLabel *uriLabel() const { return m_uriLabel; }
    QPushButton *connectButton() const { return m_connect; }

Q_SIGNALS:
    void connectionChosen(const QString &uri, bool autoconnect);
    /// The chosen connection is in the list already: show it.
    void existingChosen(const QString &uri);

private:
    void update();

    QComboBox *m_hypervisor;
    QLineEdit *m_file;
    QWidget *m_fileRow;
    QLineEdit *m_customUri;
    QCheckBox *m_remote;
    QComboBox *m_transport;
    QLineEdit *m_user;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QWidget *m_remoteRows;
    QCheckBox *m_autoconnect;
    QLabel *m_uriLabel;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_connect;
    std::function<bool(const QString &)> m_existing;
};

} // namespace Vireo
