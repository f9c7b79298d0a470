// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Vireo {

class DomainContext;

/// The details window's "QEMU monitor" page, for trainers: runs HMP commands (`info balloon`,
/// `info cpus`, `info block`…) on the running domain and keeps a transcript of the answers.
/// A command that is not a query asks first, since libvirt does not support changes made behind
/// its back. Offered only on QEMU hosts (QemuMonitor::offeredOn). Lives on the GUI thread; the
/// commands run on the host's worker.
class DomainMonitorPage : public QWidget
{
    Q_OBJECT
public:
    explicit DomainMonitorPage(DomainContext *context, QWidget *parent = nullptr);

    QLineEdit *commandField() const { return m_command; }
    QPushButton *runButton() const { return m_run; }
    QPlainTextEdit *transcript() const { return m_transcript; }
    QLabel *statusLabel() const { return m_status; }
    bool isRunning() const { return m_inFlight; }

    /// Runs `commandLine` as if typed and run: asks first when it may change the guest.
    void runCommand(const QString &commandLine);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void send(const QString &commandLine);
    void updateEnabled();
    void recall(int step);

    DomainContext *m_context;
    QLabel *m_status;
    QPlainTextEdit *m_transcript;
    QLineEdit *m_command;
    QPushButton *m_run;
    QList<QPushButton *> m_quick;
    QStringList m_history;
    int m_historyPos = 0;
    bool m_inFlight = false;
    bool m_saysNotRunning = false;
};

} // namespace Vireo
