// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/wall/wallwindow.h"

#include "core/domain/screenshot.h"
#include "core/session/hostsession.h"
#include "ui/common/windowroutes.h"
#include "ui/wall/wallmodel.h"
#include "ui/wall/walltiledelegate.h"

#include <QAction>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace Vireo {

namespace {
constexpr int TickMs = 250; // how often the wall looks for due thumbnails
}

WallWindow::WallWindow(DomainTreeModel *tree, ThumbnailScheduler::Clock clock, QWidget *parent)
    : QMainWindow(parent)
    , m_model(new WallModel(tree, this))
    , m_scheduler(std::make_unique<ThumbnailScheduler>(std::move(clock)))
{
    setWindowTitle(tr("Classroom Wall"));
    setObjectName(QStringLiteral("classroomWall"));
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("wallView"));
    m_view->setAccessibleName(tr("Running guests"));
    m_view->setViewMode(QListView::IconMode);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setSpacing(4);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(true);
    m_view->setItemDelegate(new WallTileDelegate(m_view));
    m_view->setModel(m_model);
    m_view->installEventFilter(this);
    setCentralWidget(m_view);
    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);
    createActions();
    resize(900, 640);

    // Plain click opens the console; Ctrl or Shift with the click only select.
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (QGuiApplication::keyboardModifiers() == Qt::NoModifier)
            openConsole(index.row());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { updateActions(); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { updateActions(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { updateActions(); });
    connect(m_model, &WallModel::tileRemoved, this,
            [this](const QString &key) { m_scheduler->remove(key); });

    m_timer = new QTimer(this);
    m_timer->setInterval(TickMs);
    connect(m_timer, &QTimer::timeout, this, &WallWindow::scheduleThumbnails);
    updateActions();
}

WallWindow::~WallWindow() = default;

void WallWindow::setHosts(const QList<HostSession *> &hosts)
{
    m_model->setHosts(hosts);
    for (const QMetaObject::Connection &c : std::as_const(m_labelConnections))
        disconnect(c);
    m_labelConnections.clear();
    m_hosts.clear();
    for (HostSession *s : hosts) {
        m_hosts.append(s);
        m_labelConnections.append(
            connect(s, &HostSession::labelChanged, this, &WallWindow::updateTitle));
    }
    updateTitle();
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->selectionModel()->setCurrentIndex(m_model->index(0), QItemSelectionModel::NoUpdate);
    updateActions();
}

void WallWindow::updateTitle()
{
    QStringList names;
    for (const QPointer<HostSession> &s : std::as_const(m_hosts))
        if (s)
            names.append(s->displayName());
    setWindowTitle(names.isEmpty()
                       ? tr("Classroom Wall")
                       : tr("Classroom Wall – %1").arg(names.join(QLatin1String(", "))));
}

void WallWindow::setCloneHandler(std::function<void(HostSession *, const QString &)> handler)
{
    m_cloneHandler = std::move(handler);
    updateActions();
}

QSet<QString> WallWindow::visibleKeys() const
{
    QSet<QString> keys;
    const QRect viewport = m_view->viewport()->rect();
    for (int row = 0, n = m_model->rowCount(); row < n; ++row) {
        const QModelIndex index = m_model->index(row);
        if (m_view->visualRect(index).intersects(viewport))
            keys.insert(m_model->keyAt(row));
    }
    return keys;
}

void WallWindow::updateActive()
{
    const bool active = isVisible() && !isMinimized();
    m_scheduler->setActive(active);
    if (active && !m_timer->isActive()) {
        m_timer->start();
        QTimer::singleShot(0, this, &WallWindow::scheduleThumbnails);
    } else if (!active) {
        m_timer->stop();
    }
}

void WallWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    updateActive();
}

void WallWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    updateActive();
}

void WallWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        updateActive();
}

bool WallWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_view->currentIndex().isValid()) {
            openConsole(m_view->currentIndex().row());
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void WallWindow::scheduleThumbnails()
{
    m_scheduler->setActive(isVisible() && !isMinimized());
    m_scheduler->setVisible(visibleKeys());
    const QStringList due = m_scheduler->takeDue();
    for (const QString &key : due)
        requestThumbnail(key);
}

void WallWindow::requestThumbnail(const QString &key)
{
    const int row = m_model->rowOfKey(key);
    HostSession *session = m_model->sessionAt(row);
    if (!session || session->state() != HostState::Connected) {
        m_scheduler->finished(key);
        return;
    }
    Q_EMIT thumbnailRequested(key);
    QPointer<WallWindow> self(this);
    const QSize size = WallTileDelegate::ThumbnailSize * devicePixelRatioF();
    const qreal dpr = devicePixelRatioF();
    Screenshot::capture(
        session, m_model->infoAt(row).uuid, this,
        [self, key, size, dpr](Result<Screenshot::Raw> raw) -> std::function<void()> {
            // On the host's worker: decoding and scaling stay off the GUI thread.
            QImage image;
            QString error;
            if (!raw) {
                error = raw.error().message;
            } else {
                image = QImage::fromData(raw->data, raw->isPng() ? "PNG" : "PPM");
                if (image.isNull()) {
                    error = WallWindow::tr("The screen (%1) could not be read.")
                                .arg(QString::fromLatin1(raw->mimeType));
                } else {
                    image = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                .convertToFormat(QImage::Format_ARGB32_Premultiplied);
                    image.setDevicePixelRatio(dpr);
                }
            }
            return [self, key, image, error] {
                if (self)
                    self->onThumbnail(key, image, error);
            };
        });
}

void WallWindow::onThumbnail(const QString &key, const QImage &image, const QString &error)
{
    m_scheduler->finished(key);
    if (image.isNull())
        m_model->setThumbnailError(key, tr("No screen: %1").arg(error));
    else
        m_model->setThumbnail(key, image);
    Q_EMIT thumbnailFinished(key, !image.isNull());
}

void WallWindow::openConsole(int row)
{
    HostSession *session = m_model->sessionAt(row);
    const auto &route = WindowRoutes::get().showConsole;
    if (session && route)
        route(session, m_model->infoAt(row).uuid);
}

QList<int> WallWindow::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace Vireo
