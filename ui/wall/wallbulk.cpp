// SPDX-License-Identifier: GPL-2.0-or-later
// The classroom wall's bulk actions on its selection (WallWindow's members; one job, so one
// file): start, shut down, revert to a snapshot chosen by name, clone ×N.
#include "core/domain/domainactions.h"
#include "core/domain/snapshots.h"
#include "core/session/hostsession.h"
#include "ui/common/stateicons.h"
#include "ui/wall/wallmodel.h"
#include "ui/wall/wallrevert.h"
#include "ui/wall/wallwindow.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QStatusBar>
#include <QToolBar>

#include <memory>

namespace Vireo {

void WallWindow::createActions()
{
    QToolBar *bar = addToolBar(tr("Wall"));
    bar->setObjectName(QStringLiteral("wallToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_start = bar->addAction(domainStateIcon(DomainState::Running), tr("&Start"));
    m_start->setToolTip(tr("Start the selected guests that are shut off"));
    m_shutdown = bar->addAction(domainStateIcon(DomainState::Shutoff), tr("Shut &Down"));
    m_shutdown->setToolTip(tr("Ask the selected running guests to shut down"));
    m_revert = bar->addAction(tr("&Revert to Snapshot…"));
    m_revert->setToolTip(tr("Revert the selected guests to a snapshot chosen by name"));
    m_clone = bar->addAction(tr("Clone ×&N…"));
    m_clone->setToolTip(tr("Make many clones of the selected guest"));
    connect(m_start, &QAction::triggered, this,
            [this] { performOnSelection(int(DomainAction::Start)); });
    connect(m_shutdown, &QAction::triggered, this,
            [this] { performOnSelection(int(DomainAction::Shutdown)); });
    connect(m_revert, &QAction::triggered, this, &WallWindow::revertSelection);
    connect(m_clone, &QAction::triggered, this, &WallWindow::cloneSelection);
    auto *selectAll = new QAction(tr("Select &All"), this);
    selectAll->setShortcut(QKeySequence::SelectAll);
    connect(selectAll, &QAction::triggered, m_view, &QAbstractItemView::selectAll);
    addAction(selectAll);
}

void WallWindow::updateActions()
{
    const QList<int> rows = selectedRows();
    auto anyApplies = [&](DomainAction a) {
        for (int row : rows) {
            const DomainInfo info = m_model->infoAt(row);
            if (actionApplies(a, info.state, info.persistent))
                return true;
        }
        return false;
    };
    m_start->setEnabled(anyApplies(DomainAction::Start));
    m_shutdown->setEnabled(anyApplies(DomainAction::Shutdown));
    m_revert->setEnabled(!rows.isEmpty());
    m_clone->setEnabled(rows.size() == 1 && bool(m_cloneHandler));
    const int total = m_model->rowCount();
    m_status->setText(rows.isEmpty() ? tr("%n guest(s) on the wall", nullptr, total)
                                     : tr("%1 of %2 guests selected").arg(rows.size()).arg(total));
}

void WallWindow::performOnSelection(int actionValue)
{
    const auto action = DomainAction(actionValue);
    QHash<HostSession *, QStringList> byHost;
    QList<HostSession *> order;
    for (int row : selectedRows()) {
        HostSession *session = m_model->sessionAt(row);
        const DomainInfo info = m_model->infoAt(row);
        if (!session || !actionApplies(action, info.state, info.persistent))
            continue;
        if (!byHost.contains(session))
            order.append(session);
        byHost[session].append(info.uuid);
    }
    int count = 0;
    for (HostSession *session : order) {
        DomainActions::performAction(session, byHost.value(session), action);
        count += int(byHost.value(session).size());
    }
    statusBar()->showMessage(tr("%1: %n guest(s)", nullptr, count).arg(domainActionName(action)));
}

void WallWindow::revertSelection()
{
    // List every selected guest's snapshots, then ask with all of them in hand.
    struct Gathering
    {
        QList<GuestSnapshots> guests;
        int pending = 0;
    };
    auto gathering = std::make_shared<Gathering>();
    QList<QPair<HostSession *, int>> targets;
    for (int row : selectedRows())
        if (HostSession *s = m_model->sessionAt(row))
            targets.append({s, row});
    if (targets.isEmpty())
        return;
    gathering->pending = int(targets.size());
    for (const auto &[session, row] : targets) {
        GuestSnapshots g;
        g.key = m_model->keyAt(row);
        g.name = m_model->infoAt(row).name;
        gathering->guests.append(g);
    }
    m_revert->setEnabled(false);
    statusBar()->showMessage(
        tr("Reading the snapshots of %n guest(s)…", nullptr, gathering->pending));
    for (int i = 0; i < targets.size(); ++i) {
        const auto [session, row] = targets.at(i);
        Snapshots::list(
            session, m_model->infoAt(row).uuid, this,
            [this, gathering, i](Result<Snapshots::SnapshotList> list) {
                gathering->guests[i].list = std::move(list);
                if (--gathering->pending > 0)
                    return;
                updateActions();
                auto *dialog = new WallRevertDialog(gathering->guests, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &QDialog::accepted, this, [this, dialog] {
                    const RevertPlan plan = dialog->plan();
                    const QString name = dialog->snapshotName();
                    int done = 0;
                    for (const QString &key : plan.keys) {
                        const int r = m_model->rowOfKey(key);
                        if (HostSession *s = m_model->sessionAt(r))
                            Snapshots::revert(s, m_model->infoAt(r).uuid, name, std::nullopt, this,
                                              [](Status) {});
                        ++done;
                    }
                    QString text = tr("Reverting %n guest(s) to “%1”.", nullptr, done).arg(name);
                    if (!plan.lacking.isEmpty())
                        text += QLatin1Char(' ') + tr("Skipped, no such snapshot: %1")
                                                       .arg(plan.lacking.join(QLatin1String(", ")));
                    statusBar()->showMessage(text);
                });
                dialog->open();
            });
    }
}

void WallWindow::cloneSelection()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1 || !m_cloneHandler)
        return;
    if (HostSession *session = m_model->sessionAt(rows.first()))
        m_cloneHandler(session, m_model->infoAt(rows.first()).uuid);
}

} // namespace Vireo
