// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Vireo {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Our own first: QTranslator::load with a locale tries vireo_zh_CN, vireo_zh... in the
    // order of the locale's UI languages, so zh_CN.UTF-8 and zh_Hans_CN both find it.
    auto *ours = new QTranslator(QCoreApplication::instance());
    QString used = QStringLiteral("en");
    if (ours->load(locale, QStringLiteral("vireo"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        used = ours->language();
    } else if (ours->load(QStringLiteral("vireo_en"), QStringLiteral(":/i18n"))) {
        // No file for this locale (C, POSIX, de_DE…): English, with its plural forms, rather
        // than the sources' "%n guest(s)".
        QCoreApplication::installTranslator(ours);
    } else {
        delete ours;
    }
    if (used == QLatin1String("en"))
        return used; // Qt's strings are English already
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return used;
}

} // namespace Vireo
