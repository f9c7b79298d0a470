// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/common/toolbarnames.h"

#include "ui/common/uitr.h"

#include <QCoreApplication>
#include <QToolBar>
#include <QToolButton>

namespace Vireo {

void nameToolBarExtension(QToolBar *bar)
{
    // Qt's own object name for the button that shows the actions that do not fit.
    if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(UiTr::tr("More tools (those that do not fit)"));
}

} // namespace Vireo
