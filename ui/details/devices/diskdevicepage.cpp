// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/devices/diskdevicepage.h"

#include "core/session/hostsession.h"
#include "core/storage/storage.h"
#include "ui/common/uitr.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace Vireo {

namespace {
QString S(const char *s)
{
    return QString::fromLatin1(s);
}
} // namespace

DiskDevicePage::DiskDevicePage(bool cdrom, HostSession *session, const QStringList &usedTargets,
                               QWidget *parent)
    : DevicePage(parent)
    , m_cdrom(cdrom)
    , m_session(session)
    , m_usedTargets(usedTargets)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *group = new QButtonGroup(this);
    auto radio = [&](const QString &text) {
        auto *r = new QRadioButton(text, this);
        r->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        group->addButton(r);
        form->addRow(r);
        connect(r, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                updateFields();
        });
        return r;
    };
    if (!cdrom)
        m_newVolume = radio(UiTr::tr("&New volume in a storage pool"));
    m_existingVolume =
        radio(cdrom ? UiTr::tr("An ISO &volume of a pool") : UiTr::tr("An &existing volume"));
    m_pool = new QComboBox(this);
    m_pool->setAccessibleName(UiTr::tr("Storage pool"));
    m_pool->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    form->addRow(UiTr::tr("P&ool:"), m_pool);
    m_volume = new QComboBox(this);
    m_volume->setAccessibleName(UiTr::tr("Volume"));
    m_volume->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    form->addRow(UiTr::tr("Vol&ume:"), m_volume);
    if (!cdrom) {
        m_volumeName = new QLineEdit(this);
        m_volumeName->setAccessibleName(UiTr::tr("New volume name"));
        form->addRow(UiTr::tr("Na&me:"), m_volumeName);
        m_sizeGiB = new QSpinBox(this);
        m_sizeGiB->setRange(1, 64 * 1024);
        m_sizeGiB->setValue(10);
        m_sizeGiB->setSuffix(UiTr::tr(" GiB"));
        m_sizeGiB->setAccessibleName(UiTr::tr("New volume size in GiB"));
        form->addRow(UiTr::tr("&Size:"), m_sizeGiB);
        m_format = addCombo(form, UiTr::tr("&Format:"),
                            {{S("qcow2"), UiTr::tr("qcow2 (grows as used, snapshots)")},
                             {S("raw"), UiTr::tr("raw (allocated in full)")}});
        connect(m_volumeName, &QLineEdit::textChanged, this, &DevicePage::changed);
        connect(m_sizeGiB, &QSpinBox::valueChanged, this, &DevicePage::changed);
    }
    m_path = radio(cdrom ? UiTr::tr("An ISO &file on the host")
                         : UiTr::tr("A &file or block device on the host"));
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setAccessibleName(cdrom ? UiTr::tr("ISO path") : UiTr::tr("Disk path"));
    m_pathEdit->setPlaceholderText(cdrom ? S("/var/lib/libvirt/images/install.iso")
                                         : S("/var/lib/libvirt/images/data.qcow2"));
    form->addRow(UiTr::tr("&Path:"), m_pathEdit);
    if (cdrom)
        m_empty = radio(UiTr::tr("An empty &drive (insert media later)"));
    connect(m_pathEdit, &QLineEdit::textChanged, this, &DevicePage::changed);

    m_bus = cdrom ? addCombo(form, UiTr::tr("&Bus:"),
                             {{S("sata"), S("SATA")}, {S("scsi"), S("SCSI")}, {S("usb"), S("USB")}})
                  : addCombo(form, UiTr::tr("&Bus:"),
                             {{S("virtio"), UiTr::tr("virtio (fastest; hot-plug)")},
                              {S("sata"), S("SATA")},
                              {S("scsi"), UiTr::tr("SCSI (hot-plug)")},
                              {S("usb"), UiTr::tr("USB (hot-plug)")}});
    if (!cdrom) {
        m_cache = addCombo(form, UiTr::tr("&Cache:"),
                           {{QString(), UiTr::tr("Hypervisor default")},
                            {S("none"), UiTr::tr("none (direct I/O)")},
                            {S("writeback"), S("writeback")},
                            {S("writethrough"), S("writethrough")},
                            {S("directsync"), S("directsync")},
                            {S("unsafe"), UiTr::tr("unsafe (loses data on host crash)")}});
        m_readOnly = new QCheckBox(UiTr::tr("&Read-only"), this);
        m_shareable = new QCheckBox(UiTr::tr("S&hareable between domains"), this);
        m_readOnly->setAccessibleName(UiTr::tr("Read-only"));
        m_shareable->setAccessibleName(UiTr::tr("Shareable between domains"));
        form->addRow(m_readOnly);
        form->addRow(m_shareable);
        connect(m_readOnly, &QCheckBox::toggled, this, &DevicePage::changed);
        connect(m_shareable, &QCheckBox::toggled, this, &DevicePage::changed);
    }
    m_target = new QLabel(this);
    m_target->setAccessibleName(UiTr::tr("Target name"));
    form->addRow(UiTr::tr("Target:"), m_target);
    connect(m_bus, &QComboBox::currentIndexChanged, this, [this] { updateFields(); });
    connect(m_pool, &QComboBox::currentIndexChanged, this, [this] { listVolumes(); });
    connect(m_volume, &QComboBox::currentIndexChanged, this, &DevicePage::changed);

    (m_newVolume ? m_newVolume : m_path)->setChecked(true);
    updateFields();
    listPools();
}

void DiskDevicePage::listPools()
{
    Storage::listPools(m_session, this, [this](Result<QList<StoragePoolInfo>> pools) {
        m_pool->clear();
        if (!pools) {
            m_listError = pools.error().text();
            Q_EMIT changed();
            return;
        }
        for (const StoragePoolInfo &p : *pools) {
            if (p.active)
                m_pool->addItem(p.name, p.name);
        }
        if (const int i = m_pool->findData(S("default")); i >= 0)
            m_pool->setCurrentIndex(i);
        listVolumes();
    });
}

void DiskDevicePage::listVolumes()
{
    const QString pool = valueOf(m_pool);
    m_volume->clear();
    m_volumeNames.clear();
    if (pool.isEmpty())
        return;
    Storage::listVolumes(
        m_session, pool, this, [this, pool](Result<QList<StorageVolumeInfo>> vols) {
            if (valueOf(m_pool) != pool)
                return; // the user chose another pool meanwhile
            m_volume->clear();
            if (!vols) {
                m_listError = vols.error().text();
                Q_EMIT changed();
                return;
            }
            m_listError.clear();
            for (const StorageVolumeInfo &v : *vols) {
                m_volumeNames << v.name;
                const bool iso =
                    v.format == u"iso" || v.name.endsWith(S(".iso"), Qt::CaseInsensitive);
                if (m_cdrom == iso) {
                    m_volume->addItem(v.name, v.name);
                    m_volume->setItemData(m_volume->count() - 1, iso ? S("raw") : v.format,
                                          Qt::UserRole + 1);
                }
            }
            if (m_volumeName && m_volumeName->text().isEmpty()) {
                // A free name, like the wizard's: data.qcow2, data-1.qcow2...
                QString name = S("data.qcow2");
                for (int i = 1; m_volumeNames.contains(name); ++i)
                    name = S("data-%1.qcow2").arg(i);
                m_volumeName->setText(name);
            }
            Q_EMIT changed();
        });
}

void DiskDevicePage::updateFields()
{
    const bool newVol = m_newVolume && m_newVolume->isChecked();
    const bool existing = m_existingVolume->isChecked();
    // Running, a CD-ROM's media still changes (live); a disk's source, and any bus, cache or
    // sharing, only while shut off. Shut off (or adding), holdWhileRunning only enables.
    auto source = [this](QWidget *w, bool enabled) {
        if (m_cdrom)
            w->setEnabled(enabled);
        else
            holdWhileRunning(w, enabled);
    };
    source(m_pool, newVol || existing);
    source(m_volume, existing);
    if (m_volumeName) {
        m_volumeName->setEnabled(newVol);
        m_sizeGiB->setEnabled(newVol);
        m_format->setEnabled(newVol);
    }
    source(m_pathEdit, m_path->isChecked());
    source(m_existingVolume, true);
    source(m_path, true);
    if (m_newVolume && isRunning())
        holdWhileRunning(m_newVolume, false);
    holdWhileRunning(m_bus, true);
    for (QWidget *w : {static_cast<QWidget *>(m_cache), static_cast<QWidget *>(m_readOnly),
                       static_cast<QWidget *>(m_shareable)}) {
        if (w)
            holdWhileRunning(w, true);
    }
    const QString target =
        m_fixedTarget.isEmpty() ? freeDiskTarget(valueOf(m_bus), m_usedTargets) : m_fixedTarget;
    m_target->setText(target);
    Q_EMIT changed();
}

DeviceSpec DiskDevicePage::spec() const
{
    DiskDeviceSpec d;
    d.cdrom = m_cdrom;
    d.bus = valueOf(m_bus);
    d.target = m_target->text();
    if (m_cache) {
        d.cache = valueOf(m_cache);
        d.readOnly = m_readOnly->isChecked();
        d.shareable = m_shareable->isChecked();
    }
    if (m_newVolume && m_newVolume->isChecked()) {
        d.source = DiskDeviceSpec::Source::Volume;
        d.pool = valueOf(m_pool);
        d.volume = m_volumeName->text().trimmed();
        d.format = valueOf(m_format);
    } else if (m_existingVolume->isChecked()) {
        d.source = DiskDeviceSpec::Source::Volume;
        d.pool = valueOf(m_pool);
        d.volume = valueOf(m_volume);
        d.format = m_volume->currentData(Qt::UserRole + 1).toString();
    } else if (m_empty && m_empty->isChecked()) {
        d.source = DiskDeviceSpec::Source::Empty;
    } else {
        d.path = m_pathEdit->text().trimmed();
        d.source = d.path.startsWith(S("/dev/")) ? DiskDeviceSpec::Source::Block
                                                 : DiskDeviceSpec::Source::File;
        if (d.path.endsWith(S(".qcow2")))
            d.format = S("qcow2");
    }
    return d;
}

QString DiskDevicePage::pageProblem() const
{
    if (!m_listError.isEmpty() &&
        (m_existingVolume->isChecked() || (m_newVolume && m_newVolume->isChecked())))
        return m_listError;
    if (m_newVolume && m_newVolume->isChecked()) {
        const QString name = m_volumeName->text().trimmed();
        static const QRegularExpression allowed(S("^[A-Za-z0-9][A-Za-z0-9_.+-]*$"));
        if (name.isEmpty())
            return UiTr::tr("Name the new volume.");
        if (!allowed.match(name).hasMatch())
            return UiTr::tr("A volume name may only have letters, digits and _ . + -");
        if (m_volumeNames.contains(name))
            return UiTr::tr("The pool already has a volume named %1.").arg(name);
    }
    if (m_existingVolume->isChecked() && m_volume->count() == 0)
        return m_cdrom ? UiTr::tr("The pool has no ISO volume.")
                       : UiTr::tr("The pool has no volume to choose.");
    return {};
}

std::optional<DiskDevicePage::NewVolume> DiskDevicePage::newVolume() const
{
    if (!m_newVolume || !m_newVolume->isChecked())
        return std::nullopt;
    return NewVolume{valueOf(m_pool), m_volumeName->text().trimmed(), valueOf(m_format),
                     quint64(m_sizeGiB->value()) * 1024 * 1024 * 1024};
}

void DiskDevicePage::setSpec(const DeviceSpec &spec)
{
    const auto *d = std::get_if<DiskDeviceSpec>(&spec);
    if (!d)
        return;
    m_fixedTarget = d->target;
    if (m_newVolume)
        m_newVolume->setEnabled(false); // an edit points the disk elsewhere, it creates nothing
    selectValue(m_bus, d->bus);
    if (m_cache) {
        selectValue(m_cache, d->cache);
        m_readOnly->setChecked(d->readOnly);
        m_shareable->setChecked(d->shareable);
    }
    switch (d->source) {
    case DiskDeviceSpec::Source::Volume:
        m_existingVolume->setChecked(true);
        selectValue(m_pool, d->pool);
        selectValue(m_volume, d->volume);
        break;
    case DiskDeviceSpec::Source::Empty:
        if (m_empty)
            m_empty->setChecked(true);
        break;
    case DiskDeviceSpec::Source::File:
    case DiskDeviceSpec::Source::Block:
        m_path->setChecked(true);
        m_pathEdit->setText(d->path);
        break;
    }
    updateFields();
}

QString DiskDevicePage::restartNote() const
{
    if (m_cdrom)
        return UiTr::tr("The media changes in the running guest now. The bus is greyed: libvirt "
                        "changes it only while the domain is shut off.");
    return UiTr::tr("A disk's source, bus, cache and sharing are greyed: libvirt changes them only "
                    "while the domain is shut off.");
}

} // namespace Vireo
