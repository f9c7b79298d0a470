// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The manager's window on a fresh demo host, for the GUI tests of what the window hosts (its
// docks, its actions): the model, the session and the window, connected and listed, and the
// selection of domains by name. Header only; a test that includes it links vireo_manager and
// vireo_resources. GUI thread.

#include "core/session/domaintreemodel.h"
#include "ui/manager/domainfilterproxy.h"
#include "ui/manager/mainwindow.h"

#include "demohost.h"

#include <QItemSelectionModel>
#include <QTreeView>

#include <memory>

namespace VireoTest {

struct DemoManager
{
    // In this order, so the window goes first, then the session, then the model.
    std::unique_ptr<Vireo::DomainTreeModel> model = std::make_unique<Vireo::DomainTreeModel>();
    std::unique_ptr<Vireo::HostSession> session;
    std::unique_ptr<Vireo::MainWindow> window;

    /// The window shown on a fresh copy of the demo host in dir, once its 9 domains are listed;
    /// null when that has not happened within 10 s. fixture and domains: another test-driver
    /// host and how many domains it lists; statsMs >= 0: the session's statistics interval.
    static std::unique_ptr<DemoManager> open(const QTemporaryDir &dir,
                                             const QByteArray &fixture = {}, int domains = 9,
                                             int statsMs = -1)
    {
        const QString uri = demoHostUri(dir, fixture);
        if (uri.isEmpty())
            return nullptr;
        auto m = std::make_unique<DemoManager>();
        m->session = std::make_unique<Vireo::HostSession>(uri);
        if (statsMs >= 0)
            m->session->setStatsInterval(statsMs);
        m->model->addHost(m->session.get());
        m->window = std::make_unique<Vireo::MainWindow>(m->model.get());
        m->window->show();
        m->session->connectToHost();
        const bool listed = QTest::qWaitFor(
            [&] {
                return m->session->state() == Vireo::HostState::Connected &&
                       m->window->proxy()->rowCount(m->window->proxy()->index(0, 0)) == domains;
            },
            10000);
        return listed ? std::move(m) : nullptr;
    }

    /// The domain's row in the window's list (invalid if it has none).
    QModelIndex row(const QString &name) const
    {
        const QModelIndex host = window->proxy()->index(0, 0);
        for (int r = 0; r < window->proxy()->rowCount(host); ++r) {
            const QModelIndex i = window->proxy()->index(r, 0, host);
            if (i.data().toString() == name)
                return i;
        }
        return {};
    }

    /// Selects exactly these domains; the window updates its actions on the next turn, which
    /// this lets run. False if one of them has no row.
    bool select(const QStringList &names)
    {
        QItemSelectionModel *selection = window->view()->selectionModel();
        selection->clearSelection();
        for (const QString &n : names) {
            const QModelIndex i = row(n);
            if (!i.isValid())
                return false;
            selection->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            selection->setCurrentIndex(i, QItemSelectionModel::NoUpdate);
        }
        QCoreApplication::processEvents();
        return true;
    }
};

} // namespace VireoTest
