// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"

#include <QObject>

#include <functional>

class QLabel;
class QWidget;

namespace Vireo {

class ApplyBar;

/// The "maximum" of the CPU and Memory pages: a value the definition takes only while the domain
/// is shut off, applied with its own button. The note says so while the domain runs; the bar
/// shows the change pending and how it ended. Lives on the GUI thread; the page lays out bar()
/// and note().
class ShutOffChange : public QObject
{
    Q_OBJECT
public:
    /// `page` owns the widgets; `runningNote` is what the note says while the domain runs.
    ShutOffChange(const QString &applyText, const QString &accessibleName,
                  const QString &runningNote, QWidget *page);

    ApplyBar *bar() const { return m_bar; }
    QLabel *note() const { return m_note; }

    /// Apply works only while the domain is shut off; the note shows while it runs.
    void follow(bool active);

    /// One change: `call` queues it and answers `done` with its status. The bar shows it
    /// pending and then its outcome; `after` runs either way (to read the domain again).
    using Call = std::function<void(QObject *context, std::function<void(Status)> done)>;
    void run(const Call &call, std::function<void()> after);

Q_SIGNALS:
    void applyRequested();

private:
    ApplyBar *m_bar;
    QLabel *m_note;
};

} // namespace Vireo
