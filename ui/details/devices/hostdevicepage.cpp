// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/devices/hostdevicepage.h"

#include "core/domain/devices.h"
#include "core/session/hostsession.h"
#include "ui/common/uitr.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vireo {

namespace {
QTreeWidget *deviceList(QWidget *parent, const QString &name)
{
    auto *tree = new QTreeWidget(parent);
    tree->setRootIsDecorated(false);
    tree->setColumnCount(3);
    tree->setHeaderLabels({UiTr::tr("Device"), UiTr::tr("ID"), UiTr::tr("Address")});
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->setAccessibleName(name);
    return tree;
}

QString deviceName(const Devices::HostDevice &d)
{
    const QString vendor = d.vendor.isEmpty() ? d.vendorId : d.vendor;
    const QString product = d.product.isEmpty() ? d.productId : d.product;
    return QStringLiteral("%1 %2").arg(vendor, product);
}
} // namespace

HostDevicePage::HostDevicePage(HostSession *session, QWidget *parent)
    : DevicePage(parent)
    , m_session(session)
    , m_usb(deviceList(this, UiTr::tr("USB devices of the host")))
    , m_pci(deviceList(this, UiTr::tr("PCI devices of the host (read-only)")))
    , m_status(new QLabel(UiTr::tr("Listing the host's devices…"), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *usbLabel = new QLabel(UiTr::tr("&USB devices:"), this);
    usbLabel->setBuddy(m_usb);
    layout->addWidget(usbLabel);
    layout->addWidget(m_usb, 2);
    auto *pciLabel = new QLabel(UiTr::tr("PCI devices (shown only: PCI passthrough needs VFIO "
                                         "and an IOMMU, which Vireo does not set up):"),
                                this);
    pciLabel->setWordWrap(true);
    pciLabel->setBuddy(m_pci);
    layout->addWidget(pciLabel);
    layout->addWidget(m_pci, 1);
    m_pci->setSelectionMode(QAbstractItemView::NoSelection);
    m_pci->setEnabled(true); // readable and scrollable, but nothing to choose
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    connect(m_usb, &QTreeWidget::currentItemChanged, this, &DevicePage::changed);

    Devices::listHostDevices(m_session, this, [this](Result<QList<Devices::HostDevice>> devs) {
        if (!devs) {
            m_error = devs.error().text();
            m_status->setText(m_error);
            Q_EMIT changed();
            return;
        }
        int usb = 0;
        for (const Devices::HostDevice &d : *devs) {
            const QString id = QStringLiteral("%1:%2").arg(d.vendorId.mid(2), d.productId.mid(2));
            auto *item = new QTreeWidgetItem(d.bus == Devices::HostDevice::Bus::Usb ? m_usb : m_pci,
                                             {deviceName(d), id, d.address});
            item->setData(0, Qt::UserRole, d.vendorId);
            item->setData(1, Qt::UserRole, d.productId);
            usb += d.bus == Devices::HostDevice::Bus::Usb;
        }
        m_status->setText(usb == 0 ? UiTr::tr("The host has no USB device to give.")
                                   : UiTr::tr("%n USB device(s).", nullptr, usb));
        Q_EMIT changed();
    });
}

DeviceSpec HostDevicePage::spec() const
{
    UsbHostDeviceSpec u;
    if (QTreeWidgetItem *item = m_usb->currentItem()) {
        u.vendorId = item->data(0, Qt::UserRole).toString();
        u.productId = item->data(1, Qt::UserRole).toString();
    }
    return u;
}

QString HostDevicePage::pageProblem() const
{
    if (!m_error.isEmpty())
        return m_error;
    return m_usb->currentItem() ? QString() : UiTr::tr("Choose a USB device of the host.");
}

} // namespace Vireo
