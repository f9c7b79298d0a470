// SPDX-License-Identifier: GPL-2.0-or-later
// What the tree's rows show: names, states, memory and vCPUs as text, tooltips, sort keys.
#include "core/session/domaintreemodel.h"

#include "core/common/memorysize.h"
#include "core/common/softassert.h"
#include "core/session/hostsession.h"

namespace Vireo {

/// What the CPU column says of a host that does not sample CPU use (Edit > Preferences).
static bool cpuSamplingOff(const HostSession *s)
{
    return s->state() == HostState::Connected && !s->statsSampling().cpu;
}

/// A stopped guest's last addresses are not its addresses any more.
static QStringList guestAddressesOf(const DomainInfo &d, const QStringList &addresses)
{
    return d.state == DomainState::Running || d.state == DomainState::Paused ||
                   d.state == DomainState::Blocked
               ? addresses
               : QStringList();
}

QString DomainTreeModel::connectedStateText(int running, int total)
{
    return tr("Connected · %1 of %2 running").arg(running).arg(total);
}

QVariant DomainTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case CpuColumn:
        return tr("CPU usage");
    case MemoryColumn:
        return tr("Memory");
    case VcpuColumn:
        return tr("vCPUs");
    case IpColumn:
        return tr("IP address");
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
    return domainData(node, node->rows[index.row()], index.column(), role);
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
    case CpuHistoryRole:
        return node->cpuHistory.bytes();
    case SortRole:
        return hostRow(node); // hosts keep the order they were added in
    case Qt::ToolTipRole:
        if (column == CpuColumn && cpuSamplingOff(s))
            return tr("CPU usage is not sampled (Edit > Preferences > Polling).");
        if (column == MemoryColumn && s->hostInfo().memoryKiB > 0) {
            // Which figure this is, when libvirt's two figures differ (issue 19, #8).
            const HostInfo &info = s->hostInfo();
            const QString bound = tr("Guests can get up to %1.").arg(formatKiB(info.memoryKiB));
            return info.memoryNote.isEmpty() ? bound : info.memoryNote;
        }
        if (s->state() == HostState::Connecting && s->isSlowToConnect())
            return s->uri() + QLatin1Char('\n') + HostSession::slowConnectionNote();
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
        case HostState::Connected: {
            // Fifty hosts at a glance: how many of each one's domains run.
            int running = 0;
            for (const DomainRow &r : node->rows)
                running += r.info.state == DomainState::Running;
            return connectedStateText(running, int(node->rows.size()));
        }
        case HostState::Connecting:
            return s->isSlowToConnect()
                       ? tr("Connecting… %1").arg(HostSession::slowConnectionNote())
                       : tr("Connecting…");
        case HostState::Disconnected: {
            if (s->stateReason().isEmpty())
                return tr("Not connected");
            const int secs = s->reconnectInSeconds();
            return secs >= 0 ? tr("Disconnected: %1 (retrying)").arg(s->stateReason())
                             : tr("Disconnected: %1").arg(s->stateReason());
        }
        }
        return {};
    case CpuColumn:
        if (cpuSamplingOff(s))
            return tr("Off");
        return node->stats.cpuPercent >= 0
                   ? QVariant(tr("%1 %").arg(node->stats.cpuPercent, 0, 'f', 0))
                   : QVariant();
    case MemoryColumn:
        if (node->stats.memoryTotalKiB > 0)
            return tr("%1 / %2").arg(
                formatKiB(node->stats.memoryTotalKiB - node->stats.memoryFreeKiB),
                formatKiB(node->stats.memoryTotalKiB));
        if (s->hostInfo().memoryKiB > 0)
            return formatKiB(s->hostInfo().memoryKiB);
        return {};
    case VcpuColumn:
        return s->hostInfo().cpus > 0 ? QVariant(s->hostInfo().cpus) : QVariant();
    }
    return {};
}

QVariant DomainTreeModel::staleDomainData(const HostNode *node, const DomainRow &row, int column,
                                          int role) const
{
    const DomainInfo &d = row.info;
    switch (role) {
    case StaleRole:
        return true;
    case DomainStateRole:
        return int(DomainState::NoState);
    case SortRole:
        if (column == StateColumn)
            return int(DomainState::NoState);
        break;
    case Qt::ToolTipRole:
        if (column == StateColumn)
            return tr("%1 is not connected, so the state of '%2' is unknown. When last seen it "
                      "was %3.")
                .arg(node->session->displayName(), d.name, d.stateText());
        break;
    case Qt::DisplayRole:
        if (column == StateColumn)
            return tr("Unknown");
        break;
    }
    return domainData(nullptr, row, column, role);
}

QVariant DomainTreeModel::domainData(const HostNode *node, const DomainRow &row, int column,
                                     int role) const
{
    if (node && node->session->state() != HostState::Connected)
        return staleDomainData(node, row, column, role);
    const DomainInfo &d = row.info;
    switch (role) {
    case StaleRole:
        return false;
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
    case CpuHistoryRole:
        return row.history.bytes();
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
        case IpColumn:
            return guestAddressesOf(d, row.addresses).value(0);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == CpuColumn && node && cpuSamplingOff(node->session))
            return tr("CPU usage is not sampled (Edit > Preferences > Polling).");
        if (column == IpColumn && !guestAddressesOf(d, row.addresses).isEmpty())
            return guestAddressesOf(d, row.addresses).join(QLatin1Char('\n'));
        if (column == NameColumn)
            return tr("%1\nUUID %2").arg(d.name, d.uuid);
        if (column == MemoryColumn)
            return tr("%1 of at most %2").arg(formatKiB(d.memoryKiB), formatKiB(d.maxMemoryKiB));
        if (column == VcpuColumn)
            return tr("%1 of at most %2 vCPUs").arg(d.vcpus).arg(d.maxVcpus);
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
        QString s = d.stateText();
        if (d.state == DomainState::Shutoff && d.managedSave)
            s = tr("Saved");
        if (!d.persistent)
            s += tr(" (transient)");
        return s;
    }
    case CpuColumn:
        if (node && cpuSamplingOff(node->session))
            return tr("Off");
        return row.cpuPercent >= 0 ? QVariant(tr("%1 %").arg(row.cpuPercent, 0, 'f', 0))
                                   : QVariant();
    case MemoryColumn:
        return tr("%1 / %2").arg(formatKiB(d.memoryKiB), formatKiB(d.maxMemoryKiB));
    case VcpuColumn:
        return d.maxVcpus > d.vcpus ? tr("%1 of %2").arg(d.vcpus).arg(d.maxVcpus)
                                    : QString::number(d.vcpus);
    case IpColumn:
        return guestAddressesOf(d, row.addresses).join(QStringLiteral(", "));
    }
    return {};
}

} // namespace Vireo
