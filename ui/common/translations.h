// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Vireo {

/// The interface languages Vireo ships (their locale names: "en", "zh_CN").
QStringList availableLanguages();

/// Installs Vireo's translation (compiled into the binary, :/i18n) and Qt's own (qtbase's
/// catalogue in QLibraryInfo::TranslationsPath) for language: a locale name ("zh_CN", "en"), or
/// empty to follow the system locale (LANG). Returns the language in use ("en" when none of
/// ours matches). Call once, after the application object exists and before any window.
/// GUI thread.
QString installTranslations(const QString &language);

} // namespace Vireo
