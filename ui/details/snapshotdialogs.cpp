// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/snapshotdialogs.h"

#include "ui/common/uitr.h"

#include "widgets/errorstyle.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Vireo {

QString snapshotStateText(const SnapshotInfo &snapshot)
{
    switch (snapshot.state) {
    case SnapshotState::Running:
        return UiTr::tr("Running");
    case SnapshotState::Paused:
        return UiTr::tr("Paused");
    case SnapshotState::ShutOff:
        return UiTr::tr("Shut off");
    case SnapshotState::DiskSnapshot:
        return UiTr::tr("Running (disks only)");
    case SnapshotState::Other:
        break;
    }
    return snapshot.stateText;
}

QString snapshotKindText(SnapshotKind kind)
{
    switch (kind) {
    case SnapshotKind::FullSystem:
        return UiTr::tr("Full system");
    case SnapshotKind::InternalDisks:
        return UiTr::tr("Disks (internal)");
    case SnapshotKind::ExternalDisks:
        return UiTr::tr("Disks (external overlays)");
    case SnapshotKind::ExternalFullSystem:
        return UiTr::tr("Full system (external)");
    }
    return {};
}

namespace {

/// Greys a choice the host cannot do, and says why in its tooltip.
void offer(QRadioButton *button, const QString &why)
{
    button->setEnabled(why.isEmpty());
    button->setToolTip(why);
    if (!why.isEmpty())
        button->setAccessibleDescription(why);
}

} // namespace

SnapshotCreateDialog::SnapshotCreateDialog(const QString &domainName, bool running,
                                           const QStringList &existing,
                                           const QString &internalBlocker,
                                           const QString &diskOnlyBlocker,
                                           const QString &quiesceBlocker, QWidget *parent)
    : QDialog(parent)
    , m_existing(existing)
    , m_name(new QLineEdit(defaultSnapshotName(QDateTime::currentDateTime()), this))
    , m_description(new QPlainTextEdit(this))
    , m_internal(new QRadioButton(running ? tr("Include &memory: the full system, inside the "
                                               "qcow2 disks")
                                          : tr("&Internal: inside the qcow2 disks"),
                                  this))
    , m_diskOnly(new QRadioButton(tr("Dis&k only: new overlay files beside the disks"), this))
    , m_quiesce(new QCheckBox(tr("&Quiesce: the guest agent freezes the guest's file systems "
                                 "while the overlays are made"),
                              this))
    , m_quiesceBlocker(quiesceBlocker)
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Take a snapshot of %1").arg(domainName));
    m_name->setAccessibleName(tr("Snapshot name"));
    m_description->setAccessibleName(tr("Snapshot description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_internal->setAccessibleName(running ? tr("Include memory") : tr("Internal"));
    m_diskOnly->setAccessibleName(tr("Disk only"));
    offer(m_internal, internalBlocker);
    offer(m_diskOnly, diskOnlyBlocker);
    m_anyMode = internalBlocker.isEmpty() || diskOnlyBlocker.isEmpty();
    (internalBlocker.isEmpty() || !diskOnlyBlocker.isEmpty() ? m_internal : m_diskOnly)
        ->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_internal);
    group->addButton(m_diskOnly);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Snapshot problem"));
    ErrorStyle::setError(m_problem, true);
    okButton()->setText(tr("&Take snapshot"));
    okButton()->setAccessibleName(tr("Take snapshot"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_internal);
    layout->addWidget(m_diskOnly);
    // Indented under Disk only, which it belongs to.
    auto *quiesceRow = new QHBoxLayout;
    quiesceRow->addSpacing(m_diskOnly->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                           m_diskOnly->style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing));
    quiesceRow->addWidget(m_quiesce, 1);
    layout->addLayout(quiesceRow);
    // What a greyed choice's tooltip says, also in sight (tooltips of disabled buttons are easy
    // to miss).
    for (const QString &why : {internalBlocker, diskOnlyBlocker}) {
        if (why.isEmpty())
            continue;
        auto *note = new QLabel(why, this);
        note->setWordWrap(true);
        note->setEnabled(false);
        layout->addWidget(note);
    }
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SnapshotCreateDialog::check);
    m_quiesce->setAccessibleName(tr("Quiesce the file systems"));
    m_quiesce->setToolTip(quiesceBlocker);
    if (!quiesceBlocker.isEmpty())
        m_quiesce->setAccessibleDescription(quiesceBlocker);
    auto offerQuiesce = [this] {
        const bool can = m_diskOnly->isChecked() && m_quiesceBlocker.isEmpty();
        m_quiesce->setEnabled(can);
        if (!can)
            m_quiesce->setChecked(false);
    };
    connect(m_diskOnly, &QRadioButton::toggled, this, offerQuiesce);
    offerQuiesce();
    check();
    resize(520, sizeHint().height());
}

QPushButton *SnapshotCreateDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void SnapshotCreateDialog::check()
{
    QString why = snapshotNameProblem(m_name->text(), m_existing);
    if (why.isEmpty() && !m_anyMode)
        why = tr("This domain cannot take a snapshot now.");
    else if (!why.isEmpty())
        why[0] = why[0].toUpper();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    okButton()->setEnabled(why.isEmpty());
}

SnapshotRequest SnapshotCreateDialog::request() const
{
    return {m_name->text(), m_description->toPlainText(),
            m_diskOnly->isChecked() ? SnapshotMode::DiskOnly : SnapshotMode::Internal,
            m_quiesce->isEnabled() && m_quiesce->isChecked()};
}

SnapshotRevertDialog::SnapshotRevertDialog(const QString &domainName, const SnapshotInfo &target,
                                           const QString &firstBlocker, QWidget *parent)
    : QDialog(parent)
    , m_target(target.name)
    , m_first(new QCheckBox(tr("Take a &snapshot of the present state first"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
{
    setWindowTitle(tr("Revert %1").arg(domainName));
    const QString state = target.state == SnapshotState::Other
                              ? tr("as the snapshot holds it")
                              : snapshotStateText(target).toLower();
    auto *text = new QLabel(
        tr("Revert %1 to snapshot '%2'?\n\nThe present state of the domain will be lost: "
           "everything written to its disks since, and its memory if it runs. The domain "
           "comes back %3.")
            .arg(domainName, target.name, state),
        this);
    text->setWordWrap(true);
    text->setAccessibleName(tr("What reverting does"));
    m_first->setAccessibleName(tr("Take a snapshot of the present state first"));
    m_first->setChecked(firstBlocker.isEmpty());
    m_first->setEnabled(firstBlocker.isEmpty());
    m_first->setToolTip(firstBlocker);
    m_revert->setAccessibleName(tr("Revert"));
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setDefault(true); // destructive: Enter does not revert
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_revert, QDialogButtonBox::AcceptRole);
    buttons->addButton(cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_first);
    if (!firstBlocker.isEmpty()) {
        auto *note = new QLabel(firstBlocker, this);
        note->setWordWrap(true);
        note->setEnabled(false);
        layout->addWidget(note);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

std::optional<SnapshotRequest> SnapshotRevertDialog::snapshotFirst() const
{
    if (!m_first->isEnabled() || !m_first->isChecked())
        return std::nullopt;
    const QString when = defaultSnapshotName(QDateTime::currentDateTime());
    return SnapshotRequest{tr("before-revert_%1").arg(when),
                           tr("The state before reverting to '%1'").arg(m_target),
                           SnapshotMode::Internal};
}

SnapshotDeleteDialog::SnapshotDeleteDialog(const SnapshotInfo &snapshot, int descendants,
                                           quint64 libvirtVersion, QWidget *parent)
    : QDialog(parent)
    , m_one(new QRadioButton(tr("&This snapshot only (its children move to its parent)"), this))
    , m_children(new QRadioButton(
          tr("This snapshot and its &children (%n more)", nullptr, descendants), this))
    , m_metadata(new QRadioButton(
          tr("Its &metadata only: libvirt forgets it, its data stays in the disk files"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    using S = Snapshots::DeleteScope;
    setWindowTitle(tr("Delete snapshot %1").arg(snapshot.name));
    auto *text =
        new QLabel(tr("Delete snapshot '%1'? This cannot be undone.").arg(snapshot.name), this);
    text->setWordWrap(true);
    m_one->setAccessibleName(tr("This snapshot only"));
    m_children->setAccessibleName(tr("This snapshot and its children"));
    m_metadata->setAccessibleName(tr("Metadata only"));
    offer(m_one, Snapshots::deleteBlocker(snapshot, S::One, libvirtVersion));
    QString childrenWhy = Snapshots::deleteBlocker(snapshot, S::WithChildren, libvirtVersion);
    if (childrenWhy.isEmpty() && descendants == 0)
        childrenWhy = tr("This snapshot has no children.");
    offer(m_children, childrenWhy);
    offer(m_metadata, Snapshots::deleteBlocker(snapshot, S::MetadataOnly, libvirtVersion));
    (m_one->isEnabled() ? m_one : m_metadata)->setChecked(true);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_one, m_children, m_metadata})
        group->addButton(b);
    m_delete->setAccessibleName(tr("Delete"));
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_delete, QDialogButtonBox::AcceptRole);
    buttons->addButton(cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    for (QRadioButton *b : {m_one, m_children, m_metadata}) {
        layout->addWidget(b);
        if (!b->isEnabled() && !b->toolTip().isEmpty()) {
            auto *note = new QLabel(b->toolTip(), this);
            note->setWordWrap(true);
            note->setEnabled(false);
            note->setContentsMargins(24, 0, 0, 0);
            layout->addWidget(note);
        }
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

Snapshots::DeleteScope SnapshotDeleteDialog::scope() const
{
    if (m_children->isChecked())
        return Snapshots::DeleteScope::WithChildren;
    if (m_metadata->isChecked())
        return Snapshots::DeleteScope::MetadataOnly;
    return Snapshots::DeleteScope::One;
}

} // namespace Vireo
