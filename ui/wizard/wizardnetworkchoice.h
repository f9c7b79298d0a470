// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/create/domainxmlbuilder.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace Vireo {

class NewVmWizard;

/// The Finish page's network choice: virtual networks, host bridges, user networking, none.
/// GUI thread.
///
/// It preselects a network the guest can start on: the running 'default', else another running
/// virtual network, a host bridge, user networking. When the chosen virtual network is not
/// running (on a host where none runs, that is the only kind there is), it says so under the box
/// and offers Start It, which starts the network and marks it to start with the host.
class WizardNetworkChoice : public QWidget
{
    Q_OBJECT
public:
    WizardNetworkChoice(NewVmWizard *wizard, QWidget *parent);

    QComboBox *comboBox() const { return m_box; }
    QLabel *notice() const { return m_notice; }
    QPushButton *startButton() const { return m_start; }

    NetworkKind kind() const;
    QString source() const;
    /// Whether the chosen network is a virtual network that is not running.
    bool chosenIsInactive() const;

    /// Fills the box from the wizard's host data, keeping the user's choice when it is there.
    void refill();

Q_SIGNALS:
    /// The choice, or whether it can be used, changed.
    void changed();

private:
    void updateNotice();
    void startChosen();
    int preferredIndex() const;

    NewVmWizard *m_wizard;
    QComboBox *m_box;
    QWidget *m_noticeRow;
    QLabel *m_notice;
    QPushButton *m_start;
    bool m_userChose = false;
    bool m_starting = false;
};

} // namespace Vireo
