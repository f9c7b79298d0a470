// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/domain/deletion.h"
#include "ui/common/domainactionset.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Vireo {

/// Asks before deleting domains, and which of their disks go too: each disk with a checkbox,
/// checked when nothing else needs it (Deletion::keepReason says why not, beside it), greyed when
/// Vireo may not delete it (used by another domain, the backing file of a linked clone, in no
/// pool). The XML backup is kept as before; the domain leaves with its snapshot metadata,
/// managed save and NVRAM. GUI thread; the work is Deletion's, on each host's worker.
class DeleteDialog : public QDialog
{
    Q_OBJECT
public:
    DeleteDialog(const QList<DomainTarget> &targets, const QString &backupDir,
                 QWidget *parent = nullptr);

    /// One checkbox per disk of every target, once read (in the targets' order).
    QList<QCheckBox *> diskBoxes() const { return m_boxes; }
    QPushButton *deleteButton() const { return m_deleteButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    /// True once every target's disks are listed (or failed to be read).
    bool isLoaded() const { return m_pending == 0; }

private:
    void addPlan(int index, const DeletionPlan &plan);
    void deleteChosen();

    QList<DomainTarget> m_targets;
    QString m_backupDir;
    QVBoxLayout *m_list;
    QList<QCheckBox *> m_boxes;
    /// For each checkbox: the target's index, its pool and volume.
    QHash<QCheckBox *, std::pair<int, QPair<QString, QString>>> m_volumes;
    QDialogButtonBox *m_buttons;
    QPushButton *m_deleteButton;
    QPushButton *m_cancelButton;
    int m_pending = 0;
};

} // namespace Vireo
