// SPDX-License-Identifier: GPL-2.0-or-later
// Vireo's executable: parse the command line, build the Application, exec().
#include "core/session/processsetup.h"
#include "ui/application.h"
#include "ui/common/preferences.h"
#include "ui/common/translations.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    Vireo::prepareProcess(); // before the application object: it picks the event dispatcher

    // --help and --version before the GUI application exists: they must answer in a terminal
    // without a display, where QApplication cannot load a platform plugin.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    if (const QString answer = Vireo::CommandLine::immediateAnswer(rawArguments);
        !answer.isEmpty()) {
        std::fputs(qPrintable(answer), stdout);
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Vireo"));
    QApplication::setApplicationName(QStringLiteral("Vireo"));
    QApplication::setApplicationVersion(QStringLiteral(VIREO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.vireo.Vireo"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("vireo"),
                                                 QIcon(QStringLiteral(":/vireo/icons/vireo.svg"))));

    // ssh (libvirt's for qemu+ssh://, the consoles' tunnels) asks through the helper beside us.
    if (const QString askpass =
            QDir(QApplication::applicationDirPath()).filePath(QStringLiteral("vireo-askpass"));
        QFileInfo(askpass).isExecutable())
        Vireo::routeSshPrompts(askpass);

    // Before any window: the errors and the windows speak the language chosen
    // by --lang, else the preference, else the locale.
    const QString language = Vireo::CommandLine::languageOption(QApplication::arguments());
    Vireo::installTranslations(language.isEmpty() ? Vireo::Preferences::instance()->language()
                                                  : language);

    // Qt has taken its own options (-platform, -style...) out of the arguments by now.
    const auto options = Vireo::CommandLine::parse(QApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "vireo: %s\nTry 'vireo --help'.\n",
                     qPrintable(options.error().message));
        return 2;
    }
    int status = 0;
    {
        Vireo::Application vireo;
        vireo.start(*options);
        if (options->quitAfterMs >= 0)
            QTimer::singleShot(options->quitAfterMs, &app, &QCoreApplication::quit);
        status = app.exec();
    } // the sessions go: their workers close the connections on their own threads
    Vireo::finishProcess();
    return status;
}
