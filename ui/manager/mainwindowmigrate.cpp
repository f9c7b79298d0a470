// MainWindow's Migrate action: opening the dialog, and following the domain to its new host.
#include "ui/manager/mainwindow.h"

#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "ui/manager/migratedialog.h"

#include <QAction>
#include <QTimer>

namespace Vireo {

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
    connect(dialog, &MigrateDialog::migrated, this, [this](HostSession *dest, const QString &id) {
        showMessage(tr("Migrated to %1.").arg(dest->displayName()));
        followDomain(dest, id);
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
