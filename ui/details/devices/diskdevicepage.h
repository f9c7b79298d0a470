// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ui/details/devices/devicepage.h"

#include <QPointer>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Vireo {

class HostSession;

/// A disk or a CD-ROM drive: where its data is (a new volume in a pool, an existing volume, a
/// file or device on the host; for a CD-ROM an ISO or nothing), the bus, cache and sharing. The
/// target name follows the bus, free of the domain's others. GUI thread.
class DiskDevicePage : public DevicePage
{
    Q_OBJECT
public:
    DiskDevicePage(bool cdrom, HostSession *session, const QStringList &usedTargets,
                   QWidget *parent = nullptr);

    DeviceSpec spec() const override;
    QString pageProblem() const override;
    /// Edit mode: the disk's source, bus and cache as they are; its target stays.
    void setSpec(const DeviceSpec &spec) override;
    QString restartNote() const override;
    /// A CD-ROM's media changes live; nothing else of a disk does.
    bool changesLive() const override { return m_cdrom; }

    /// The volume to create before the disk is attached, when the user chose a new one.
    struct NewVolume
    {
        QString pool;
        QString name;
        QString format;
        quint64 capacityBytes = 0;
    };
    std::optional<NewVolume> newVolume() const;

private:
    void updateHeld() override { updateFields(); }
    void listPools();
    void listVolumes();
    void updateFields();

    bool m_cdrom;
    QPointer<HostSession> m_session;
    QStringList m_usedTargets;
    QString m_fixedTarget; ///< edit mode: the disk keeps its name
    QRadioButton *m_newVolume = nullptr;
    QRadioButton *m_existingVolume;
    QRadioButton *m_path;
    QRadioButton *m_empty = nullptr;
    QComboBox *m_pool;
    QComboBox *m_volume;
    QLineEdit *m_volumeName = nullptr;
    QSpinBox *m_sizeGiB = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_pathEdit;
    QComboBox *m_bus;
    QComboBox *m_cache = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QCheckBox *m_shareable = nullptr;
    QLabel *m_target;
    QStringList m_volumeNames; ///< of the chosen pool, to refuse a name in use
    QString m_listError;
};

} // namespace Vireo
