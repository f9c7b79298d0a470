// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/manager/storagepage.h"

#include "core/common/memorysize.h"
#include "core/session/hostsession.h"
#include "core/storage/storageactions.h"
#include "core/storage/volumecopy.h"
#include "core/storage/volumedownload.h"
#include "core/storage/volumeupload.h"
#include "ui/manager/volumedialogs.h"
#include "widgets/capacitybar.h"
#include "widgets/errorstyle.h"

#include <algorithm>

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vireo {

namespace {

enum PoolColumn { PoolName, PoolType, PoolState, PoolAutostart, PoolPath, PoolUsage };
constexpr int NameRole = Qt::UserRole + 10;

QString stateText(StoragePoolInfo::State s)
{
    switch (s) {
    case StoragePoolInfo::State::Inactive:
        return StoragePage::tr("Stopped");
    case StoragePoolInfo::State::Building:
        return StoragePage::tr("Building");
    case StoragePoolInfo::State::Running:
        return StoragePage::tr("Active");
    case StoragePoolInfo::State::Degraded:
        return StoragePage::tr("Degraded");
    case StoragePoolInfo::State::Inaccessible:
        return StoragePage::tr("Inaccessible");
    }
    return {};
}

} // namespace

StoragePage::StoragePage(HostSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("StoragePage"));
    auto *layout = new QVBoxLayout(this);

    auto *poolsBox = new QGroupBox(tr("Storage pools"), this);
    auto *pv = new QVBoxLayout(poolsBox);
    m_pools = new QTreeWidget(poolsBox);
    m_pools->setObjectName(QStringLiteral("poolList"));
    m_pools->setAccessibleName(tr("Storage pools"));
    m_pools->setRootIsDecorated(false);
    m_pools->setHeaderLabels(
        {tr("Pool"), tr("Type"), tr("State"), tr("Autostart"), tr("Path"), tr("Allocation")});
    m_pools->setItemDelegateForColumn(PoolUsage, new CapacityDelegate(UsedRole, TotalRole, this));
    m_pools->header()->setSectionResizeMode(PoolUsage, QHeaderView::Stretch);
    m_pools->header()->setStretchLastSection(true);
    // A host has a few pools and many volumes: the volumes get the room.
    m_pools->setMinimumHeight(90);
    m_pools->setMaximumHeight(160);
    pv->addWidget(m_pools);
    auto *poolButtons = new QHBoxLayout;
    poolButtons->addWidget(m_buttons.add(poolsBox, QStringLiteral("startPool"), tr("S&tart"),
                                         tr("Start the storage pool")));
    poolButtons->addWidget(m_buttons.add(poolsBox, QStringLiteral("stopPool"), tr("Sto&p"),
                                         tr("Stop the storage pool")));
    poolButtons->addWidget(m_buttons.add(poolsBox, QStringLiteral("buildPool"), tr("&Build"),
                                         tr("Build the pool's storage")));
    poolButtons->addWidget(m_buttons.add(poolsBox, QStringLiteral("refreshPool"), tr("Re&fresh"),
                                         tr("Rescan the pool's storage")));
    m_autostart = new QCheckBox(tr("Start with the &host"), poolsBox);
    m_autostart->setObjectName(QStringLiteral("poolAutostart"));
    m_autostart->setAccessibleName(tr("Start the pool with the host"));
    poolButtons->addWidget(m_autostart);
    poolButtons->addStretch(1);
    poolButtons->addWidget(m_buttons.add(poolsBox, QStringLiteral("definePool"),
                                         tr("D&efine pool…"), tr("Define a new storage pool")));
    poolButtons->addWidget(m_buttons.add(poolsBox, QStringLiteral("deletePool"),
                                         tr("Delete storage…"), tr("Delete the pool's storage")));
    poolButtons->addWidget(m_buttons.add(poolsBox, QStringLiteral("undefinePool"), tr("&Undefine…"),
                                         tr("Remove the pool's definition")));
    pv->addLayout(poolButtons);
    m_poolBar = new CapacityBar(poolsBox);
    m_poolBar->setObjectName(QStringLiteral("poolBar"));
    m_poolBar->setAccessibleName(tr("Pool capacity"));
    pv->addWidget(m_poolBar);
    m_poolSummary = new QLabel(poolsBox);
    m_poolSummary->setObjectName(QStringLiteral("poolSummary"));
    m_poolSummary->setAccessibleName(tr("Pool capacity, allocation and available space"));
    m_poolSummary->setWordWrap(true);
    pv->addWidget(m_poolSummary);
    layout->addWidget(poolsBox);

    auto *volumesBox = new QGroupBox(tr("Volumes"), this);
    auto *vv = new QVBoxLayout(volumesBox);
    m_volumes = new QTreeWidget(volumesBox);
    m_volumes->setObjectName(QStringLiteral("volumeList"));
    m_volumes->setAccessibleName(tr("Volumes of the selected pool"));
    m_volumes->setRootIsDecorated(false);
    m_volumes->setHeaderLabels(
        {tr("Volume"), tr("Format"), tr("Capacity"), tr("On the host"), tr("Used by")});
    m_volumes->setItemDelegateForColumn(AllocationColumn,
                                        new CapacityDelegate(UsedRole, TotalRole, this));
    m_volumes->header()->setSectionResizeMode(AllocationColumn, QHeaderView::Stretch);
    m_volumes->header()->setStretchLastSection(false);
    vv->addWidget(m_volumes, 1);
    // The one line that says why a qcow2's bar is nearly empty and a raw one's full.
    auto *why = new QLabel(tr("Capacity is the size the guest sees; the bar is what the volume "
                              "takes on the host now. A qcow2 volume grows as the guest writes "
                              "(a new 20 GiB qcow2 takes well under 1 MiB); a raw one takes its "
                              "full size at once."),
                           volumesBox);
    why->setObjectName(QStringLiteral("allocationExplanation"));
    why->setWordWrap(true);
    why->setAccessibleName(tr("Capacity and allocation explained"));
    vv->addWidget(why);
    auto *volButtons = new QHBoxLayout;
    volButtons->addWidget(m_buttons.add(volumesBox, QStringLiteral("newVolume"), tr("&New volume…"),
                                        tr("Create a volume in the pool")));
    volButtons->addWidget(m_buttons.add(volumesBox, QStringLiteral("uploadVolume"), tr("Up&load…"),
                                        tr("Upload a local file into the pool as a new volume")));
    volButtons->addWidget(m_buttons.add(volumesBox, QStringLiteral("downloadVolume"),
                                        tr("Downlo&ad…"),
                                        tr("Download the selected volume into a local file")));
    volButtons->addWidget(m_buttons.add(volumesBox, QStringLiteral("convertVolume"),
                                        tr("Con&vert…"),
                                        tr("Convert the volume between raw and qcow2")));
    volButtons->addWidget(m_buttons.add(volumesBox, QStringLiteral("resizeVolume"), tr("&Resize…"),
                                        tr("Resize the selected volume")));
    volButtons->addStretch(1);
    volButtons->addWidget(m_buttons.add(volumesBox, QStringLiteral("wipeVolume"), tr("&Wipe…"),
                                        tr("Overwrite the selected volume with zeros")));
    volButtons->addWidget(m_buttons.add(volumesBox, QStringLiteral("deleteVolume"), tr("&Delete…"),
                                        tr("Delete the selected volume")));
    vv->addLayout(volButtons);
    layout->addWidget(volumesBox, 1);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Volume creation or upload progress"));
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelCreation"));
    m_cancel->setAccessibleName(tr("Cancel the volume creation, transfer or conversion"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    m_progress->hide();
    m_cancel->hide();
    layout->addWidget(
        m_buttons.addStatus(this, QStringLiteral("storageStatus"), tr("Storage status")));

    connect(m_pools, &QTreeWidget::currentItemChanged, this, [this] {
        m_volumes->clear();
        m_volumeInfo.clear();
        updateActions();
        loadVolumes();
    });
    connect(m_volumes, &QTreeWidget::currentItemChanged, this, &StoragePage::updateActions);
    auto onPool = [this](const QString &action, auto call) {
        if (const StoragePoolInfo *p = currentPool(); p && m_session)
            call(m_session.data(), p->name, this,
                 [this, action](Status s) { actionDone(action, s); });
    };
    connect(button(QStringLiteral("startPool")), &QPushButton::clicked, this,
            [onPool] { onPool(QStringLiteral("startPool"), &Storage::startPool); });
    connect(button(QStringLiteral("stopPool")), &QPushButton::clicked, this,
            [onPool] { onPool(QStringLiteral("stopPool"), &Storage::stopPool); });
    connect(button(QStringLiteral("buildPool")), &QPushButton::clicked, this,
            [onPool] { onPool(QStringLiteral("buildPool"), &Storage::buildPool); });
    connect(button(QStringLiteral("refreshPool")), &QPushButton::clicked, this,
            [onPool] { onPool(QStringLiteral("refreshPool"), &Storage::refreshPool); });
    connect(m_autostart, &QCheckBox::clicked, this, [this](bool on) {
        if (const StoragePoolInfo *p = currentPool(); p && m_session)
            Storage::setPoolAutostart(m_session, p->name, on, this, [this](Status s) {
                actionDone(QStringLiteral("poolAutostart"), s);
            });
    });
    connect(button(QStringLiteral("definePool")), &QPushButton::clicked, this,
            &StoragePage::definePool);
    connect(button(QStringLiteral("deletePool")), &QPushButton::clicked, this,
            &StoragePage::deletePool);
    connect(button(QStringLiteral("undefinePool")), &QPushButton::clicked, this,
            &StoragePage::undefinePool);
    connect(button(QStringLiteral("newVolume")), &QPushButton::clicked, this,
            &StoragePage::newVolume);
    connect(button(QStringLiteral("uploadVolume")), &QPushButton::clicked, this,
            &StoragePage::uploadVolume);
    connect(button(QStringLiteral("downloadVolume")), &QPushButton::clicked, this,
            &StoragePage::downloadVolume);
    connect(button(QStringLiteral("convertVolume")), &QPushButton::clicked, this,
            &StoragePage::convertVolume);
    connect(button(QStringLiteral("resizeVolume")), &QPushButton::clicked, this,
            &StoragePage::resizeVolume);
    connect(button(QStringLiteral("wipeVolume")), &QPushButton::clicked, this,
            &StoragePage::wipeVolume);
    connect(button(QStringLiteral("deleteVolume")), &QPushButton::clicked, this,
            &StoragePage::deleteVolume);
    // Delete on the volume list does what the Delete button does (and asks the same way).
    auto *del =
        new QShortcut(QKeySequence::Delete, m_volumes, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, [this] {
        if (QPushButton *b = button(QStringLiteral("deleteVolume")); b && b->isEnabled())
            deleteVolume();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_creation)
            m_creation->cancel();
        if (m_upload)
            m_upload->cancel();
        if (m_download)
            m_download->cancel();
        if (m_convert)
            m_convert->cancel();
    });
    connect(session, &HostSession::stateChanged, this, [this](HostState s) {
        if (s == HostState::Connected)
            reload();
        else
            updateActions();
    });
    updateActions();
    reload();
}

void StoragePage::reload()
{
    if (!m_session || m_session->state() != HostState::Connected) {
        showMessage(tr("Connect to the host to see its storage."));
        return;
    }
    const int generation = ++m_generation;
    Storage::listPools(m_session, this, [this, generation](Result<QList<StoragePoolInfo>> pools) {
        if (generation != m_generation)
            return;
        if (!pools) {
            showError(pools.error().text());
            Q_EMIT loaded();
            return;
        }
        showPools(pools.value());
    });
}

void StoragePage::showPools(const QList<StoragePoolInfo> &pools)
{
    const StoragePoolInfo *before = currentPool();
    const QString keep = !m_wantPool.isEmpty() ? m_wantPool : before ? before->name : QString();
    m_wantPool.clear();
    // The selected volume stays selected across the reload that follows an action.
    if (const StorageVolumeInfo *v = currentVolume(); v && m_wantVolume.isEmpty())
        m_wantVolume = v->name;
    m_poolInfo = pools;
    std::sort(m_poolInfo.begin(), m_poolInfo.end(),
              [](const auto &a, const auto &b) { return a.name < b.name; });
    {
        const QSignalBlocker block(m_pools);
        m_pools->clear();
        QTreeWidgetItem *select = nullptr;
        for (const StoragePoolInfo &p : m_poolInfo) {
            auto *item = new QTreeWidgetItem(m_pools);
            item->setText(PoolName, p.name);
            item->setData(PoolName, NameRole, p.name);
            item->setText(PoolType, p.type);
            item->setText(PoolState, stateText(p.state));
            item->setText(PoolAutostart, p.autostart ? tr("Yes") : tr("No"));
            item->setText(PoolPath, p.targetPath);
            item->setToolTip(PoolPath, p.targetPath);
            item->setText(
                PoolUsage,
                tr("%1 of %2").arg(formatBytes(p.allocationBytes), formatBytes(p.capacityBytes)));
            item->setData(PoolUsage, UsedRole, qulonglong(p.allocationBytes));
            item->setData(PoolUsage, TotalRole, qulonglong(p.capacityBytes));
            if (p.name == keep || !select)
                select = item;
        }
        m_pools->setCurrentItem(select);
    }
    if (pools.isEmpty())
        showMessage(tr("This host has no storage pools."));
    m_volumes->clear();
    m_volumeInfo.clear();
    updateActions();
    loadVolumes();
}

void StoragePage::loadVolumes()
{
    const StoragePoolInfo *p = currentPool();
    if (!p || !p->active || !m_session) {
        if (p && !p->active)
            showMessage(tr("Start pool '%1' to see its volumes.").arg(p->name));
        Q_EMIT loaded();
        return;
    }
    const int generation = m_generation;
    const QString pool = p->name;
    Storage::listVolumesWithUsers(m_session, pool, this,
                                  [this, generation, pool](Result<QList<StorageVolumeInfo>> r) {
                                      const StoragePoolInfo *now = currentPool();
                                      if (generation != m_generation || !now || now->name != pool)
                                          return;
                                      if (!r)
                                          showError(r.error().text());
                                      showVolumes(r ? r.value() : QList<StorageVolumeInfo>{});
                                      Q_EMIT loaded();
                                  });
}

void StoragePage::showVolumes(const QList<StorageVolumeInfo> &volumes)
{
    const StorageVolumeInfo *before = currentVolume();
    const QString keep =
        m_wantVolume.isEmpty() ? (before ? before->name : QString()) : m_wantVolume;
    m_wantVolume.clear();
    m_volumeInfo = volumes;
    std::sort(m_volumeInfo.begin(), m_volumeInfo.end(),
              [](const auto &a, const auto &b) { return a.name < b.name; });
    const QSignalBlocker block(m_volumes);
    m_volumes->clear();
    for (const StorageVolumeInfo &v : m_volumeInfo) {
        auto *item = new QTreeWidgetItem(m_volumes);
        item->setText(NameColumn, v.name);
        item->setData(NameColumn, NameRole, v.name);
        item->setToolTip(NameColumn, v.backingPath.isEmpty()
                                         ? v.path
                                         : tr("%1\nreads from %2").arg(v.path, v.backingPath));
        item->setText(FormatColumn, v.format);
        item->setText(CapacityColumn, formatBytes(v.capacityBytes));
        item->setText(
            AllocationColumn,
            tr("%1 of %2").arg(formatBytes(v.allocationBytes), formatBytes(v.capacityBytes)));
        item->setData(AllocationColumn, UsedRole, qulonglong(v.allocationBytes));
        item->setData(AllocationColumn, TotalRole, qulonglong(v.capacityBytes));
        item->setToolTip(AllocationColumn,
                         tr("%1 of its %2 are on the host")
                             .arg(formatBytes(v.allocationBytes), formatBytes(v.capacityBytes)));
        QStringList users;
        for (const QString &u : v.usedBy)
            users << (v.usedByRunning.contains(u) ? tr("%1 (running)").arg(u) : u);
        item->setText(UsedByColumn, users.isEmpty() ? tr("—") : users.join(QStringLiteral(", ")));
        if (v.name == keep)
            m_volumes->setCurrentItem(item);
    }
    for (int c = 0; c < m_volumes->columnCount(); ++c)
        if (c != AllocationColumn)
            m_volumes->resizeColumnToContents(c);
    updateActions();
}

const StoragePoolInfo *StoragePage::currentPool() const
{
    const QTreeWidgetItem *item = m_pools->currentItem();
    if (!item)
        return nullptr;
    const QString name = item->data(PoolName, NameRole).toString();
    for (const StoragePoolInfo &p : m_poolInfo)
        if (p.name == name)
            return &p;
    return nullptr;
}

const StorageVolumeInfo *StoragePage::currentVolume() const
{
    const QTreeWidgetItem *item = m_volumes->currentItem();
    if (!item)
        return nullptr;
    const QString name = item->data(NameColumn, NameRole).toString();
    for (const StorageVolumeInfo &v : m_volumeInfo)
        if (v.name == name)
            return &v;
    return nullptr;
}

void StoragePage::selectPool(const QString &name)
{
    for (int i = 0; i < m_pools->topLevelItemCount(); ++i)
        if (m_pools->topLevelItem(i)->data(PoolName, NameRole).toString() == name)
            m_pools->setCurrentItem(m_pools->topLevelItem(i));
}

void StoragePage::selectVolume(const QString &name)
{
    for (int i = 0; i < m_volumes->topLevelItemCount(); ++i)
        if (m_volumes->topLevelItem(i)->data(NameColumn, NameRole).toString() == name)
            m_volumes->setCurrentItem(m_volumes->topLevelItem(i));
}

} // namespace Vireo
