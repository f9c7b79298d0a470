// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/manager/migratedialog.h"

#include "core/common/memorysize.h"
#include "core/migration/migration.h"
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Vireo {

namespace {

QString bytesText(qint64 bytes)
{
    return bytes < 0 ? QStringLiteral("–") : formatBytes(quint64(bytes));
}

} // namespace

MigrateDialog::MigrateDialog(DomainTreeModel *model, HostSession *source, const QString &uuid,
                             QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_source(source)
    , m_uuid(uuid)
{
    setAttribute(Qt::WA_DeleteOnClose);
    buildForm();
    const auto info = model && source ? model->domain(source, uuid) : std::nullopt;
    const QString name = info ? info->name : uuid;
    setWindowTitle(tr("Migrate %1").arg(name));
    m_domainName = name;
    showHostNames();
    // The hosts are named by their labels: a label set or cleared meanwhile shows at once.
    if (model)
        for (HostSession *h : model->hosts())
            connect(h, &HostSession::labelChanged, this, &MigrateDialog::showHostNames);
    m_live->setChecked(!info || info->state != DomainState::Shutoff);
    m_offline->setChecked(info && info->state == DomainState::Shutoff);
    fillDestinations();
    if (source)
        Migration::readSource(source, uuid, this, [this](Result<MigrationSource> s) {
            if (s) {
                m_sourceFacts = s.value();
                if (m_xml->toPlainText().isEmpty())
                    m_xml->setPlainText(s->xml);
                // The destination's CPU models are per architecture: read them for this one.
                if (m_targetArch != s->description.arch) {
                    readDestination();
                    return;
                }
            } else {
                m_sourceError = s.error().text();
            }
            recheck();
        });
    readDestination();
}

MigrateDialog::~MigrateDialog() = default;

void MigrateDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *form = new QFormLayout;
    m_destination = new QComboBox(this);
    m_destination->setAccessibleName(tr("Destination host"));
    form->addRow(tr("&Destination:"), m_destination);

    auto *mode = new QWidget(this);
    auto *modeLayout = new QHBoxLayout(mode);
    modeLayout->setContentsMargins(0, 0, 0, 0);
    m_live = new QRadioButton(tr("&Live (keeps running)"), mode);
    m_offline = new QRadioButton(tr("&Offline (the definition only)"), mode);
    modeLayout->addWidget(m_live);
    modeLayout->addWidget(m_offline);
    modeLayout->addStretch();
    form->addRow(tr("Mode:"), mode);

    m_peerToPeer = new QCheckBox(tr("&Peer-to-peer (the source host talks to the destination)"));
    m_tunnelled = new QCheckBox(tr("&Tunnelled through libvirt's connection"));
    m_copyStorage = new QCheckBox(tr("Copy &storage (disks not shared between the hosts)"));
    m_persist = new QCheckBox(tr("&Keep it defined on the destination"));
    m_persist->setChecked(true);
    m_undefineSource = new QCheckBox(tr("&Undefine it on the source"));
    m_postCopy = new QCheckBox(tr("Allow switching to post-cop&y"));
    for (QCheckBox *b :
         {m_peerToPeer, m_tunnelled, m_copyStorage, m_persist, m_undefineSource, m_postCopy})
        form->addRow(QString(), b);

    m_downtime = new QSpinBox(this);
    m_downtime->setRange(0, 60000);
    m_downtime->setSuffix(tr(" ms"));
    m_downtime->setSpecialValueText(tr("libvirt's default"));
    m_downtime->setAccessibleName(tr("Maximum downtime in milliseconds"));
    form->addRow(tr("Maximum down&time:"), m_downtime);
    m_bandwidth = new QSpinBox(this);
    m_bandwidth->setRange(0, 100000);
    m_bandwidth->setSuffix(tr(" MiB/s"));
    m_bandwidth->setSpecialValueText(tr("unlimited"));
    m_bandwidth->setAccessibleName(tr("Bandwidth in MiB per second"));
    form->addRow(tr("&Bandwidth:"), m_bandwidth);
    m_migrationUri = new QLineEdit(this);
    m_migrationUri->setPlaceholderText(tr("the destination's choice, e.g. tcp://10.0.0.2"));
    m_migrationUri->setAccessibleName(tr("Migration address"));
    form->addRow(tr("Migration &address:"), m_migrationUri);
    layout->addLayout(form);

    m_editXml = new QCheckBox(tr("Use an &edited XML on the destination (a different disk path…)"));
    layout->addWidget(m_editXml);
    m_xml = new QPlainTextEdit(this);
    m_xml->setAccessibleName(tr("Domain XML for the destination"));
    m_xml->setVisible(false);
    m_xml->setMinimumHeight(160);
    layout->addWidget(m_xml);

    m_checkLabel = new QLabel(tr("Reading both hosts…"), this);
    m_checkLabel->setWordWrap(true);
    m_checkLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkLabel->setAccessibleName(tr("What the check says"));
    layout->addWidget(m_checkLabel);

    m_progressBox = new QGroupBox(tr("Progress"), this);
    auto *pl = new QVBoxLayout(m_progressBox);
    m_progress = new QProgressBar(m_progressBox);
    m_progress->setAccessibleName(tr("Migration progress"));
    m_progress->setRange(0, 0);
    m_progressText = new QLabel(m_progressBox);
    m_progressText->setWordWrap(true);
    m_postCopyNote = new QLabel(m_progressBox);
    m_postCopyNote->setWordWrap(true);
    m_postCopyNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_postCopyNote->setAccessibleName(tr("What the switch to post-copy says"));
    m_postCopyNote->setVisible(false);
    pl->addWidget(m_progress);
    pl->addWidget(m_progressText);
    pl->addWidget(m_postCopyNote);
    // The job's own controls live with its progress (a button box shows every button it holds).
    auto *jobButtons = new QHBoxLayout;
    jobButtons->addStretch();
    m_postCopyButton = new QPushButton(tr("Switch to &post-copy"), m_progressBox);
    m_cancel = new QPushButton(tr("&Cancel migration"), m_progressBox);
    jobButtons->addWidget(m_postCopyButton);
    jobButtons->addWidget(m_cancel);
    pl->addLayout(jobButtons);
    m_progressBox->setVisible(false);
    layout->addWidget(m_progressBox);

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("&Migrate"), QDialogButtonBox::AcceptRole);
    m_start->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(m_start, &QPushButton::clicked, this, &MigrateDialog::start);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job) {
            m_job->cancel();
            m_cancel->setEnabled(false);
            m_progressText->setText(tr("Cancelling…"));
        }
    });
    m_postCopyButton->setToolTip(
        tr("Run the guest on the destination now and fetch the rest of its memory from the "
           "source as it is used: the migration ends, but the guest needs both hosts until then"));
    connect(m_postCopyButton, &QPushButton::clicked, this, [this] {
        if (m_job) {
            m_postCopyAsked = true;
            m_job->switchToPostCopy();
            m_postCopyButton->setEnabled(false);
            m_postCopyNote->setVisible(false);
        }
    });
    connect(m_destination, &QComboBox::currentIndexChanged, this, [this] { readDestination(); });
    connect(m_editXml, &QCheckBox::toggled, m_xml, &QWidget::setVisible);
    for (QAbstractButton *b :
         {static_cast<QAbstractButton *>(m_live), static_cast<QAbstractButton *>(m_offline),
          static_cast<QAbstractButton *>(m_peerToPeer), static_cast<QAbstractButton *>(m_tunnelled),
          static_cast<QAbstractButton *>(m_copyStorage), static_cast<QAbstractButton *>(m_persist),
          static_cast<QAbstractButton *>(m_undefineSource),
          static_cast<QAbstractButton *>(m_postCopy), static_cast<QAbstractButton *>(m_editXml)})
        connect(b, &QAbstractButton::toggled, this, &MigrateDialog::recheck);
    connect(m_downtime, &QSpinBox::valueChanged, this, &MigrateDialog::recheck);
    connect(m_migrationUri, &QLineEdit::textChanged, this, &MigrateDialog::recheck);
    connect(m_xml, &QPlainTextEdit::textChanged, this, [this] {
        if (m_editXml->isChecked())
            recheck();
    });
}

void MigrateDialog::fillDestinations()
{
    m_destination->clear();
    if (!m_model)
        return;
    for (HostSession *h : m_model->hosts()) {
        if (h == m_source || h->state() != HostState::Connected)
            continue;
        m_destination->addItem(destinationText(h), QVariant::fromValue(static_cast<QObject *>(h)));
    }
    if (m_destination->count() == 0)
        m_checkLabel->setText(tr("No other host is connected: connect the destination first."));
}

QString MigrateDialog::destinationText(const HostSession *host)
{
    return QStringLiteral("%1 (%2)").arg(host->displayName(), host->uri());
}

void MigrateDialog::showHostNames()
{
    m_title->setText(tr("Move <b>%1</b> from <b>%2</b> to another host.")
                         .arg(m_domainName.toHtmlEscaped(),
                              m_source ? m_source->displayName().toHtmlEscaped() : QString()));
    // In place: the choice (and the check made for it) stays.
    for (int i = 0; i < m_destination->count(); ++i)
        if (auto *h = qobject_cast<HostSession *>(m_destination->itemData(i).value<QObject *>()))
            m_destination->setItemText(i, destinationText(h));
}

void MigrateDialog::setDestination(HostSession *destination)
{
    for (int i = 0; i < m_destination->count(); ++i)
        if (m_destination->itemData(i).value<QObject *>() == destination)
            m_destination->setCurrentIndex(i);
}

HostSession *MigrateDialog::destination() const
{
    return qobject_cast<HostSession *>(m_destination->currentData().value<QObject *>());
}

MigrationRequest MigrateDialog::request() const
{
    MigrationRequest r;
    r.live = m_live->isChecked();
    r.peerToPeer = m_peerToPeer->isChecked();
    r.tunnelled = m_tunnelled->isChecked();
    r.copyStorage = m_copyStorage->isChecked();
    r.persistOnDestination = m_persist->isChecked();
    r.undefineSource = m_undefineSource->isChecked();
    r.allowPostCopy = m_postCopy->isChecked();
    r.maxDowntimeMs = m_downtime->value();
    r.bandwidthMiBs = quint64(m_bandwidth->value());
    r.migrationUri = m_migrationUri->text().trimmed();
    if (m_editXml->isChecked())
        r.destinationXml = m_xml->toPlainText();
    return r;
}

void MigrateDialog::readDestination()
{
    m_targetFacts.reset();
    m_targetError.clear();
    delete m_targetContext; // drops the answer for the previous choice
    m_targetContext = new QObject(this);
    HostSession *dest = destination();
    if (!dest) {
        recheck();
        return;
    }
    const QString arch = m_sourceFacts ? m_sourceFacts->description.arch : QString();
    m_targetArch = arch;
    QObject *ctx = m_targetContext;
    Migration::readTarget(dest, arch, ctx, [this, ctx](Result<MigrationTarget> t) {
        if (ctx != m_targetContext)
            return;
        if (t)
            m_targetFacts = t.value();
        else
            m_targetError = t.error().text();
        recheck();
    });
    recheck();
}

void MigrateDialog::recheck()
{
    if (m_job)
        return;
    m_check.reset();
    m_start->setEnabled(false);
    if (!m_sourceError.isEmpty() || !m_targetError.isEmpty()) {
        m_checkLabel->setText(m_sourceError.isEmpty() ? m_targetError : m_sourceError);
        Q_EMIT checked();
        return;
    }
    if (!destination()) {
        m_checkLabel->setText(tr("No other host is connected: connect the destination first."));
        Q_EMIT checked();
        return;
    }
    if (!m_sourceFacts || !m_targetFacts) {
        m_checkLabel->setText(tr("Reading both hosts…"));
        return;
    }
    // Post-copy is offered only where both ends can switch (QEMU), for a live migration; a box
    // that cannot be changed is not left checked.
    const bool postCopyOffered =
        postCopyPossible(*m_sourceFacts, *m_targetFacts) && m_live->isChecked();
    if (!postCopyOffered && m_postCopy->isChecked()) {
        const QSignalBlocker blocker(m_postCopy);
        m_postCopy->setChecked(false);
    }
    m_postCopy->setEnabled(postCopyOffered);
    const MigrationRequest r = request();
    m_check = checkMigration(*m_sourceFacts, *m_targetFacts, r);
    QStringList lines;
    for (const QString &p : m_check->problems)
        lines << tr("✗ %1").arg(p.toHtmlEscaped());
    for (const QString &w : m_check->warnings)
        lines << tr("⚠ %1").arg(w.toHtmlEscaped());
    if (m_check->ok())
        lines.prepend(tr("✓ The destination can take it."));
    m_checkLabel->setText(lines.join(QStringLiteral("<br>")));
    m_start->setEnabled(m_check->ok());
    Q_EMIT checked();
}

void MigrateDialog::setEditing(bool editable)
{
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_destination, m_live, m_offline, m_peerToPeer, m_tunnelled, m_copyStorage, m_persist,
             m_undefineSource, m_postCopy, m_downtime, m_bandwidth, m_migrationUri, m_editXml,
             m_xml})
        w->setEnabled(editable);
}

void MigrateDialog::start()
{
    HostSession *dest = destination();
    if (!m_check || !m_check->ok() || !dest || !m_source || m_job)
        return;
    const MigrationRequest r = request();
    m_job = new MigrationJob(m_source, dest, m_uuid, r, this);
    connect(m_job, &MigrationJob::progressChanged, this, &MigrateDialog::showProgress);
    connect(m_job, &MigrationJob::finished, this, &MigrateDialog::onFinished);
    connect(m_job, &MigrationJob::postCopyRefused, this, [this](const Error &e) {
        m_postCopyAsked = false;
        m_postCopyNote->setText(tr("Could not switch to post-copy: %1").arg(e.message));
        m_postCopyNote->setVisible(true);
        m_postCopyButton->setEnabled(true); // the migration goes on; it may be asked again
    });
    setEditing(false);
    m_start->setEnabled(false);
    m_progressBox->setVisible(true);
    m_progress->setRange(0, 0);
    m_progressText->setText(tr("Starting…"));
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    // The switch needs a running job: offered once the first progress report says it runs.
    m_postCopyButton->setVisible(r.allowPostCopy);
    m_postCopyButton->setEnabled(false);
    m_postCopyAsked = false;
    m_postCopyNote->setVisible(false);
    m_job->start();
}

void MigrateDialog::showProgress(const MigrationProgress &p)
{
    if (!p.active)
        return;
    if (!m_postCopyButton->isHidden() && !m_postCopyAsked && !p.postCopy)
        m_postCopyButton->setEnabled(true);
    if (p.postCopy)
        m_postCopyButton->setEnabled(false);
    const int percent = p.percent();
    if (percent >= 0) {
        m_progress->setRange(0, 100);
        m_progress->setValue(percent);
    }
    QStringList parts;
    parts << tr("%1 of %2 sent, %3 to go")
                 .arg(bytesText(p.dataProcessed), bytesText(p.dataTotal),
                      bytesText(p.dataRemaining));
    if (p.memoryBps >= 0)
        parts << tr("%1/s").arg(bytesText(p.memoryBps));
    if (p.dirtyRate >= 0)
        parts << tr("%n page(s) dirtied per second", nullptr, int(p.dirtyRate));
    if (p.downtimeMs >= 0)
        parts << tr("expected downtime %1 ms").arg(p.downtimeMs);
    if (p.diskTotal > 0)
        parts << tr("storage %1 of %2").arg(bytesText(p.diskProcessed), bytesText(p.diskTotal));
    if (p.postCopy)
        parts << tr("post-copy");
    m_progressText->setText(parts.join(QStringLiteral(" · ")));
}

void MigrateDialog::onFinished(const Status &result, bool cancelled,
                               const MigrationProgress &completed)
{
    m_job->deleteLater();
    m_job = nullptr;
    m_cancel->setVisible(false);
    m_postCopyButton->setVisible(false);
    m_progress->setRange(0, 100);
    if (result) {
        m_progress->setValue(100);
        QString text = tr("Migrated.");
        if (completed.elapsedMs >= 0)
            text += QLatin1Char(' ') + tr("It took %1 ms").arg(completed.elapsedMs);
        if (completed.downtimeMs >= 0)
            text += QLatin1Char(' ') + tr("with %1 ms of downtime").arg(completed.downtimeMs);
        m_progressText->setText(text);
        if (HostSession *dest = destination())
            Q_EMIT migrated(dest, m_uuid);
        return;
    }
    m_progress->setValue(0);
    m_progressText->setText(
        cancelled ? tr("Cancelled: the domain stays on the source.")
                  : tr("Failed, the domain stays on the source: %1").arg(result.error().text()));
    setEditing(true);
    recheck();
}

} // namespace Vireo
