// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/devices/removedevicedialog.h"

#include "ui/common/uitr.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Vireo {

RemoveDeviceDialog::RemoveDeviceDialog(const QString &device, const QString &domain, bool running,
                                       QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(UiTr::tr("Remove %1").arg(device));
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(UiTr::tr("Remove %1 from %2?").arg(device, domain), this);
    question->setWordWrap(true);
    layout->addWidget(question);
    if (running) {
        m_both = new QRadioButton(UiTr::tr("From the running guest and its &configuration"), this);
        m_now = new QRadioButton(UiTr::tr("From the running guest &only (back at the next start)"),
                                 this);
        m_later = new QRadioButton(
            UiTr::tr("From the configuration only (&gone after the next restart)"), this);
        for (QRadioButton *r : {m_both, m_now, m_later}) {
            r->setAccessibleName(r->text().remove(QLatin1Char('&')));
            layout->addWidget(r);
        }
        m_both->setChecked(true);
        auto *note = new QLabel(UiTr::tr("The guest is asked to release the device; it may "
                                         "refuse, or not answer."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    } else {
        auto *note = new QLabel(UiTr::tr("It is removed from the configuration. A disk's data "
                                         "stays where it is."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_remove = buttons->addButton(UiTr::tr("&Remove"), QDialogButtonBox::AcceptRole);
    m_remove->setAccessibleName(UiTr::tr("Remove %1").arg(device));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(UiTr::tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // destructive: not the default
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

ApplyWhen RemoveDeviceDialog::when() const
{
    if (m_now && m_now->isChecked())
        return ApplyWhen::Now;
    if (m_later && m_later->isChecked())
        return ApplyWhen::AfterRestart;
    return ApplyWhen::NowAndAfterRestart;
}

QRadioButton *RemoveDeviceDialog::whenButton(ApplyWhen when) const
{
    switch (when) {
    case ApplyWhen::Now:
        return m_now;
    case ApplyWhen::AfterRestart:
        return m_later;
    case ApplyWhen::NowAndAfterRestart:
        break;
    }
    return m_both;
}

} // namespace Vireo
