// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "ui/console/vncaddress.h"

#include <QList>

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
    QString language;         ///< --lang zh_CN|en; empty: the preference, else the locale
    int quitAfterMs = -1;     ///< --quit-after MS: quit after that long (for headless smoke tests)
    bool helpRequested = false;
    bool versionRequested = false;
    QString helpText;
    /// vnc://host:port[?password=...] arguments: console windows with no libvirt connection.
    QList<VncAddress> vncAddresses;

    /// Only VNC addresses were asked for: no manager, no connection.
    bool onlyVncAddresses() const
    {
        return !vncAddresses.isEmpty() && !showsSingleWindow() && connectUris.isEmpty();
    }

    /// Whether a --show-* option asks for one window instead of the manager.
    bool showsSingleWindow() const
    {
        return !showDomainEditor.isEmpty() || !showDomainConsole.isEmpty() || showDomainCreator ||
               showHostSummary;
    }

    /// Parses arguments (argv[0] first). An error names the bad option.
    static Result<CommandLine> parse(const QStringList &arguments);

    /// What --help or --version print, or empty when the arguments ask for neither. Needs no
    /// application object, so main() answers them before one exists: in a terminal without a
    /// display (over ssh), where the GUI application could not start. Other options, Qt's own
    /// among them, are left to parse().
    static QString immediateAnswer(const QStringList &arguments);
    /// The --lang value among arguments, read before the application's texts are translated
    /// (an unknown language is left to parse(), which refuses it).
    static QString languageOption(const QStringList &arguments);
};

} // namespace Vireo
