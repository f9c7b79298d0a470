// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>

namespace Vireo {

/// The translation context of vireo_core's code outside its QObject classes ("Vireo::Core"),
/// one for the whole library as each Qt Creator plugin has its Tr: translators see one context,
/// and lupdate finds every Tr::tr() call. Any thread.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vireo::Core)
};

} // namespace Vireo
