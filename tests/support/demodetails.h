// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The details window of one domain, as the GUI tests of its pages open it: shown, its info and
// its description read. Header only; a test that includes it links vireo_details. GUI thread.

#include "ui/details/domaincontext.h"
#include "ui/details/domainwindow.h"

#include <QTest>

namespace VireoTest {

/// DomainWindow::showFor(session, uuid) once its context has the domain's info and description
/// (10 s at most), on page when one is named; null if that did not happen.
inline Vireo::DomainWindow *openDetails(Vireo::HostSession *session, const QString &uuid,
                                        const QString &page = {})
{
    Vireo::DomainWindow *w = Vireo::DomainWindow::showFor(session, uuid);
    if (!QTest::qWaitFor([w] { return w->context()->hasInfo() && w->context()->hasDescription(); },
                         10000))
        return nullptr;
    if (!page.isEmpty())
        w->showPage(page);
    return w;
}

} // namespace VireoTest
