// SPDX-License-Identifier: GPL-2.0-or-later
// The manager's View > Classroom Wall (MainWindow's members; one job, so one file).
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "ui/manager/clonedialog.h"
#include "ui/manager/domainfilterproxy.h"
#include "ui/manager/mainwindow.h"
#include "ui/wall/wallwindow.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QTreeView>

namespace Vireo {

WallWindow *MainWindow::classroomWall() const
{
    return m_wall;
}

void MainWindow::createWallAction()
{
    auto *wall = new QAction(tr("Classroom &Wall"), this);
    wall->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    wall->setToolTip(tr("Show live thumbnails of the running guests of the selected hosts"));
    m_actions.insert(Action::ClassroomWall, wall);
    connect(wall, &QAction::triggered, this, &MainWindow::openClassroomWall);
}

void MainWindow::openClassroomWall()
{
    // The hosts of the selected rows (a host row, or a guest's host); all hosts when none.
    QList<HostSession *> hosts;
    for (const QModelIndex &proxyIndex : m_view->selectionModel()->selectedRows(0)) {
        HostSession *s = m_model->hostAt(m_proxy->mapToSource(proxyIndex));
        if (s && !hosts.contains(s))
            hosts.append(s);
    }
    if (hosts.isEmpty())
        hosts = m_model->hosts();
    if (!m_wall) {
        // A window of its own (no parent: it goes on the projector), closed with the manager.
        m_wall = new WallWindow(m_model);
        m_wall->setAttribute(Qt::WA_DeleteOnClose);
        connect(this, &QObject::destroyed, m_wall, &QObject::deleteLater);
        m_wall->setCloneHandler([this](HostSession *session, const QString &uuid) {
            auto *dialog = new CloneDialog(session, uuid, CloneDialog::Mode::Many, m_wall);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    }
    m_wall->setHosts(hosts);
    m_wall->show();
    m_wall->raise();
    m_wall->activateWindow();
}

} // namespace Vireo
