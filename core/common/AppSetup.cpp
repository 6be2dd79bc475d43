#include "common/AppSetup.h"

#include "common/AppInfo.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace alumnidesk {

void setupApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString::fromLatin1(appinfo::kOrganization));
    QCoreApplication::setApplicationName(QString::fromLatin1(appinfo::kName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(appinfo::kVersion));
}

QString resolveLanguage(const QString &preference)
{
    if (preference == QLatin1String("ja") || preference == QLatin1String("en"))
        return preference;
    return QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

bool installTranslations(const QString &language)
{
    // Translators live as long as the application: parent them to it.
    auto *app = QCoreApplication::instance();
    // Dates and numbers follow the system locale when it speaks the chosen language (en_GB stays en_GB);
    // otherwise the language's usual locale.
    const bool wantJapanese = language == QLatin1String("ja");
    if (wantJapanese != (QLocale::system().language() == QLocale::Japanese))
        QLocale::setDefault(wantJapanese ? QLocale(QLocale::Japanese, QLocale::Japan)
                                         : QLocale(QLocale::English, QLocale::UnitedStates));
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // English is the source language; its catalogue carries only the plural forms.
    auto *own = new QTranslator(app);
    if (!own->load(QStringLiteral(":/i18n/alumnidesk_%1.qm").arg(language))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace alumnidesk
