// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/domain/devicexmledits.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace Vireo {

class DevicePage;
class DomainContext;

/// Edits a disk (source, bus, cache), a NIC (model, source, MAC, link) or the video model, from
/// the device as the configuration has it (read with secrets). Shut off, the change goes into the
/// configuration. Running, what libvirt changes live (a NIC's source and link) changes now and in
/// the configuration; the rest goes into the configuration, and the page says it waits for a
/// restart. Lives on the GUI thread.
class EditDeviceDialog : public QDialog
{
    Q_OBJECT
public:
    /// spec: the device as read by deviceSpecFromXml; title: "Disk vda".
    EditDeviceDialog(DomainContext *context, const DeviceKey &key, const DeviceSpec &spec,
                     const QString &title, QWidget *parent = nullptr);

    DevicePage *page() const { return m_page; }
    QLabel *note() const { return m_note; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *applyButton() const { return m_apply; }

Q_SIGNALS:
    void deviceChanged(const QString &message);

private:
    void refresh();
    void apply();
    void redefine(const QString &xml, const QString &message);
    void fail(const QString &message);

    QPointer<DomainContext> m_context;
    DeviceKey m_key;
    DeviceSpec m_original;
    QString m_title;
    DevicePage *m_page = nullptr;
    QLabel *m_note;
    QLabel *m_problem;
    QPushButton *m_apply;
    bool m_busy = false;
};

} // namespace Vireo
