// Start-up shared by the window and the CLI: application identity (for settings and data paths) and the
// translations for the chosen language.
#pragma once

#include <QString>

namespace alumnidesk {

/// Sets organisation and application names before anything reads settings or standard paths.
void setupApplicationIdentity();

/// The language to use: "ja" or "en" from `preference`, or the system's when it is "system" or empty
/// (Japanese for a Japanese locale, English otherwise).
QString resolveLanguage(const QString &preference);

/// Installs AlumniDesk's and Qt's own translations for `language` ("ja", "en") on the running application.
/// Returns false when the AlumniDesk catalogue for a non-English language is missing.
bool installTranslations(const QString &language);

} // namespace alumnidesk
