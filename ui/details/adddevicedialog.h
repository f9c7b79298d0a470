// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/domain/devicexml.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace Vireo {

class DevicePage;
class DomainContext;
class VolumeCreation;

/// Add Hardware: the device types on the left, the chosen type's fields on the right, the
/// device XML as it will be sent (passwords masked), and when the device should appear: now,
/// after the next restart, or both. Fields are checked as they change; Add stays disabled while
/// anything is wrong, and the line under the preview says what. Lives on the GUI thread.
class AddDeviceDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Type {
        Disk,
        Cdrom,
        Nic,
        Graphics,
        Video,
        Serial,
        Console,
        GuestAgent,
        HostUsb,
        Rng,
        Watchdog,
        Sound,
        Input,
        Tpm,
    };

    AddDeviceDialog(DomainContext *context, QWidget *parent = nullptr);

    void selectType(Type type);
    DevicePage *page(Type type) const;
    QListWidget *typeList() const { return m_types; }
    QPlainTextEdit *preview() const { return m_preview; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *addButton() const { return m_add; }
    QRadioButton *whenButton(ApplyWhen when) const;

Q_SIGNALS:
    /// The device was added; message says where it went (for the page's status line).
    void deviceAdded(const QString &message);

private:
    void addPage(Type type, const QString &name, DevicePage *page);
    void refresh();
    ApplyWhen when() const;
    void apply();
    void attach(const QString &xml, DomainControl::Scope scope);
    void fail(const QString &message);

    QPointer<DomainContext> m_context;
    QListWidget *m_types;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_preview;
    QLabel *m_problem;
    QLabel *m_whenNote = nullptr;
    QRadioButton *m_now = nullptr;
    QRadioButton *m_later = nullptr;
    QRadioButton *m_both = nullptr;
    QPushButton *m_add = nullptr;
    QList<QPair<Type, DevicePage *>> m_pages;
    QPointer<VolumeCreation> m_creation;
    bool m_busy = false;
};

} // namespace Vireo
