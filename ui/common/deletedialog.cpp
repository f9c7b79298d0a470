// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/common/deletedialog.h"

#include "core/common/types.h"
#include "ui/common/hosteventlog.h"
#include "ui/common/messagelog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Vireo {

DeleteDialog::DeleteDialog(const QList<DomainTarget> &targets, const QString &backupDir,
                           QWidget *parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_backupDir(backupDir)
{
    setWindowTitle(tr("Delete"));
    auto *layout = new QVBoxLayout(this);
    bool anyRunning = false;
    for (const DomainTarget &t : targets)
        anyRunning |= isActive(t.info.state);
    QString text = tr("Delete %1?\n\nThe definition is removed from the host, with its snapshot "
                      "metadata, saved state and UEFI variables. A backup of the XML is saved "
                      "first to:\n%2")
                       .arg(DomainActionSet::nameList(targets), backupDir);
    if (anyRunning)
        text += tr("\n\nRunning domains are forced off first.");
    auto *intro = new QLabel(text, this);
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("What Delete does"));
    layout->addWidget(intro);
    auto *hint = new QLabel(tr("Checked disks are deleted too. Those that other machines may "
                               "need are unchecked, and say why."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *area = new QScrollArea(this);
    area->setWidgetResizable(true);
    auto *inner = new QWidget(area);
    m_list = new QVBoxLayout(inner);
    m_list->addStretch();
    area->setWidget(inner);
    layout->addWidget(area, 1);

    m_buttons = new QDialogButtonBox(this);
    m_deleteButton = m_buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    m_deleteButton->setAccessibleName(tr("Delete the virtual machines and the checked disks"));
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setAccessibleName(tr("Cancel the deletion"));
    m_cancelButton->setDefault(true); // Enter does not destroy
    connect(m_deleteButton, &QPushButton::clicked, this, &DeleteDialog::deleteChosen);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    m_deleteButton->setEnabled(false);
    resize(620, 400);

    m_pending = int(targets.size());
    for (int i = 0; i < targets.size(); ++i) {
        Deletion::inspect(targets.at(i).session, targets.at(i).info.uuid, this,
                          [this, i](Result<DeletionPlan> r) {
                              --m_pending;
                              if (r) {
                                  addPlan(i, r.value());
                              } else {
                                  auto *l = new QLabel(r.error().text(), this);
                                  l->setWordWrap(true);
                                  m_list->insertWidget(m_list->count() - 1, l);
                              }
                              m_deleteButton->setEnabled(m_pending == 0);
                          });
    }
}

void DeleteDialog::addPlan(int index, const DeletionPlan &plan)
{
    auto *group = new QGroupBox(tr("Disks of %1").arg(plan.name), this);
    auto *v = new QVBoxLayout(group);
    if (plan.disks.isEmpty())
        v->addWidget(new QLabel(tr("(no disks)"), group));
    for (const DeletionDisk &d : plan.disks) {
        const QString what =
            d.path.isEmpty() ? tr("%1 (empty)").arg(d.target) : tr("%1: %2").arg(d.target, d.path);
        auto *box = new QCheckBox(what, group);
        const QString reason = Deletion::keepReason(d);
        box->setChecked(reason.isEmpty());
        box->setEnabled(Deletion::canDelete(d));
        box->setAccessibleName(tr("Delete disk %1 of %2").arg(d.target, plan.name));
        if (!reason.isEmpty()) {
            box->setToolTip(reason);
            box->setAccessibleDescription(reason);
        }
        v->addWidget(box);
        if (!reason.isEmpty()) {
            auto *why = new QLabel(tr("Kept: %1").arg(reason), group);
            why->setWordWrap(true);
            why->setContentsMargins(24, 0, 0, 0);
            why->setEnabled(false);
            v->addWidget(why);
        }
        m_boxes.append(box);
        m_volumes.insert(box, {index, {d.pool, d.volume}});
    }
    m_list->insertWidget(m_list->count() - 1, group);
}

void DeleteDialog::deleteChosen()
{
    m_deleteButton->setEnabled(false);
    m_cancelButton->setEnabled(false);
    QHash<int, QList<QPair<QString, QString>>> chosen;
    for (QCheckBox *box : std::as_const(m_boxes))
        if (box->isChecked() && box->isEnabled())
            chosen[m_volumes.value(box).first].append(m_volumes.value(box).second);
    for (int i = 0; i < m_targets.size(); ++i) {
        const DomainTarget &t = m_targets.at(i);
        const QString name = t.info.name;
        HostEventLog::expectChange(t.session, t.info.uuid);
        // The log outlives this dialog, which closes at once.
        Deletion::deleteWithStorage(
            t.session, t.info.uuid, m_backupDir, chosen.value(i), MessageLog::instance(),
            [name](Result<DeletionReport> r) {
                if (!r) {
                    MessageLog::instance()->error(r.error().text());
                    return;
                }
                QString text =
                    tr("Deleted '%1'; its XML was saved to %2").arg(name, r->backup.path);
                if (r->backup.holdsConsolePassword)
                    text += tr(". The backup holds the console password: only you can read it");
                if (!r->deleted.isEmpty())
                    text += tr(". Disks deleted: %1").arg(r->deleted.join(QStringLiteral(", ")));
                MessageLog::instance()->info(text);
                for (const auto &[volume, error] : r->failed)
                    MessageLog::instance()->error(tr("'%1' was deleted, but not its disk %2: %3")
                                                      .arg(name, volume, error.message));
            });
    }
    accept();
}

} // namespace Vireo
