#include "CliApplication.h"
#include "Translations.h"

#include "Platform.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // Headless: drawing labels needs fonts, and the report charts QCustomPlot (a QApplication), never a display.
    pilar::Platform::prepareHeadless();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Pilar"));
    QCoreApplication::setApplicationName(QStringLiteral("Pilar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PILAR_VERSION));
    pilar::Translations::install(app, pilar::Translations::configuredLanguage());
    return pilar::CliApplication().run(QCoreApplication::arguments());
}
