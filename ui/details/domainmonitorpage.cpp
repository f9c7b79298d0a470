// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/domainmonitorpage.h"

#include "ui/common/confirmbox.h"
#include "ui/details/domaincontext.h"

#include "core/domain/qemumonitor.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Vireo {

namespace {
// The queries the tutorial uses, one click each.
const char *const kQuickQueries[] = {"info balloon", "info cpus", "info block", "info status"};
constexpr int kHistoryLimit = 100;
} // namespace

DomainMonitorPage::DomainMonitorPage(DomainContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_status(new QLabel(this))
    , m_transcript(new QPlainTextEdit(this))
    , m_command(new QLineEdit(this))
    , m_run(new QPushButton(tr("&Run"), this))
{
    auto *note = new QLabel(
        tr("Commands go straight to QEMU's human monitor (HMP), as "
           "<tt>virsh qemu-monitor-command --hmp</tt> does. Queries (<tt>info …</tt>) only "
           "read. libvirt does not support changes made behind its back, so any other command "
           "is asked for first, and libvirt marks the domain as tainted."),
        this);
    note->setWordWrap(true);
    note->setTextFormat(Qt::RichText);

    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Monitor status"));
    m_transcript->setReadOnly(true);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_transcript->setAccessibleName(tr("Monitor answers"));
    m_transcript->setMaximumBlockCount(20000);

    auto *label = new QLabel(tr("&Command:"), this);
    label->setBuddy(m_command);
    m_command->setAccessibleName(tr("Monitor command"));
    m_command->setPlaceholderText(QStringLiteral("info balloon"));
    m_command->setClearButtonEnabled(true);
    m_command->installEventFilter(this);
    m_run->setAccessibleName(tr("Run the monitor command"));
    m_run->setDefault(true);

    auto *line = new QHBoxLayout;
    line->addWidget(label);
    line->addWidget(m_command, 1);
    line->addWidget(m_run);

    auto *quick = new QHBoxLayout;
    for (const char *query : kQuickQueries) {
        const QString text = QString::fromLatin1(query);
        auto *button = new QPushButton(text, this);
        button->setAccessibleName(tr("Run %1").arg(text));
        connect(button, &QPushButton::clicked, this, [this, text] { runCommand(text); });
        quick->addWidget(button);
        m_quick.append(button);
    }
    quick->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addLayout(quick);
    layout->addWidget(m_transcript, 1);
    layout->addLayout(line);

    connect(m_run, &QPushButton::clicked, this, [this] { runCommand(m_command->text()); });
    connect(m_command, &QLineEdit::returnPressed, this, [this] { runCommand(m_command->text()); });
    connect(m_command, &QLineEdit::textChanged, this, &DomainMonitorPage::updateEnabled);
    connect(m_context, &DomainContext::infoChanged, this, &DomainMonitorPage::updateEnabled);
    updateEnabled();
}

void DomainMonitorPage::runCommand(const QString &commandLine)
{
    const QString line = commandLine.simplified();
    switch (QemuMonitor::classify(line)) {
    case QemuMonitor::CommandKind::Empty:
        return;
    case QemuMonitor::CommandKind::Query:
        send(line);
        return;
    case QemuMonitor::CommandKind::MayChange:
        askBeforeDestroying(
            this, QStringLiteral("monitorConfirmation"), tr("Run a monitor command?"),
            tr("“%1” is not a query: it may change %2 behind libvirt's back, and libvirt does "
               "not support such changes. What libvirt shows afterwards may no longer be true.")
                .arg(line, m_context->info().name),
            tr("Run Anyway"), [this, line] { send(line); });
        return;
    }
}

void DomainMonitorPage::send(const QString &line)
{
    // The page greys itself, but a command can also come from runCommand().
    if (m_inFlight || !m_context->session() || !m_context->isActive())
        return;
    if (m_history.isEmpty() || m_history.last() != line) {
        m_history.append(line);
        if (m_history.size() > kHistoryLimit)
            m_history.removeFirst();
    }
    m_historyPos = m_history.size();
    m_inFlight = true;
    m_command->clear();
    m_status->setText(tr("Running “%1”…").arg(line));
    m_saysNotRunning = false;
    updateEnabled();
    m_transcript->appendPlainText(QStringLiteral("(qemu) ") + line);
    QemuMonitor::run(
        m_context->session(), m_context->uuid(), line, this, [this](Result<QString> answer) {
            m_inFlight = false;
            if (answer) {
                QString text = answer.value();
                while (text.endsWith(QLatin1Char('\n')))
                    text.chop(1);
                if (!text.isEmpty())
                    m_transcript->appendPlainText(text);
                m_status->clear();
                m_saysNotRunning = false;
            } else {
                m_transcript->appendPlainText(tr("[error] %1").arg(answer.error().message));
                m_status->setText(answer.error().text());
                m_saysNotRunning = false;
            }
            m_transcript->verticalScrollBar()->setValue(
                m_transcript->verticalScrollBar()->maximum());
            updateEnabled();
        });
}

void DomainMonitorPage::updateEnabled()
{
    const bool running = m_context->isActive();
    const bool ready = running && !m_inFlight;
    m_command->setEnabled(running);
    m_run->setEnabled(ready && !m_command->text().simplified().isEmpty());
    for (QPushButton *button : std::as_const(m_quick))
        button->setEnabled(ready);
    if (!running && !m_inFlight) {
        m_status->setText(tr("The domain is not running; QEMU's monitor exists only while it "
                             "runs."));
        m_saysNotRunning = true;
    } else if (running && m_saysNotRunning) {
        m_status->clear();
        m_saysNotRunning = false;
    }
}

void DomainMonitorPage::recall(int step)
{
    if (m_history.isEmpty())
        return;
    m_historyPos = qBound(0, m_historyPos + step, int(m_history.size()));
    m_command->setText(m_historyPos < m_history.size() ? m_history.at(m_historyPos) : QString());
}

bool DomainMonitorPage::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down walk the commands run before, as in a shell.
    if (watched == m_command && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            recall(key == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Vireo
