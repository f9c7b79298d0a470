// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QTreeWidget;

namespace Vireo {

class DomainContext;

/// The Devices page of the details window: disks, NICs, graphics, video, balloon, serial ports
/// and the rest, each with its key properties, read from the domain's XML. Lives on the GUI
/// thread.
class DomainDevicesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DomainDevicesPage(DomainContext *context, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

private:
    void rebuild();

    DomainContext *m_context;
    QTreeWidget *m_tree;
};

} // namespace Vireo
