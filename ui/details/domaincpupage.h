// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Vireo {

class AlsoAfterRestartBox;
class DomainContext;
class ResourceSlider;
class ShutOffChange;

/// The CPUs page of the details window: a live vCPU slider from 1 to the maximum, the counts the
/// domain reports, and the maximum (changed only while shut off). Lives on the GUI thread.
///
/// While the domain runs, a move hot-adds or removes vCPUs live (AFFECT_LIVE), plus the persistent
/// definition (AFFECT_CONFIG) when "Also after restart" is checked. While it is shut off, the
/// slider changes the definition. The count shown is the one the domain reports after the change.
class DomainCpuPage : public QWidget
{
    Q_OBJECT
public:
    explicit DomainCpuPage(DomainContext *context, QWidget *parent = nullptr);

    ResourceSlider *slider() const { return m_slider; }
    QCheckBox *alsoAfterRestart() const;
    QSpinBox *maximumBox() const { return m_maximum; }
    QPushButton *applyMaximumButton() const;
    QLabel *reportedLabel() const { return m_reported; }
    QCheckBox *manualTopology() const { return m_manualTopology; }
    QSpinBox *socketsBox() const { return m_sockets; }
    QSpinBox *coresBox() const { return m_cores; }
    QSpinBox *threadsBox() const { return m_threads; }
    QLabel *maximumStatus() const;

private:
    void watchRange(QSpinBox *box, const QString &what);
    void refreshCounts();
    void onInfo();
    void apply(qint64 count);
    void applyMaximum();
    void updateNote();
    void updateLayoutControls();

    DomainContext *m_context;
    ResourceSlider *m_slider;
    AlsoAfterRestartBox *m_alsoConfig;
    QLabel *m_reported;
    QCheckBox *m_manualTopology;
    QSpinBox *m_sockets;
    QSpinBox *m_cores;
    QSpinBox *m_threads;
    QSpinBox *m_maximum;
    ShutOffChange *m_maximumChange;
    int m_liveCurrent = -1;
    int m_liveMaximum = -1;
    int m_configCurrent = -1;
    int m_configMaximum = -1;
};

} // namespace Vireo
