#pragma once

#include "core/common/result.h"

#include <QStringList>

namespace Vireo {

/// Vireo's command line, with virt-manager's option names.
struct CommandLine
{
    QStringList connectUris;   ///< -c/--connect (repeatable); "demo" is the embedded demo host
    QString showDomainEditor;  ///< --show-domain-editor NAME|UUID
    QString showDomainConsole; ///< --show-domain-console NAME|UUID
    bool showDomainCreator = false;
    bool showHostSummary = false;
    int statsIntervalMs = -1; ///< --stats-interval MS (0 = off); -1: from settings
    bool helpRequested = false;
    bool versionRequested = false;
    QString helpText;

    /// Whether a --show-* option asks for one window instead of the manager.
    bool showsSingleWindow() const
    {
        return !showDomainEditor.isEmpty() || !showDomainConsole.isEmpty() || showDomainCreator ||
               showHostSummary;
    }

    /// Parses arguments (argv[0] first). An error names the bad option.
    static Result<CommandLine> parse(const QStringList &arguments);
};

} // namespace Vireo
