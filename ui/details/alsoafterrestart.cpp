// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/alsoafterrestart.h"

#include "ui/details/domaincontext.h"

namespace Vireo {

AlsoAfterRestartBox::AlsoAfterRestartBox(const QString &toolTip, QWidget *parent)
    : QCheckBox(tr("Also after &restart"), parent)
{
    setToolTip(toolTip);
}

void AlsoAfterRestartBox::follow(const DomainContext *context)
{
    const bool persistent = context->info().persistent;
    setEnabled(context->isActive() && persistent);
    if (!persistent)
        setChecked(false);
}

DomainControl::Scope AlsoAfterRestartBox::scope(bool active) const
{
    if (!active)
        return DomainControl::Config;
    return isChecked() ? DomainControl::LiveAndConfig : DomainControl::Live;
}

QString AlsoAfterRestartBox::note(bool active, const Notes &notes) const
{
    switch (scope(active)) {
    case DomainControl::Config:
        return notes.shutOff;
    case DomainControl::LiveAndConfig:
        return notes.liveAndConfig;
    case DomainControl::Live:
        break;
    }
    return notes.liveOnly;
}

} // namespace Vireo
