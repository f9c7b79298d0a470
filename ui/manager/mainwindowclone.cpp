// SPDX-License-Identifier: GPL-2.0-or-later
// The manager's Clone… and Clone ×N… (MainWindow's members; one job, so one file).
#include "core/session/hostsession.h"
#include "ui/common/domainactionset.h"
#include "ui/manager/clonedialog.h"
#include "ui/manager/mainwindow.h"

#include <QAction>
#include <QTimer>

namespace Vireo {

void MainWindow::createCloneActions()
{
    auto *one = new QAction(tr("C&lone…"), this);
    one->setToolTip(tr("Make a clone of the selected virtual machine"));
    m_actions.insert(Action::Clone, one);
    auto *many = new QAction(tr("Clone ×&N…"), this);
    many->setToolTip(tr("Make many clones of the selected virtual machine from a name pattern"));
    m_actions.insert(Action::CloneMany, many);
    connect(one, &QAction::triggered, this, [this] { cloneSelected(false); });
    connect(many, &QAction::triggered, this, [this] { cloneSelected(true); });
}

void MainWindow::cloneSelected(bool many)
{
    const auto domains = selectedDomains();
    if (domains.size() != 1 || domains.first().first->state() != HostState::Connected)
        return;
    const auto [session, info] = domains.first();
    auto *dialog = new CloneDialog(session, info.uuid,
                                   many ? CloneDialog::Mode::Many : CloneDialog::Mode::One, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CloneDialog::cloned, this, [this](HostSession *s, const QStringList &uuids) {
        // The new rows arrive with the worker's refresh; select the first once it is there.
        if (s && !uuids.isEmpty())
            QTimer::singleShot(200, this,
                               [this, s = QPointer<HostSession>(s), uuid = uuids.first()] {
                                   if (s)
                                       selectDomain(s, uuid);
                               });
    });
    dialog->open();
}

} // namespace Vireo
