// SPDX-License-Identifier: GPL-2.0-or-later
// The Storage page's download of a volume into a local file, with progress and cancel.
#include "ui/manager/storagepage.h"

#include "core/common/memorysize.h"
#include "core/session/hostsession.h"
#include "core/storage/volumedownload.h"

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

} // namespace Vireo
