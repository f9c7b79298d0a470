// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/network/network.h"
#include "ui/manager/pagebuttons.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Vireo {

class HostSession;

/// The connection details' Networks page: the host's virtual networks (mode, state, autostart,
/// bridge, IPv4 subnet, DHCP range, attached domains), their actions (start, stop — asking
/// first while running domains use it —, autostart, create, delete after asking) and the
/// selected network's DHCP leases (MAC, IP, host name, expiry). Everything runs on the host's
/// worker through Networks / NetworkDirectory. GUI thread.
class NetworksPage : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ModeColumn,
        StateColumn,
        AutostartColumn,
        BridgeColumn,
        SubnetColumn,
        DhcpColumn,
        DomainsColumn
    };
    enum LeaseColumn { LeaseMac, LeaseIp, LeaseHost, LeaseExpiry };

    explicit NetworksPage(HostSession *session, QWidget *parent = nullptr);

    /// Reads the networks again (and the selected network's leases).
    void reload();

    QTreeWidget *networkList() const { return m_networks; }
    QTreeWidget *leaseList() const { return m_leases; }
    QLabel *statusLabel() const { return m_buttons.status(); }
    QLabel *leaseStatusLabel() const { return m_leaseStatus; }
    QCheckBox *autostartBox() const { return m_autostart; }
    QPushButton *button(const QString &objectName) const { return m_buttons.button(objectName); }
    void selectNetwork(const QString &name);
    NetworkDirectory *directory() const { return m_directory; }

Q_SIGNALS:
    /// After the networks and the selected network's leases have arrived (for tests).
    void loaded();

private:
    void showNetworks(const QList<VirtualNetworkInfo> &networks);
    void loadLeases();
    void showLeases(const Result<QList<DhcpLease>> &leases);
    void updateActions();
    const VirtualNetworkInfo *currentNetwork() const;
    void actionDone(const Status &result, const QString &success = {});
    void showError(const QString &text) { m_buttons.showError(text); }
    void showMessage(const QString &text) { m_buttons.showMessage(text); }
    /// Asks with a window-modal box; `yes` runs only if the user confirms with `confirmText`.
    void confirm(const QString &title, const QString &text, const QString &confirmText,
                 std::function<void()> yes);

    void startNetwork();
    void stopNetwork();
    void newNetwork();
    void deleteNetwork();

    QPointer<HostSession> m_session;
    NetworkDirectory *m_directory;
    QTreeWidget *m_networks;
    QTreeWidget *m_leases;
    QLabel *m_attached;
    QLabel *m_leaseStatus;
    QCheckBox *m_autostart;
    PageButtons m_buttons;
    QList<VirtualNetworkInfo> m_info;
    QString m_want;       ///< selected after the next list (a new network)
    int m_generation = 0; ///< answers of an older reload are dropped
};

} // namespace Vireo
