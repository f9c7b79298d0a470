// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/wall/wallrevert.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Vireo {

RevertPlan RevertPlan::make(const QList<GuestSnapshots> &guests, const QString &snapshotName)
{
    RevertPlan plan;
    for (const GuestSnapshots &g : guests) {
        if (!g.list) {
            plan.blocked.append(QStringLiteral("%1: %2").arg(g.name, g.list.error().text()));
            continue;
        }
        const auto &snaps = g.list->snapshots;
        const auto it = std::find_if(snaps.begin(), snaps.end(),
                                     [&](const SnapshotInfo &s) { return s.name == snapshotName; });
        if (it == snaps.end()) {
            plan.lacking.append(g.name);
            continue;
        }
        const QString why = Snapshots::revertBlocker(*it, g.list->libvirtVersion);
        if (!why.isEmpty())
            plan.blocked.append(QStringLiteral("%1: %2").arg(g.name, why));
        else
            plan.keys.append(g.key);
    }
    return plan;
}

QStringList RevertPlan::names(const QList<GuestSnapshots> &guests)
{
    QHash<QString, int> count;
    QStringList order;
    for (const GuestSnapshots &g : guests) {
        if (!g.list)
            continue;
        for (const SnapshotInfo &s : g.list->snapshots) {
            if (!count.contains(s.name))
                order.append(s.name);
            ++count[s.name];
        }
    }
    std::stable_sort(order.begin(), order.end(), [&count](const QString &a, const QString &b) {
        return count.value(a) > count.value(b);
    });
    return order;
}

WallRevertDialog::WallRevertDialog(const QList<GuestSnapshots> &guests, QWidget *parent)
    : QDialog(parent)
    , m_guests(guests)
{
    setWindowTitle(tr("Revert to a Snapshot"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each selected guest that has a snapshot of this name goes back "
                                "to it. What the guest did since the snapshot is lost."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_names = new QComboBox(this);
    m_names->setEditable(true);
    m_names->addItems(RevertPlan::names(guests));
    m_names->setAccessibleName(tr("Snapshot name"));
    form->addRow(tr("&Snapshot:"), m_names);
    layout->addLayout(form);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_skipped = new QLabel(this);
    m_skipped->setWordWrap(true);
    m_skipped->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_skipped->setAccessibleName(tr("Skipped guests"));
    layout->addWidget(m_skipped);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Revert"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_names, &QComboBox::currentTextChanged, this, [this] { replan(); });
    replan();
}

QPushButton *WallRevertDialog::revertButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString WallRevertDialog::snapshotName() const
{
    return m_names->currentText().trimmed();
}

RevertPlan WallRevertDialog::plan() const
{
    return RevertPlan::make(m_guests, snapshotName());
}

void WallRevertDialog::replan()
{
    const RevertPlan p = plan();
    m_summary->setText(tr("%n guest(s) will be reverted.", nullptr, int(p.keys.size())));
    QStringList lines;
    if (!p.lacking.isEmpty())
        lines.append(
            tr("Skipped, no snapshot of this name: %1").arg(p.lacking.join(QLatin1String(", "))));
    for (const QString &b : p.blocked)
        lines.append(tr("Skipped: %1").arg(b));
    m_skipped->setText(lines.join(QLatin1Char('\n')));
    m_skipped->setVisible(!lines.isEmpty());
    revertButton()->setEnabled(!p.keys.isEmpty());
}

} // namespace Vireo
