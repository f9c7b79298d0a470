// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;
class QVBoxLayout;

namespace Vireo {

class DomainBootPage;
class DomainContext;
class DomainCpuPage;
class DomainDevicesPage;
class DomainMemoryPage;
class DomainMonitorPage;
class DomainOverviewPage;
class DomainWindowChrome;
class DomainPerformancePage;
class DomainSnapshotsPage;
class DomainXmlPage;
class HostSession;

/// The details window of one domain: Overview, Performance, CPUs, Memory, Boot options, Devices,
/// Snapshots and XML pages, plus any page added later (the console). One window per domain;
/// showFor() raises the open one. Lives on the GUI thread; everything it shows comes from the host
/// session's signals and queued requests, so it never waits on libvirt.
class DomainWindow : public QWidget
{
    Q_OBJECT
public:
    /// Shows (creating it if needed) and raises the details window of the domain with this UUID
    /// on this host. The window deletes itself when closed, or when the session goes away.
    static DomainWindow *showFor(HostSession *session, const QString &uuid);
    /// The open window of that domain, or null.
    static DomainWindow *find(HostSession *session, const QString &uuid);

    DomainWindow(HostSession *session, const QString &uuid, QWidget *parent = nullptr);
    ~DomainWindow() override;

    QString uuid() const;
    HostSession *session() const;

    /// Adds a page at the end of the list (e.g. the console).
    void addPage(const QString &title, QWidget *page);
    /// Shows the page with this title; false if there is none.
    bool showPage(const QString &title);
    QStringList pageTitles() const;
    QWidget *currentPage() const;
    QString currentPageTitle() const;
    /// The toolbar and menus (lifecycle actions, Console/Details, Quit).
    DomainWindowChrome *chrome() const { return m_chrome; }

    DomainContext *context() const { return m_context; }
    /// The line that says what is wrong (domain gone, cannot be read); hidden when all is well.
    QLabel *problemBanner() const { return m_banner; }
    /// The pages; null once the host session is gone.
    DomainOverviewPage *overviewPage() const { return m_overview; }
    DomainPerformancePage *performancePage() const { return m_performance; }
    DomainCpuPage *cpuPage() const { return m_cpu; }
    DomainMemoryPage *memoryPage() const { return m_memory; }
    DomainBootPage *bootPage() const { return m_boot; }
    DomainDevicesPage *devicesPage() const { return m_devices; }
    DomainXmlPage *xmlPage() const { return m_xml; }
    DomainSnapshotsPage *snapshotsPage() const { return m_snapshots; }
    /// Null where the host has no QEMU monitor.
    DomainMonitorPage *monitorPage() const { return m_monitor; }
    /// Says where the domain came from once it moved to another host; hidden until then.
    QLabel *movedNotice() const { return m_moved; }

    /// The domain now runs on destination (it migrated): the window shows it there, with its
    /// pages, statistics and sliders made again for that host and the page shown kept. Pages
    /// added with addPage stay; followed tells them to follow too.
    void followTo(HostSession *destination);

Q_SIGNALS:
    void followed(Vireo::HostSession *destination);

private:
    /// Makes the pages, the toolbar and menus for the context's host, and hooks them up.
    void build(HostSession *session);
    /// Removes every page and deletes the window's own; keepAdded: those added with addPage are
    /// handed back instead (title, page).
    QList<QPair<QString, QWidget *>> dropPages(bool keepAdded);
    void updateHeader();
    void logPageChanges();
    /// "'name'" once known, else the UUID (for log lines).
    QString domainName() const;

    DomainContext *m_context;
    QLabel *m_header;
    QLabel *m_banner;
    QLabel *m_moved;
    QVBoxLayout *m_layout = nullptr;
    int m_ownPages = 0; ///< the pages the window made (the first ones)
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    DomainWindowChrome *m_chrome = nullptr;
    int m_lastDetailsRow = 0; ///< the page Details goes back to from the console
    DomainOverviewPage *m_overview = nullptr;
    DomainPerformancePage *m_performance = nullptr;
    DomainCpuPage *m_cpu = nullptr;
    DomainMemoryPage *m_memory = nullptr;
    DomainBootPage *m_boot = nullptr;
    DomainDevicesPage *m_devices = nullptr;
    DomainXmlPage *m_xml = nullptr;
    DomainSnapshotsPage *m_snapshots = nullptr;
    DomainMonitorPage *m_monitor = nullptr;
};

} // namespace Vireo
