// SPDX-License-Identifier: GPL-2.0-or-later
// The Storage page's transfers with progress and cancel: a volume downloaded into a local file,
// and a volume converted between raw and qcow2 into a new one.
#include "ui/manager/storagepage.h"

#include "core/common/memorysize.h"
#include "core/session/hostsession.h"
#include "core/storage/volumecopy.h"
#include "core/storage/volumedownload.h"
#include "ui/manager/volumedialogs.h"

#include <QFileDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace Vireo {

void StoragePage::downloadVolume()
{
    const StorageVolumeInfo *v = currentVolume();
    if (!v)
        return;
    const QString volume = v->name;
    auto *dialog = new QFileDialog(this, tr("Download Volume '%1' to").arg(volume));
    dialog->setObjectName(QStringLiteral("downloadFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(volume);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, volume](const QString &path) { startDownload(volume, path); });
    dialog->open();
}

void StoragePage::startDownload(const QString &volume, const QString &localPath)
{
    const StoragePoolInfo *p = currentPool();
    if (!p || !m_session || localPath.isEmpty())
        return;
    auto *download = new VolumeDownload(m_session, p->name, volume, localPath, this);
    m_download = download;
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    showMessage(tr("Downloading '%1' to %2…").arg(volume, localPath));
    connect(download, &VolumeDownload::progress, m_progress, &QProgressBar::setValue);
    connect(download, &VolumeDownload::finished, this,
            [this, download, volume, localPath](const Result<quint64> &r, bool cancelled) {
                m_progress->hide();
                m_cancel->hide();
                download->deleteLater();
                if (cancelled)
                    showMessage(tr("Download cancelled; the partial file was removed."));
                else if (r && download->holeBytes() > 0)
                    showMessage(tr("Downloaded '%1' to %2 (%3, of which %4 of holes were kept as "
                                   "holes: the file takes only its data).")
                                    .arg(volume, localPath, formatBytes(r.value()),
                                         formatBytes(download->holeBytes())));
                else if (r)
                    showMessage(tr("Downloaded '%1' to %2 (%3).")
                                    .arg(volume, localPath, formatBytes(r.value())));
                else
                    showError(r.error().text());
                updateActions();
            });
    download->start();
    updateActions();
}

void StoragePage::convertVolume()
{
    const StorageVolumeInfo *v = currentVolume();
    if (!v)
        return;
    const StorageVolumeInfo volume = *v;
    auto *dialog = new ConvertVolumeDialog(volume, m_volumeInfo, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, volume] { startConvert(volume, dialog->name(), dialog->format()); });
    dialog->open();
}

void StoragePage::startConvert(const StorageVolumeInfo &volume, const QString &name,
                               const QString &format)
{
    const StoragePoolInfo *p = currentPool();
    if (!p || !m_session)
        return;
    VolumeCopy::Spec spec;
    spec.pool = p->name;
    spec.sourceVolume = volume.name;
    spec.newVolume = name;
    spec.format = format;
    spec.capacityBytes = volume.capacityBytes;
    spec.expectedBytes = volume.allocationBytes;
    auto *convert = new VolumeCopy(m_session, spec, this);
    m_convert = convert;
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    showMessage(tr("Converting '%1' to %2 as '%3'…").arg(volume.name, format, name));
    connect(convert, &VolumeCopy::progress, m_progress,
            [this](double fraction) { m_progress->setValue(int(fraction * 100)); });
    connect(convert, &VolumeCopy::finished, this,
            [this, convert, volume, name](const Result<StorageVolumeInfo> &r, bool cancelled) {
                m_progress->hide();
                m_cancel->hide();
                convert->deleteLater();
                if (r)
                    m_wantVolume = r->name;
                if (cancelled) {
                    showMessage(tr("Conversion cancelled; '%1' was not kept.").arg(name));
                    reload();
                    return;
                }
                actionDone(
                    QStringLiteral("convertVolume"), r ? Status(Done{}) : Status(r.error()),
                    r ? tr("Converted '%1' into '%2' (%3, %4 on the host).")
                            .arg(volume.name, r->name, r->format, formatBytes(r->allocationBytes))
                      : QString());
            });
    convert->start();
    updateActions();
}

} // namespace Vireo
