#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace pilar {

QString Translations::configuredLanguage()
{
    const QString env = qEnvironmentVariable("PILAR_LANG");
    if (availableLanguages().contains(env))
        return env;
    const QString stored = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("id")).toString();
    return availableLanguages().contains(stored) ? stored : QStringLiteral("id");
}

void Translations::setConfiguredLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QString Translations::install(QCoreApplication &app, const QString &language)
{
    const QString lang = availableLanguages().contains(language) ? language : QStringLiteral("id");
    // A second call switches: the translators of the first go.
    for (QTranslator *old : app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly)) {
        app.removeTranslator(old);
        delete old;
    }
    QLocale::setDefault(lang == QLatin1String("id") ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                                   : QLocale(QLocale::English, QLocale::UnitedKingdom));
    // English is the sources' own language; its file holds only the plural forms.
    auto *pilar = new QTranslator(&app);
    if (pilar->load(QStringLiteral(":/pilar/i18n/pilar_%1.qm").arg(lang)))
        app.installTranslator(pilar);
    if (lang == QLatin1String("en"))
        return lang;
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    return lang;
}

}
