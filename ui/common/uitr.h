// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>

namespace Vireo {

/// The translation context of the ui libraries' code outside their QObject classes
/// ("Vireo::Ui"), as core has its Tr: one context, and lupdate finds every UiTr::tr() call.
struct UiTr
{
    Q_DECLARE_TR_FUNCTIONS(Vireo::Ui)
};

} // namespace Vireo
