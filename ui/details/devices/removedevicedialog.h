// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/domain/devicexml.h"

#include <QDialog>

class QPushButton;
class QRadioButton;

namespace Vireo {

/// Asks before a device is removed, and from where: a running domain's device can go now and
/// from the configuration (the default), now only, or from the configuration only. Shut off,
/// there is only the configuration. Lives on the GUI thread.
class RemoveDeviceDialog : public QDialog
{
    Q_OBJECT
public:
    RemoveDeviceDialog(const QString &device, const QString &domain, bool running,
                       QWidget *parent = nullptr);

    ApplyWhen when() const;
    QRadioButton *whenButton(ApplyWhen when) const;
    QPushButton *removeButton() const { return m_remove; }

private:
    QRadioButton *m_both = nullptr;
    QRadioButton *m_now = nullptr;
    QRadioButton *m_later = nullptr;
    QPushButton *m_remove;
};

} // namespace Vireo
