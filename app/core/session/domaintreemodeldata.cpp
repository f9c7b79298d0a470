// What the tree's rows show: names, states, memory and vCPUs as text, tooltips, sort keys.
#include "core/session/domaintreemodel.h"

#include "core/common/coretr.h"
#include "core/common/softassert.h"

#include "core/session/hostsession.h"

#include <QCoreApplication>

namespace Vireo {

QString formatMemoryKiB(quint64 kib)
{
    if (kib >= 1024ull * 1024)
        return Tr::tr("%1 GiB").arg(double(kib) / (1024.0 * 1024.0), 0, 'f', 1);
    return Tr::tr("%1 MiB").arg(kib / 1024);
}

/// What a host that is slow to connect is most likely doing.
static QString slowConnectionNote()
{
    return Tr::tr("libvirt is still examining the hypervisor; the first time can take a minute.");
}

QVariant DomainTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return Tr::tr("Name");
    case StateColumn:
        return Tr::tr("State");
    case CpuColumn:
        return Tr::tr("CPU usage");
    case MemoryColumn:
        return Tr::tr("Memory");
    case VcpuColumn:
        return Tr::tr("vCPUs");
    }
    return {};
}

QVariant DomainTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (!index.internalPointer()) {
        const HostNode *node = m_hosts.value(index.row());
        return node ? hostData(node, index.column(), role) : QVariant();
    }
    const auto *node = static_cast<HostNode *>(index.internalPointer());
    VIREO_ASSERT(index.row() < node->rows.size(), return {}); // a stale index (see domainAt)
    return domainData(node->rows[index.row()], index.column(), role);
}

QVariant DomainTreeModel::hostData(const HostNode *node, int column, int role) const
{
    const HostSession *s = node->session;
    switch (role) {
    case IsHostRole:
        return true;
    case HostUriRole:
        return s->uri();
    case HostStateRole:
        return int(s->state());
    case CpuPercentRole:
        return node->stats.cpuPercent;
    case SortRole:
        return hostRow(node); // hosts keep the order they were added in
    case Qt::ToolTipRole:
        if (s->state() == HostState::Connecting && s->isSlowToConnect())
            return s->uri() + QLatin1Char('\n') + slowConnectionNote();
        return s->stateReason().isEmpty() ? s->uri()
                                          : s->uri() + QLatin1Char('\n') + s->stateReason();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        return s->displayName();
    case StateColumn:
        switch (s->state()) {
        case HostState::Connected:
            return Tr::tr("Connected");
        case HostState::Connecting:
            return s->isSlowToConnect() ? Tr::tr("Connecting… %1").arg(slowConnectionNote())
                                        : Tr::tr("Connecting…");
        case HostState::Disconnected: {
            if (s->stateReason().isEmpty())
                return Tr::tr("Not connected");
            const int secs = s->reconnectInSeconds();
            return secs >= 0 ? Tr::tr("Disconnected: %1 (retrying)").arg(s->stateReason())
                             : Tr::tr("Disconnected: %1").arg(s->stateReason());
        }
        }
        return {};
    case CpuColumn:
        return node->stats.cpuPercent >= 0
                   ? QVariant(Tr::tr("%1 %").arg(node->stats.cpuPercent, 0, 'f', 0))
                   : QVariant();
    case MemoryColumn:
        if (node->stats.memoryTotalKiB > 0)
            return Tr::tr("%1 / %2").arg(
                formatMemoryKiB(node->stats.memoryTotalKiB - node->stats.memoryFreeKiB),
                formatMemoryKiB(node->stats.memoryTotalKiB));
        if (s->hostInfo().memoryKiB > 0)
            return formatMemoryKiB(s->hostInfo().memoryKiB);
        return {};
    case VcpuColumn:
        return s->hostInfo().cpus > 0 ? QVariant(s->hostInfo().cpus) : QVariant();
    }
    return {};
}

QVariant DomainTreeModel::domainData(const DomainRow &row, int column, int role) const
{
    const DomainInfo &d = row.info;
    switch (role) {
    case IsHostRole:
        return false;
    case UuidRole:
        return d.uuid;
    case DomainStateRole:
        return int(d.state);
    case CpuPercentRole:
        return row.cpuPercent;
    case PersistentRole:
        return d.persistent;
    case CpuHistoryRole: {
        QByteArray out;
        out.reserve(row.historyCount);
        const int start = (row.historyPos + HistoryLength - row.historyCount) % HistoryLength;
        for (int i = 0; i < row.historyCount; ++i)
            out.append(char(row.history[(start + i) % HistoryLength]));
        return out;
    }
    case SortRole:
        switch (column) {
        case NameColumn:
            return d.name;
        case StateColumn:
            return int(d.state);
        case CpuColumn:
            return row.cpuPercent;
        case MemoryColumn:
            return d.memoryKiB;
        case VcpuColumn:
            return d.vcpus;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return Tr::tr("%1\nUUID %2").arg(d.name, d.uuid);
        if (column == MemoryColumn)
            return Tr::tr("%1 of at most %2")
                .arg(formatMemoryKiB(d.memoryKiB), formatMemoryKiB(d.maxMemoryKiB));
        if (column == VcpuColumn)
            return Tr::tr("%1 of at most %2 vCPUs").arg(d.vcpus).arg(d.maxVcpus);
        return {};
    case Qt::TextAlignmentRole:
        if (column == VcpuColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        return d.name;
    case StateColumn: {
        QString s = domainStateName(d.state);
        if (d.state == DomainState::Shutoff && d.managedSave)
            s = Tr::tr("Saved");
        if (!d.persistent)
            s += Tr::tr(" (transient)");
        return s;
    }
    case CpuColumn:
        return row.cpuPercent >= 0 ? QVariant(Tr::tr("%1 %").arg(row.cpuPercent, 0, 'f', 0))
                                   : QVariant();
    case MemoryColumn:
        return Tr::tr("%1 / %2").arg(formatMemoryKiB(d.memoryKiB), formatMemoryKiB(d.maxMemoryKiB));
    case VcpuColumn:
        return d.maxVcpus > d.vcpus ? Tr::tr("%1 of %2").arg(d.vcpus).arg(d.maxVcpus)
                                    : QString::number(d.vcpus);
    }
    return {};
}

} // namespace Vireo
