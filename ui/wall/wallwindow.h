// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ui/wall/thumbnailscheduler.h"

#include <QImage>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QListView;
class QTimer;

namespace Vireo {

class DomainTreeModel;
class HostSession;
class WallModel;

/// The classroom wall: a window of live thumbnails of the running guests of the chosen hosts, in
/// a grid, each with its name, state and CPU; clicking a tile (or Enter) opens its console, and
/// the toolbar's bulk actions (start, shut down, revert to a snapshot by name, clone ×N) act on
/// the wall's selection. A window of its own, so that a trainer can put it on the projector
/// beside the manager. GUI thread.
///
/// Thumbnails are virDomainScreenshot on each host's worker, decoded and scaled there
/// (Screenshot::capture); ThumbnailScheduler reads only the tiles in the viewport, each at most
/// every 2 s, and none while the window is hidden or minimised.
class WallWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit WallWindow(DomainTreeModel *tree, ThumbnailScheduler::Clock clock = {},
                        QWidget *parent = nullptr);
    ~WallWindow() override;

    void setHosts(const QList<HostSession *> &hosts);

    WallModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    ThumbnailScheduler &scheduler() { return *m_scheduler; }
    QLabel *statusLabel() const { return m_status; }
    QAction *startAction() const { return m_start; }
    QAction *shutdownAction() const { return m_shutdown; }
    QAction *revertAction() const { return m_revert; }
    QAction *cloneAction() const { return m_clone; }

    /// Clone ×N… opens the manager's clone dialog for the one selected guest; the manager sets
    /// this (the wall's library does not link the manager's). Unset, the action stays disabled.
    void setCloneHandler(std::function<void(HostSession *, const QString &uuid)> handler);

    /// The keys (WallModel::keyOf) of the tiles now inside the viewport.
    QSet<QString> visibleKeys() const;
    /// One round of the thumbnail timer (every 250 ms while shown): updates what is on screen and
    /// starts the reads that are due. Public for the tests and the benchmark.
    void scheduleThumbnails();
    /// Rows of the wall's selection, in the wall's order.
    QList<int> selectedRows() const;

Q_SIGNALS:
    void thumbnailRequested(const QString &key);
    /// A read finished: `ok` with a screen, otherwise the tile shows why not.
    void thumbnailFinished(const QString &key, bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void requestThumbnail(const QString &key);
    void onThumbnail(const QString &key, const QImage &image, const QString &error);
    void openConsole(int row);
    void updateActions();
    void updateActive();
    /// "Classroom Wall – A, B" by the hosts' names now (their labels follow).
    void updateTitle();
    void createActions();
    // wallbulk.cpp
    void performOnSelection(int action);
    void revertSelection();
    void cloneSelection();

    WallModel *m_model;
    QListView *m_view;
    QLabel *m_status;
    QTimer *m_timer;
    std::unique_ptr<ThumbnailScheduler> m_scheduler;
    QAction *m_start = nullptr;
    QAction *m_shutdown = nullptr;
    QAction *m_revert = nullptr;
    QAction *m_clone = nullptr;
    std::function<void(HostSession *, const QString &)> m_cloneHandler;
    QList<QPointer<HostSession>> m_hosts;
    QList<QMetaObject::Connection> m_labelConnections;
};

} // namespace Vireo
