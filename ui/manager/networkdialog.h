// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/network/networkxml.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Vireo {

/// Asks for a new virtual network: its mode, a name, an IPv4 subnet and DHCP range (filled in
/// from the subnet until the user edits them), the forward device for NAT and routed, the host's
/// bridge for Bridge mode. Checked as the user types (NetworkXmlFormat::check): a subnet that
/// overlaps one of the host's networks is refused, naming it. GUI thread; open() it and read
/// spec() on accepted().
class NetworkDialog : public QDialog
{
    Q_OBJECT
public:
    /// taken: the names of the host's networks; others: their IPv4 subnets by name.
    NetworkDialog(const QStringList &taken, const QList<QPair<QString, Ipv4Subnet>> &others,
                  QWidget *parent = nullptr);

    NetworkSpec spec() const;

    QComboBox *modeBox() const { return m_mode; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *subnetEdit() const { return m_subnet; }
    QCheckBox *dhcpBox() const { return m_dhcp; }
    QLineEdit *dhcpStartEdit() const { return m_start; }
    QLineEdit *dhcpEndEdit() const { return m_end; }
    QLineEdit *forwardDeviceEdit() const { return m_device; }
    QLineEdit *hostBridgeEdit() const { return m_hostBridge; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *createButton() const;

    /// A /24 in 192.168.100–254 that none of `others` overlaps (empty if all are taken).
    static QString freeSubnet(const QList<QPair<QString, Ipv4Subnet>> &others);

private:
    void modeChanged();
    void subnetEdited();
    void revalidate();

    QStringList m_taken;
    QList<QPair<QString, Ipv4Subnet>> m_others;
    QComboBox *m_mode;
    QLineEdit *m_name;
    QLineEdit *m_subnet;
    QCheckBox *m_dhcp;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QLineEdit *m_device;
    QLineEdit *m_hostBridge;
    QLabel *m_modeHelp;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QList<QWidget *> m_ipRows;     ///< hidden in Bridge mode
    QList<QWidget *> m_deviceRows; ///< shown for NAT and routed
    QList<QWidget *> m_bridgeRows; ///< shown in Bridge mode
    bool m_rangeEdited = false;    ///< the user typed a range: the subnet no longer refills it
};

} // namespace Vireo
