// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/domain/snapshots.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace Vireo {

/// Asks for a new snapshot: its name (by default the date and time), a description, and how it
/// is taken (internal, with memory when the domain runs; or disk-only overlays). A way this
/// domain or libvirt cannot take is greyed, and says why. GUI thread.
class SnapshotCreateDialog : public QDialog
{
    Q_OBJECT
public:
    /// `internalBlocker` and `diskOnlyBlocker`: Snapshots::createBlocker's answers (empty: can);
    /// `quiesceBlocker`: Snapshots::quiesceBlocker's for a disk-only snapshot.
    SnapshotCreateDialog(const QString &domainName, bool running, const QStringList &existing,
                         const QString &internalBlocker, const QString &diskOnlyBlocker,
                         const QString &quiesceBlocker, QWidget *parent = nullptr);

    SnapshotRequest request() const;

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QRadioButton *internalButton() const { return m_internal; }
    QRadioButton *diskOnlyButton() const { return m_diskOnly; }
    /// Offered only for a disk-only snapshot while the guest agent answers.
    QCheckBox *quiesceBox() const { return m_quiesce; }
    QPushButton *okButton() const;
    QLabel *problemLabel() const { return m_problem; }

private:
    void check();

    QStringList m_existing;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QRadioButton *m_internal;
    QRadioButton *m_diskOnly;
    QCheckBox *m_quiesce;
    QString m_quiesceBlocker;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_anyMode = false;
};

/// Asks before a revert: says that the present state will be lost and what state the domain
/// comes back in, and offers a snapshot of the present state first. GUI thread.
class SnapshotRevertDialog : public QDialog
{
    Q_OBJECT
public:
    /// `firstBlocker`: why the present state cannot be snapshotted first (empty: it can).
    SnapshotRevertDialog(const QString &domainName, const SnapshotInfo &target,
                         const QString &firstBlocker, QWidget *parent = nullptr);

    /// The snapshot of the present state to take first, when the box is ticked.
    std::optional<SnapshotRequest> snapshotFirst() const;

    QCheckBox *snapshotFirstBox() const { return m_first; }
    QPushButton *revertButton() const { return m_revert; }

private:
    QString m_target;
    QCheckBox *m_first;
    QPushButton *m_revert;
};

/// Asks before a delete, and which: this snapshot, it with its children, or its metadata only.
/// A choice libvirt on this host cannot do is greyed, and says why. GUI thread.
class SnapshotDeleteDialog : public QDialog
{
    Q_OBJECT
public:
    SnapshotDeleteDialog(const SnapshotInfo &snapshot, int descendants, quint64 libvirtVersion,
                         QWidget *parent = nullptr);

    Snapshots::DeleteScope scope() const;

    QRadioButton *oneButton() const { return m_one; }
    QRadioButton *withChildrenButton() const { return m_children; }
    QRadioButton *metadataButton() const { return m_metadata; }
    QPushButton *deleteButton() const { return m_delete; }

private:
    QRadioButton *m_one;
    QRadioButton *m_children;
    QRadioButton *m_metadata;
    QPushButton *m_delete;
};

/// "Running", "Paused", "Shut off", "Running (disks only)": the state a snapshot holds.
QString snapshotStateText(const SnapshotInfo &snapshot);
/// "Full system", "Disks (internal)", "Disks (external overlays)", "Full system (external)".
QString snapshotKindText(SnapshotKind kind);

} // namespace Vireo
