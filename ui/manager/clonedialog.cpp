// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/manager/clonedialog.h"

#include "core/common/memorysize.h"
#include "core/domain/clonenames.h"
#include "core/session/hostsession.h"
#include "ui/common/messagelog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Vireo {

namespace {

constexpr CloneDiskMode kModes[] = {CloneDiskMode::Copy, CloneDiskMode::Linked,
                                    CloneDiskMode::Share, CloneDiskMode::LeaveOut};

QString modeName(CloneDiskMode mode)
{
    switch (mode) {
    case CloneDiskMode::Copy:
        return CloneDialog::tr("Copy");
    case CloneDiskMode::Linked:
        return CloneDialog::tr("Linked");
    case CloneDiskMode::Share:
        return CloneDialog::tr("Share");
    case CloneDiskMode::LeaveOut:
        return CloneDialog::tr("Leave out");
    }
    return {};
}

QString diskTitle(const CloneDisk &d)
{
    if (d.device == u"cdrom")
        return CloneDialog::tr("CD-ROM %1").arg(d.target);
    if (d.device == u"floppy")
        return CloneDialog::tr("Floppy %1").arg(d.target);
    return CloneDialog::tr("Disk %1").arg(d.target);
}

} // namespace

QString CloneDialog::explain(CloneDiskMode mode)
{
    switch (mode) {
    case CloneDiskMode::Copy:
        return tr("Copy: the clone gets its own full copy of the image. It takes as long as "
                  "copying the file, and as much space.");
    case CloneDiskMode::Linked:
        return tr("Linked: the clone gets a small new image that reads from the original and keeps "
                  "only its own changes. Quick and small, but the original must not change "
                  "afterwards: do not start or edit it again, or every linked clone breaks.");
    case CloneDiskMode::Share:
        return tr("Share: the clone uses the very same image. Only for read-only media such as "
                  "ISOs: two machines writing one disk destroy its data.");
    case CloneDiskMode::LeaveOut:
        return tr("Leave out: the clone has no such disk.");
    }
    return {};
}

CloneDialog::CloneDialog(HostSession *session, const QString &uuid, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_uuid(uuid)
    , m_mode(mode)
{
    setWindowTitle(mode == Mode::One ? tr("Clone") : tr("Clone ×N"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(tr("Reading the virtual machine…"), this);
    m_intro->setWordWrap(true);
    m_intro->setAccessibleName(tr("What is cloned"));
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("cloneName"));
    m_name->setAccessibleName(mode == Mode::One ? tr("Name of the clone")
                                                : tr("Name pattern of the clones"));
    form->addRow(mode == Mode::One ? tr("&Name:") : tr("&Names:"), m_name);
    m_preview = new QLabel(this);
    m_preview->setAccessibleName(tr("The names the pattern gives"));
    m_preview->setWordWrap(true);
    if (mode == Mode::Many) {
        m_name->setToolTip(tr("One numeric range in braces: lab-{01..20} gives lab-01 to lab-20"));
        form->addRow(QString(), m_preview);
    } else {
        m_preview->hide();
    }
    layout->addLayout(form);

    auto *disksBox = new QGroupBox(tr("Disks"), this);
    disksBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum); // never squashed
    m_disks = new QGridLayout(disksBox);
    layout->addWidget(disksBox);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setAccessibleName(tr("What the chosen disk mode means"));
    m_explanation->setMinimumHeight(m_explanation->fontMetrics().lineSpacing() * 3);
    layout->addWidget(m_explanation);

    m_start = new QCheckBox(mode == Mode::One ? tr("&Start the clone once it is made")
                                              : tr("&Start each clone once it is made"),
                            this);
    m_start->setAccessibleName(tr("Start after creation"));
    layout->addWidget(m_start);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Why the clone cannot be made"));
    m_problem->setStyleSheet(QStringLiteral("color: palette(link);"));
    layout->addWidget(m_problem);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setAccessibleName(tr("Cloning progress"));
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Cloning status"));
    layout->addWidget(m_status);
    m_report = new QPlainTextEdit(this);
    m_report->setReadOnly(true);
    m_report->setAccessibleName(tr("What was made and what failed"));
    m_report->setMaximumHeight(m_report->fontMetrics().lineSpacing() * 7);
    m_report->hide();
    layout->addWidget(m_report);

    m_buttons = new QDialogButtonBox(this);
    m_cloneButton = m_buttons->addButton(mode == Mode::One ? tr("&Clone") : tr("&Clone All"),
                                         QDialogButtonBox::AcceptRole);
    m_cloneButton->setAccessibleName(tr("Make the clone"));
    m_cloneButton->setEnabled(false);
    m_cloneButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setAccessibleName(tr("Cancel cloning"));
    connect(m_cloneButton, &QPushButton::clicked, this, &CloneDialog::startCloning);
    connect(m_cancelButton, &QPushButton::clicked, this, &CloneDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &CloneDialog::revalidate);
    m_name->setEnabled(false);
    resize(640, 420);
    Clone::inspect(session, uuid, this, [this](Result<CloneSource> r) {
        if (!r) {
            m_intro->setText(r.error().text());
            return;
        }
        showSource(r.value());
    });
}

CloneDialog::~CloneDialog() = default;

bool CloneDialog::isRunning() const
{
    return (m_job && m_job->isRunning()) || (m_batch && m_batch->isRunning());
}

void CloneDialog::showSource(const CloneSource &source)
{
    m_source = source;
    m_loaded = true;
    m_intro->setText(m_mode == Mode::One
                         ? tr("Clone '%1' to a new virtual machine with a new UUID, new MAC "
                              "addresses and its own display port.")
                               .arg(source.name)
                         : tr("Make many clones of '%1', each with a new UUID, new MAC addresses "
                              "and its own display port. Linked disks make them quick and small.")
                               .arg(source.name));
    m_name->setEnabled(true);
    m_name->setText(m_mode == Mode::One ? CloneNames::suggestName(source.name, source.domainNames)
                                        : source.name + QStringLiteral("-{01..20}"));
    m_name->selectAll();
    m_name->setFocus();
    const QList<CloneDiskMode> defaults = Clone::defaultModes(source, m_mode == Mode::Many);
    int row = 0;
    for (const QString &h : {tr("Disk"), tr("Image"), tr("Size"), tr("The clone gets")}) {
        auto *l = new QLabel(QStringLiteral("<b>%1</b>").arg(h.toHtmlEscaped()), this);
        m_disks->addWidget(l, 0, row++);
    }
    if (source.disks.isEmpty())
        m_disks->addWidget(new QLabel(tr("(no disks)"), this), 1, 0, 1, 4);
    QWidget *previous = m_name;
    for (int i = 0; i < source.disks.size(); ++i) {
        const CloneDisk &d = source.disks.at(i);
        auto *title = new QLabel(diskTitle(d), this);
        QString image = d.path.isEmpty() ? tr("(empty)") : d.path;
        if (!d.linkedClones.isEmpty())
            image += QLatin1Char('\n') +
                     (d.linkedClones.size() == 1
                          ? tr("template with 1 linked clone")
                          : tr("template with %1 linked clones").arg(d.linkedClones.size()));
        if (d.readOnly)
            image += QLatin1Char('\n') + tr("read-only");
        auto *imageLabel = new QLabel(image, this);
        imageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *size = new QLabel(d.capacityBytes ? formatBytes(d.capacityBytes) : QString(), this);
        auto *box = new QComboBox(this);
        box->setAccessibleName(tr("What the clone gets of %1").arg(diskTitle(d)));
        auto *model = qobject_cast<QStandardItemModel *>(box->model());
        for (CloneDiskMode m : kModes) {
            box->addItem(modeName(m), int(m));
            const QString why = Clone::modeProblem(d, m);
            if (!why.isEmpty() && model) {
                QStandardItem *item = model->item(box->count() - 1);
                item->setEnabled(false);
                item->setToolTip(why);
            }
        }
        box->setCurrentIndex(box->findData(int(defaults.at(i))));
        connect(box, &QComboBox::currentIndexChanged, this, [this, box] {
            m_explanation->setText(explain(CloneDiskMode(box->currentData().toInt())));
            revalidate();
        });
        // Focus shows what the mode means, so a keyboard user reads it too.
        connect(qApp, &QApplication::focusChanged, box, [this, box](QWidget *, QWidget *now) {
            if (now == box)
                m_explanation->setText(explain(CloneDiskMode(box->currentData().toInt())));
        });
        m_disks->addWidget(title, i + 1, 0);
        m_disks->addWidget(imageLabel, i + 1, 1);
        m_disks->addWidget(size, i + 1, 2);
        m_disks->addWidget(box, i + 1, 3);
        setTabOrder(previous, box);
        previous = box;
        m_modeBoxes.append(box);
    }
    m_disks->setColumnStretch(1, 1);
    setTabOrder(previous, m_start);
    if (!m_modeBoxes.isEmpty())
        m_explanation->setText(explain(CloneDiskMode(m_modeBoxes.first()->currentData().toInt())));
    revalidate();
}

QList<CloneDiskMode> CloneDialog::chosenModes() const
{
    QList<CloneDiskMode> modes;
    for (QComboBox *b : m_modeBoxes)
        modes.append(CloneDiskMode(b->currentData().toInt()));
    return modes;
}

QStringList CloneDialog::names() const
{
    if (m_mode == Mode::One)
        return {m_name->text()};
    const Result<QStringList> r = CloneNames::expandPattern(m_name->text());
    return r ? r.value() : QStringList{};
}

void CloneDialog::revalidate()
{
    if (!m_loaded || isRunning())
        return;
    QString problem;
    if (m_source.state != DomainState::Shutoff && m_source.state != DomainState::Paused)
        problem = tr("'%1' is running: shut it down or pause it first, so that its disks do not "
                     "change during the copy.")
                      .arg(m_source.name);
    QStringList list;
    if (problem.isEmpty()) {
        if (m_mode == Mode::One) {
            list = {m_name->text()};
            if (const QString why = CloneNames::nameProblem(m_name->text()); !why.isEmpty())
                problem = why;
        } else {
            const Result<QStringList> r = CloneNames::expandPattern(m_name->text());
            if (r)
                list = r.value();
            else
                problem = r.error().message;
        }
    }
    if (m_mode == Mode::Many) {
        if (list.isEmpty())
            m_preview->clear();
        else if (list.size() == 1)
            m_preview->setText(tr("1 clone: %1").arg(list.first()));
        else if (list.size() <= 3)
            m_preview->setText(
                tr("%1 clones: %2").arg(list.size()).arg(list.join(QStringLiteral(", "))));
        else
            m_preview->setText(tr("%1 clones: %2, %3 … %4")
                                   .arg(list.size())
                                   .arg(list.at(0), list.at(1), list.last()));
    }
    if (problem.isEmpty()) {
        QStringList taken;
        for (const QString &n : std::as_const(list))
            if (m_source.domainNames.contains(n))
                taken << n;
        if (!taken.isEmpty())
            problem = tr("Taken on this host: %1").arg(taken.join(QStringLiteral(", ")));
    }
    QString warning;
    const QList<CloneDiskMode> modes = chosenModes();
    for (int i = 0; i < modes.size() && problem.isEmpty(); ++i) {
        const CloneDisk &d = m_source.disks.at(i);
        if (const QString why = Clone::modeProblem(d, modes.at(i)); !why.isEmpty())
            problem = why;
        else if (modes.at(i) == CloneDiskMode::Share && !d.readOnly && d.device == u"disk" &&
                 !d.path.isEmpty())
            warning = tr("%1 is writable: with Share, the original and the clone write the same "
                         "disk. Do not run both at once.")
                          .arg(d.target);
    }
    m_problem->setText(problem.isEmpty() ? warning : problem);
    m_cloneButton->setEnabled(problem.isEmpty());
}

void CloneDialog::setRunning(bool running)
{
    m_name->setEnabled(!running);
    for (QComboBox *b : std::as_const(m_modeBoxes))
        b->setEnabled(!running);
    m_start->setEnabled(!running);
    m_cloneButton->setEnabled(!running);
    m_progress->setVisible(true);
    m_cancelButton->setText(running ? tr("Cancel") : tr("Close"));
    m_cancelButton->setAccessibleName(running ? tr("Cancel cloning") : tr("Close"));
}

void CloneDialog::startCloning()
{
    if (!m_loaded || isRunning() || !m_cloneButton->isEnabled())
        return;
    const QStringList list = names();
    if (list.isEmpty())
        return;
    m_report->hide();
    m_progress->setValue(0);
    setRunning(true);
    m_cancelButton->setFocus();
    if (m_mode == Mode::One) {
        m_job = new CloneJob(m_session, {m_uuid, list.first(), chosenModes(), m_start->isChecked()},
                             this);
        connect(m_job, &CloneJob::progress, m_progress, &QProgressBar::setValue);
        connect(m_job, &CloneJob::stepStarted, this, [this](CloneJob::Step step, int disk) {
            switch (step) {
            case CloneJob::Step::Check:
                m_status->setText(tr("Checking…"));
                break;
            case CloneJob::Step::Volume:
                m_status->setText(
                    CloneDiskMode(m_modeBoxes.at(disk)->currentData().toInt()) ==
                            CloneDiskMode::Copy
                        ? tr("Copying %1… (a cancel waits for the copy in progress to end)")
                              .arg(m_source.disks.at(disk).target)
                        : tr("Making the overlay of %1…").arg(m_source.disks.at(disk).target));
                break;
            case CloneJob::Step::Nvram:
                m_status->setText(tr("Copying the UEFI variables…"));
                break;
            case CloneJob::Step::Define:
                m_status->setText(tr("Defining the clone…"));
                break;
            case CloneJob::Step::Start:
                m_status->setText(tr("Starting the clone…"));
                break;
            }
        });
        connect(m_job, &CloneJob::finished, this, &CloneDialog::finishOne);
        m_job->start();
        return;
    }
    m_batch = new CloneBatch(m_session, m_uuid, list, chosenModes(), m_start->isChecked(), this);
    connect(m_batch, &CloneBatch::progress, m_progress, &QProgressBar::setValue);
    connect(m_batch, &CloneBatch::cloneStarted, this,
            [this, total = list.size()](int index, const QString &name) {
                m_status->setText(tr("Clone %1 of %2: %3").arg(index + 1).arg(total).arg(name));
            });
    connect(m_batch, &CloneBatch::finished, this, &CloneDialog::finishMany);
    m_batch->start();
}

void CloneDialog::finishOne(const Result<CloneOutcome> &r, bool cancelled)
{
    m_job->deleteLater();
    setRunning(false);
    if (cancelled) {
        m_status->setText(tr("Cancelled; nothing was left behind."));
        m_progress->setValue(0);
        revalidate();
        return;
    }
    if (!r) {
        m_status->setText(r.error().text());
        MessageLog::instance()->error(r.error().text());
        m_progress->setValue(0);
        revalidate();
        return;
    }
    QString text = tr("Made '%1'.").arg(r->name);
    if (!r->startError.isEmpty())
        text += QLatin1Char(' ') + tr("It did not start: %1").arg(r->startError);
    if (!r->nvramNote.isEmpty())
        text += QLatin1Char(' ') + r->nvramNote;
    m_status->setText(text);
    MessageLog::instance()->info(tr("Cloned '%1' to '%2'").arg(m_source.name, r->name));
    m_name->setEnabled(false);
    for (QComboBox *b : std::as_const(m_modeBoxes))
        b->setEnabled(false);
    m_start->setEnabled(false);
    m_cloneButton->setEnabled(false);
    m_cancelButton->setFocus();
    Q_EMIT cloned(m_session, {r->uuid});
}

void CloneDialog::finishMany(const CloneBatchReport &report)
{
    m_batch->deleteLater();
    setRunning(false);
    m_status->setText(report.cancelled ? tr("Cancelled.") : tr("Done."));
    m_report->setPlainText(report.text());
    m_report->show();
    layout()->activate();
    resize(width(), qMax(height(), sizeHint().height()));
    if (report.failed.isEmpty())
        MessageLog::instance()->info(tr("Clones of '%1': %2").arg(m_source.name, report.text()));
    else
        MessageLog::instance()->error(tr("Clones of '%1': %2").arg(m_source.name, report.text()));
    QStringList uuids;
    for (const CloneOutcome &o : report.made)
        uuids << o.uuid;
    // Done: like a single clone, the dialog now only reports (the names are taken).
    m_name->setEnabled(false);
    for (QComboBox *b : std::as_const(m_modeBoxes))
        b->setEnabled(false);
    m_start->setEnabled(false);
    m_cloneButton->setEnabled(false);
    m_cancelButton->setFocus();
    Q_EMIT cloned(m_session, uuids);
}

void CloneDialog::reject()
{
    if (isRunning()) {
        // Stops at the next step and undoes the clone in progress; the dialog stays to say so.
        m_status->setText(tr("Cancelling…"));
        m_cancelButton->setEnabled(false);
        if (m_job)
            m_job->cancel();
        if (m_batch)
            m_batch->cancel();
        connect(m_job ? static_cast<QObject *>(m_job) : static_cast<QObject *>(m_batch),
                &QObject::destroyed, m_cancelButton, [this] { m_cancelButton->setEnabled(true); });
        return;
    }
    QDialog::reject();
}

} // namespace Vireo
