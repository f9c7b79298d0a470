// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ui/details/devices/devicepage.h"

#include <QPointer>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Vireo {

class HostSession;

/// A network interface: a virtual network, a bridge of the host, or user networking (session
/// hosts); its model, MAC (generated, and checked against every domain of the host) and link.
/// GUI thread.
class NicDevicePage : public DevicePage
{
    Q_OBJECT
public:
    NicDevicePage(HostSession *session, bool sessionHost, QWidget *parent = nullptr);

    DeviceSpec spec() const override;
    QString pageProblem() const override;
    /// Edit mode: the NIC as it is; its own MAC does not count as taken.
    void setSpec(const DeviceSpec &spec) override;
    QString restartNote() const override;
    bool changesLive() const override { return true; }

private:
    void generate();
    void updateHeld() override;

    QPointer<HostSession> m_session;
    QComboBox *m_source;
    QLineEdit *m_bridge;
    QComboBox *m_model;
    QLineEdit *m_mac;
    QPushButton *m_generate;
    QCheckBox *m_link;
    QLabel *m_macNote;
    QSet<QString> m_usedMacs;
    QString m_ownMac; ///< edit mode
    bool m_macsKnown = false;
    QString m_wantedNetwork; ///< edit mode, until the networks are listed
};

} // namespace Vireo
