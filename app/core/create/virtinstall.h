// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/commandlog/equivalentcommands.h"
#include "core/create/domainxmlbuilder.h"

namespace Vireo {

/// The virt-install command line that defines the same domain as DomainXmlBuilder::build() from
/// the same DomainSpec (the wizard shows it beside its XML preview). Pure; any thread.
namespace VirtInstall {

struct Options
{
    QString uri; ///< --connect
    /// The disk is a new volume of this size the wizard makes; 0: it exists already.
    quint64 newDiskBytes = 0;
    /// --print-xml instead of creating the domain (what the test runs).
    bool printXml = false;
};

/// The arguments after `virt-install`, unquoted. The VNC password is written as ********.
QStringList arguments(const DomainSpec &spec, const Options &options = {});
/// The whole line for a POSIX shell.
QString commandLine(const DomainSpec &spec, const Options &options = {});

} // namespace VirtInstall
} // namespace Vireo
