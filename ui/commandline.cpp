// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/commandline.h"

#include "ui/common/translations.h"
#include "ui/common/uitr.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Vireo {

namespace {

/// Vireo's options, in one parser for parse() and immediateAnswer().
struct Parser
{
    QCommandLineParser parser;
    const QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                                  UiTr::tr("Show this help and exit.")};
    const QCommandLineOption version{QStringLiteral("version"),
                                     UiTr::tr("Show the version and exit.")};
    const QCommandLineOption connect{
        {QStringLiteral("c"), QStringLiteral("connect")},
        UiTr::tr("Connect to the hypervisor at URI (repeatable), e.g. "
                 "qemu:///system, qemu+ssh://user@host/system; 'demo' is the "
                 "embedded demo host."),
        QStringLiteral("URI")};
    const QCommandLineOption editor{QStringLiteral("show-domain-editor"),
                                    UiTr::tr("Show the details window of the domain."),
                                    QStringLiteral("NAME|UUID")};
    const QCommandLineOption console{QStringLiteral("show-domain-console"),
                                     UiTr::tr("Show the console of the domain."),
                                     QStringLiteral("NAME|UUID")};
    const QCommandLineOption creator{QStringLiteral("show-domain-creator"),
                                     UiTr::tr("Show the New Virtual Machine wizard.")};
    const QCommandLineOption summary{QStringLiteral("show-host-summary"),
                                     UiTr::tr("Show the connection details of the host.")};
    const QCommandLineOption stats{
        QStringLiteral("stats-interval"),
        UiTr::tr("Sample statistics every MS milliseconds (0 turns sampling off)."),
        QStringLiteral("MS")};
    const QCommandLineOption lang{
        QStringLiteral("lang"),
        UiTr::tr("Show the interface in LANG (zh_CN or en) instead of the locale's language."),
        QStringLiteral("LANG")};
    const QCommandLineOption quitAfter{
        QStringLiteral("quit-after"),
        UiTr::tr("Quit after MS milliseconds (for tests that start Vireo without a person)."),
        QStringLiteral("MS")};

    Parser()
    {
        parser.setApplicationDescription(
            UiTr::tr("Vireo: a fast manager for virtual machines on libvirt hosts."));
        parser.addOptions(
            {help, version, connect, editor, console, creator, summary, stats, lang, quitAfter});
        parser.addPositionalArgument(
            QStringLiteral("vnc://host:port"),
            UiTr::tr("Open the VNC console at the address, with no libvirt connection "
                     "(vnc://host:5901?password=... gives its password)."),
            QStringLiteral("[vnc://host:port...]"));
    }

    QString helpText(const QStringList &arguments) const
    {
        QString text = parser.helpText();
        // Without an application object Qt cannot name the program in the usage line.
        if (!QCoreApplication::instance() && !arguments.isEmpty())
            text.replace(QLatin1String("<executable_name>"), arguments.first());
        return text;
    }
};

} // namespace

QString CommandLine::immediateAnswer(const QStringList &arguments)
{
    Parser p;
    // Unknown options (Qt's own -platform, -display...) make parse() fail but do not stop it
    // from reading the known ones.
    p.parser.parse(arguments);
    if (p.parser.isSet(p.help))
        return p.helpText(arguments);
    if (p.parser.isSet(p.version))
        return QStringLiteral("vireo %1\n").arg(QStringLiteral(VIREO_VERSION));
    return {};
}

QString CommandLine::languageOption(const QStringList &arguments)
{
    Parser p;
    p.parser.parse(arguments);
    return p.parser.value(p.lang).trimmed();
}

Result<CommandLine> CommandLine::parse(const QStringList &arguments)
{
    Parser p;
    QCommandLineParser &parser = p.parser;
    CommandLine out;
    if (!parser.parse(arguments))
        return Error{UiTr::tr("Command line"), parser.errorText(), 0};
    for (const QString &argument : parser.positionalArguments()) {
        if (!VncAddress::looksLikeAddress(argument))
            return Error{UiTr::tr("Command line"),
                         UiTr::tr("unexpected argument '%1'").arg(argument), 0};
        const auto address = VncAddress::parse(argument);
        if (!address)
            return Error{UiTr::tr("Command line"), address.error().message, 0};
        out.vncAddresses.append(address.value());
    }
    out.helpText = p.helpText(arguments);
    out.helpRequested = parser.isSet(p.help);
    out.versionRequested = parser.isSet(p.version);
    for (const QString &uri : parser.values(p.connect)) {
        if (uri.trimmed().isEmpty())
            return Error{UiTr::tr("Command line"), UiTr::tr("--connect needs a URI"), 0};
        out.connectUris.append(uri.trimmed());
    }
    out.showDomainEditor = parser.value(p.editor).trimmed();
    out.showDomainConsole = parser.value(p.console).trimmed();
    out.showDomainCreator = parser.isSet(p.creator);
    out.showHostSummary = parser.isSet(p.summary);
    if (parser.isSet(p.stats)) {
        bool ok = false;
        const int ms = parser.value(p.stats).toInt(&ok);
        if (!ok || ms < 0 || (ms > 0 && ms < 100))
            return Error{UiTr::tr("Command line"),
                         UiTr::tr("--stats-interval takes 0 (off) or at least "
                                  "100 milliseconds"),
                         0};
        out.statsIntervalMs = ms;
    }
    if (parser.isSet(p.lang)) {
        out.language = parser.value(p.lang).trimmed();
        if (!availableLanguages().contains(out.language))
            return Error{UiTr::tr("Command line"),
                         UiTr::tr("--lang takes one of: %1")
                             .arg(availableLanguages().join(QLatin1String(", "))),
                         0};
    }
    if (parser.isSet(p.quitAfter)) {
        bool ok = false;
        out.quitAfterMs = parser.value(p.quitAfter).toInt(&ok);
        if (!ok || out.quitAfterMs < 0)
            return Error{UiTr::tr("Command line"),
                         UiTr::tr("--quit-after takes a number of milliseconds"), 0};
    }
    return out;
}

} // namespace Vireo
