// Vireo's executable: parse the command line, build the Application, exec().
#include "core/session/processsetup.h"
#include "ui/application.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

int main(int argc, char **argv)
{
    Vireo::prepareProcess(); // before the application object: it picks the event dispatcher
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Vireo"));
    QApplication::setApplicationName(QStringLiteral("Vireo"));
    QApplication::setApplicationVersion(QStringLiteral(VIREO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.vireo.Vireo"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("vireo"),
                                                 QIcon(QStringLiteral(":/vireo/icons/vireo.svg"))));

    const auto options = Vireo::CommandLine::parse(QApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "vireo: %s\nTry 'vireo --help'.\n",
                     qPrintable(options.error().message));
        return 2;
    }
    if (options->helpRequested) {
        std::fputs(qPrintable(options->helpText), stdout);
        return 0;
    }
    if (options->versionRequested) {
        std::printf("vireo %s\n", VIREO_VERSION);
        return 0;
    }
    Vireo::Application vireo;
    vireo.start(*options);
    return app.exec();
}
