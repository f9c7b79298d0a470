// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QSlider;
class QSpinBox;
class QTimer;

namespace Vireo {

/// A slider for a live resource (vCPUs, balloon memory) whose changes are applied by someone
/// else, asynchronously. Lives on the GUI thread.
///
/// The slider shows the value the resource really has (setReportedValue), not the one asked
/// for. When the user moves it (mouse, keyboard or the spin box), it waits for the release or a
/// short pause, then emits applyRequested(value) once and shows that a change is pending. The
/// owner answers with applySucceeded(reported) or applyFailed(message). Only one request is in
/// flight at a time: a value picked meanwhile is sent after the answer, and values overtaken by
/// newer ones are never sent. A failure puts the slider back on the reported value and shows
/// the message.
class ResourceSlider : public QWidget
{
    Q_OBJECT
public:
    enum class Unit {
        Count, ///< plain integers ("3 vCPUs")
        MiB,   ///< values in MiB (the spin box's suffix); shown by the owner's formatter
    };

    explicit ResourceSlider(Unit unit, QWidget *parent = nullptr);

    /// Names the slider and its spin box for assistive technology.
    void setAccessibleName(const QString &name);
    /// Word after a count: "vCPU"/"vCPUs". Ignored for MiB.
    void setCountNoun(const QString &singular, const QString &plural);

    void setRange(qint64 minimum, qint64 maximum);
    qint64 minimum() const;
    qint64 maximum() const;
    /// Arrow keys move by singleStep, Page Up/Down by pageStep.
    void setSteps(int singleStep, int pageStep);
    /// How long the slider waits after the last change before applying it. Default 400 ms.
    void setApplyDelay(int ms);

    /// The value the resource has now, as reported by its owner. Moves the slider unless the
    /// user is holding it or a change is pending.
    void setReportedValue(qint64 value);
    qint64 reportedValue() const { return m_reported; }
    /// Where the slider stands.
    qint64 value() const;
    /// As if the user moved it there (spin box and keyboard use the same path).
    void setValueFromUser(qint64 value);

    bool isPending() const { return m_inFlight; }
    /// The last failure's message; empty after a success.
    QString errorText() const { return m_error; }
    /// A line shown under the slider when nothing is pending or failed (e.g. "also after restart").
    void setNote(const QString &note);

    /// Answer to applyRequested: the change worked; the resource now reports `reported`.
    void applySucceeded(qint64 reported);
    /// Answer to applyRequested: the change failed; the slider goes back to the reported value
    /// (or to `reported` when given) and shows why.
    void applyFailed(const QString &message, qint64 reported = -1);

    /// How values are written (labels, status, tooltip): the owner's way, such as core's memory
    /// sizes ("2 GiB"), which widgets cannot know. Without one: "3 vCPUs", "2048 MiB".
    using Formatter = std::function<QString(qint64 value)>;
    void setFormatter(Formatter formatter);
    /// Formats a value in this slider's unit ("2 vCPUs", "2 GiB").
    QString formatValue(qint64 value) const;
    /// What the status says when a typed value is out of range and the box keeps `kept`.
    QString outOfRangeText(qint64 typed, qint64 kept) const;

    QSlider *slider() const { return m_slider; }
    QSpinBox *spinBox() const { return m_spin; }

Q_SIGNALS:
    /// Apply this value. Answer with applySucceeded() or applyFailed().
    void applyRequested(qint64 value);
    /// The pending/error state changed (for owners that disable other controls meanwhile).
    void stateChanged();
    /// A change was answered: ok with the value now reported, or the failure's message (for the
    /// message log).
    void applyFinished(bool ok, qint64 reported, const QString &message);

private:
    void onUserValue(int value);
    void flush();
    void showValue(qint64 value);
    void updateStatus();

    Unit m_unit;
    QSlider *m_slider = nullptr;
    QSpinBox *m_spin = nullptr;
    QLabel *m_minLabel = nullptr;
    QLabel *m_maxLabel = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_delay = nullptr;
    Formatter m_formatter;
    QString m_singular;
    QString m_plural;
    QString m_note;
    QString m_error;
    qint64 m_reported = 0;
    qint64 m_inFlightValue = -1;
    qint64 m_wanted = -1; ///< the user's latest value not yet sent; -1 when none
    bool m_inFlight = false;
    bool m_updating = false; ///< we move the controls ourselves: not a user change
};

} // namespace Vireo
