// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>

class QSpinBox;

namespace Vireo {

/// Notices when the user types a value outside a spin box's range. QSpinBox quietly puts back
/// another value when Enter is pressed or the focus leaves; with this the owner can say so
/// instead. Lives on the GUI thread, as a child of the box it watches.
class SpinRangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SpinRangeWatcher(QSpinBox *box);

Q_SIGNALS:
    /// The user typed `typed`, which the box does not allow; it keeps `kept` (its value after
    /// its own correction).
    void refused(qint64 typed, qint64 kept);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    QSpinBox *m_box;
};

} // namespace Vireo
