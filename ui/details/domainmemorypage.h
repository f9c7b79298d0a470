// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace Vireo {

class AlsoAfterRestartBox;
class DomainContext;
class ResourceSlider;
class ShutOffChange;

/// The Memory page of the details window: a balloon slider between a safe minimum and the
/// maximum memory, the target and the guest's actual memory side by side, and the maximum
/// (changed only while shut off). Lives on the GUI thread.
///
/// While the domain runs, a move sets the balloon target live (plus the definition when "Also
/// after restart" is checked) and asks the guest's balloon driver for statistics every few
/// seconds. If the actual size does not move after a change, the page says the guest seems to
/// have no balloon driver.
class DomainMemoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit DomainMemoryPage(DomainContext *context, QWidget *parent = nullptr);

    /// The lowest target offered: 256 MiB, or an eighth of the maximum when that is more.
    static qint64 safeMinimumMiB(qint64 maximumMiB);
    /// How long a change may go unanswered by the guest before the page says it has no driver.
    void setBalloonPatience(int ms);
    /// Seconds between the guest's balloon statistics. Default 2.
    static constexpr int statsPeriodSeconds = 2;

    ResourceSlider *slider() const { return m_slider; }
    QCheckBox *alsoAfterRestart() const;
    QLabel *targetLabel() const { return m_target; }
    QLabel *actualLabel() const { return m_actual; }
    QLabel *balloonLabel() const { return m_balloon; }
    QLabel *guestStatsLabel() const { return m_guestStats; }
    QSpinBox *maximumBox() const { return m_maximum; }
    QPushButton *applyMaximumButton() const;
    qint64 actualKiB() const { return m_actualKiB; }
    bool guestSeemsWithoutDriver() const { return m_noDriver; }

private:
    void onInfo();
    void onDescription();
    void apply(qint64 mib);
    void applyMaximum();
    void fetchActual();
    void setActual(qint64 kib);
    void judgeBalloon();
    void updateLabels();
    bool hasBalloonDevice() const;

    DomainContext *m_context;
    ResourceSlider *m_slider;
    AlsoAfterRestartBox *m_alsoConfig;
    QLabel *m_target;
    QLabel *m_actual;
    QLabel *m_maximumLabel;
    QLabel *m_balloon;
    QLabel *m_guestStats;
    QSpinBox *m_maximum;
    ShutOffChange *m_maximumChange;
    QTimer *m_patience;
    qint64 m_actualKiB = -1;
    qint64 m_actualAtChange = -1;
    bool m_waiting = false;
    bool m_noDriver = false;
    bool m_periodAsked = false;
    QString m_periodError;
};

} // namespace Vireo
