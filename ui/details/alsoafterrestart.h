// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/domain/domaincontrol.h"

#include <QCheckBox>

namespace Vireo {

class DomainContext;

/// "Also after restart" on the CPU and Memory pages: whether a change to the running domain goes
/// to its persistent definition too. Lives on the GUI thread.
class AlsoAfterRestartBox : public QCheckBox
{
    Q_OBJECT
public:
    AlsoAfterRestartBox(const QString &toolTip, QWidget *parent = nullptr);

    /// Usable while the domain runs and has a definition; cleared for a transient domain, which
    /// has none to change.
    void follow(const DomainContext *context);
    /// Where a change made now goes: the definition while shut off; the running domain, and its
    /// definition too when checked, while it runs.
    DomainControl::Scope scope(bool active) const;

    /// The three ways to say where a change goes, for the line under the slider.
    struct Notes
    {
        QString shutOff;
        QString liveAndConfig;
        QString liveOnly;
    };
    QString note(bool active, const Notes &notes) const;
};

} // namespace Vireo
