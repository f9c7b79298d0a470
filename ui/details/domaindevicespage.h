// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/domain/devicexmledits.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Vireo {

class DomainContext;

/// The Devices page of the details window: disks, NICs, graphics, video, balloon, serial ports
/// and the rest, each with its key properties, read from the domain's XML; and what can be done
/// to them: Add Hardware, Edit (disks, NICs, video), Remove (asks first; a live removal waits
/// for the guest and says what happened), Insert and Eject for CD-ROMs, and a NIC's link up or
/// down. Lives on the GUI thread.
class DomainDevicesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DomainDevicesPage(DomainContext *context, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *insertButton() const { return m_insert; }
    QPushButton *ejectButton() const { return m_eject; }
    QPushButton *linkButton() const { return m_link; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *liveNote() const { return m_liveNote; }

    /// Selects the device (top-level row) with this key; false when there is none.
    bool selectDevice(const DeviceKey &key);
    /// How long a live removal waits for the guest's answer. Default 20 s.
    void setRemovalTimeoutSeconds(int seconds) { m_removalTimeout = seconds; }

    void openAddDialog();
    void editSelected();
    void removeSelected();
    void insertMedia();
    void ejectMedia();
    void toggleLink();

private:
    void rebuild();
    void updateButtons();
    QTreeWidgetItem *selectedDevice() const;
    DeviceKey keyOf(const QTreeWidgetItem *item) const;
    void showStatus(const QString &text, bool error);
    void changeMedia(const QString &iso);
    /// Where a change on this page goes: both definitions while running, else the config.
    DomainControl::Scope pageScope() const;

    DomainContext *m_context;
    QTreeWidget *m_tree;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_insert;
    QPushButton *m_eject;
    QPushButton *m_link;
    QLabel *m_liveNote;
    QLabel *m_status;
    int m_removalTimeout = 20;
    bool m_busy = false;
};

} // namespace Vireo
