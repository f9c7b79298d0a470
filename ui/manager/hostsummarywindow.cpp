// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/manager/hostsummarywindow.h"

#include "core/common/memorysize.h"
#include "core/session/hostsession.h"
#include "ui/common/stateicons.h"
#include "ui/manager/hostlabeldialog.h"
#include "ui/manager/networkspage.h"
#include "ui/manager/storagepage.h"
#include "widgets/perfchart.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Vireo {

// The memory chart's unit.
static constexpr double KiBPerGiB = 1024.0 * 1024.0;

static QHash<HostSession *, QPointer<HostSummaryWindow>> &openWindows()
{
    static QHash<HostSession *, QPointer<HostSummaryWindow>> windows;
    return windows;
}

HostSummaryWindow *HostSummaryWindow::showFor(HostSession *session)
{
    QPointer<HostSummaryWindow> &w = openWindows()[session];
    if (!w) {
        w = new HostSummaryWindow(session);
        w->setAttribute(Qt::WA_DeleteOnClose);
    }
    w->show();
    w->raise();
    w->activateWindow();
    return w;
}

static QLabel *valueLabel(QWidget *parent, const QString &accessible)
{
    auto *l = new QLabel(parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setAccessibleName(accessible);
    l->setWordWrap(true);
    return l;
}

HostSummaryWindow::HostSummaryWindow(HostSession *session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
{
    setObjectName(QStringLiteral("HostSummaryWindow"));
    auto showTitle = [this, session] {
        setWindowTitle(tr("%1 — Connection Details").arg(session->displayName()));
    };
    showTitle();
    connect(session, &HostSession::labelChanged, this, showTitle);
    auto *outer = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("connectionDetailsTabs"));
    m_tabs->setAccessibleName(tr("Connection details pages"));
    outer->addWidget(m_tabs);
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, tr("&Overview"));
    m_storage = new StoragePage(session, m_tabs);
    m_tabs->addTab(m_storage, tr("&Storage"));
    m_networks = new NetworksPage(session, m_tabs);
    m_tabs->addTab(m_networks, tr("Networ&ks"));
    auto *page = new QWidget(scroll);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(page);

    m_state = new QLabel(page);
    m_state->setAccessibleName(tr("Connection state"));
    layout->addWidget(m_state);

    auto *info = new QGroupBox(tr("Host"), page);
    m_form = new QFormLayout(info);
    // The user's name for the host, applied when editing ends (Enter or leaving the field).
    m_label = createHostLabelEdit(session, info);
    connect(m_label, &QLineEdit::editingFinished, this, [this] {
        if (m_session)
            m_session->setLabel(m_label->text());
    });
    connect(session, &HostSession::labelChanged, this, [this] {
        if (m_session && m_label->text().simplified() != m_session->label())
            m_label->setText(m_session->label());
    });
    m_form->addRow(tr("&Label:"), m_label);
    // QT_TR_NOOP: lupdate finds the row names, tr() below translates them.
    const char *rows[][2] = {
        {QT_TR_NOOP("URI"), "uri"},
        {QT_TR_NOOP("Host name"), "hostname"},
        {QT_TR_NOOP("Hypervisor"), "hypervisor"},
        {QT_TR_NOOP("libvirt"), "libvirt"},
        {QT_TR_NOOP("CPU"), "cpu"},
        {QT_TR_NOOP("CPU topology"), "topology"},
        {QT_TR_NOOP("Memory"), "memory"},
    };
    for (const auto &r : rows) {
        QLabel *value = valueLabel(info, tr(r[0]));
        value->setObjectName(QString::fromLatin1(r[1]));
        m_form->addRow(tr(r[0]) + QLatin1Char(':'), value);
    }
    layout->addWidget(info);

    auto *charts = new QGroupBox(tr("Host performance"), page);
    auto *chartLayout = new QHBoxLayout(charts);
    m_cpuChart = new PerfChart(tr("Host CPU"), tr("%"), charts);
    m_cpuChart->addSeries(tr("CPU usage"));
    m_cpuChart->setFixedRange(0, 100);
    m_cpuChart->setAccessibleName(tr("Host CPU usage chart"));
    m_memChart = new PerfChart(tr("Host memory"), tr("GiB"), charts);
    m_memChart->addSeries(tr("In use"));
    m_memChart->addSeries(tr("Total"));
    m_memChart->setAccessibleName(tr("Host memory chart"));
    m_cpuChart->setMinimumHeight(200);
    m_memChart->setMinimumHeight(200);
    chartLayout->addWidget(m_cpuChart);
    chartLayout->addWidget(m_memChart);
    layout->addWidget(charts);

    auto *check = new QGroupBox(tr("Virtualization check"), page);
    m_checkLayout = new QVBoxLayout(check);
    m_verdict = new QLabel(tr("Checking…"), check);
    m_verdict->setWordWrap(true);
    m_verdict->setAccessibleName(tr("Virtualization verdict"));
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_checkLayout->addWidget(m_verdict);
    auto *again = new QPushButton(tr("Check &again"), check);
    again->setAccessibleName(tr("Run the virtualization check again"));
    connect(again, &QPushButton::clicked, this, &HostSummaryWindow::runCheck);
    m_checkLayout->addWidget(again, 0, Qt::AlignLeft);
    layout->addWidget(check);
    layout->addStretch(1);

    // A window like a dialog: Close, and Esc does the same.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setAccessibleName(tr("Close the connection details"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    outer->addWidget(buttons);
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(esc, &QShortcut::activated, this, &QWidget::close);

    connect(session, &HostSession::hostInfoChanged, this, &HostSummaryWindow::showInfo);
    connect(session, &HostSession::stateChanged, this, [this](HostState state) {
        showState();
        if (state == HostState::Connected)
            runCheck();
    });
    connect(session, &HostSession::hostStatsUpdated, this, [this](const HostStats &s) {
        m_cpuChart->addSample(s.timestampMs, {s.cpuPercent});
        if (s.memoryTotalKiB > 0)
            m_memChart->addSample(s.timestampMs,
                                  {double(s.memoryTotalKiB - s.memoryFreeKiB) / KiBPerGiB,
                                   double(s.memoryTotalKiB) / KiBPerGiB});
    });
    // A kind the host does not sample (Edit > Preferences > Polling) says so.
    auto followSampling = [this, session] {
        m_cpuChart->setSampled(session->statsSampling().cpu);
        m_memChart->setSampled(session->statsSampling().memory);
    };
    connect(session, &HostSession::statsSamplingChanged, this, followSampling);
    followSampling();
    showInfo(session->hostInfo());
    showState();
    runCheck();
    resize(760, 820);
}

void HostSummaryWindow::showState()
{
    if (!m_session)
        return;
    QString text;
    switch (m_session->state()) {
    case HostState::Connected:
        text = tr("Connected");
        break;
    case HostState::Connecting:
        text = tr("Connecting…");
        break;
    case HostState::Disconnected:
        text = m_session->stateReason().isEmpty()
                   ? tr("Not connected")
                   : tr("Disconnected: %1").arg(m_session->stateReason());
        break;
    }
    m_state->setText(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
}

void HostSummaryWindow::showInfo(const HostInfo &info)
{
    auto set = [this](const char *name, const QString &value) {
        if (auto *l = findChild<QLabel *>(QString::fromLatin1(name)))
            l->setText(value.isEmpty() ? tr("—") : value);
    };
    set("uri", m_session ? m_session->uri() : info.uri);
    set("hostname", info.hostname);
    set("hypervisor",
        info.driver.isEmpty() ? QString() : tr("%1 %2").arg(info.driver, info.hypervisorVersion));
    set("libvirt", info.libvirtVersion);
    set("cpu", info.cpus ? tr("%1 (%2), %n logical CPU(s) at %3 MHz", nullptr, info.cpus)
                               .arg(info.cpuModel, info.cpuArch)
                               .arg(info.mhz)
                         : QString());
    set("topology", info.cpus ? tr("%1 socket(s) × %2 core(s) × %3 thread(s)")
                                    .arg(info.sockets)
                                    .arg(info.cores)
                                    .arg(info.threads)
                              : QString());
    // The one figure the list and the wizard give (what bounds guests), and which is which in
    // a tooltip when libvirt's NUMA figure differs (issue 19, #8).
    set("memory",
        !info.memoryKiB ? QString()
        : info.freeMemoryKiB
            ? tr("%1 (%2 available)").arg(formatKiB(info.memoryKiB), formatKiB(info.freeMemoryKiB))
            : formatKiB(info.memoryKiB));
    if (auto *memory = findChild<QLabel *>(QStringLiteral("memory")))
        memory->setToolTip(info.memoryNote);
    // The chart's scale is that figure too, not whatever the samples reach.
    if (info.memoryKiB > 0)
        m_memChart->setFixedRange(0, double(info.memoryKiB) / KiBPerGiB);
}

void HostSummaryWindow::runCheck()
{
    if (!m_session)
        return;
    if (m_session->state() != HostState::Connected) {
        m_verdict->setText(tr("Connect to the host to check its virtualization support."));
        return;
    }
    m_verdict->setText(tr("Checking…"));
    runVirtCheck(m_session, this, [this](Result<VirtCheck> r) { showCheck(r); });
}

void HostSummaryWindow::showCheck(const Result<VirtCheck> &check)
{
    qDeleteAll(m_checkWidgets);
    m_checkWidgets.clear();
    m_items.clear();
    if (!check) {
        m_verdict->setText(check.error().text());
        Q_EMIT checkFinished();
        return;
    }
    m_verdict->setText(check->verdict);
    m_items = check->items;
    int insertAt = 1;
    for (const VirtCheckItem &item : check->items) {
        auto *row = new QWidget(m_verdict->parentWidget());
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 4, 0, 4);
        auto *icon = new QLabel(row);
        QStyle::StandardPixmap px = QStyle::SP_MessageBoxQuestion;
        QString levelText = tr("unknown");
        switch (item.level) {
        case VirtCheckItem::Level::Ok:
            px = QStyle::SP_DialogApplyButton;
            levelText = tr("good");
            break;
        case VirtCheckItem::Level::Warning:
            px = QStyle::SP_MessageBoxWarning;
            levelText = tr("warning");
            break;
        case VirtCheckItem::Level::Problem:
            px = QStyle::SP_MessageBoxCritical;
            levelText = tr("problem");
            break;
        case VirtCheckItem::Level::Unknown:
            break;
        }
        icon->setPixmap(style()->standardIcon(px).pixmap(24, 24));
        icon->setAccessibleName(levelText);
        icon->setAlignment(Qt::AlignTop);
        auto *text = new QLabel(row);
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setText(QStringLiteral("<b>%1</b>: %2<br><small>%3</small>")
                          .arg(item.title.toHtmlEscaped(), item.finding.toHtmlEscaped(),
                               item.explanation.toHtmlEscaped()));
        text->setAccessibleName(item.title + QStringLiteral(": ") + item.finding);
        h->addWidget(icon, 0, Qt::AlignTop);
        h->addWidget(text, 1);
        m_checkLayout->insertWidget(insertAt++, row);
        m_checkWidgets.append(row);
    }
    Q_EMIT checkFinished();
}

} // namespace Vireo
