// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/domain/devicexml.h"

#include <QWidget>

class QComboBox;
class QFormLayout;

namespace Vireo {

/// One device type's fields in the Add Hardware dialog (and the Edit dialog for disks, NICs and
/// video). The page reports every change; the dialog turns spec() into the XML preview and the
/// problem line. Lives on the GUI thread.
class DevicePage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual DeviceSpec spec() const = 0;
    /// What only the page knows is wrong (a MAC taken on the host, a volume name in use); the
    /// dialog shows it before deviceSpecProblem(). Empty when nothing is.
    virtual QString pageProblem() const { return {}; }
    /// Fills the fields from an existing device (Edit); types without an editor ignore it.
    virtual void setSpec(const DeviceSpec &) {}
    /// Edit mode on a running domain: which of the page's fields are greyed (libvirt cannot
    /// change them in a running guest) and which change now, as words for the dialog's note.
    virtual QString restartNote() const { return {}; }
    /// Edit mode: while the domain runs, the fields libvirt cannot change in a running guest are
    /// greyed, each with the reason in its tooltip; shut off, every field is open.
    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    /// Edit mode, running: whether any field still changes the running guest (when none does,
    /// there is nothing to apply until the domain is shut off).
    virtual bool changesLive() const { return false; }

Q_SIGNALS:
    void changed();

protected:
    /// Enables w as `enabled` says, but greys it while running (with the reason as tooltip).
    void holdWhileRunning(QWidget *w, bool enabled = true);
    /// Re-applies the fields' enabled states (after setRunning).
    virtual void updateHeld() {}
    /// A combo box of (value, text) items in a form row, named for assistive technology.
    QComboBox *addCombo(QFormLayout *form, const QString &label,
                        const QList<QPair<QString, QString>> &items);
    /// Selects the item whose value is value (adding it when the list lacks it).
    static void selectValue(QComboBox *combo, const QString &value);
    static QString valueOf(const QComboBox *combo);

private:
    bool m_running = false;
};

} // namespace Vireo
