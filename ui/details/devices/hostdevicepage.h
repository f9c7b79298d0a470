// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ui/details/devices/devicepage.h"

#include <QPointer>

class QLabel;
class QTreeWidget;

namespace Vireo {

class HostSession;

/// A USB device of the host, chosen from virConnectListAllNodeDevices by vendor and product
/// name. The host's PCI devices are listed below it, read-only: Vireo does not pass PCI through
/// (that needs VFIO, an IOMMU and the device unbound from its host driver). GUI thread.
class HostDevicePage : public DevicePage
{
    Q_OBJECT
public:
    HostDevicePage(HostSession *session, QWidget *parent = nullptr);

    DeviceSpec spec() const override;
    QString pageProblem() const override;
    QTreeWidget *usbList() const { return m_usb; }

private:
    QPointer<HostSession> m_session;
    QTreeWidget *m_usb;
    QTreeWidget *m_pci;
    QLabel *m_status;
    QString m_error;
};

} // namespace Vireo
