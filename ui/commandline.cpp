#include "ui/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Vireo {

Result<CommandLine> CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Vireo::CommandLine", "Vireo: a fast manager for virtual machines on libvirt hosts."));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("Vireo::CommandLine", "Show this help and exit."));
    const QCommandLineOption version(
        QStringLiteral("version"),
        QCoreApplication::translate("Vireo::CommandLine", "Show the version and exit."));
    const QCommandLineOption connect(
        {QStringLiteral("c"), QStringLiteral("connect")},
        QCoreApplication::translate("Vireo::CommandLine",
                                    "Connect to the hypervisor at URI (repeatable), e.g. "
                                    "qemu:///system, qemu+ssh://user@host/system; 'demo' is the "
                                    "embedded demo host."),
        QStringLiteral("URI"));
    const QCommandLineOption editor(
        QStringLiteral("show-domain-editor"),
        QCoreApplication::translate("Vireo::CommandLine", "Show the details window of the domain."),
        QStringLiteral("NAME|UUID"));
    const QCommandLineOption console(
        QStringLiteral("show-domain-console"),
        QCoreApplication::translate("Vireo::CommandLine", "Show the console of the domain."),
        QStringLiteral("NAME|UUID"));
    const QCommandLineOption creator(
        QStringLiteral("show-domain-creator"),
        QCoreApplication::translate("Vireo::CommandLine", "Show the New Virtual Machine wizard."));
    const QCommandLineOption summary(
        QStringLiteral("show-host-summary"),
        QCoreApplication::translate("Vireo::CommandLine",
                                    "Show the connection details of the host."));
    const QCommandLineOption stats(
        QStringLiteral("stats-interval"),
        QCoreApplication::translate(
            "Vireo::CommandLine",
            "Sample statistics every MS milliseconds (0 turns sampling off)."),
        QStringLiteral("MS"));
    parser.addOptions({help, version, connect, editor, console, creator, summary, stats});

    CommandLine out;
    if (!parser.parse(arguments))
        return Error{QCoreApplication::translate("Vireo::CommandLine", "Command line"),
                     parser.errorText(), 0};
    if (!parser.positionalArguments().isEmpty())
        return Error{QCoreApplication::translate("Vireo::CommandLine", "Command line"),
                     QCoreApplication::translate("Vireo::CommandLine", "unexpected argument '%1'")
                         .arg(parser.positionalArguments().first()),
                     0};
    out.helpText = parser.helpText();
    out.helpRequested = parser.isSet(help);
    out.versionRequested = parser.isSet(version);
    for (const QString &uri : parser.values(connect)) {
        if (uri.trimmed().isEmpty())
            return Error{QCoreApplication::translate("Vireo::CommandLine", "Command line"),
                         QCoreApplication::translate("Vireo::CommandLine", "--connect needs a URI"),
                         0};
        out.connectUris.append(uri.trimmed());
    }
    out.showDomainEditor = parser.value(editor).trimmed();
    out.showDomainConsole = parser.value(console).trimmed();
    out.showDomainCreator = parser.isSet(creator);
    out.showHostSummary = parser.isSet(summary);
    if (parser.isSet(stats)) {
        bool ok = false;
        const int ms = parser.value(stats).toInt(&ok);
        if (!ok || ms < 0 || (ms > 0 && ms < 100))
            return Error{QCoreApplication::translate("Vireo::CommandLine", "Command line"),
                         QCoreApplication::translate("Vireo::CommandLine",
                                                     "--stats-interval takes 0 (off) or at least "
                                                     "100 milliseconds"),
                         0};
        out.statsIntervalMs = ms;
    }
    return out;
}

} // namespace Vireo
