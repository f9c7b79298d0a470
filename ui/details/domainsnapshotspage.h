// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/domain/snapshots.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QImage;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Vireo {

class DomainContext;

/// The Snapshots page of the details window: the domain's snapshots as a tree (parents and
/// children, the current one marked), and Take snapshot, Revert and Delete. What libvirt on the
/// host cannot do is greyed, and its tooltip says why. Lives on the GUI thread.
///
/// libvirt sends no snapshot events: the page lists again when it is shown and after each of
/// its own operations. Its dialogs open window-modal (open(), never exec()).
class DomainSnapshotsPage : public QWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, CreatedColumn, StateColumn, KindColumn, DescriptionColumn };

    explicit DomainSnapshotsPage(DomainContext *context, QWidget *parent = nullptr);

    /// Lists the snapshots again.
    void reload();

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *refreshButton() const { return m_refresh; }
    QLabel *statusLabel() const { return m_status; }
    /// The selected snapshot's thumbnail (the guest's screen when it was taken), or a word why not.
    QLabel *thumbnailLabel() const { return m_thumbnail; }
    /// The dialog the page has open (create, revert or delete), or null.
    QDialog *openDialog() const { return m_dialog; }
    const Snapshots::SnapshotList &snapshots() const { return m_list; }
    /// The selected snapshot's name; empty when none is.
    QString selectedName() const;
    bool busy() const { return m_busy; }

    void takeSnapshot();
    void revertToSelected();
    void deleteSelected();

Q_SIGNALS:
    /// A listing arrived (or failed) and the tree shows it.
    void listed();
    /// An operation of the page finished; ok says whether it worked.
    void operationFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showList(const Result<Snapshots::SnapshotList> &result);
    void updateButtons();
    void showThumbnail();
    void setThumbnail(const QImage &image);
    void adopt(QDialog *dialog);
    void setBusy(const QString &what);
    void finish(const Status &status, const QString &done, const QString &select);
    const SnapshotInfo *selected() const;
    int descendantsOf(const QString &name) const;
    QString domainName() const;

    DomainContext *m_context;
    QTreeWidget *m_tree;
    QPushButton *m_create;
    QPushButton *m_revert;
    QPushButton *m_delete;
    QPushButton *m_refresh;
    QLabel *m_status;
    QLabel *m_thumbnail;
    quint64 m_thumbnailTicket = 0;
    QPointer<QDialog> m_dialog;
    Snapshots::SnapshotList m_list;
    bool m_busy = false;
    bool m_listing = false;
    bool m_listAgain = false;
    QString m_select; ///< the snapshot to select after the next listing
};

} // namespace Vireo
