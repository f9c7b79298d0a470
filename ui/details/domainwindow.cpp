// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/domainwindow.h"

#include "ui/details/domainbootpage.h"
#include "ui/details/domaincontext.h"
#include "ui/details/domaincpupage.h"
#include "ui/details/domaindevicespage.h"
#include "ui/details/domainmemorypage.h"
#include "ui/details/domainmonitorpage.h"
#include "ui/details/domainoverviewpage.h"
#include "ui/details/domainperformancepage.h"
#include "ui/details/domainsnapshotspage.h"
#include "ui/details/domainxmlpage.h"

#include "core/domain/qemumonitor.h"
#include "core/session/hostsession.h"
#include "ui/common/domainwindowchrome.h"
#include "ui/common/messagelog.h"
#include "ui/common/windowroutes.h"
#include "widgets/applybar.h"
#include "widgets/errorstyle.h"
#include "widgets/resourceslider.h"

#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Vireo {

namespace {
using WindowKey = QPair<const HostSession *, QString>;
QHash<WindowKey, QPointer<DomainWindow>> &openWindows()
{
    static QHash<WindowKey, QPointer<DomainWindow>> windows;
    return windows;
}
WindowKey keyOf(const HostSession *session, const QString &uuid)
{
    return {session, uuid.toLower()};
}

QWidget *scrollable(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}
} // namespace

DomainWindow *DomainWindow::find(HostSession *session, const QString &uuid)
{
    return openWindows().value(keyOf(session, uuid));
}

DomainWindow *DomainWindow::showFor(HostSession *session, const QString &uuid)
{
    DomainWindow *window = find(session, uuid);
    if (!window) {
        window = new DomainWindow(session, uuid);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->resize(900, 640);
    }
    window->show();
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->raise();
    window->activateWindow();
    return window;
}

DomainWindow::DomainWindow(HostSession *session, const QString &uuid, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_context(new DomainContext(session, uuid, this))
    , m_header(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_moved(new QLabel(this))
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    openWindows().insert(keyOf(session, uuid), this);
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_header->setFont(big);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setAccessibleName(tr("Domain"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(ErrorStyle::bannerStyleSheet());
    m_banner->setAccessibleName(tr("Problem"));
    m_banner->hide();
    m_moved->setObjectName(QStringLiteral("movedNotice"));
    m_moved->setWordWrap(true);
    m_moved->setAccessibleName(tr("Moved to another host"));
    m_moved->hide();
    m_nav->setAccessibleName(tr("Pages"));
    // As wide as its longest title (addPage), in whatever language, and no wider.
    m_nav->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);

    auto *body = new QHBoxLayout;
    body->addWidget(m_nav);
    body->addWidget(m_stack, 1);
    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(m_header);
    m_layout->addWidget(m_moved);
    m_layout->addWidget(m_banner);
    m_layout->addLayout(body, 1);

    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    // Assistive technology chooses a page by selecting its item (AT-SPI's Selection), which
    // changes the selection and not the current item: the current item follows the selection.
    connect(m_nav, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> selected = m_nav->selectedItems();
        if (!selected.isEmpty() && m_nav->currentItem() != selected.first())
            m_nav->setCurrentItem(selected.first());
    });
    connect(m_nav, &QListWidget::currentRowChanged, this, [this] {
        if (m_chrome)
            m_chrome->setShowingConsole(currentPageTitle() == tr("Console"));
    });
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (currentPageTitle() != tr("Console") && row >= 0)
            m_lastDetailsRow = row;
    });
    m_chrome = new DomainWindowChrome(this, session, uuid);
    m_chrome->install(m_layout);
    connect(m_chrome, &DomainWindowChrome::consoleChosen, this, [this] {
        // The console is a page here when the application added one; else its own window.
        if (!showPage(tr("Console"))) {
            m_chrome->setShowingConsole(false);
            if (WindowRoutes::get().showConsole && this->session())
                WindowRoutes::get().showConsole(this->session(), this->uuid());
        }
    });
    connect(m_chrome, &DomainWindowChrome::detailsChosen, this, [this] {
        if (currentPageTitle() == tr("Console"))
            m_nav->setCurrentRow(m_lastDetailsRow);
    });

    build(session);
    m_nav->setCurrentRow(0);
    setWindowTitle(tr("Domain details — Vireo"));
    m_context->reload();
}

void DomainWindow::build(HostSession *session)
{
    // The window shows one host's domain: it goes when the host session does. The pages (and any
    // apply they have waiting on a timer) go at once, so nothing reaches the session after it.
    connect(session, &QObject::destroyed, this, [this]() {
        dropPages(false);
        close();
    });

    m_overview = new DomainOverviewPage(m_context);
    m_performance = new DomainPerformancePage(m_context);
    m_cpu = new DomainCpuPage(m_context);
    m_memory = new DomainMemoryPage(m_context);
    m_boot = new DomainBootPage(m_context);
    m_devices = new DomainDevicesPage(m_context);
    m_xml = new DomainXmlPage(m_context);
    m_snapshots = new DomainSnapshotsPage(m_context);
    // Only QEMU has a monitor; elsewhere the page would only ever show an error.
    if (QemuMonitor::offeredOn(session->hostInfo()))
        m_monitor = new DomainMonitorPage(m_context);

    addPage(tr("Overview"), scrollable(m_overview));
    addPage(tr("Performance"), m_performance);
    addPage(tr("CPUs"), scrollable(m_cpu));
    addPage(tr("Memory"), scrollable(m_memory));
    addPage(tr("Boot options"), scrollable(m_boot));
    addPage(tr("Devices"), m_devices);
    addPage(tr("Snapshots"), m_snapshots);
    addPage(tr("XML"), m_xml);
    if (m_monitor)
        addPage(tr("QEMU monitor"), m_monitor);
    m_ownPages = m_stack->count();

    connect(m_context, &DomainContext::infoChanged, this, &DomainWindow::updateHeader);
    // The title names the host: a new label (or none) shows at once. followTo() drops this
    // connection with the others to the old host, and build() makes it to the new one.
    connect(session, &HostSession::labelChanged, this, &DomainWindow::updateHeader);
    connect(m_context, &DomainContext::errorOccurred, this, [this](const QString &message) {
        // A read that fails fails again on the next change: the log says it once.
        if (m_banner->isHidden() || m_banner->text() != message)
            MessageLog::instance()->error(tr("%1: %2").arg(domainName(), message));
        m_banner->setText(message);
        m_banner->show();
    });
    logPageChanges();
    connect(m_context, &DomainContext::domainRemoved, this, [this]() {
        m_banner->setText(
            tr("This domain no longer exists on %1.").arg(this->session()->displayName()));
        m_banner->show();
        m_stack->setEnabled(false);
    });
    connect(m_context, &DomainContext::infoChanged, this, [this]() {
        if (!m_context->removed())
            m_banner->hide();
    });
}

QList<QPair<QString, QWidget *>> DomainWindow::dropPages(bool keepAdded)
{
    QList<QPair<QString, QWidget *>> kept;
    for (int i = m_stack->count() - 1; i >= 0; --i) {
        QWidget *page = m_stack->widget(i);
        m_stack->removeWidget(page);
        if (keepAdded && i >= m_ownPages)
            kept.prepend({m_nav->item(i)->text(), page});
        else
            delete page;
    }
    m_nav->clear();
    m_ownPages = 0;
    m_overview = nullptr;
    m_performance = nullptr;
    m_cpu = nullptr;
    m_memory = nullptr;
    m_boot = nullptr;
    m_devices = nullptr;
    m_xml = nullptr;
    m_snapshots = nullptr;
    m_monitor = nullptr;
    return kept;
}

void DomainWindow::followTo(HostSession *destination)
{
    HostSession *source = session();
    if (!destination || destination == source)
        return;
    const QString uuid = this->uuid();
    const QString page = currentPageTitle();
    const QString fromName = source ? source->displayName() : QString();
    if (source)
        disconnect(source, nullptr, this, nullptr);
    // The pages and their context belong to one host: they are made again for the new one (the
    // pages others added, the console, stay and follow by themselves); the toolbar follows.
    const QList<QPair<QString, QWidget *>> added = dropPages(true);
    m_chrome->followDomain(destination, uuid);
    delete m_context;
    auto &windows = openWindows();
    windows.remove(keyOf(source, uuid));
    windows.insert(keyOf(destination, uuid), this);
    m_context = new DomainContext(destination, uuid, this);
    m_banner->hide();
    m_stack->setEnabled(true);
    build(destination);
    for (const auto &[title, widget] : added)
        addPage(title, widget);
    if (!showPage(page))
        m_nav->setCurrentRow(0);
    m_moved->setText(tr("Moved from %1 to %2.").arg(fromName, destination->displayName()));
    m_moved->show();
    MessageLog::instance()->info(tr("%1 moved from %2 to %3: its details follow it.")
                                     .arg(m_context->hasInfo() ? m_context->info().name : uuid,
                                          fromName, destination->displayName()));
    updateHeader();
    m_context->reload();
    Q_EMIT followed(destination);
}

DomainWindow::~DomainWindow()
{
    auto &windows = openWindows();
    for (auto it = windows.begin(); it != windows.end();) {
        if (it.value() == this || it.value().isNull())
            it = windows.erase(it);
        else
            ++it;
    }
}

QString DomainWindow::uuid() const
{
    return m_context->uuid();
}

HostSession *DomainWindow::session() const
{
    return m_context->session();
}

void DomainWindow::addPage(const QString &title, QWidget *page)
{
    m_stack->addWidget(page);
    m_nav->addItem(title);
    m_nav->setFixedWidth(qMax(120, m_nav->sizeHintForColumn(0) + 2 * m_nav->frameWidth() + 24));
}

bool DomainWindow::showPage(const QString &title)
{
    for (int i = 0; i < m_nav->count(); ++i) {
        if (m_nav->item(i)->text() == title) {
            m_nav->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QStringList DomainWindow::pageTitles() const
{
    QStringList titles;
    for (int i = 0; i < m_nav->count(); ++i)
        titles.append(m_nav->item(i)->text());
    return titles;
}

QWidget *DomainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

QString DomainWindow::currentPageTitle() const
{
    const QListWidgetItem *item = m_nav->currentItem();
    return item ? item->text() : QString();
}

QString DomainWindow::domainName() const
{
    return m_context->hasInfo() ? QStringLiteral("'%1'").arg(m_context->info().name) : uuid();
}

void DomainWindow::logPageChanges()
{
    // Every page applies through an ApplyBar or a live ResourceSlider; their answers are what
    // the user changed here, so the shared log gets them, success or failure.
    for (ApplyBar *bar : findChildren<ApplyBar *>()) {
        connect(bar, &ApplyBar::applyFinished, this, [this, bar](bool ok, const QString &message) {
            const QString what = bar->accessibleName();
            if (ok)
                MessageLog::instance()->info(
                    message.isEmpty() ? tr("%1: %2 applied").arg(domainName(), what)
                                      : tr("%1: %2 applied: %3").arg(domainName(), what, message));
            else
                MessageLog::instance()->error(
                    tr("%1: %2 not applied: %3").arg(domainName(), what, message));
        });
    }
    for (ResourceSlider *slider : findChildren<ResourceSlider *>()) {
        connect(slider, &ResourceSlider::applyFinished, this,
                [this, slider](bool ok, qint64 reported, const QString &message) {
                    const QString what = slider->accessibleName();
                    if (ok)
                        MessageLog::instance()->info(
                            tr("%1: %2 set to %3")
                                .arg(domainName(), what, slider->formatValue(reported)));
                    else
                        MessageLog::instance()->error(
                            tr("%1: %2 not changed: %3").arg(domainName(), what, message));
                });
    }
}

void DomainWindow::updateHeader()
{
    if (!m_context->hasInfo())
        return;
    const DomainInfo &info = m_context->info();
    m_header->setText(tr("%1 — %2").arg(info.name, info.stateText()));
    const QString host = session() ? session()->displayName() : QString();
    setWindowTitle(tr("%1 on %2 — Vireo").arg(info.name, host));
}

} // namespace Vireo
