// SPDX-License-Identifier: GPL-2.0-or-later
// The manager's View > Flat List and the hosts' labels (MainWindow's members; one job, one file).
#include "core/session/domaintreemodel.h"
#include "core/session/flatdomainproxy.h"
#include "core/session/hostsession.h"
#include "ui/manager/domainfilterproxy.h"
#include "ui/manager/hostlabeldialog.h"
#include "ui/manager/mainwindow.h"

#include <QAction>
#include <QHeaderView>
#include <QSettings>
#include <QStyle>
#include <QTreeView>

namespace Vireo {

static const QString FlatListKey = QStringLiteral("manager/flatList");

void MainWindow::createFlatActions()
{
    auto *flat = new QAction(tr("F&lat List"), this);
    flat->setObjectName(QStringLiteral("flatList"));
    flat->setCheckable(true);
    flat->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    flat->setToolTip(tr("List the domains of all hosts together, with a Host column"));
    m_actions.insert(Action::FlatList, flat);
    connect(flat, &QAction::toggled, this, [this](bool on) {
        setFlatList(on);
        QSettings().setValue(FlatListKey, on);
    });

    auto *label = new QAction(tr("Set &Label…"), this);
    label->setObjectName(QStringLiteral("setHostLabel"));
    label->setToolTip(tr("Give the host a name of your own"));
    m_actions.insert(Action::SetLabel, label);
    connect(label, &QAction::triggered, this, [this] {
        if (HostSession *s = currentHost())
            editHostLabel(s);
    });
}

bool MainWindow::isFlatList() const
{
    return m_proxy->isFlat();
}

void MainWindow::setFlatList(bool flat)
{
    {
        const QSignalBlocker block(action(Action::FlatList));
        action(Action::FlatList)->setChecked(flat);
    }
    if (flat == isFlatList())
        return;
    // The selection is of domains; it comes along, whichever way the list goes.
    const auto selected = selectedDomains();
    HostSession *host = currentHost();
    QHeaderView *header = m_view->header();
    int sortColumn = header->sortIndicatorSection();
    const Qt::SortOrder order = header->sortIndicatorOrder();
    if (flat) {
        if (!m_flat)
            m_flat = new FlatDomainProxy(this);
        m_flat->setSourceModel(m_model);
        m_proxy->setSourceModel(m_flat);
    } else {
        m_proxy->setSourceModel(m_model);
        // Not followed while not shown: its bookkeeping costs nothing in tree mode.
        m_flat->setSourceModel(nullptr);
        if (sortColumn >= DomainTreeModel::ColumnCount)
            sortColumn = DomainTreeModel::NameColumn;
    }
    m_view->setRootIsDecorated(!flat);
    m_view->setItemsExpandable(!flat);
    m_view->setAccessibleName(flat ? tr("Domains of all hosts") : tr("Hosts and domains"));
    layoutColumns();
    m_view->sortByColumn(sortColumn, order);
    if (!flat)
        m_view->expandAll();
    for (const auto &[session, info] : selected) {
        const QModelIndex idx = m_proxy->fromTree(m_model->indexOf(session, info.uuid));
        if (idx.isValid())
            m_view->selectionModel()->select(idx, QItemSelectionModel::Select |
                                                      QItemSelectionModel::Rows);
    }
    if (selected.isEmpty() && host && !flat)
        selectHost(host);
    scheduleUpdateActions();
}

void MainWindow::layoutColumns()
{
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DomainTreeModel::NameColumn, QHeaderView::Stretch);
    // Wide enough for a host's state in the language shown ("已连接 · 9 台中 4 台正在运行" is wider
    // than its English), with room for hundreds of domains; longer reasons elide, whole in the
    // tooltip.
    m_view->setColumnWidth(
        DomainTreeModel::StateColumn,
        qMax(150, m_view->fontMetrics().horizontalAdvance(
                      DomainTreeModel::connectedStateText(888, 888)) +
                      4 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16));
    m_view->setColumnWidth(DomainTreeModel::CpuColumn, 160);
    m_view->setColumnWidth(DomainTreeModel::MemoryColumn, 150);
    m_view->setColumnWidth(DomainTreeModel::VcpuColumn, 70);
    // A new source resets the header: the optional column stays as the user chose it.
    const bool addresses = m_ipColumn && m_ipColumn->isChecked();
    header->setSectionHidden(DomainTreeModel::IpColumn, !addresses);
    if (addresses)
        m_view->setColumnWidth(DomainTreeModel::IpColumn, 140);
    if (isFlatList()) {
        m_view->setColumnWidth(FlatDomainProxy::HostColumn, 180);
        header->moveSection(header->visualIndex(FlatDomainProxy::HostColumn), 1);
    }
}

HostLabelDialog *MainWindow::editHostLabel(HostSession *session)
{
    auto *dialog = new HostLabelDialog(session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace Vireo
