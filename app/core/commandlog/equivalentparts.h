// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/commandlog/equivalentcommands.h"

/// The small builders the mapping files share (equivalentcommands.cpp, storageequivalents.cpp).
/// Pure; any thread.
namespace Vireo::EquivalentCommands::Parts {

inline ShellCommand virsh(QStringList arguments)
{
    return {QStringLiteral("virsh"), std::move(arguments)};
}

inline Equivalent one(ShellCommand command, Explanation explanation)
{
    Equivalent e;
    e.commands << std::move(command);
    e.explanation = std::move(explanation);
    return e;
}

} // namespace Vireo::EquivalentCommands::Parts
