// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/types.h"
#include "core/session/hostsession.h"
#include "core/session/virtcheck.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace Vireo {

class HostSession;
class PerfChart;
class NetworksPage;
class StoragePage;

/// A host's summary: hypervisor and libvirt versions, CPU and memory, host CPU and memory
/// charts fed by the host's statistics tick, and a virtualization check that says what it
/// checks and why, on its Overview tab; the host's storage pools and volumes on its Storage tab
/// (StoragePage); its virtual networks and their DHCP leases on its Networks tab (NetworksPage).
/// GUI thread; one window per host (showFor raises an open one).
class HostSummaryWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HostSummaryWindow(HostSession *session, QWidget *parent = nullptr);
    static HostSummaryWindow *showFor(HostSession *session);

    HostSession *session() const { return m_session; }
    /// The virtualization check as shown, once it has arrived (for tests).
    QList<VirtCheckItem> checkItems() const { return m_items; }
    PerfChart *cpuChart() const { return m_cpuChart; }
    PerfChart *memoryChart() const { return m_memChart; }
    QPushButton *closeButton() const { return m_close; }
    QTabWidget *tabs() const { return m_tabs; }
    StoragePage *storagePage() const { return m_storage; }
    NetworksPage *networksPage() const { return m_networks; }
    /// The host's label (HostSession::label), on the Overview tab.
    QLineEdit *labelEdit() const { return m_label; }

Q_SIGNALS:
    void checkFinished();

private:
    void showInfo(const HostInfo &info);
    void showState();
    void runCheck();
    void showCheck(const Result<VirtCheck> &check);

    QPointer<HostSession> m_session;
    QTabWidget *m_tabs;
    StoragePage *m_storage;
    NetworksPage *m_networks;
    QLabel *m_state;
    QFormLayout *m_form;
    QLineEdit *m_label;
    QVBoxLayout *m_checkLayout;
    QLabel *m_verdict;
    PerfChart *m_cpuChart;
    PerfChart *m_memChart;
    QPushButton *m_close = nullptr;
    QList<VirtCheckItem> m_items;
    QList<QWidget *> m_checkWidgets;
};

} // namespace Vireo
