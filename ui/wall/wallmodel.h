// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/types.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPointer>

namespace Vireo {

class DomainTreeModel;
class HostSession;

/// The classroom wall's tiles: the running guests of the chosen hosts, each with its name, state,
/// CPU and last thumbnail. It reads the guests the manager's model already has, then follows the
/// sessions' own signals (changes, removals, the statistics tick): no libvirt call of its own.
/// A guest that stops stays on the wall (shut off, without a thumbnail) so that it can be started
/// again from it; a guest that is undefined, or whose host goes, leaves. GUI thread.
class WallModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        UuidRole = Qt::UserRole + 1, ///< QString
        KeyRole,                     ///< QString: host and UUID, unique on the wall
        StateRole,                   ///< int (DomainState)
        CpuPercentRole,              ///< double, -1 until the statistics have two samples
        ThumbnailRole,               ///< QImage, null until the first screen arrives
        /// QString: why there is no thumbnail (waiting, not running, the driver's error)
        ReasonRole,
        StateTextRole, ///< QString: "Running · CPU 12 %"
    };

    explicit WallModel(DomainTreeModel *tree, QObject *parent = nullptr);

    /// Shows the running guests of these hosts (replacing the previous choice).
    void setHosts(const QList<HostSession *> &hosts);
    QList<HostSession *> hosts() const;

    HostSession *sessionAt(int row) const;
    DomainInfo infoAt(int row) const;
    QString keyAt(int row) const;
    int rowOfKey(const QString &key) const;
    static QString keyOf(const HostSession *session, const QString &uuid);

    /// A screen arrived for the guest (scaled already), or why none did.
    void setThumbnail(const QString &key, const QImage &image);
    void setThumbnailError(const QString &key, const QString &reason);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A tile left the wall (its thumbnail reads stop).
    void tileRemoved(const QString &key);

private:
    struct Tile
    {
        QPointer<HostSession> session;
        DomainInfo info;
        double cpuPercent = -1;
        QImage thumbnail;
        QString reason;
    };
    static bool isActive(DomainState state);
    void follow(HostSession *session);
    void addOrUpdate(HostSession *session, const DomainInfo &info, bool addIfRunning);
    void removeWhere(const std::function<bool(const Tile &)> &gone);
    void onStats(HostSession *session, const QList<DomainStats> &stats);
    void onListed(HostSession *session, const QList<DomainInfo> &domains);
    int insertRowFor(const HostSession *session, const QString &name) const;
    void reindex();

    QPointer<DomainTreeModel> m_tree;
    QList<QPointer<HostSession>> m_hosts;
    QList<Tile> m_tiles;
    QHash<QString, int> m_rowOf; ///< key -> row, rebuilt when rows come or go
};

} // namespace Vireo
