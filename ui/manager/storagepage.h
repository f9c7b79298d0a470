// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/storage/storage.h"
#include "ui/manager/pagebuttons.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Vireo {

class CapacityBar;
class HostSession;
class VolumeCopy;
class VolumeDownload;
class VolumeUpload;

/// The connection details' Storage page: the host's pools (type, state, autostart, path and a bar
/// of capacity, allocation and available), the volumes of the selected pool (format, capacity,
/// allocation drawn against capacity, the domains that use them) and their actions. Everything
/// runs on the host's worker; destructive actions ask first; what the host's driver cannot do is
/// greyed, with the reason in its tooltip, once the host has said so. GUI thread.
class StoragePage : public QWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, FormatColumn, CapacityColumn, AllocationColumn, UsedByColumn };
    enum Role { UsedRole = Qt::UserRole + 1, TotalRole };

    explicit StoragePage(HostSession *session, QWidget *parent = nullptr);

    /// Reads the pools again (and the selected pool's volumes).
    void reload();

    QTreeWidget *poolList() const { return m_pools; }
    QTreeWidget *volumeList() const { return m_volumes; }
    CapacityBar *poolBar() const { return m_poolBar; }
    QLabel *statusLabel() const { return m_buttons.status(); }
    QPushButton *button(const QString &objectName) const { return m_buttons.button(objectName); }
    QCheckBox *autostartBox() const { return m_autostart; }
    void selectPool(const QString &name);
    void selectVolume(const QString &name);

Q_SIGNALS:
    /// After the pools and the selected pool's volumes have arrived (for tests).
    void loaded();

private:
    void showPools(const QList<StoragePoolInfo> &pools);
    void loadVolumes();
    void showVolumes(const QList<StorageVolumeInfo> &volumes);
    void updateActions();
    const StoragePoolInfo *currentPool() const;
    const StorageVolumeInfo *currentVolume() const;
    /// Shows the outcome of an action and reloads; an unsupported call greys its button.
    void actionDone(const QString &action, const Status &result, const QString &success = {});
    void showError(const QString &text) { m_buttons.showError(text); }
    void showMessage(const QString &text) { m_buttons.showMessage(text); }
    /// Asks with a window-modal box; `yes` runs only if the user confirms with `confirmText`.
    void confirm(const QString &title, const QString &text, const QString &confirmText,
                 std::function<void()> yes);

    void definePool();
    void newVolume();
    void uploadVolume();
    void startUpload(const QString &localPath);
    void downloadVolume();
    void startDownload(const QString &volume, const QString &localPath);
    void convertVolume();
    void startConvert(const StorageVolumeInfo &volume, const QString &name, const QString &format);
    void resizeVolume();
    void wipeVolume();
    void deleteVolume();
    void deletePool();
    void undefinePool();

    QPointer<HostSession> m_session;
    QTreeWidget *m_pools;
    QTreeWidget *m_volumes;
    CapacityBar *m_poolBar;
    QLabel *m_poolSummary;
    QCheckBox *m_autostart;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QList<StoragePoolInfo> m_poolInfo;
    QList<StorageVolumeInfo> m_volumeInfo;
    PageButtons m_buttons;
    /// Actions the host's driver refused as unsupported, with libvirt's words.
    QHash<QString, QString> m_unsupported;
    QPointer<VolumeCreation> m_creation;
    QPointer<VolumeUpload> m_upload;
    QPointer<VolumeDownload> m_download;
    QPointer<VolumeCopy> m_convert;
    QString m_wantPool;   ///< selected after the next pool list (a new pool)
    QString m_wantVolume; ///< selected again after the next volume list
    int m_generation = 0; ///< answers of an older reload are dropped
};

} // namespace Vireo
