// SPDX-License-Identifier: GPL-2.0-or-later
// MainWindow's Migrate action: opening the dialog, and following the domain to its new host.
#include "ui/manager/mainwindow.h"

#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "ui/common/windowroutes.h"
#include "ui/manager/domainfilterproxy.h"
#include "ui/manager/migratedialog.h"

#include <QAction>
#include <QApplication>
#include <QDrag>
#include <QDropEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QTimer>
#include <QTreeView>

namespace Vireo {

namespace {

constexpr const char *DomainMime = "application/x-vireo-domain";

/// Dragging a domain's row onto another host (its row or one of its domains; in the flat list,
/// a row of a domain of another host) opens the Migrate dialog with that host chosen. Watches
/// the view's viewport, in either mode; the view keeps its own selection handling (the filter
/// only observes the mouse). The drag carries the domain under the pointer, one, as the dialog
/// moves one domain, whatever else is selected.
class MigrationDrag : public QObject
{
public:
    MigrationDrag(MainWindow *window, DomainTreeModel *model, DomainFilterProxy *proxy)
        : QObject(window)
        , m_window(window)
        , m_model(model)
        , m_proxy(proxy)
    {
        window->view()->viewport()->setAcceptDrops(true);
        window->view()->viewport()->installEventFilter(this);
    }

    static constexpr const char *Mime = DomainMime;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        QTreeView *view = m_window->view();
        switch (event->type()) {
        case QEvent::MouseButtonPress: {
            auto *e = static_cast<QMouseEvent *>(event);
            m_pressPos = e->button() == Qt::LeftButton ? e->position().toPoint() : QPoint(-1, -1);
            return false;
        }
        case QEvent::MouseMove: {
            auto *e = static_cast<QMouseEvent *>(event);
            if (!(e->buttons() & Qt::LeftButton) || m_pressPos.x() < 0 ||
                (e->position().toPoint() - m_pressPos).manhattanLength() <
                    QApplication::startDragDistance())
                return false;
            QMimeData *mime = m_window->migrationDragData(view->indexAt(m_pressPos));
            m_pressPos = QPoint(-1, -1);
            if (!mime)
                return false;
            auto *drag = new QDrag(view);
            drag->setMimeData(mime);
            drag->exec(Qt::MoveAction);
            return true;
        }
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto *e = static_cast<QDropEvent *>(event);
            if (destinationAt(e))
                e->acceptProposedAction();
            else
                e->ignore();
            return true;
        }
        case QEvent::Drop: {
            auto *e = static_cast<QDropEvent *>(event);
            HostSession *dest = destinationAt(e);
            if (!dest)
                return true;
            e->acceptProposedAction();
            const QString uuid = dragged(e).second;
            QPointer<HostSession> source = dragged(e).first;
            // After the drag's own loop has ended.
            QTimer::singleShot(0, m_window, [w = m_window, source, uuid, d = QPointer(dest)] {
                if (source && d)
                    w->migrateDomain(source, uuid, d);
            });
            return true;
        }
        default:
            return false;
        }
    }

private:
    /// The source host (by URI: the drag may come from another window of ours) and the domain.
    QPair<HostSession *, QString> dragged(QDropEvent *e) const
    {
        const QStringList parts =
            QString::fromUtf8(e->mimeData()->data(QLatin1String(Mime))).split(u'\n');
        if (parts.size() != 2)
            return {};
        for (HostSession *h : m_model->hosts())
            if (h->uri() == parts.first())
                return {h, parts.last()};
        return {};
    }

    HostSession *destinationAt(QDropEvent *e) const
    {
        if (!e->mimeData()->hasFormat(QLatin1String(Mime)))
            return nullptr;
        HostSession *source = dragged(e).first;
        if (!source)
            return nullptr;
        // Through the flat list too (where the row's Host column has no cell in the tree).
        const QModelIndex at =
            m_proxy->toTree(m_window->view()->indexAt(e->position().toPoint()).siblingAtColumn(0));
        HostSession *host = m_model->hostAt(at);
        if (!host || host == source || host->state() != HostState::Connected)
            return nullptr;
        return host;
    }

    MainWindow *m_window;
    DomainTreeModel *m_model;
    DomainFilterProxy *m_proxy;
    QPoint m_pressPos{-1, -1};
};

} // namespace

void MainWindow::createMigrateAction()
{
    auto *a = new QAction(tr("&Migrate…"), this);
    m_actions.insert(Action::Migrate, a);
    connect(a, &QAction::triggered, this, [this] {
        const auto domains = selectedDomains();
        if (domains.size() == 1)
            migrateDomain(domains.first().first, domains.first().second.uuid);
    });
}

QMimeData *MainWindow::migrationDragData(const QModelIndex &viewIndex) const
{
    const QModelIndex at = m_proxy->toTree(viewIndex.siblingAtColumn(0));
    const auto domain = m_model->domainAt(at);
    HostSession *host = m_model->hostAt(at);
    if (!domain || !host)
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(DomainMime), (host->uri() + u'\n' + domain->uuid).toUtf8());
    return mime;
}

void MainWindow::enableMigrationDrops()
{
    new MigrationDrag(this, m_model, m_proxy);
}

bool MainWindow::canMigrate() const
{
    const auto domains = selectedDomains();
    if (domains.size() != 1 || domains.first().first->state() != HostState::Connected)
        return false;
    for (HostSession *h : m_model->hosts())
        if (h != domains.first().first && h->state() == HostState::Connected)
            return true;
    return false;
}

void MainWindow::migrateDomain(HostSession *source, const QString &uuid, HostSession *destination)
{
    auto *dialog = new MigrateDialog(m_model, source, uuid, this);
    dialog->setObjectName(QStringLiteral("migrateDialog"));
    if (destination)
        dialog->setDestination(destination);
    connect(dialog, &MigrateDialog::migrated, this,
            [this, from = QPointer(source)](HostSession *dest, const QString &id) {
                showMessage(tr("Migrated to %1.").arg(dest->displayName()));
                followDomain(dest, id);
                // Its details and console windows go there too.
                if (from && WindowRoutes::get().domainMigrated)
                    WindowRoutes::get().domainMigrated(from, dest, id);
            });
    dialog->show();
}

void MainWindow::followDomain(HostSession *session, const QString &uuid)
{
    if (m_model->indexOf(session, uuid).isValid()) {
        selectDomain(session, uuid);
        return;
    }
    // The destination's events bring the row a moment after the migration call returns.
    auto *watch = new QObject(this);
    QTimer::singleShot(30000, watch, [watch] { watch->deleteLater(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, watch, [this, watch, session, uuid] {
        if (!m_model->indexOf(session, uuid).isValid())
            return;
        selectDomain(session, uuid);
        watch->deleteLater();
    });
}

} // namespace Vireo
