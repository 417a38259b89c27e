#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace pilar {

/// Installs Pilar's and Qt's translators and the matching number/date locale.
/// Indonesian ("id") is the default; English ("en") is the source language.
class Translations
{
public:
    /// The language chosen in the settings (PILAR_LANG overrides), "id" by default.
    static QString configuredLanguage();
    static void setConfiguredLanguage(const QString &language);
    /// Installs translators on the application; returns the language actually used.
    static QString install(QCoreApplication &app, const QString &language);
    static QStringList availableLanguages() { return {QStringLiteral("id"), QStringLiteral("en")}; }
};

}
