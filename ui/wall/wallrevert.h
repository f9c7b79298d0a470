// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/snapshots.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace Vireo {

/// One selected guest's snapshots, as listed for the wall's "Revert to Snapshot…". Value type.
struct GuestSnapshots
{
    QString key;  ///< the wall's key (WallModel::keyOf)
    QString name; ///< the guest's name
    Result<Snapshots::SnapshotList> list = Snapshots::SnapshotList{};
};

/// Which guests a revert to the snapshot named so-and-so reaches, and which it skips and why.
/// Value type; any thread.
struct RevertPlan
{
    QStringList keys;    ///< the guests that have it and can revert to it, in selection order
    QStringList lacking; ///< names of the guests without a snapshot of that name
    QStringList blocked; ///< "name: why" (cannot revert to theirs, or listing failed)

    static RevertPlan make(const QList<GuestSnapshots> &guests, const QString &snapshotName);
    /// Every snapshot name any guest has, the ones most guests share first.
    static QStringList names(const QList<GuestSnapshots> &guests);
};

/// Asks which snapshot the wall's selection reverts to (by name), and says before anything
/// happens which guests lack it and are skipped. Reverting discards the guests' present state,
/// so the button says what it does. GUI thread.
class WallRevertDialog : public QDialog
{
    Q_OBJECT
public:
    WallRevertDialog(const QList<GuestSnapshots> &guests, QWidget *parent = nullptr);

    QComboBox *nameBox() const { return m_names; }
    QLabel *skippedLabel() const { return m_skipped; }
    QPushButton *revertButton() const;
    RevertPlan plan() const;
    QString snapshotName() const;

private:
    void replan();

    QList<GuestSnapshots> m_guests;
    QComboBox *m_names;
    QLabel *m_summary;
    QLabel *m_skipped;
    QDialogButtonBox *m_buttons;
};

} // namespace Vireo
