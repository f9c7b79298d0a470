// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/domain/domainxml.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Vireo {

class ApplyBar;
class DomainBootFirmware;
class DomainContext;

/// The Boot options page of the details window: autostart, the firmware (changed while shut off),
/// the boot device order and boot menu, and direct kernel boot (kernel, initrd, arguments). Changes
/// go to the persistent definition. Lives on the GUI thread.
class DomainBootPage : public QWidget
{
    Q_OBJECT
public:
    explicit DomainBootPage(DomainContext *context, QWidget *parent = nullptr);

    /// The boot options as the page's controls say now.
    BootOptions editedOptions() const;
    /// Shows these options (what the definition says).
    void showOptions(const BootOptions &boot);

    QCheckBox *autostartBox() const { return m_autostart; }
    QListWidget *deviceList() const { return m_devices; }
    QCheckBox *bootMenuBox() const { return m_bootMenu; }
    QLabel *firmwareLabel() const { return m_firmware; }
    DomainBootFirmware *firmwareBox() const { return m_firmwareBox; }
    QLineEdit *kernelEdit() const { return m_kernel; }
    QLineEdit *initrdEdit() const { return m_initrd; }
    QLineEdit *cmdlineEdit() const { return m_cmdline; }
    QPushButton *applyButton() const;
    QLabel *statusLabel() const;

    /// Reads the persistent definition's boot options again.
    void reload();

private:
    QGroupBox *orderBox();
    QGroupBox *kernelBox();
    void move(int delta);
    void apply();
    void setEdited(bool edited);

    DomainContext *m_context;
    QCheckBox *m_autostart;
    QLabel *m_firmware;
    DomainBootFirmware *m_firmwareBox = nullptr;
    QListWidget *m_devices;
    QCheckBox *m_bootMenu;
    QPushButton *m_up;
    QPushButton *m_down;
    QLineEdit *m_kernel;
    QLineEdit *m_initrd;
    QLineEdit *m_cmdline;
    ApplyBar *m_bar;
    QLabel *m_deviceOrderNote;
    bool m_edited = false;
    bool m_loading = false;
    bool m_autostartPending = false;
};

} // namespace Vireo
