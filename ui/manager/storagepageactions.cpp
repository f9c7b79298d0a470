// SPDX-License-Identifier: GPL-2.0-or-later
// StoragePage's actions: what each button may do now, the confirmations, and their outcome.
#include "core/common/memorysize.h"
#include "core/session/hostsession.h"
#include "core/storage/storageactions.h"
#include "core/storage/volumecopy.h"
#include "core/storage/volumedownload.h"
#include "core/storage/volumeupload.h"
#include "ui/common/confirmbox.h"
#include "ui/manager/pooldialog.h"
#include "ui/manager/storagepage.h"
#include "ui/manager/volumedialogs.h"
#include "widgets/capacitybar.h"
#include "widgets/errorstyle.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>

namespace Vireo {

void StoragePage::updateActions()
{
    const bool connected = m_session && m_session->state() == HostState::Connected;
    const StoragePoolInfo *p = connected ? currentPool() : nullptr;
    const StorageVolumeInfo *v = p && p->active ? currentVolume() : nullptr;
    const bool creating =
        (m_creation && m_creation->isRunning()) || (m_upload && m_upload->isRunning()) ||
        (m_download && m_download->isRunning()) || (m_convert && m_convert->isRunning());
    // Each button: whether it may act now, and if not, why (its tooltip).
    auto set = [this](const QString &name, bool on, const QString &why) {
        const QString unsupported = m_unsupported.value(name);
        if (!unsupported.isEmpty())
            m_buttons.set(name, false,
                          tr("This host's storage driver cannot do this: %1").arg(unsupported));
        else
            m_buttons.set(name, on, why);
    };
    const QString noPool =
        connected ? tr("Select a pool first.") : tr("Connect to the host first.");
    set(QStringLiteral("startPool"), p && !p->active, p ? tr("The pool is active.") : noPool);
    set(QStringLiteral("stopPool"), p && p->active, p ? tr("The pool is not active.") : noPool);
    set(QStringLiteral("buildPool"), p && !p->active,
        p ? tr("Stop the pool first: libvirt builds only a stopped pool.") : noPool);
    set(QStringLiteral("refreshPool"), p && p->active,
        p ? tr("Only an active pool can be rescanned.") : noPool);
    set(QStringLiteral("deletePool"), p && !p->active,
        p ? tr("Stop the pool first: libvirt deletes only a stopped pool's storage.") : noPool);
    set(QStringLiteral("undefinePool"), p && !p->active && p->persistent,
        !p          ? noPool
        : p->active ? tr("Stop the pool first: libvirt undefines only a stopped pool.")
                    : tr("The pool is not defined (it lasts until it stops)."));
    set(QStringLiteral("definePool"), connected, tr("Connect to the host first."));
    m_autostart->setEnabled(p && p->persistent &&
                            !m_unsupported.contains(QStringLiteral("poolAutostart")));
    m_autostart->setChecked(p && p->autostart);
    m_autostart->setToolTip(m_unsupported.contains(QStringLiteral("poolAutostart"))
                                ? tr("This host's storage driver cannot do this: %1")
                                      .arg(m_unsupported.value(QStringLiteral("poolAutostart")))
                                : tr("Start the pool when the host's libvirt starts"));

    const QString noVolume = !p           ? noPool
                             : !p->active ? tr("Start the pool first.")
                                          : tr("Select a volume first.");
    set(QStringLiteral("newVolume"), p && p->active && !creating,
        creating ? tr("A volume is being created.")
        : !p     ? noPool
                 : tr("Start the pool first."));
    set(QStringLiteral("uploadVolume"), p && p->active && !creating,
        creating ? tr("A volume is being created.")
        : !p     ? noPool
                 : tr("Start the pool first."));
    set(QStringLiteral("downloadVolume"), v && !creating,
        creating ? tr("Another transfer is running.") : noVolume);
    const bool convertible = v && (v->format == u"raw" || v->format == u"qcow2");
    set(QStringLiteral("convertVolume"), convertible && !creating,
        creating ? tr("Another transfer is running.")
        : v      ? tr("Only raw and qcow2 volumes are converted; '%1' is %2.")
                  .arg(v->name, v->format.isEmpty() ? tr("of unknown format") : v->format)
            : noVolume);
    set(QStringLiteral("resizeVolume"), v, noVolume);
    const QString running =
        v ? tr("%1 is running with it.").arg(v->usedByRunning.join(QStringLiteral(", ")))
          : QString();
    set(QStringLiteral("wipeVolume"), v && v->usedByRunning.isEmpty(), v ? running : noVolume);
    set(QStringLiteral("deleteVolume"), v && v->usedByRunning.isEmpty(), v ? running : noVolume);

    if (p) {
        m_poolBar->setValues(
            p->allocationBytes, p->capacityBytes,
            tr("%1 of %2 allocated")
                .arg(formatBytes(p->allocationBytes), formatBytes(p->capacityBytes)));
        m_poolSummary->setText(tr("Capacity %1 · allocated %2 · available %3")
                                   .arg(formatBytes(p->capacityBytes),
                                        formatBytes(p->allocationBytes),
                                        formatBytes(p->availableBytes)));
    } else {
        m_poolBar->setValues(0, 0, QString());
        m_poolSummary->clear();
    }
}

void StoragePage::actionDone(const QString &action, const Status &result, const QString &success)
{
    if (result) {
        showMessage(success);
    } else {
        if (Storage::isUnsupported(result.error()))
            m_unsupported.insert(action, result.error().message);
        showError(result.error().text());
    }
    reload();
}

void StoragePage::confirm(const QString &title, const QString &text, const QString &confirmText,
                          std::function<void()> yes)
{
    askBeforeDestroying(this, QStringLiteral("storageConfirmation"), title, text, confirmText,
                        std::move(yes));
}

void StoragePage::deletePool()
{
    const StoragePoolInfo *p = currentPool();
    if (!p)
        return;
    const QString name = p->name;
    confirm(tr("Delete Pool Storage"),
            tr("Delete the storage of pool '%1'?\n\nlibvirt removes %2 from the host, with "
               "whatever is left in it. The pool's definition stays.")
                .arg(name, p->targetPath.isEmpty() ? tr("its storage") : p->targetPath),
            tr("Delete storage"), [this, name] {
                if (m_session)
                    Storage::deletePool(m_session, name, this, [this](Status s) {
                        actionDone(QStringLiteral("deletePool"), s);
                    });
            });
}

void StoragePage::undefinePool()
{
    const StoragePoolInfo *p = currentPool();
    if (!p)
        return;
    const QString name = p->name;
    confirm(tr("Undefine Pool"),
            tr("Remove pool '%1' from this host's pools?\n\nIts storage and volumes stay where "
               "they are; the pool can be defined again.")
                .arg(name),
            tr("Undefine"), [this, name] {
                if (m_session)
                    Storage::undefinePool(m_session, name, this, [this](Status s) {
                        actionDone(QStringLiteral("undefinePool"), s);
                    });
            });
}

void StoragePage::definePool()
{
    if (!m_session)
        return;
    QPushButton *b = button(QStringLiteral("definePool"));
    b->setEnabled(false); // until the host has said which types it has
    Storage::poolTypes(m_session, this, [this](Result<QList<PoolTypeOffer>> types) {
        updateActions();
        if (!types && !Storage::isUnsupported(types.error())) {
            showError(types.error().text());
            return;
        }
        QStringList taken;
        for (const StoragePoolInfo &p : m_poolInfo)
            taken << p.name;
        auto *dialog = new DefinePoolDialog(types, taken, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            if (!m_session)
                return;
            const PoolDefinition def = dialog->definition();
            showMessage(tr("Defining pool '%1'…").arg(def.name));
            Storage::definePool(m_session, def, this, [this, name = def.name](Status s) {
                if (s)
                    m_wantPool = name;
                actionDone(QStringLiteral("definePool"), s,
                           tr("Defined and started pool '%1'.").arg(name));
            });
        });
        dialog->open();
    });
}

void StoragePage::newVolume()
{
    const StoragePoolInfo *p = currentPool();
    if (!p || !m_session)
        return;
    const QString pool = p->name;
    auto *dialog = new NewVolumeDialog(m_volumeInfo, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, pool] {
        if (!m_session)
            return;
        auto *creation = new VolumeCreation(m_session, pool, dialog->name(), dialog->format(),
                                            dialog->capacityBytes(), this);
        if (!dialog->backingPath().isEmpty())
            creation->setBacking(dialog->backingPath(), dialog->backingFormat());
        m_creation = creation;
        m_progress->setValue(0);
        m_progress->show();
        m_cancel->show();
        showMessage(tr("Creating volume '%1'…").arg(dialog->name()));
        connect(creation, &VolumeCreation::progress, m_progress, &QProgressBar::setValue);
        connect(creation, &VolumeCreation::finished, this,
                [this, creation](const Result<StorageVolumeInfo> &r, bool cancelled) {
                    m_progress->hide();
                    m_cancel->hide();
                    creation->deleteLater();
                    if (r)
                        m_wantVolume = r->name;
                    actionDone(QStringLiteral("newVolume"), r ? Status(Done{}) : Status(r.error()),
                               r ? tr("Created volume '%1'.").arg(r->name) : QString());
                    if (cancelled)
                        showMessage(tr("Cancelled; nothing was left behind."));
                });
        creation->start();
        updateActions();
    });
    dialog->open();
}

void StoragePage::uploadVolume()
{
    auto *dialog = new QFileDialog(this, tr("Upload a File into the Pool"));
    dialog->setObjectName(QStringLiteral("uploadFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(
        {tr("Disk images and ISOs (*.iso *.img *.qcow2 *.raw)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &StoragePage::startUpload);
    dialog->open();
}

void StoragePage::startUpload(const QString &localPath)
{
    const StoragePoolInfo *p = currentPool();
    if (!p || !m_session || localPath.isEmpty())
        return;
    const QString name = QFileInfo(localPath).fileName();
    for (const StorageVolumeInfo &v : m_volumeInfo)
        if (v.name == name) {
            showError(tr("Upload %1: the pool already has a volume named '%2'; rename the file "
                         "or delete that volume first.")
                          .arg(localPath, name));
            return;
        }
    auto *upload = new VolumeUpload(m_session, p->name, localPath, name, this);
    m_upload = upload;
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    showMessage(tr("Uploading %1…").arg(localPath));
    connect(upload, &VolumeUpload::progress, m_progress, &QProgressBar::setValue);
    connect(upload, &VolumeUpload::finished, this,
            [this, upload](const Result<StorageVolumeInfo> &r, bool cancelled) {
                m_progress->hide();
                m_cancel->hide();
                upload->deleteLater();
                if (r)
                    m_wantVolume = r->name;
                actionDone(QStringLiteral("uploadVolume"), r ? Status(Done{}) : Status(r.error()),
                           r ? tr("Uploaded '%1' (%2).").arg(r->name, formatBytes(r->capacityBytes))
                             : QString());
                if (cancelled)
                    showMessage(tr("Upload cancelled; nothing was left behind."));
            });
    upload->start();
    updateActions();
}

void StoragePage::resizeVolume()
{
    const StorageVolumeInfo *v = currentVolume();
    if (!v || !m_session)
        return;
    const StorageVolumeInfo volume = *v;
    auto *dialog = new ResizeVolumeDialog(volume, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, volume] {
        const quint64 bytes = dialog->capacityBytes();
        auto run = [this, volume, bytes] {
            if (!m_session)
                return;
            const auto plan = Storage::checkResize(volume, bytes);
            const QString note = plan ? plan->note : QString();
            Storage::resizeVolume(
                m_session, volume.pool, volume.name, bytes, this,
                [this, note](Result<StorageVolumeInfo> r) {
                    const QString done =
                        r ? tr("Resized '%1' to %2.").arg(r->name, formatBytes(r->capacityBytes))
                          : QString();
                    actionDone(QStringLiteral("resizeVolume"),
                               r ? Status(Done{}) : Status(r.error()),
                               note.isEmpty() ? done : done + u' ' + note);
                });
        };
        if (bytes < volume.capacityBytes)
            confirm(tr("Shrink Volume"),
                    tr("Shrink '%1' from %2 to %3?\n\nWhatever the guest stored past %3 is lost. "
                       "Shrink the guest's file system first.")
                        .arg(volume.name, formatBytes(volume.capacityBytes), formatBytes(bytes)),
                    tr("Shrink"), run);
        else
            run();
    });
    dialog->open();
}

void StoragePage::wipeVolume()
{
    const StorageVolumeInfo *v = currentVolume();
    if (!v)
        return;
    const StorageVolumeInfo volume = *v;
    confirm(tr("Wipe Volume"),
            tr("Wipe '%1'?\n\nEvery byte of its %2 is overwritten with zeros: what a guest "
               "stored on it is gone for good.")
                .arg(volume.name, formatBytes(volume.capacityBytes)),
            tr("Wipe"), [this, volume] {
                if (m_session)
                    Storage::wipeVolume(m_session, volume.pool, volume.name, this,
                                        [this, volume](Status s) {
                                            actionDone(QStringLiteral("wipeVolume"), s,
                                                       tr("Wiped '%1'.").arg(volume.name));
                                        });
            });
}

void StoragePage::deleteVolume()
{
    const StorageVolumeInfo *v = currentVolume();
    if (!v)
        return;
    const StorageVolumeInfo volume = *v;
    QString text = tr("Delete volume '%1' (%2)?\n\nIts data is gone for good.")
                       .arg(volume.name, formatBytes(volume.capacityBytes));
    if (!volume.usedBy.isEmpty())
        text += u' ' + tr("%1 use(s) it as a disk and will not start until the disk is removed.")
                           .arg(volume.usedBy.join(QStringLiteral(", ")));
    confirm(tr("Delete Volume"), text, tr("Delete"), [this, volume] {
        if (m_session)
            Storage::deleteVolume(m_session, volume.pool, volume.name, this,
                                  [this, volume](Status s) {
                                      actionDone(QStringLiteral("deleteVolume"), s,
                                                 tr("Deleted '%1'.").arg(volume.name));
                                  });
    });
}

} // namespace Vireo
