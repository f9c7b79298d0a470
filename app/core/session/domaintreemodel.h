// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/types.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <optional>

namespace Vireo {

class HostSession;

/// Hosts at the top level, their domains below. Lives on the GUI thread.
///
/// Fed by the HostSessions' queued signals and updated by diff by UUID (inserts, removals and
/// dataChanged), never by a reset, so selection and expansion survive. Statistics ticks become
/// one dataChanged per host over the changed rows. Keeps a short CPU history per domain and per
/// host for the sparkline (one byte per sample).
class DomainTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    /// IpColumn is optional: views hide it until the user shows it (setGuestAddressesShown).
    enum Column {
        NameColumn,
        StateColumn,
        CpuColumn,
        MemoryColumn,
        VcpuColumn,
        IpColumn,
        ColumnCount
    };
    enum Role {
        IsHostRole = Qt::UserRole + 1, ///< bool
        UuidRole,                      ///< QString (domains)
        HostUriRole,                   ///< QString
        DomainStateRole,               ///< int (DomainState)
        HostStateRole,                 ///< int (HostState)
        CpuPercentRole,                ///< double, -1 when unknown
        CpuHistoryRole,                ///< QByteArray, oldest first, 0..100 per byte
        SortRole,                      ///< a value that sorts naturally for the column
        PersistentRole,                ///< bool
        /// bool (domains): the host is not connected, so the row is what was last seen. Such
        /// rows stay listed, greyed and not selectable, their state Unknown (DomainStateRole
        /// NoState) until the host lists them again.
        StaleRole,
    };
    static constexpr int HistoryLength = 40;
    /// At most this many rows are inserted per event-loop turn.
    static constexpr int InsertChunk = 500;

    explicit DomainTreeModel(QObject *parent = nullptr);
    ~DomainTreeModel() override;

    /// Starts following the session (the model does not own it).
    void addHost(HostSession *session);
    void removeHost(HostSession *session);
    QList<HostSession *> hosts() const;

    HostSession *hostAt(const QModelIndex &index) const;
    bool isHost(const QModelIndex &index) const;
    std::optional<DomainInfo> domainAt(const QModelIndex &index) const;
    std::optional<DomainInfo> domain(const HostSession *session, const QString &uuid) const;
    /// Looks a domain up by UUID or by name.
    std::optional<DomainInfo> findDomain(const HostSession *session,
                                         const QString &uuidOrName) const;
    /// A connected host's state column ("Connected · 4 of 9 running"); views size the column
    /// for it in the language shown.
    static QString connectedStateText(int running, int total);
    QModelIndex indexOf(const HostSession *session, const QString &uuid, int column = 0) const;
    QModelIndex indexOf(const HostSession *session) const;
    int domainCount() const;
    /// Whether a view shows IpColumn: only then do the model's hosts read guest addresses
    /// (HostSession::setGuestAddressesWanted), on their statistics tick.
    void setGuestAddressesShown(bool shown);
    bool guestAddressesShown() const { return m_addressesShown; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    /// A host's domain list arrived (after each connect): for views that wait for a domain.
    void hostListed(Vireo::HostSession *session);

private:
    /// The last HistoryLength CPU samples, 0..100 each, in a ring.
    struct CpuHistory
    {
        quint8 samples[HistoryLength] = {};
        quint8 count = 0;
        quint8 pos = 0;
        void add(double percent);
        void clear() { count = 0; }
        /// Oldest first, as CpuHistoryRole gives it.
        QByteArray bytes() const;
    };
    struct DomainRow
    {
        DomainInfo info;
        double cpuPercent = -1;
        CpuHistory history;
        QStringList addresses; ///< as of the last tick that read them
    };
    struct HostNode
    {
        quint64 id = 0; ///< never reused: queued work names its node by id, not by pointer
        HostSession *session = nullptr;
        QList<DomainRow> rows;
        QHash<QString, int> rowOf;
        HostStats stats;
        CpuHistory cpuHistory; ///< the host's own CPU use, for its row's sparkline
        // New domains not yet inserted: a long list goes in by chunks, one per event-loop turn,
        // so the window never stalls on 10,000 rows. Keyed by UUID; events update them here.
        QList<DomainInfo> pending;
        QHash<QString, qsizetype> pendingIndex;
        bool flushScheduled = false;
        bool listingPending = false; ///< hostListed is due once the pending rows are in
        void reindex();
    };

    HostNode *nodeOf(const QModelIndex &index) const;
    int hostRow(const HostNode *node) const;
    HostNode *findNode(const HostSession *session) const;
    HostNode *nodeById(quint64 id) const;
    QVariant hostData(const HostNode *node, int column, int role) const;
    QVariant domainData(const HostNode *node, const DomainRow &row, int column, int role) const;
    QVariant staleDomainData(const HostNode *node, const DomainRow &row, int column,
                             int role) const;

    void onListed(HostNode *node, const QList<DomainInfo> &domains);
    void onChanged(HostNode *node, const QList<DomainInfo> &domains);
    void onRemoved(HostNode *node, const QStringList &uuids);
    /// Removes the rows whose UUID gone() names; true if any went.
    template<typename Pred>
    bool removeRowsWhere(HostNode *node, Pred gone);
    void onStats(HostNode *node, const QList<DomainStats> &stats);
    void hostRowChanged(HostNode *node);
    void onHostState(HostNode *node);
    void insertPendingChunk(HostNode *node);
    void scheduleChunk(HostNode *node);

    QList<HostNode *> m_hosts;
    quint64 m_nextNodeId = 1;
    bool m_addressesShown = false;
};

} // namespace Vireo
